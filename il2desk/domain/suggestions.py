"""Suggestions to take to the doctor: a lower dose (R3), a longer interval (R5), and
patience in the first months (R6).

The program is a companion, not a prescriber: each suggestion is text that ends with
"discuss with your doctor", never more than one step, and nothing is ever changed by
it. Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from il2desk.domain.course import Course, CourseStatus
from il2desk.domain.dose_advice import suggest_reduction
from il2desk.domain.labs import LabResult, reliable_cd4_series
from il2desk.domain.regimen import DEFAULT_INTERVAL_WEEKS
from il2desk.domain.texts import QT_TRANSLATE_NOOP, Message, Value, message, sentences

__all__ = [
    "CD4_HIGH_THRESHOLD",
    "COURSES_BEFORE_NEXT_STEP",
    "INTERVAL_STEP_WEEKS",
    "PATIENCE_MONTHS",
    "Suggestion",
    "all_suggestions",
    "keep_other_treatment",
    "suggest_dose",
    "suggest_interval",
    "suggest_patience",
]

ENDING = "discuss with your doctor."

# rule R5
CD4_HIGH_THRESHOLD = 600  # cells/µL; a count must be ABOVE this (600 itself is not)
INTERVAL_STEP_WEEKS = 4
COURSES_BEFORE_NEXT_STEP = 3
SUSTAINED_COUNTS = 2  # "sustained": at least this many reliable counts in a row
# rule R6
PATIENCE_MONTHS = 6


@dataclasses.dataclass(frozen=True)
class Suggestion:
    rule: str  # "R3", "R5", "R6"
    title: Message
    text: Value  # always ends with ENDING


def _started(courses: Sequence[Course], today: dt.date) -> list[Course]:
    """Courses that have begun, oldest first (cancelled ones never happened)."""
    return sorted((c for c in courses
                   if c.status is not CourseStatus.CANCELLED and c.start_date <= today),
                  key=lambda c: (c.start_date, c.id))


def suggest_dose(courses: Sequence[Course], today: dt.date) -> Suggestion | None:
    """Rule R3: after the latest course, if it was marked hard to tolerate, one step
    down from that course's dose — one step only, however many courses were hard."""
    started = _started(courses, today)
    if not started or not started[-1].plan.hard_to_tolerate:
        return None
    reduction = suggest_reduction(started[-1].dose_miu)
    if reduction is None:
        return None
    # The reduction's text ends "…until you discuss with your doctor."
    return Suggestion("R3", message(QT_TRANSLATE_NOOP(
        "domain", "A lower dose for the next course?")), reduction.text)


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _same_run(started: Sequence[Course], key) -> list[Course]:
    """The latest courses that share `key` with the latest one, newest first."""
    run: list[Course] = []
    for course in reversed(started):
        if key(course) != key(started[-1]):
            break
        run.append(course)
    return run


def suggest_patience(courses: Sequence[Course], today: dt.date) -> Suggestion | None:
    """Rule R6: before 6 months of use it is too early to judge whether the dose works,
    counted from the last change of dose (issue 19: a dose lowered 2 months ago starts
    the 6 months again)."""
    started = _started(courses, today)
    if not started:
        return None
    since = _same_run(started, lambda c: c.dose_miu)[-1].start_date
    if today >= _add_months(since, PATIENCE_MONTHS):
        return None
    return Suggestion(
        "R6", message(QT_TRANSLATE_NOOP("domain", "Too early to judge")),
        message(QT_TRANSLATE_NOOP(
            "domain", "You started less than {months} months ago. It is too early to judge "
            "whether the dose works: counts often take months to rise, and people who "
            "start with low counts may take longer. If you are worried, discuss with your "
            "doctor."), months=PATIENCE_MONTHS),
    )


def _high_run(counts: Sequence[tuple[dt.date, int]]) -> list[tuple[dt.date, int]]:
    """The latest counts all above 600, back to the last one at or below it."""
    run: list[tuple[dt.date, int]] = []
    for day, count in reversed(counts):
        if count <= CD4_HIGH_THRESHOLD:
            break
        run.append((day, count))
    return list(reversed(run))


def suggest_interval(courses: Sequence[Course], labs: Sequence[LabResult],
                     today: dt.date) -> Suggestion | None:
    """Rule R5 (issue 19's definitions): CD4 counts high and sustained → one interval
    step of 4 weeks.

    "High and sustained": at least two reliable counts above 600 (600 itself is not),
    the latest drawn within the last 6 months, and no reliable count at or below 600
    since the first of them. Unreliable results (rule R16) are left out, and so are
    counts from before the last change of interval. After a lengthening, the next step
    needs three courses at the lengthened interval, each followed by a reliable count
    above 600. Always one step (current + 4 weeks), never two.
    """
    started = _started(courses, today)
    if not started:
        return None
    current = started[-1].plan.interval_weeks
    at_current = _same_run(started, lambda c: c.plan.interval_weeks)  # newest first
    changed = len(at_current) < len(started)
    since = at_current[-1].start_date if changed else dt.date.min
    counts = [(day, n) for day, n in reliable_cd4_series(labs) if day >= since]
    run = _high_run(counts)
    if len(run) < SUSTAINED_COUNTS or run[-1][0] < _add_months(today, -PATIENCE_MONTHS):
        return None
    lengthened = current > DEFAULT_INTERVAL_WEEKS
    if lengthened:
        last_three = list(reversed(at_current[:COURSES_BEFORE_NEXT_STEP]))  # oldest first
        if len(last_three) < COURSES_BEFORE_NEXT_STEP:
            return None
        if any(n <= CD4_HIGH_THRESHOLD for day, n in counts
               if day >= last_three[0].start_date):
            return None  # a count at or below 600 since the first of them
        following = [c.start_date for c in last_three[1:]] + [dt.date.max]
        for course, next_start in zip(last_three, following, strict=True):
            if not any(course.end_date < day < next_start for day, _n in run):
                return None
    longer = current + INTERVAL_STEP_WEEKS
    if lengthened:
        why = message(QT_TRANSLATE_NOOP(
            "domain", "Your reliable CD4 counts stayed above {cells} cells/µL through "
            "{courses} courses every {weeks} weeks."),
            cells=CD4_HIGH_THRESHOLD, courses=COURSES_BEFORE_NEXT_STEP, weeks=current)
    else:
        why = message(QT_TRANSLATE_NOOP(
            "domain", "Your last reliable CD4 counts are all above {cells} cells/µL."),
            cells=CD4_HIGH_THRESHOLD)
    ask = message(QT_TRANSLATE_NOOP(
        "domain", "You could ask whether the time between courses can go from {current} to "
        "{longer} weeks. Results drawn soon after a course were left out. Nothing changes "
        "until you discuss with your doctor."), current=current, longer=longer)
    return Suggestion(
        "R5", message(QT_TRANSLATE_NOOP("domain", "More time between courses?")),
        sentences(why, ask),
    )


def keep_other_treatment(labs: Sequence[LabResult]) -> Suggestion | None:
    """Rule R20: when the CD4 count rises (the latest reliable count above the one
    before), the preventive treatment is not stopped because of it."""
    series = reliable_cd4_series(labs)
    if len(series) < 2 or series[-1][1] <= series[-2][1]:
        return None
    return Suggestion(
        "R20", message(QT_TRANSLATE_NOOP("domain", "Keep your other medicines")),
        message(QT_TRANSLATE_NOOP(
            "domain", "Your CD4 count has gone up. Keep taking your anti-HIV medicines and "
            "the medicine that prevents infections (such as PCP): do not stop them because "
            "counts rose, unless your doctor says so. If you have questions, discuss with "
            "your doctor.")),
    )


def all_suggestions(courses: Sequence[Course], labs: Sequence[LabResult],
                    today: dt.date) -> list[Suggestion]:
    found = [
        suggest_dose(courses, today),
        suggest_interval(courses, labs, today),
        suggest_patience(courses, today),
        keep_other_treatment(labs),
    ]
    return [s for s in found if s is not None]
