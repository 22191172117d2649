"""The visit report: what il2desk knows, gathered for the doctor before a course.

The guide's regimen turns on the doctor's decisions before each course: a lower dose
after a hard course (rule R3), a longer interval when counts stay high (R5), waiting
with an infection (R14, R19), judging the dose only after 6 months (R6). This module
works out what the report holds for a period; services/visit_report.py lays it out.

Everything the report says is a message value (domain/texts.py) — a template marked
for translation and its typed values (a dose message, a date, a number, another
message, or the patient's own words) — never a finished English sentence; the renderer
translates and formats it.
Nothing here reads like a prescription: the suggestions become questions for the
doctor. Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from il2desk.domain.checklists import PRECHECKS
from il2desk.domain.course import (
    Course,
    CourseStatus,
    Injection,
    InjectionStatus,
    Route,
    StopReason,
)
from il2desk.domain.diary import (
    DiaryEntry,
    Severity,
    periods_from_courses,
    place_entry,
    worst_by_day,
)
from il2desk.domain.dose import format_dose_miu
from il2desk.domain.dose_advice import suggest_reduction
from il2desk.domain.errors import FieldInputError
from il2desk.domain.labs import LabResult, ViralLoadForm
from il2desk.domain.regimen import daily_total_miu
from il2desk.domain.suggestions import (
    CD4_HIGH_THRESHOLD,
    INTERVAL_STEP_WEEKS,
    PATIENCE_MONTHS,
    suggest_dose,
    suggest_interval,
    suggest_patience,
)
from il2desk.domain.texts import QT_TRANSLATE_NOOP, Message, Value, message

__all__ = [
    "QUESTIONS_MAX",
    "CourseRow",
    "CourseState",
    "EmergencyLine",
    "LabLine",
    "Message",
    "OpenReaction",
    "Period",
    "VisitReport",
    "build_visit_report",
    "course_state",
    "course_state_of",
    "default_period",
    "parse_own_questions",
    "state_label",
    "state_message",
    "status_counts",
]

QUESTIONS_MAX = 2000  # characters of the patient's own questions (a page's worth)


# -- the period ------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Period:
    first: dt.date
    last: dt.date

    def holds(self, day: dt.date) -> bool:
        return self.first <= day <= self.last

    def overlaps(self, start: dt.date, end: dt.date) -> bool:
        return start <= self.last and end >= self.first


DEFAULT_WITHOUT_COURSES_DAYS = 182  # half a year when there is no course before last


def default_period(courses: Sequence[Course], today: dt.date) -> Period:
    """Since the course before last (the two latest courses that began), up to today."""
    started = sorted((c.start_date for c in courses
                      if c.status is not CourseStatus.CANCELLED and c.start_date <= today),
                     reverse=True)
    if len(started) >= 2:
        return Period(started[1], today)
    if started:
        return Period(min(started[0], today - dt.timedelta(days=DEFAULT_WITHOUT_COURSES_DAYS)),
                      today)
    return Period(today - dt.timedelta(days=DEFAULT_WITHOUT_COURSES_DAYS), today)


# -- course states: the one place that says what a course's state is ------------------


class CourseState(StrEnum):
    """How a course stands (rule R17), for the report and everywhere a course shows."""

    PLANNED = "planned"  # not begun
    UNDER_WAY = "under_way"  # begun, injections still to come
    COMPLETED = "completed"
    NOT_RECORDED = "not_recorded"  # its days are over and no injection was recorded
    STOPPED = "stopped"  # stopped early, with its reason and when (issue 19)
    CANCELLED = "cancelled"  # before it began


_STATE_LABELS: Mapping[CourseState, Message] = MappingProxyType({
    CourseState.PLANNED: message(QT_TRANSLATE_NOOP("domain", "planned")),
    CourseState.UNDER_WAY: message(QT_TRANSLATE_NOOP("domain", "under way")),
    CourseState.COMPLETED: message(QT_TRANSLATE_NOOP("domain", "completed")),
    CourseState.NOT_RECORDED: message(QT_TRANSLATE_NOOP("domain", "over, nothing recorded")),
    CourseState.STOPPED: message(QT_TRANSLATE_NOOP("domain", "stopped early")),
    CourseState.CANCELLED: message(QT_TRANSLATE_NOOP("domain", "cancelled")),
})

STOP_REASON_LABELS: Mapping[StopReason, Message] = MappingProxyType({
    StopReason.SIDE_EFFECTS: message(QT_TRANSLATE_NOOP("domain", "side effects")),
    StopReason.INFECTION: message(QT_TRANSLATE_NOOP("domain", "an infection")),
    StopReason.DOCTOR: message(QT_TRANSLATE_NOOP("domain", "the doctor's decision")),
    StopReason.OTHER: message(QT_TRANSLATE_NOOP("domain", "another reason")),
})

INJECTION_STATE_LABELS: Mapping[InjectionStatus, Message] = MappingProxyType({
    InjectionStatus.PLANNED: message(QT_TRANSLATE_NOOP("domain", "planned")),
    InjectionStatus.DONE: message(QT_TRANSLATE_NOOP("domain", "given")),
    InjectionStatus.MISSED: message(QT_TRANSLATE_NOOP("domain", "missed")),
    InjectionStatus.NOT_GIVEN: message(QT_TRANSLATE_NOOP("domain", "not given (course stopped)")),
})


def course_state(course: Course, injections: Sequence[Injection], today: dt.date) -> CourseState:
    return course_state_of(course, status_counts(injections), today)


def status_counts(injections: Iterable[Injection]) -> dict[InjectionStatus, int]:
    counts = dict.fromkeys(InjectionStatus, 0)
    for injection in injections:
        counts[injection.status] += 1
    return counts


def course_state_of(course: Course, counts: Mapping[InjectionStatus, int],
                    today: dt.date) -> CourseState:
    """The state from how many of the course's injections are in each state."""
    planned = counts.get(InjectionStatus.PLANNED, 0)
    if course.plan.route is Route.HOSPITAL and course.status is CourseStatus.PLANNED:
        # rule R18: no injections to record; its dates say where it stands
        return (CourseState.PLANNED if course.start_date > today else
                CourseState.COMPLETED if course.end_date < today else CourseState.UNDER_WAY)
    if course.status is CourseStatus.CANCELLED:
        return CourseState.CANCELLED
    if course.status is CourseStatus.STOPPED:
        return CourseState.STOPPED
    if course.status is CourseStatus.DONE:  # recorded afterwards, as done
        return CourseState.COMPLETED
    if course.end_date < today:
        if planned == sum(counts.values()):
            return CourseState.NOT_RECORDED
        return CourseState.COMPLETED
    if course.start_date > today:
        return CourseState.PLANNED
    if planned:
        return CourseState.UNDER_WAY
    return CourseState.COMPLETED


def state_message(state: CourseState, reason: StopReason | None = None) -> Message:
    """The state as a message; a stopped course says why (rule R17)."""
    if state is CourseState.STOPPED and reason is not None:
        return message(QT_TRANSLATE_NOOP("domain", "stopped early ({reason})"),
                       reason=STOP_REASON_LABELS[reason])
    return _STATE_LABELS[state]


def state_label(state: CourseState) -> Message:
    """The state in words (without a stopped course's reason)."""
    return _STATE_LABELS[state]


# -- what the report holds -------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class CourseRow:
    course_id: int
    start: dt.date
    end: dt.date
    days: int
    per_day: int
    dose_miu: Decimal
    route: Message
    state: CourseState
    given: int
    missed: int
    not_given: int  # marked not given (course stopped, or skipped): never "missed"
    pending: int
    late: int
    hard_to_tolerate: bool
    worst: Mapping[int, Severity]  # course day (1–5, AFTER) → worst side effect
    stop_reason: StopReason | None = None  # rule R17, for a course stopped early

    @property
    def state_message(self) -> Message:
        return state_message(self.state, self.stop_reason)

    @property
    def regimen(self) -> Message:
        # Plurals through %n: a shortened or once-daily course (rule R18) said "1 days"
        # and "1 injections".
        days = message(QT_TRANSLATE_NOOP("domain", "%n day(s)"), count=self.days)
        if self.per_day == 0:  # in hospital (rule R18): a daily dose, no injections
            return message(QT_TRANSLATE_NOOP("domain", "{days}, {dose} a day"),
                           days=days, dose=format_dose_miu(self.dose_miu))
        return message(QT_TRANSLATE_NOOP("domain", "{days} × {injections} of {dose}"),
                       days=days,
                       injections=message(QT_TRANSLATE_NOOP("domain", "%n injection(s)"),
                                          count=self.per_day),
                       dose=format_dose_miu(self.dose_miu))


@dataclasses.dataclass(frozen=True)
class LabLine:
    result: LabResult
    # Rule R22: a viral load drawn soon after a course gets this explanation.
    note: Message | None = None


@dataclasses.dataclass(frozen=True)
class EmergencyLine:
    when: dt.date
    sign: Value  # a message; the patient's own words for "something else"
    followed: str  # what the patient wrote about what followed (their own words)


@dataclasses.dataclass(frozen=True)
class OpenReaction:
    """A site reaction not yet resolved (rule R12), as the report needs it."""

    site_label: str  # the domain's marked site name
    kind_label: str  # the domain's marked reaction word
    size_cm: Decimal | None
    since: dt.date


@dataclasses.dataclass(frozen=True)
class VisitReport:
    made_on: dt.date
    period: Period
    patient_name: str
    courses: tuple[CourseRow, ...]
    next_course: Message | None
    labs: tuple[LabLine, ...]
    chart_course_starts: tuple[dt.date, ...]
    emergencies: tuple[EmergencyLine, ...]
    reactions: tuple[OpenReaction, ...]
    flags: tuple[Value, ...]  # pre-course answers that need the doctor (R14)
    questions: tuple[Message, ...]  # the suggestions as questions (R3, R5, R6, R20)
    own_questions: tuple[str, ...]  # the patient's, as typed


SUBCUTANEOUS = message(QT_TRANSLATE_NOOP("domain", "under the skin, at home"))
INFUSION = message(QT_TRANSLATE_NOOP("domain", "continuous infusion, in hospital"))  # rule R18
VIRAL_BURST = message(QT_TRANSLATE_NOOP(
    "domain", "A short rise of viral load soon after a course is common and does not last."))


def _course_row(course: Course, injections: Sequence[Injection], today: dt.date,
                worst: Mapping[int, Severity]) -> CourseRow:
    counts = {status: 0 for status in InjectionStatus}
    for injection in injections:
        counts[injection.status] += 1
    days = len({i.day for i in injections}) or course.plan.days
    per_day = max((sum(1 for i in injections if i.day == d) for d in {i.day for i in injections}),
                  default=0)
    return CourseRow(
        course_id=course.id, start=course.start_date, end=course.end_date, days=days,
        per_day=per_day, dose_miu=course.dose_miu,
        route=INFUSION if course.plan.route is Route.HOSPITAL else SUBCUTANEOUS,
        state=course_state(course, injections, today),
        given=counts[InjectionStatus.DONE], missed=counts[InjectionStatus.MISSED],
        not_given=counts[InjectionStatus.NOT_GIVEN], pending=counts[InjectionStatus.PLANNED],
        late=sum(1 for i in injections if i.status is InjectionStatus.DONE and i.late),
        hard_to_tolerate=course.plan.hard_to_tolerate, worst=MappingProxyType(dict(worst)),
        stop_reason=course.stop_reason,
    )


def _questions(courses: Sequence[Course], labs: Sequence[LabResult],
               today: dt.date) -> list[Message]:
    """The current suggestions (domain/suggestions.py decides when each holds), each
    asked as a question for the doctor."""
    questions: list[Message] = []
    if suggest_dose(courses, today) is not None:  # rule R3
        started = sorted((c for c in courses if c.status is not CourseStatus.CANCELLED
                          and c.start_date <= today), key=lambda c: (c.start_date, c.id))
        current = started[-1].dose_miu
        step = suggest_reduction(current)
        if step is not None:
            questions.append(message(QT_TRANSLATE_NOOP(
                "domain", "The last course was hard to tolerate. Should the next course's "
                "dose go down one step, from {current} to {lower} a day?"),
                current=format_dose_miu(daily_total_miu(current)),
                lower=format_dose_miu(step.daily_miu)))
    if suggest_interval(courses, labs, today) is not None:  # rule R5
        started = [c for c in courses if c.status is not CourseStatus.CANCELLED
                   and c.start_date <= today]
        current_weeks = max(started, key=lambda c: (c.start_date, c.id)).plan.interval_weeks
        questions.append(message(QT_TRANSLATE_NOOP(
            "domain", "My last reliable CD4 counts are all above {cells} cells/µL. Can the "
            "time between courses go from {current} to {longer} weeks?"),
            cells=CD4_HIGH_THRESHOLD, current=current_weeks,
            longer=current_weeks + INTERVAL_STEP_WEEKS))
    if suggest_patience(courses, today) is not None:  # rule R6
        questions.append(message(QT_TRANSLATE_NOOP(
            "domain", "I started less than {months} months ago. When can we judge whether "
            "the dose works?"), months=PATIENCE_MONTHS))
    # rule R20: always worth a word before a course.
    questions.append(message(QT_TRANSLATE_NOOP(
        "domain", "Do my anti-HIV medicines and my medicines that prevent infections (such "
        "as PCP) stay as they are during the courses?")))
    return questions


def _flags(courses: Iterable[Course]) -> list[Value]:
    """Rule R14: pre-course answers that need the doctor, once each, newest course's."""
    labels: dict[str, Value] = {item.key: item.short or item.text for item in PRECHECKS}
    seen: list[str] = []
    for course in sorted(courses, key=lambda c: c.start_date, reverse=True):
        if course.status is CourseStatus.CANCELLED:
            continue
        for key, yes in course.plan.prechecks.items():
            if yes and key not in seen:
                seen.append(key)
    order = [item.key for item in PRECHECKS]
    seen.sort(key=lambda k: order.index(k) if k in order else len(order))
    return [labels.get(key, key) for key in seen]  # a key this version does not know: as is


def parse_own_questions(text: str) -> tuple[str, ...]:
    """The patient's questions, one a line (blank lines dropped)."""
    if len(text) > QUESTIONS_MAX:
        raise FieldInputError(message(QT_TRANSLATE_NOOP(
            "domain", "Please keep your questions under {characters} characters."),
            characters=QUESTIONS_MAX), field="questions")
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def build_visit_report(*, today: dt.date, period: Period, patient_name: str,
                       courses: Sequence[Course],
                       injections: Mapping[int, Sequence[Injection]],
                       labs: Sequence[LabResult], diary: Sequence[DiaryEntry],
                       reactions: Sequence[OpenReaction],
                       own_questions: Sequence[str] = ()) -> VisitReport:
    """The report's content for `period`.

    `courses` and `labs` are the whole record (the suggestions look at all of it);
    `injections` needs the courses of the period only; `diary` the entries from the
    period's first day on (an entry is placed in its course day as the diary does).
    """
    in_period = sorted((c for c in courses if period.overlaps(c.start_date, c.end_date)),
                       key=lambda c: (c.start_date, c.id))
    periods = periods_from_courses(courses)
    placed: dict[int, list[tuple[int, Severity]]] = {}
    for entry in diary:
        where = place_entry(entry.local_date, periods)
        if where is not None:
            placed.setdefault(where.course_id, []).append((where.day, entry.severity))
    rows = tuple(_course_row(c, injections.get(c.id, ()), today,
                             worst_by_day(placed.get(c.id, ()))) for c in in_period)
    upcoming = sorted((c for c in courses if c.status is CourseStatus.PLANNED
                       and c.start_date > period.last), key=lambda c: c.start_date)
    next_course = None
    if upcoming:
        next_course = message(QT_TRANSLATE_NOOP(
            "domain", "Next course planned from {start}, {dose} per injection."),
            start=upcoming[0].start_date, dose=format_dose_miu(upcoming[0].dose_miu))
    lab_lines = []
    for result in sorted((r for r in labs if period.holds(r.drawn_date)),
                         key=lambda r: (r.drawn_date, r.id or 0)):
        burst = result.unreliable and result.viral_load_form is ViralLoadForm.VALUE  # R22
        lab_lines.append(LabLine(result, VIRAL_BURST if burst else None))
    chart_starts = tuple(sorted(c.start_date for c in courses
                                if c.status is not CourseStatus.CANCELLED
                                and period.overlaps(c.start_date, c.end_date)))
    emergencies = tuple(
        EmergencyLine(e.local_date, e.label, e.note)
        for e in sorted(diary, key=lambda e: e.occurred_utc)
        if e.is_emergency and period.holds(e.local_date))
    flag_courses = [*in_period, *upcoming[:1]]
    return VisitReport(
        made_on=today, period=period, patient_name=patient_name.strip(),
        courses=rows, next_course=next_course, labs=tuple(lab_lines),
        chart_course_starts=chart_starts, emergencies=emergencies,
        reactions=tuple(sorted(reactions, key=lambda r: r.since)),
        flags=tuple(_flags(flag_courses)), questions=tuple(_questions(courses, labs, today)),
        own_questions=tuple(q.strip() for q in own_questions if q.strip()),
    )
