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
from il2desk.domain.texts import QT_TRANSLATE_NOOP

__all__ = [
    "CD4_HIGH_THRESHOLD",
    "COURSES_BEFORE_NEXT_STEP",
    "INTERVAL_STEP_WEEKS",
    "PATIENCE_MONTHS",
    "Suggestion",
    "all_suggestions",
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
    title: str
    text: str  # always ends with ENDING


def _started(courses: Sequence[Course], today: dt.date) -> list[Course]:
    """Courses that have begun, oldest first (cancelled ones never happened)."""
    return sorted((c for c in courses
                   if c.status is not CourseStatus.CANCELLED and c.start_date <= today),
                  key=lambda c: (c.start_date, c.id))


def suggest_dose(courses: Sequence[Course], today: dt.date, *,
                 decimal_mark: str = ".") -> Suggestion | None:
    """Rule R3: after the latest course, if it was marked hard to tolerate, one step
    down from that course's dose — one step only, however many courses were hard."""
    started = _started(courses, today)
    if not started or not started[-1].plan.hard_to_tolerate:
        return None
    reduction = suggest_reduction(started[-1].dose_miu, decimal_mark=decimal_mark)
    if reduction is None:
        return None
    text = reduction.text.rstrip(".")
    # regimen's text ends "…until you discuss with your doctor"; keep one ending.
    if not text.endswith("discuss with your doctor"):
        text += ". " + QT_TRANSLATE_NOOP("domain", "Please discuss with your doctor")
    return Suggestion("R3", QT_TRANSLATE_NOOP("domain", "A lower dose for the next course?"),
                      text + ".")


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def suggest_patience(courses: Sequence[Course], today: dt.date) -> Suggestion | None:
    """Rule R6: before 6 months of use it is too early to judge whether the dose works."""
    started = _started(courses, today)
    if not started:
        return None
    if today >= _add_months(started[0].start_date, PATIENCE_MONTHS):
        return None
    return Suggestion(
        "R6", QT_TRANSLATE_NOOP("domain", "Too early to judge"),
        QT_TRANSLATE_NOOP(
            "domain", "You started less than {months} months ago. It is too early to judge "
            "whether the dose works: counts often take months to rise, and people who "
            "start with low counts may take longer. If you are worried, discuss with your "
            "doctor.").format(months=PATIENCE_MONTHS),
    )


def suggest_interval(courses: Sequence[Course], labs: Sequence[LabResult],
                     today: dt.date) -> Suggestion | None:
    """Rule R5: reliable CD4 counts staying above 600 → one interval step of 4 weeks.

    "Staying above": the latest reliable counts, at least two, all above 600 (exactly
    600 does not count). Unreliable results (rule R16) are left out. At the usual
    8-week interval that is enough; once the interval was lengthened, the next step
    needs three courses at the current interval, with every reliable count since the
    first of them above 600. Always one step (current + 4 weeks), never two.
    """
    started = _started(courses, today)
    if not started:
        return None
    current = started[-1].plan.interval_weeks
    series = reliable_cd4_series(labs)
    lengthened = current > DEFAULT_INTERVAL_WEEKS
    if not lengthened:
        recent = series[-SUSTAINED_COUNTS:]
        if len(recent) < SUSTAINED_COUNTS or not all(n > CD4_HIGH_THRESHOLD for _, n in recent):
            return None
    else:
        at_current: list[Course] = []
        for course in reversed(started):
            if course.plan.interval_weeks != current:
                break
            at_current.append(course)
        if len(at_current) < COURSES_BEFORE_NEXT_STEP:
            return None
        since = at_current[-1].start_date
        counts = [n for day, n in series if day >= since]
        if not counts or not all(n > CD4_HIGH_THRESHOLD for n in counts):
            return None
    longer = current + INTERVAL_STEP_WEEKS
    if lengthened:
        why = QT_TRANSLATE_NOOP(
            "domain", "Your reliable CD4 counts stayed above {count} cells/µL through "
            "{courses} courses every {weeks} weeks.").format(
                count=CD4_HIGH_THRESHOLD, courses=COURSES_BEFORE_NEXT_STEP, weeks=current)
    else:
        why = QT_TRANSLATE_NOOP(
            "domain", "Your last reliable CD4 counts are all above {count} cells/µL.").format(
                count=CD4_HIGH_THRESHOLD)
    ask = QT_TRANSLATE_NOOP(
        "domain", "You could ask whether the time between courses can go from {current} to "
        "{longer} weeks. Results drawn soon after a course were left out. Nothing changes "
        "until you discuss with your doctor.").format(current=current, longer=longer)
    return Suggestion(
        "R5", QT_TRANSLATE_NOOP("domain", "More time between courses?"), f"{why} {ask}",
    )


def all_suggestions(courses: Sequence[Course], labs: Sequence[LabResult], today: dt.date,
                    *, decimal_mark: str = ".") -> list[Suggestion]:
    found = [
        suggest_dose(courses, today, decimal_mark=decimal_mark),
        suggest_interval(courses, labs, today),
        suggest_patience(courses, today),
    ]
    return [s for s in found if s is not None]
