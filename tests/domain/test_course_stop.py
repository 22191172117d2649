"""Rule R17 without Qt or storage: when a course can be stopped or cancelled, and what
stopping does."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from il2desk.domain.course import (
    Course,
    CourseStatus,
    Injection,
    InjectionStatus,
    StopReason,
)
from il2desk.domain.course_stop import (
    can_cancel,
    can_mark_hard,
    can_stop,
    check_cancel,
    has_begun,
    plan_stop,
)
from il2desk.domain.errors import FieldInputError
from il2desk.domain.visit_report import CourseState, course_state, state_message
from tests.builders import a_stored_course, stored_injections

UTC = dt.UTC
START = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def course(status=CourseStatus.PLANNED, hard=False) -> Course:
    return a_stored_course(status=status, at=NOW, start=START, zone="UTC",
                           hard_to_tolerate=hard)


def injections(given: int, missed: tuple[int, ...] = ()) -> list[Injection]:
    """The course's 10 injections (ids 1 to 10): the first `given` done, `missed` missed."""
    return stored_injections(course(), [
        InjectionStatus.DONE if seq <= given else
        InjectionStatus.MISSED if seq in missed else InjectionStatus.PLANNED
        for seq in range(1, 11)])


def test_stopping_on_day_4_keeps_what_was_given_and_marks_the_rest_not_given():
    injs = injections(given=6)
    plan = plan_stop(course(), injs, StopReason.INFECTION, NOW, NOW)
    assert plan.given == 6
    assert plan.not_given_ids == (7, 8, 9, 10)
    assert plan.hard_to_tolerate is False


def test_missed_injections_stay_missed_not_not_given():
    injs = injections(given=4, missed=(5,))
    plan = plan_stop(course(), injs, StopReason.DOCTOR, NOW, NOW)
    assert 5 not in plan.not_given_ids and plan.not_given_ids == (6, 7, 8, 9, 10)


def test_stopped_for_side_effects_counts_as_hard_to_tolerate():
    plan = plan_stop(course(), injections(given=6), StopReason.SIDE_EFFECTS, NOW, NOW)
    assert plan.hard_to_tolerate is True
    # another reason keeps what the patient had said
    assert plan_stop(course(hard=True), injections(given=6), StopReason.OTHER, NOW,
                     NOW).hard_to_tolerate is True


@pytest.mark.parametrize(("status", "given", "at", "field"), [
    (CourseStatus.STOPPED, 6, NOW, "course"),
    (CourseStatus.CANCELLED, 0, NOW, "course"),
    (CourseStatus.PLANNED, 10, NOW, "course"),  # nothing left to stop
    (CourseStatus.PLANNED, 6, NOW + dt.timedelta(hours=1), "at"),  # in the future
    (CourseStatus.PLANNED, 6, dt.datetime(2026, 11, 22, 7, tzinfo=UTC), "at"),  # before a given
    (CourseStatus.PLANNED, 0, dt.datetime(2026, 11, 1, tzinfo=UTC), "at"),  # before it began
])
def test_a_stop_that_cannot_be_is_refused_in_plain_words(status, given, at, field):
    with pytest.raises(FieldInputError) as refused:
        plan_stop(course(status), injections(given=given), StopReason.OTHER, at, NOW)
    assert refused.value.field == field
    assert str(refused.value).endswith(".")


def test_a_course_not_begun_is_cancelled_not_stopped():
    before = dt.datetime(2026, 11, 19, 12, tzinfo=UTC)
    injs = injections(given=0)
    assert not has_begun(course(), injs, before)
    assert can_cancel(course(), injs, before) and not can_stop(course(), injs, before)
    with pytest.raises(FieldInputError, match="cancel it instead"):
        plan_stop(course(), injs, StopReason.OTHER, before, before)
    # once the first injection's time has come, it has begun (even with nothing recorded)
    assert has_begun(course(), injs, NOW) and can_stop(course(), injs, NOW)
    with pytest.raises(FieldInputError, match="stop it instead"):
        check_cancel(course(), injs, NOW)
    check_cancel(course(), injs, before)  # no error


def test_hard_to_tolerate_can_be_set_on_any_course_that_has_begun():
    before = dt.datetime(2026, 11, 19, 12, tzinfo=UTC)
    assert not can_mark_hard(course(), injections(0), before)
    assert can_mark_hard(course(), injections(3), NOW)  # in progress
    assert can_mark_hard(course(CourseStatus.STOPPED), injections(3), NOW)
    assert not can_mark_hard(course(CourseStatus.CANCELLED), injections(0), NOW)


def test_states_in_words():
    stopped = dataclasses.replace(course(CourseStatus.STOPPED), stop_reason=StopReason.SIDE_EFFECTS)
    assert course_state(stopped, injections(6), NOW.date()) is CourseState.STOPPED
    assert state_message(CourseState.STOPPED,
                         StopReason.SIDE_EFFECTS).english() == "stopped early (side effects)"
    assert course_state(course(), injections(6), NOW.date()) is CourseState.UNDER_WAY
    assert course_state(course(CourseStatus.CANCELLED), injections(0),
                        NOW.date()) is CourseState.CANCELLED


def test_r16_window_of_a_stopped_course_ends_4_weeks_after_its_last_given_injection():
    from il2desk.domain.labs import course_lab_windows, judge_reliability

    stopped = dataclasses.replace(course(CourseStatus.STOPPED), id=1)
    planned = Course(2, dataclasses.replace(course().plan, start_date=dt.date(2027, 3, 3)),
                     CourseStatus.PLANNED, NOW, NOW)
    cancelled = Course(3, dataclasses.replace(course().plan, start_date=dt.date(2027, 1, 6)),
                       CourseStatus.CANCELLED, NOW, NOW)
    last_given = {1: dt.datetime(2026, 11, 21, 20, 5, tzinfo=UTC)}  # day 2 evening
    windows = course_lab_windows([stopped, planned, cancelled], last_given)
    assert windows == [(START, dt.date(2026, 11, 21)),
                       (dt.date(2027, 3, 3), dt.date(2027, 3, 7))]
    assert judge_reliability(dt.date(2026, 11, 21), windows).reason.code == "during_course"
    assert judge_reliability(dt.date(2026, 12, 19), windows).unreliable  # day 28
    # 29 days after the last injection given: reliable, though only 26 days after the
    # day the course was planned to end
    assert not judge_reliability(dt.date(2026, 12, 20), windows).unreliable
    assert not judge_reliability(dt.date(2027, 1, 7), windows).unreliable  # cancelled
