"""Shared by the checklist and calendar tests: courses made through the real repository."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from il2desk.domain.course import CoursePlan


def course_plan(**changes) -> CoursePlan:
    base = dict(start_date=dt.date(2027, 3, 12), zone_name="America/New_York",
                dose_miu=Decimal("4.5"), morning=dt.time(8, 0), evening=dt.time(20, 0))
    base.update(changes)
    return CoursePlan(**base)


@pytest.fixture
def make_course(ctx):
    def make(**changes) -> int:
        return ctx.courses.create(course_plan(**changes), ctx.clock.now_utc())

    return make
