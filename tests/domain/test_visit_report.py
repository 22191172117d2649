"""The visit report's content (issue 24): the period, course rows and their states, the
labs with their marks (R16, R22), and the suggestions asked as questions (R3, R5, R6)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from il2desk.domain.course import Course, CourseStatus, Injection, InjectionStatus
from il2desk.domain.diary import AFTER, DiaryEntry, Severity
from il2desk.domain.errors import FieldInputError
from il2desk.domain.labs import LabReason, LabReasonCode, LabResult, ViralLoadForm
from il2desk.domain.visit_report import (
    QUESTIONS_MAX,
    CourseState,
    OpenReaction,
    Period,
    build_visit_report,
    course_state,
    default_period,
    parse_own_questions,
)
from tests.builders import a_stored_course, stored_injections
from tests.domain.plain_text import assert_plain

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
TODAY = dt.date(2027, 6, 1)

SOON_AFTER = LabReason(LabReasonCode.TEXT, text="soon after")


def course(cid: int, start: dt.date, *, dose="6", status=CourseStatus.PLANNED, hard=False,
           interval=8, prechecks=None) -> Course:
    return a_stored_course(course_id=cid, status=status, at=NOW, start=start, zone="UTC",
                           dose_miu=dose, interval_weeks=interval, hard_to_tolerate=hard,
                           prechecks=prechecks or {})


def injections(c: Course, statuses: list[InjectionStatus], late: set[int] = frozenset()
               ) -> list[Injection]:
    return stored_injections(c, statuses, late=late, first_id=100 * c.id + 1)


DONE, MISSED, PLANNED = InjectionStatus.DONE, InjectionStatus.MISSED, InjectionStatus.PLANNED


def entry(day: dt.date, symptom: str, severity: Severity, *, emergency=False,
          note="") -> DiaryEntry:
    return DiaryEntry(None, symptom, severity, dt.datetime.combine(day, dt.time(12),
                                                                   tzinfo=dt.UTC),
                      "UTC", is_emergency=emergency, note=note)


def test_default_period_starts_at_the_course_before_last():
    courses = [course(1, dt.date(2026, 11, 4), status=CourseStatus.DONE),
               course(2, dt.date(2027, 1, 6), status=CourseStatus.DONE),
               course(3, dt.date(2027, 3, 3), status=CourseStatus.DONE),
               course(4, dt.date(2027, 4, 7), status=CourseStatus.CANCELLED),
               course(5, dt.date(2027, 7, 7))]  # still to come
    assert default_period(courses, TODAY) == Period(dt.date(2027, 1, 6), TODAY)


def test_default_period_without_two_courses_is_half_a_year():
    assert default_period([], TODAY) == Period(TODAY - dt.timedelta(days=182), TODAY)
    one = [course(1, dt.date(2027, 5, 5))]
    assert default_period(one, TODAY).first == TODAY - dt.timedelta(days=182)


@pytest.mark.parametrize("status, start, statuses, expected", [
    (CourseStatus.CANCELLED, dt.date(2027, 7, 7), [PLANNED] * 10, CourseState.CANCELLED),
    (CourseStatus.PLANNED, dt.date(2027, 7, 7), [PLANNED] * 10, CourseState.PLANNED),
    (CourseStatus.PLANNED, dt.date(2027, 5, 30), [DONE] * 6 + [PLANNED] * 4,
     CourseState.UNDER_WAY),
    (CourseStatus.PLANNED, dt.date(2027, 5, 3), [DONE] * 9 + [MISSED], CourseState.COMPLETED),
    (CourseStatus.DONE, dt.date(2027, 5, 3), [DONE] * 10, CourseState.COMPLETED),
    (CourseStatus.DONE, dt.date(2027, 5, 3), [PLANNED] * 10, CourseState.COMPLETED),
    (CourseStatus.PLANNED, dt.date(2027, 5, 3), [PLANNED] * 10, CourseState.NOT_RECORDED),
])
def test_course_state(status, start, statuses, expected):
    c = course(1, start, status=status)
    assert course_state(c, injections(c, statuses), TODAY) is expected


def known_record():
    c1 = course(1, dt.date(2027, 1, 6), dose="7.5", status=CourseStatus.PLANNED,
                prechecks={"blood_pressure": True, "heart": False})
    c2 = course(2, dt.date(2027, 3, 3), dose="7.5", hard=True)
    c3 = course(3, dt.date(2027, 4, 28), status=CourseStatus.CANCELLED)
    c4 = course(4, dt.date(2027, 6, 23), dose="6")
    inj = {1: injections(c1, [DONE] * 10, late={3}),
           2: injections(c2, [DONE] * 7 + [MISSED] * 3, late={1, 2}),
           3: injections(c3, [PLANNED] * 10),
           4: injections(c4, [PLANNED] * 10)}
    labs = [
        LabResult(1, dt.date(2026, 12, 20), cd4_count=480),  # before the period
        LabResult(2, dt.date(2027, 1, 20), cd4_count=900, viral_load_form=ViralLoadForm.VALUE,
                  viral_load=4000, unreliable=True, unreliable_reason=SOON_AFTER),
        LabResult(3, dt.date(2027, 2, 17), cd4_count=620, cd4_percent=Decimal("31.5"),
                  viral_load_form=ViralLoadForm.UNDETECTABLE),
        LabResult(4, dt.date(2027, 5, 12), cd4_count=680),
    ]
    diary = [entry(dt.date(2027, 3, 6), "fatigue", Severity.MODERATE),
             entry(dt.date(2027, 3, 7), "fever", Severity.SEVERE),
             entry(dt.date(2027, 3, 7), "breathless", Severity.SEVERE, emergency=True,
                   note="Called the doctor; better after an hour."),
             entry(dt.date(2027, 3, 20), "aches", Severity.MILD)]
    reactions = [OpenReaction("Left thigh", "lump (nodule)", Decimal("2"), dt.date(2027, 3, 5))]
    return [c1, c2, c3, c4], inj, labs, diary, reactions


def build(**changes):
    courses, inj, labs, diary, reactions = known_record()
    args = dict(today=TODAY, period=default_period(courses, TODAY), patient_name=" Ana Ruiz ",
                courses=courses, injections=inj, labs=labs, diary=diary,
                reactions=reactions, own_questions=["Can I travel in August?", "  "])
    args.update(changes)
    return build_visit_report(**args)


def test_courses_in_the_period_with_their_states_and_counts():
    report = build()
    assert report.period == Period(dt.date(2027, 1, 6), TODAY)
    assert report.patient_name == "Ana Ruiz"
    assert [(r.course_id, r.state) for r in report.courses] == [
        (1, CourseState.COMPLETED), (2, CourseState.COMPLETED), (3, CourseState.CANCELLED)]
    first, second, _cancelled = report.courses
    assert (first.given, first.missed, first.late) == (10, 0, 1)
    assert (second.given, second.missed, second.late, second.hard_to_tolerate) == (7, 3, 2, True)
    assert (second.days, second.per_day) == (5, 2)
    assert second.regimen.english() == "5 days × 2 injections of 7.5 million units"
    # The diary grid's worst by course day (rule R7), an "after" day included.
    assert dict(second.worst) == {4: Severity.MODERATE, 5: Severity.SEVERE, AFTER: Severity.MILD}
    assert report.next_course is not None
    assert report.next_course.english() == ("Next course planned from Wednesday 23 June "
                                            "2027, 6 million units per injection.")


def test_labs_in_the_period_keep_their_marks():
    report = build()
    assert [line.result.id for line in report.labs] == [2, 3, 4]
    burst, undetectable, _ = report.labs
    assert burst.result.unreliable and burst.note is not None  # rule R22
    assert "short rise of viral load" in burst.note.english()
    assert undetectable.note is None
    assert report.chart_course_starts == (dt.date(2027, 1, 6), dt.date(2027, 3, 3))


def test_emergencies_reactions_and_flags():
    report = build()
    (sign,) = report.emergencies
    assert sign.when == dt.date(2027, 3, 7) and sign.sign.english() == "Short of breath"
    assert sign.followed.startswith("Called the doctor")
    assert report.reactions[0].site_label == "Left thigh"
    assert [str(f) for f in report.flags] == ["blood-pressure medicine"]  # rule R14


def test_suggestions_become_questions_and_own_questions_are_kept():
    report = build()
    texts = [q.english() for q in report.questions]
    # rule R3: the latest started course (2) was hard: one step, 15 → 12 a day.
    assert texts[0] == ("The last course was hard to tolerate. Should the next course's dose "
                        "go down one step, from 15 million units to 12 million units a day?")
    assert all(t.endswith("?") for t in texts)
    assert any("PCP" in t for t in texts)  # rule R20
    assert report.own_questions == ("Can I travel in August?",)
    for text in texts:
        assert_plain(text)  # rule D4


def test_r5_question_after_high_reliable_counts():
    courses, _inj, labs, _diary, _reactions = known_record()
    calm = [dataclasses.replace(c, plan=dataclasses.replace(c.plan, hard_to_tolerate=False))
            for c in courses]
    labs = [*labs, LabResult(5, dt.date(2027, 5, 26), cd4_count=720)]
    report = build(courses=calm, labs=labs)
    texts = [q.english() for q in report.questions]
    assert texts[0] == ("My last reliable CD4 counts are all above 600 cells/µL. Can the time "
                        "between courses go from 8 to 12 weeks?")


def test_r6_question_in_the_first_months():
    c = course(1, dt.date(2027, 4, 7), status=CourseStatus.DONE)
    report = build(courses=[c], injections={1: injections(c, [DONE] * 10)}, labs=[], diary=[],
                   reactions=[], period=default_period([c], TODAY))
    assert report.questions[0].english().startswith("I started less than 6 months ago.")


def test_own_questions_are_parsed_line_by_line():
    assert parse_own_questions("One?\n\n  Two? \n") == ("One?", "Two?")
    with pytest.raises(FieldInputError):
        parse_own_questions("x" * (QUESTIONS_MAX + 1))


def test_message_parameters_are_typed():
    # The values stay typed until the renderer formats them for the user's language.
    report = build()
    assert report.next_course.value("start") == dt.date(2027, 6, 23)
    dose = report.next_course.value("dose")
    assert dose.template == "{number} million units" and dose.value("number") == Decimal(6)


def test_a_once_daily_or_one_day_regimen_is_in_the_singular():
    """Found walking the outputs: a once-daily course (rule R18) read "5 days × 1
    injections of …", a one-day one "1 days"."""
    row = build().courses[1]
    once = dataclasses.replace(row, days=5, per_day=1)
    assert once.regimen.english() == "5 days × 1 injection of 7.5 million units"
    one_day = dataclasses.replace(row, days=1, per_day=2)
    assert one_day.regimen.english() == "1 day × 2 injections of 7.5 million units"
    hospital = dataclasses.replace(row, days=1, per_day=0)
    assert hospital.regimen.english() == "1 day, 7.5 million units a day"
