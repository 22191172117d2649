"""Lab results: what may be entered, how they are shown, and which are reliable.

CD4 count (cells/µL), CD4 percent and viral load (copies/mL, or "undetectable", or
"below a limit"). Rule R16: a result drawn within 4 weeks after the last injection of a
course is stored but marked unreliable, with the reason, and left out of trends and of
the rule R5 suggestion. Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from il2desk.domain.dose import DoseInputError, parse_decimal
from il2desk.domain.errors import FieldInputError
from il2desk.domain.regimen import UNRELIABLE_LAB_DAYS_AFTER, course_end, is_lab_unreliable
from il2desk.domain.texts import QT_TRANSLATE_NOOP, Message, Value, message, sentences

if TYPE_CHECKING:
    from il2desk.domain.course import Course

__all__ = [
    "CD4_COUNT_MAX",
    "UNRELIABLE_MARK",
    "LabInputError",
    "LabReason",
    "LabReasonCode",
    "LabResult",
    "Reliability",
    "ViralLoadForm",
    "check_lab",
    "format_viral_load",
    "judge_reliability",
    "judge_reliability_all",
    "parse_cd4_count",
    "parse_cd4_percent",
    "parse_viral_load",
    "reliable_cd4_series",
]

CD4_COUNT_MAX = 5000  # cells/µL; anything higher is a typo
UNRELIABLE_MARK = message(QT_TRANSLATE_NOOP("domain", "unreliable — too soon after a course"))


class LabInputError(FieldInputError):
    """A value that cannot be a lab result; str() is plain words for beside the field."""


class ViralLoadForm(StrEnum):
    NONE = "none"  # not measured this time
    VALUE = "value"  # a number of copies/mL
    UNDETECTABLE = "undetectable"
    BELOW = "below"  # "< 50": below the lab's limit


_WHOLE = re.compile(r"[+-]?[0-9]+")
# A thousands separator only where one goes ("12,000", "1 200"): "4,5,6" or "4 5 6" is a
# slip, not 456, and is refused rather than read as a different number.
_GROUPED = re.compile(r"[+-]?[0-9]{1,3}(?P<sep>[ ,])[0-9]{3}(?:(?P=sep)[0-9]{3})*")


def _whole_number(text: str, field: str, what: Message, *, separators: str = " ") -> int:
    stripped = text.strip()
    grouped = _GROUPED.fullmatch(stripped)
    if grouped is not None and grouped.group("sep") in separators:
        stripped = stripped.replace(grouped.group("sep"), "")
    if _WHOLE.fullmatch(stripped) is None:
        raise LabInputError(message(QT_TRANSLATE_NOOP(
            "domain", "Please type the {what} as a whole number, for example 450."),
            what=what), field=field)
    return int(stripped)


def parse_cd4_count(text: str) -> int | None:
    """Cells/µL; empty means not measured."""
    if not text.strip():
        return None
    value = _whole_number(text, "cd4_count",
                          message(QT_TRANSLATE_NOOP("domain", "CD4 count")))
    if value < 0:
        raise LabInputError(
            message(QT_TRANSLATE_NOOP("domain", "A CD4 count cannot be below zero.")),
            field="cd4_count")
    if value > CD4_COUNT_MAX:
        raise LabInputError(
            message(QT_TRANSLATE_NOOP("domain", "A CD4 count over {cells} cells/µL is not "
                                      "possible. Please check the number on the lab report."),
                    cells=CD4_COUNT_MAX),
            field="cd4_count",
        )
    return value


def parse_cd4_percent(text: str, *, decimal_mark: str = ".") -> Decimal | None:
    """CD4 cells as a percent of lymphocytes; empty means not measured."""
    if not text.strip():
        return None
    try:
        value = parse_decimal(text.strip().removesuffix("%").strip(),
                              decimal_mark=decimal_mark, field="cd4_percent")
    except DoseInputError as problem:
        raise LabInputError(problem.message, field="cd4_percent") from problem
    if value < 0:
        raise LabInputError(
            message(QT_TRANSLATE_NOOP("domain", "A percent cannot be below zero.")),
            field="cd4_percent")
    if value > 100:
        raise LabInputError(
            message(QT_TRANSLATE_NOOP("domain", "A percent cannot be over 100.")),
            field="cd4_percent")
    return value


def parse_viral_load(form: ViralLoadForm, text: str) -> int | None:
    """The number that goes with the form: copies/mL, or the lab's limit for "below"."""
    if form in (ViralLoadForm.NONE, ViralLoadForm.UNDETECTABLE):
        return None
    what = message(QT_TRANSLATE_NOOP("domain", "viral load") if form is ViralLoadForm.VALUE
                   else QT_TRANSLATE_NOOP("domain", "lab's limit"))
    if not text.strip():
        raise LabInputError(message(QT_TRANSLATE_NOOP(
            "domain", "Please type the {what} in copies/mL."), what=what), field="viral_load")
    value = _whole_number(text, "viral_load", what, separators=" ,")
    if value < 0:
        raise LabInputError(
            message(QT_TRANSLATE_NOOP("domain", "A viral load cannot be below zero.")),
            field="viral_load")
    if form is ViralLoadForm.BELOW and value == 0:
        raise LabInputError(
            message(QT_TRANSLATE_NOOP("domain",
                                      "The limit must be more than zero, for example 50.")),
            field="viral_load")
    if value > 100_000_000:
        raise LabInputError(message(QT_TRANSLATE_NOOP(
            "domain", "That number is far too large for a viral load. Please check it.")),
            field="viral_load")
    return value


def format_viral_load(form: ViralLoadForm, value: int | None) -> Value:
    if form is ViralLoadForm.UNDETECTABLE:
        return message(QT_TRANSLATE_NOOP("domain", "undetectable"))
    if form is ViralLoadForm.BELOW and value is not None:
        return message(QT_TRANSLATE_NOOP("domain", "below {copies} copies/mL"), copies=value)
    if form is ViralLoadForm.VALUE and value is not None:
        return message(QT_TRANSLATE_NOOP("domain", "{copies} copies/mL"), copies=value)
    return "—"


class LabReasonCode(StrEnum):
    """Why a result is marked unreliable (rule R16), as the record stores it."""

    NONE = ""  # reliable
    DURING_COURSE = "during_course"  # drawn during a course
    AFTER_COURSE = "after_course"  # drawn within 4 weeks after a course's last injection
    # A sentence an older version stored that matches none of the forms above (or a
    # code this version does not know): kept and shown as it was written.
    TEXT = "text"


@dataclasses.dataclass(frozen=True, slots=True)
class LabReason:
    """The reason for a rule R16 mark as a code and its values, never a sentence: the
    record stores these, and `message` says it in the user's language when shown."""

    code: LabReasonCode
    course_start: dt.date | None = None  # the course that changed the counts
    days_after: int | None = None  # AFTER_COURSE: days after its last injection
    text: str = ""  # TEXT only

    def message(self) -> Value:
        if self.code is LabReasonCode.DURING_COURSE and self.course_start is not None:
            return message(QT_TRANSLATE_NOOP(
                "domain", "Drawn during the course that started on {start}: the counts are "
                "changed by it, so this result is kept but left out of the trend and the "
                "suggestions."), start=self.course_start)
        if (self.code is LabReasonCode.AFTER_COURSE and self.course_start is not None
                and self.days_after is not None):
            drawn_when = message(QT_TRANSLATE_NOOP(
                "domain", "Drawn %n day(s) after the last injection of the course that "
                "started on {start}."), count=self.days_after, start=self.course_start)
            why = message(QT_TRANSLATE_NOOP(
                "domain", "Within {weeks} weeks after a course the counts are still changed "
                "by it, so this result is kept but left out of the trend and the "
                "suggestions."), weeks=UNRELIABLE_LAB_DAYS_AFTER // 7)
            return sentences(drawn_when, why)
        if self.text:
            return self.text  # written by an older version: shown as it is
        return UNRELIABLE_MARK


@dataclasses.dataclass(frozen=True)
class Reliability:
    unreliable: bool
    reason: LabReason | None = None


# A course's lab window (rule R16): its first day and the day of its last injection
# actually given. A bare start date stands for a standard course given in full.
CourseWindow = tuple[dt.date, dt.date]


def _windows(courses: Iterable[dt.date | CourseWindow]) -> list[CourseWindow]:
    return sorted(c if isinstance(c, tuple) else (c, course_end(c)) for c in courses)


def course_lab_windows(courses: Iterable[Course],
                       last_given_utc: Mapping[int, dt.datetime]) -> list[CourseWindow]:
    """Rule R16 windows of the courses that began or are planned (not cancelled): from
    the first day to the last injection actually given — for a stopped course, the
    last one given before it stopped; otherwise the planned last day (or a later given
    injection)."""
    from il2desk.domain.course import CourseStatus
    from il2desk.domain.timeplan import from_utc

    windows = []
    for course in courses:
        if course.status is CourseStatus.CANCELLED:
            continue
        given = last_given_utc.get(course.id)
        given_day = from_utc(given, course.zone_name).date() if given else None
        if course.status is CourseStatus.STOPPED:
            last = given_day or course.start_date
        else:
            last = max(course.end_date, given_day) if given_day else course.end_date
        windows.append((course.start_date, last))
    return windows


def judge_reliability(drawn: dt.date,
                      course_windows: Iterable[dt.date | CourseWindow]) -> Reliability:
    """Rule R16: unreliable when drawn from a course's first day until 4 weeks after its
    last injection actually given (day 28 still counts). The newest course that began
    on or before the draw decides."""
    windows = [w for w in _windows(course_windows) if w[0] <= drawn]
    if not windows:
        return Reliability(False)
    return _verdict(drawn, *windows[-1])


def judge_reliability_all(drawn_dates: Sequence[dt.date],
                          course_windows: Iterable[dt.date | CourseWindow]) -> list[Reliability]:
    """judge_reliability for many results at once, with the same verdicts and reasons.

    The windows are sorted once and each date finds its course by bisection: 20 years
    of results against 120 courses took 50 ms one by one, under 2 ms this way.
    """
    windows = _windows(course_windows)
    starts = [start for start, _last in windows]
    verdicts = []
    for drawn in drawn_dates:
        newest = bisect.bisect_right(starts, drawn) - 1
        verdicts.append(_verdict(drawn, *windows[newest]) if newest >= 0
                        else Reliability(False))
    return verdicts


def _verdict(drawn: dt.date, start: dt.date, last_day: dt.date) -> Reliability:
    if drawn <= last_day:
        return Reliability(True, LabReason(LabReasonCode.DURING_COURSE, course_start=start))
    if is_lab_unreliable(drawn, last_day):
        return Reliability(True, LabReason(LabReasonCode.AFTER_COURSE, course_start=start,
                                           days_after=(drawn - last_day).days))
    return Reliability(False)


@dataclasses.dataclass(frozen=True)
class LabResult:
    id: int | None
    drawn_date: dt.date
    cd4_count: int | None = None
    cd4_percent: Decimal | None = None
    viral_load_form: ViralLoadForm = ViralLoadForm.NONE
    viral_load: int | None = None
    unreliable: bool = False
    unreliable_reason: LabReason | None = None
    note: str = ""

    @property
    def reason_message(self) -> Value:
        """Why the result is marked unreliable, to show ("" when it is not)."""
        if not self.unreliable:
            return ""
        reason = self.unreliable_reason or LabReason(LabReasonCode.TEXT)
        return reason.message()

    @property
    def viral_load_text(self) -> Value:
        return format_viral_load(self.viral_load_form, self.viral_load)

    @property
    def cd4_percent_text(self) -> Value:
        if self.cd4_percent is None:
            return "—"
        return message(QT_TRANSLATE_NOOP("domain", "{number} %"), number=self.cd4_percent)


def check_lab(drawn: dt.date, today: dt.date, cd4_count: int | None,
              cd4_percent: Decimal | None, viral_load_form: ViralLoadForm) -> list[LabInputError]:
    """Problems with the result as a whole (each parse_* checks its own field)."""
    problems: list[LabInputError] = []
    if drawn > today:
        problems.append(LabInputError(
            message(QT_TRANSLATE_NOOP("domain",
                                      "The blood cannot have been drawn in the future.")),
            field="drawn_date"))
    if cd4_count is None and cd4_percent is None and viral_load_form is ViralLoadForm.NONE:
        problems.append(LabInputError(
            message(QT_TRANSLATE_NOOP("domain", "Please fill in at least one result: CD4 "
                                      "count, CD4 percent or viral load.")),
            field="cd4_count"))
    return problems


def reliable_cd4_series(results: Sequence[LabResult]) -> list[tuple[dt.date, int]]:
    """CD4 counts for trends, oldest first, unreliable ones left out (rule R16)."""
    return sorted((r.drawn_date, r.cd4_count) for r in results
                  if r.cd4_count is not None and not r.unreliable)
