"""Shared by the checklist, calendar and disk-full tests: their usual course."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from tests.builders import a_course


def course_maker(ctx) -> Callable[..., int]:
    """A function storing a course (tests/builders.py's `a_course`), by default starting
    on Friday 12 March 2027 in New York (daylight saving time begins on its day 3)."""
    return partial(a_course, ctx, start=dt.date(2027, 3, 12), zone="America/New_York")
