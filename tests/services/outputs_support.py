"""Shared by the checklist and calendar tests: courses made through the real repository."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from il2desk.domain.course import CoursePlan


def course_plan(**changes) -> CoursePlan:
    base = dict(start_date=dt.date(2027, 3, 12), zone_name="America/New_York",
                dose_miu=Decimal("4.5"), morning=dt.time(8, 0), evening=dt.time(20, 0))
    base.update(changes)
    return CoursePlan(**base)


def course_maker(ctx) -> Callable[..., int]:
    """A function storing a course (the default plan with `changes`); returns its id."""

    def make(**changes) -> int:
        return ctx.courses.create(course_plan(**changes), ctx.clock.now_utc())

    return make
