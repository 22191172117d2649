"""Rule R18 (issue 19): a course given in hospital by continuous infusion is recorded
with its dates and daily dose; no home injections or reminders, but it counts for the
interval (R4), the lab windows (R16) and the history."""

from __future__ import annotations

import datetime as dt

from il2desk.domain.course import CourseStatus, Route
from il2desk.domain.course_validation import interval_problem
from il2desk.domain.labs import course_lab_windows, judge_reliability
from il2desk.domain.visit_report import CourseState, course_state
from tests.builders import a_plan
from tests.cli.run_cli import run

TODAY = dt.date.today()


def test_a_past_hospital_course_from_the_command_line(tmp_path):
    from il2desk.app import build_context

    start = TODAY - dt.timedelta(days=20)
    result = run(tmp_path, "new", "--start", start.isoformat(), "--dose-miu", "12",
                 "--days", "5", "--hospital", "--tz", "UTC")
    assert result.returncode == 0, result.stderr
    assert "in hospital by continuous infusion, 12 million units a day" in result.stdout
    assert "No home injections or reminders" in result.stdout
    listing = run(tmp_path, "list")
    assert "a day, in hospital" in listing.stdout and "completed" in listing.stdout
    ctx = build_context(tmp_path)
    try:
        [course] = ctx.courses.list()
        assert course.plan.route is Route.HOSPITAL and course.status is CourseStatus.DONE
        assert ctx.courses.injections(course.id) == []
        ctx.reminders.sync()
        assert ctx.reminders.repo.waiting() == []
        assert course_state(course, [], TODAY) is CourseState.COMPLETED
        # R16: a result 10 days after its last day is unreliable; R4: it counts
        windows = course_lab_windows([course], ctx.courses.last_given_utc())
        assert judge_reliability(TODAY - dt.timedelta(days=6), windows).unreliable
        soon = a_plan(start=TODAY + dt.timedelta(days=7), zone="UTC")
        assert interval_problem(soon, [course]) is not None
    finally:
        ctx.db.close()


def test_hospital_takes_no_times_or_syringes(tmp_path):
    result = run(tmp_path, "new", "--start", (TODAY + dt.timedelta(days=9)).isoformat(),
                 "--dose-miu", "12", "--hospital", "--morning", "08:00")
    assert result.returncode == 2 and "no times or syringes" in result.stderr
