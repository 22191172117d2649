"""Issue 18 §2 (this half): doses, plans, preferences, rotation, regimen and time zones
say message values — a template and typed values — never finished sentences."""

from __future__ import annotations

import ast
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from il2desk.domain import (
    course_validation,
    dose,
    draw_plan,
    preferences,
    preparation,
    regimen,
    rotation,
    sites,
    timeplan,
)
from il2desk.domain.texts import Joined, Message

MODULES = (dose, draw_plan, preparation, preferences, sites, rotation, course_validation,
           regimen, timeplan)
# dose.format_dose_miu still writes the words for a caller that passes its own decimal
# mark (dose_advice.py, until it says message values too): the one exception.
ALLOWED = {("dose.py", "{number} million units")}


def formatted_domain_templates(path: Path) -> list[tuple[str, str]]:
    """(file, template) of every `QT_TRANSLATE_NOOP("domain", "…").format(…)`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format" and isinstance(node.func.value, ast.Call)
                and getattr(node.func.value.func, "id", "") == "QT_TRANSLATE_NOOP"
                and isinstance(node.func.value.args[0], ast.Constant)
                and node.func.value.args[0].value == "domain"):
            found.append((path.name, node.func.value.args[1].value))
    return found


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[1])
def test_no_domain_template_is_filled_in_as_a_sentence(module):
    left = set(formatted_domain_templates(Path(module.__file__))) - ALLOWED
    assert left == set()


def test_the_check_finds_a_filled_in_template(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('x = QT_TRANSLATE_NOOP("domain", "{n} of them").format(n=2)\n')
    assert formatted_domain_templates(sample) == [("sample.py", "{n} of them")]


def test_amounts_are_decimals_inside_their_messages():
    said = dose.format_dose_miu(Decimal("4.50"))
    assert isinstance(said, Message) and said.value("number") == Decimal("4.5")
    assert str(said) == "4.5 million units"
    strength = dose.format_concentration(Decimal("18.333"), max_places=1)
    assert strength.value("number") == Decimal("18.3")
    mark = dose.format_mark((dose.SyringeKind.U100_05, Decimal(25)))
    assert mark.template == "the {number}-unit mark" and mark.value("number") == 25


def test_refusals_are_messages():
    with pytest.raises(dose.DoseInputError) as refused:
        dose.parse_decimal("abc")
    assert isinstance(refused.value.message, Message)
    with pytest.raises(preferences.SettingError) as refused_setting:
        preferences.parse_ice_minutes("90")
    said = refused_setting.value.message
    assert isinstance(said, Message) and said.value("high") == 30
    assert str(said) == "The ice-pack time must be between 1 and 30 minutes."
    plan = draw_plan.plan_draw(Decimal(1), Decimal(18), dose.SyringeKind.U100_1)
    assert isinstance(plan.problem, Joined)


def test_plan_checks_carry_dates_not_english_dates():
    from il2desk.domain.course import CoursePlan

    plan = CoursePlan(start_date=dt.date(2026, 11, 20), zone_name="Mars/Olympus",
                      dose_miu=Decimal("4.5"), morning=dt.time(8), evening=dt.time(20))
    errors = course_validation.validate_plan(plan, dt.date(2026, 11, 23))
    assert isinstance(errors["start_date"], Message)
    assert errors["zone_name"].value("name") == "Mars/Olympus"  # as typed: a literal


def test_rotation_says_the_state_apart_from_the_name():
    now = dt.datetime(2026, 11, 10, 8, tzinfo=dt.UTC)
    suggestion = rotation.Suggestion(
        site_code="thigh-right", recent=(), blocked=frozenset(),
        last_used={"thigh-left": dt.datetime(2026, 11, 1, 8, tzinfo=dt.UTC)})
    said = rotation.explain("thigh-left", suggestion, now)
    assert said.value("state") == rotation.site_state("thigh-left", suggestion, now)
    assert str(said) == "Left thigh: last used 9 days ago, no open reaction"
