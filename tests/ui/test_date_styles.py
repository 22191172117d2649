"""One date style per purpose (issue 18 §2): the styles are named in one place,
services/translation.py, and nothing else writes a date pattern of its own (today's
"Sat 05 Dec 2026" beside "Saturday 5 December 2026" came from two such patterns)."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

from il2desk.services import translation
from il2desk.services.translation import (
    COURSE_DAY,
    DATE_FORMATS,
    LONG_DAY,
    LONG_DAY_AND_TIME,
    MONTH,
    SHORT_DAY,
    SHORT_DAY_AND_TIME,
    date_text,
)

PACKAGE = Path(translation.__file__).resolve().parents[1]
STYLES_HOME = PACKAGE / "services" / "translation.py"
# A Qt date pattern: only pattern letters and separators, with a day or month field.
QT_PATTERN = re.compile(r"[dMyHhmsap:,.' -]+")
QT_FIELD = re.compile(r"\b(dddd|ddd|dd|d|MMMM|MMM|MM|yyyy)\b")
# Python's names of days and months (%a %A %b %B): a date style for people.
PY_NAMES = re.compile(r"%[aAbB]")
# The English of the domain's messages is written in domain/texts.py, in the long
# style; the lab reasons' migration reads the English dates earlier versions stored;
# the command line speaks its own plain style (ISO dates, issue 18 §2, CLI part).
ENGLISH_ONLY = {"domain/texts.py", "storage/migrations/m0009_lab_reason_codes.py"}


def strings(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node


def test_no_date_pattern_outside_the_styles():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if path == STYLES_HOME or name.startswith("cli/"):
            continue
        for node in strings(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value
            if (QT_PATTERN.fullmatch(text) and len(QT_FIELD.findall(text)) > 1) \
                    or (PY_NAMES.search(text) and name not in ENGLISH_ONLY):
                found.append(f"{name}:{node.lineno}: {text!r}")
    assert found == [], "use a style from services/translation.py: " + "; ".join(found)


def test_the_styles_are_few_and_each_translatable():
    assert set(DATE_FORMATS) == {LONG_DAY, LONG_DAY_AND_TIME, COURSE_DAY,
                                 translation.COURSE_DAY_AND_TIME, SHORT_DAY,
                                 SHORT_DAY_AND_TIME, MONTH}
    source = STYLES_HOME.read_text(encoding="utf-8")
    for style in DATE_FORMATS:
        assert f'QT_TRANSLATE_NOOP("Dates", "{style}")' in source


def test_each_style_in_english(qapp):
    day = dt.date(2026, 12, 5)
    moment = dt.datetime(2026, 12, 5, 8, 0)
    assert date_text(day, LONG_DAY) == "Saturday 5 December 2026"
    assert date_text(moment, LONG_DAY_AND_TIME) == "Saturday 5 December 2026, 08:00"
    assert date_text(day, COURSE_DAY) == "Saturday 5 December"
    assert date_text(day, SHORT_DAY) == "Sat 5 Dec 2026"
    assert date_text(moment, SHORT_DAY_AND_TIME) == "Sat 5 Dec 2026, 08:00"
    assert date_text(day, MONTH) == "Dec 2026"


def test_the_long_style_in_spanish(qapp, spanish):
    assert date_text(dt.date(2026, 12, 5), LONG_DAY) == "sábado 5 de diciembre de 2026"
    assert date_text(dt.date(2026, 12, 5), COURSE_DAY) == "sábado 5 de diciembre"


def test_the_supplies_sentence_says_the_long_day_and_the_injections(window, ctx, clock):
    """It said "starting Wed 25 Nov 2026" where every other sentence says the long day."""
    from decimal import Decimal

    from il2desk.domain.course import CoursePlan, Preparation

    plan = CoursePlan(start_date=dt.date(2026, 11, 25), zone_name="Europe/Paris",
                      dose_miu=Decimal("4.5"), morning=dt.time(8), evening=dt.time(20),
                      preparation=Preparation.VIAL)
    ctx.courses.create(plan, clock.now_utc())
    window.go_to("supplies")
    shown = window.stack.currentWidget().shortage_label.message
    assert "Your next course (starting Wednesday 25 November 2026, 10 injections left)" \
        in shown


def test_a_domain_message_shows_its_dates_in_the_long_style_in_spanish(qapp, spanish):
    from decimal import Decimal

    from il2desk.domain.course import Course, CoursePlan, CourseStatus
    from il2desk.domain.course_validation import interval_problem
    from il2desk.services.translation import render

    def plan(start: dt.date) -> CoursePlan:
        return CoursePlan(start_date=start, zone_name="Europe/Paris", dose_miu=Decimal("4.5"),
                          morning=dt.time(8), evening=dt.time(20))

    last = Course(id=1, plan=plan(dt.date(2026, 11, 20)), status=CourseStatus.DONE,
                  created_utc=dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
                  updated_utc=dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
    said = interval_problem(plan(dt.date(2026, 12, 16)), [last])
    shown = render(said)
    assert "miércoles 16 de diciembre de 2026" in shown
    assert "viernes 20 de noviembre de 2026" in shown
    assert "26 días después" in shown and "es de 8 semanas" in shown  # Qt's plural forms
