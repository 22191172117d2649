"""Suggestions R3, R5, R6: one step at most, edges, and always "discuss with your doctor"."""

from __future__ import annotations

import datetime as dt

import pytest

from il2desk.domain.course import Course, CourseStatus
from il2desk.domain.labs import LabResult
from il2desk.domain.suggestions import (
    all_suggestions,
    suggest_dose,
    suggest_interval,
    suggest_patience,
)
from tests.builders import a_stored_course

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
TODAY = dt.date(2027, 6, 1)


def course(cid: int, start: dt.date, *, dose="7.5", interval=8, hard=False,
           status=CourseStatus.DONE) -> Course:
    return a_stored_course(course_id=cid, status=status, at=NOW, start=start, zone="UTC",
                           dose_miu=dose, interval_weeks=interval, hard_to_tolerate=hard,
                           recorded_after=True)


def lab(day: dt.date, cd4: int, *, unreliable=False) -> LabResult:
    return LabResult(None, day, cd4_count=cd4, unreliable=unreliable)


def ends_right(text: object) -> bool:
    return str(text).endswith("discuss with your doctor.")


# -- rule R3 -------------------------------------------------------------------------
@pytest.mark.parametrize("dose, daily, each", [("7.5", "12", "6"), ("6", "9", "4.5")])
def test_r3_one_step_down_after_a_hard_course(dose, daily, each):
    s = suggest_dose([course(1, dt.date(2027, 3, 3), dose=dose, hard=True)], TODAY)
    assert s is not None and s.rule == "R3"
    assert f"to {daily} million units a day ({each} million units per injection)" in str(s.text)
    assert "Lowering the dose does not cause drug resistance" in str(s.text)
    assert "below the usual lowest" not in str(s.text)
    assert ends_right(s.text)


def test_r3_says_plainly_when_below_9_a_day():
    s = suggest_dose([course(1, dt.date(2027, 3, 3), dose="4.5", hard=True)], TODAY)
    assert "to 6 million units a day" in str(s.text)
    assert "below the usual lowest dose of 9 million units a day" in str(s.text)
    assert ends_right(s.text)


def test_r3_never_two_steps_even_after_two_hard_courses():
    courses = [course(1, dt.date(2027, 1, 6), dose="7.5", hard=True),
               course(2, dt.date(2027, 3, 3), dose="6", hard=True)]
    s = suggest_dose(courses, TODAY)
    assert "from 12 million units a day" in str(s.text)
    assert "to 9 million units a day" in str(s.text)
    assert "to 6 million units a day" not in str(s.text)


def test_r3_nothing_when_latest_course_was_fine_or_cancelled():
    fine = [course(1, dt.date(2027, 1, 6), hard=True), course(2, dt.date(2027, 3, 3))]
    assert suggest_dose(fine, TODAY) is None
    cancelled = [course(1, dt.date(2027, 1, 6)),
                 course(2, dt.date(2027, 3, 3), hard=True, status=CourseStatus.CANCELLED)]
    assert suggest_dose(cancelled, TODAY) is None
    assert suggest_dose([], TODAY) is None


# -- rule R5 -------------------------------------------------------------------------
BASE = [course(1, dt.date(2026, 11, 4)), course(2, dt.date(2026, 12, 30)),
        course(3, dt.date(2027, 2, 24))]


def test_r5_high_sustained_counts_suggest_8_to_12():
    labs = [lab(dt.date(2026, 12, 16), 640), lab(dt.date(2027, 2, 10), 720)]
    s = suggest_interval(BASE, labs, TODAY)
    assert s is not None and s.rule == "R5"
    assert "from 8 to 12 weeks" in str(s.text)
    assert ends_right(s.text)


def test_r5_exactly_600_does_not_count():
    labs = [lab(dt.date(2026, 12, 16), 600), lab(dt.date(2027, 2, 10), 720)]
    assert suggest_interval(BASE, labs, TODAY) is None
    labs = [lab(dt.date(2026, 12, 16), 601), lab(dt.date(2027, 2, 10), 601)]
    assert suggest_interval(BASE, labs, TODAY) is not None


def test_r5_one_count_is_not_sustained():
    assert suggest_interval(BASE, [lab(dt.date(2027, 2, 10), 900)], TODAY) is None


def test_r5_unreliable_results_left_out():
    # rule R16: a high count soon after a course must not trigger the suggestion
    labs = [lab(dt.date(2026, 12, 16), 500), lab(dt.date(2027, 2, 10), 700),
            lab(dt.date(2027, 3, 10), 1500, unreliable=True)]
    assert suggest_interval(BASE, labs, TODAY) is None
    # …and a low unreliable one must not block it either
    labs = [lab(dt.date(2026, 12, 16), 650), lab(dt.date(2027, 2, 10), 700),
            lab(dt.date(2027, 3, 10), 300, unreliable=True)]
    assert suggest_interval(BASE, labs, TODAY) is not None


def test_r5_after_lengthening_needs_three_courses_then_one_more_step():
    long = [course(1, dt.date(2026, 3, 4)),
            course(2, dt.date(2026, 4, 29), interval=12),
            course(3, dt.date(2026, 7, 22), interval=12)]
    labs = [lab(dt.date(2026, 4, 15), 700), lab(dt.date(2026, 7, 8), 720),
            lab(dt.date(2026, 9, 30), 760)]
    assert suggest_interval(long, labs, TODAY) is None  # only two at 12 weeks
    third = [*long, course(4, dt.date(2026, 10, 14), interval=12)]
    labs.append(lab(dt.date(2026, 12, 23), 800))
    s = suggest_interval(third, labs, TODAY)
    assert "from 12 to 16 weeks" in str(s.text)  # one step, never 8 → 16
    assert "three courses" in str(s.text) or "3 courses" in str(s.text)
    # one count at or under 600 since the first 12-week course stops it
    labs.append(lab(dt.date(2027, 1, 20), 600))
    assert suggest_interval(third, labs, TODAY) is None


def test_r5_never_two_steps_at_once_however_long_counts_stayed_high():
    labs = [lab(dt.date(2026, 10, 1) + dt.timedelta(days=60 * i), 900) for i in range(8)]
    s = suggest_interval(BASE, labs, TODAY)
    assert "from 8 to 12 weeks" in str(s.text) and "16" not in str(s.text)


# -- rule R6 -------------------------------------------------------------------------
def test_r6_too_early_before_six_months():
    first = [course(1, dt.date(2026, 12, 2))]
    s = suggest_patience(first, dt.date(2027, 6, 1))
    assert s is not None and s.rule == "R6"
    assert "too early" in str(s.text) and "low counts may take longer" in str(s.text)
    assert ends_right(s.text)
    assert suggest_patience(first, dt.date(2027, 6, 2)) is None  # six months reached
    assert suggest_patience([], TODAY) is None
    # a course only planned for later is not use yet
    assert suggest_patience([course(1, dt.date(2027, 7, 7), status=CourseStatus.PLANNED)],
                            TODAY) is None


def test_r6_month_end_edge():
    first = [course(1, dt.date(2026, 8, 31))]
    assert suggest_patience(first, dt.date(2027, 2, 27)) is not None
    assert suggest_patience(first, dt.date(2027, 2, 28)) is None


def test_every_suggestion_ends_with_discuss_with_your_doctor():
    courses = [course(1, dt.date(2027, 1, 6)), course(2, dt.date(2027, 3, 3), dose="4.5",
                                                        hard=True)]
    labs = [lab(dt.date(2027, 2, 17), 700), lab(dt.date(2027, 4, 14), 650)]
    found = all_suggestions(courses, labs, dt.date(2027, 5, 1))
    assert {s.rule for s in found} == {"R3", "R5", "R6"}
    assert all(ends_right(s.text) for s in found)
    for s in found:
        assert "IU" not in str(s.text) and "MIU" not in str(s.text)


# -- issue 19: the new definitions of R5 and R6, at their edges ------------------------

def test_r5_the_latest_count_must_be_within_six_months():
    labs = [lab(dt.date(2026, 10, 1), 700), lab(dt.date(2026, 11, 20), 720)]
    assert suggest_interval(BASE, labs, dt.date(2027, 5, 20)) is not None  # exactly 6 months
    assert suggest_interval(BASE, labs, dt.date(2027, 5, 21)) is None  # older than 6 months


def test_r5_a_count_at_600_since_the_first_high_one_breaks_the_run():
    labs = [lab(dt.date(2026, 11, 20), 700), lab(dt.date(2026, 12, 20), 600),
            lab(dt.date(2027, 2, 10), 720)]
    assert suggest_interval(BASE, labs, TODAY) is None  # only one above 600 since
    labs.append(lab(dt.date(2027, 4, 20), 650))
    assert suggest_interval(BASE, labs, TODAY) is not None  # two again


def test_r5_counts_from_before_the_last_interval_change_do_not_count():
    # The interval went from 12 back to 8 with the course of 24 February.
    changed = [course(1, dt.date(2026, 9, 2), interval=12),
               course(2, dt.date(2026, 11, 25), interval=12),
               course(3, dt.date(2027, 2, 24), interval=8)]
    labs = [lab(dt.date(2026, 12, 20), 800), lab(dt.date(2027, 1, 20), 820),
            lab(dt.date(2027, 4, 20), 700)]
    assert suggest_interval(changed, labs, TODAY) is None  # one count since the change
    labs.append(lab(dt.date(2027, 5, 20), 710))
    assert "from 8 to 12 weeks" in str(suggest_interval(changed, labs, TODAY).text)


def test_r5_after_lengthening_each_of_three_courses_needs_a_high_count_after_it():
    long = [course(1, dt.date(2026, 3, 4)),
            course(2, dt.date(2026, 4, 29), interval=12),
            course(3, dt.date(2026, 7, 22), interval=12),
            course(4, dt.date(2026, 10, 14), interval=12)]
    # high counts, but none between the second and the third 12-week course
    labs = [lab(dt.date(2026, 7, 8), 720), lab(dt.date(2026, 12, 23), 800),
            lab(dt.date(2027, 1, 20), 810)]
    assert suggest_interval(long, labs, TODAY) is None
    labs.append(lab(dt.date(2026, 9, 30), 760))
    assert "from 12 to 16 weeks" in str(suggest_interval(long, labs, TODAY).text)


def test_r6_counted_from_the_last_change_of_dose():
    # Began in 2026 at 7.5; the dose was lowered to 6 two months before today.
    courses = [course(1, dt.date(2026, 3, 4)), course(2, dt.date(2026, 11, 4)),
               course(3, dt.date(2027, 4, 1), dose="6")]
    s = suggest_patience(courses, TODAY)
    assert s is not None and s.rule == "R6"
    same = [course(1, dt.date(2026, 3, 4)), course(2, dt.date(2026, 11, 4)),
            course(3, dt.date(2027, 4, 1))]
    assert suggest_patience(same, TODAY) is None  # more than 6 months on 7.5


# -- rule R20 (issue 19) ---------------------------------------------------------------

def test_r20_rising_counts_say_not_to_stop_the_preventive_treatment():
    from il2desk.domain.suggestions import all_suggestions, keep_other_treatment

    rising = [lab(dt.date(2027, 1, 10), 450), lab(dt.date(2027, 4, 10), 520)]
    s = keep_other_treatment(rising)
    assert s is not None and s.rule == "R20"
    assert "do not stop them because counts rose, unless your doctor says so" in str(s.text)
    assert ends_right(s.text)
    assert "R20" in {x.rule for x in all_suggestions(BASE, rising, TODAY)}
    assert keep_other_treatment([lab(dt.date(2027, 1, 10), 520),
                                 lab(dt.date(2027, 4, 10), 450)]) is None  # falling
    assert keep_other_treatment([lab(dt.date(2027, 1, 10), 450),
                                 lab(dt.date(2027, 4, 10), 900, unreliable=True)]) is None
    assert keep_other_treatment(rising[:1]) is None


def test_r20_is_part_of_the_pre_course_check():
    from il2desk.domain.checklists import PRECHECKS

    item = next(i for i in PRECHECKS if i.key == "other_treatment")
    assert "anti-HIV medicines" in str(item.text) and "PCP" in str(item.text)
    assert "unless your doctor says so" in str(item.advice)
