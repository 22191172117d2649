"""Tests for il2desk.domain.dose: rules D1–D4."""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from il2desk.domain.dose import (
    OVERFILL_NOTE,
    DoseInputError,
    SyringeKind,
    computed_concentration,
    format_concentration,
    format_dose_miu,
    format_mark,
    format_number,
    format_percent,
    format_volume_ml,
    parse_decimal,
    parse_positive_decimal,
    u100_units,
    volume_ml,
)
from il2desk.domain.draw_plan import DrawPlan, plan_draw
from tests.domain.plain_text import assert_plain

D = Decimal


# --------------------------------------------------------------------------- syringes


@pytest.mark.parametrize(
    ("kind", "capacity", "graduation", "is_u100"),
    [
        (SyringeKind.U100_03, "0.3", "0.005", True),  # rule D3: 0.5 unit
        (SyringeKind.U100_05, "0.5", "0.01", True),  # rule D3: 1 unit
        (SyringeKind.U100_1, "1", "0.02", True),  # rule D3: 2 units
        (SyringeKind.TUBERCULIN_1, "1", "0.01", False),  # rule D3: 0.01 mL
    ],
)
def test_syringe_properties_rule_d3(
    kind: SyringeKind, capacity: str, graduation: str, is_u100: bool
) -> None:
    assert kind.capacity_ml == D(capacity)
    assert kind.graduation_ml == D(graduation)
    assert isinstance(kind.capacity_ml, Decimal)
    assert isinstance(kind.graduation_ml, Decimal)
    assert kind.is_u100 is is_u100
    assert_plain(kind.label)


def test_syringe_values_are_stable_strings() -> None:
    # Stored in the database by others: the values must not change.
    assert [k.value for k in SyringeKind] == ["u100-0.3", "u100-0.5", "u100-1", "tuberculin-1"]
    assert SyringeKind("u100-0.5") is SyringeKind.U100_05


def test_syringe_labels() -> None:
    assert str(SyringeKind.U100_03.label) == "0.3 mL insulin syringe (U-100)"
    assert str(SyringeKind.TUBERCULIN_1.label) == "1 mL tuberculin syringe"
    assert SyringeKind.U100_03.short_label == "0.3 mL insulin syringe"


def test_syringe_finer_order() -> None:
    assert SyringeKind.U100_1.finer is SyringeKind.U100_05
    assert SyringeKind.U100_05.finer is SyringeKind.U100_03
    assert SyringeKind.U100_03.finer is None
    # Tuberculin marks (0.01 mL) equal the 0.5 mL insulin syringe's; strictly finer is 0.3.
    assert SyringeKind.TUBERCULIN_1.finer is SyringeKind.U100_03
    for kind in SyringeKind:
        if kind.finer is not None:
            assert kind.finer.graduation_ml < kind.graduation_ml


# ---------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("text", "mark", "expected"),
    [
        ("4.5", ".", "4.5"),
        ("  4.5  ", ".", "4.5"),
        ("4,5", ",", "4.5"),
        ("4,5", ".", "4.5"),  # lone comma with two marks' worth of sense: a decimal mark
        ("4.5", ",", "4.5"),
        ("0,25", ".", "0.25"),
        ("0,125", ".", "0.125"),  # "0," cannot start a thousands group
        (".5", ".", "0.5"),
        ("5.", ".", "5"),
        ("18", ".", "18"),
        ("-3", ".", "-3"),
        ("+3", ".", "3"),
        ("1,000", ",", "1"),  # the user's own mark is never ambiguous
        ("0", ".", "0"),
    ],
)
def test_parse_decimal_accepts_rule_d1(text: str, mark: str, expected: str) -> None:
    value = parse_decimal(text, decimal_mark=mark)
    assert isinstance(value, Decimal)
    assert value == D(expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "4.5.6",
        "1e3",
        "1E3",
        "NaN",
        "nan",
        "Infinity",
        "inf",
        "-Infinity",
        "sNaN",
        "4 5",
        "4.5 mL",
        "½",
        "٤",  # an Arabic-Indic digit: Decimal would read it, we do not
        "1,000",  # thousands or one? refuse
        "1.000,5",  # both marks
        "1,000,000",
        "0x10",
        "9" * 40,
    ],
)
def test_parse_decimal_rejects_rule_d1(text: str) -> None:
    with pytest.raises(DoseInputError) as excinfo:
        parse_decimal(text)
    message = str(excinfo.value)
    assert message
    assert message.endswith(".")
    assert_plain(message)
    assert "Decimal" not in message and "Invalid" not in message


def test_parse_decimal_messages_are_plain() -> None:
    with pytest.raises(DoseInputError) as excinfo:
        parse_decimal("abc")
    assert str(excinfo.value) == "Please type a number, for example 4.5."
    with pytest.raises(DoseInputError) as excinfo:
        parse_decimal("abc", decimal_mark=",", field="dose")
    assert str(excinfo.value) == "Please type a number, for example 4.5."  # (English)
    assert excinfo.value.message.value("example") == D("4.5")  # shown as "4,5" in Spanish
    assert excinfo.value.field == "dose"
    assert isinstance(excinfo.value, ValueError)


def test_parse_decimal_ambiguous_thousands_both_locales() -> None:
    with pytest.raises(DoseInputError):
        parse_decimal("1.000", decimal_mark=",")
    with pytest.raises(DoseInputError):
        parse_decimal("12,500", decimal_mark=".")


def test_parse_decimal_bad_mark_is_programming_error() -> None:
    with pytest.raises(ValueError):
        parse_decimal("1", decimal_mark=";")


@pytest.mark.parametrize("text", ["0", "0.0", "-1", "-0.5"])
def test_parse_positive_decimal_rejects_zero_and_negative(text: str) -> None:
    with pytest.raises(DoseInputError, match="more than zero"):
        parse_positive_decimal(text)


def test_parse_positive_decimal_accepts() -> None:
    assert parse_positive_decimal("7,5", decimal_mark=",") == D("7.5")


@given(st.decimals(min_value=D("0.01"), max_value=D(1000), places=3, allow_nan=False))
def test_parse_round_trips_format_number_rule_d4(value: Decimal) -> None:
    # rule D1/D4: what we show can be typed back in and means the same number.
    for mark in (".", ","):
        shown = format_number(value, decimal_mark=mark)
        assert parse_positive_decimal(shown, decimal_mark=mark) == value


# ------------------------------------------------------------------------- arithmetic


def test_volume_brief_example_rule_d3() -> None:
    # 4.5 million units at 18 million units per mL is 0.25 mL = 25 units on U-100.
    volume = volume_ml(D("4.5"), D(18))
    assert volume == D("0.25")
    assert u100_units(volume) == D(25)


def test_volume_is_exact_under_a_hostile_context_rule_d1() -> None:
    with localcontext() as ctx:
        ctx.prec = 3
        assert volume_ml(D("4.5"), D(18)) == D("0.25")
        third = volume_ml(D(1), D(3))
    assert str(third).startswith("0.33333333333333333333")


@pytest.mark.parametrize(("dose", "conc"), [("0", "18"), ("-1", "18"), ("4.5", "0"), ("4.5", "-2")])
def test_volume_refuses_non_positive(dose: str, conc: str) -> None:
    with pytest.raises(DoseInputError):
        volume_ml(D(dose), D(conc))


def test_float_is_refused_rule_d1() -> None:
    with pytest.raises(TypeError):
        volume_ml(4.5, D(18))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        plan_draw(D("4.5"), 18.0, SyringeKind.U100_05)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_number(0.25)  # type: ignore[arg-type]


def test_computed_concentration_rule_d2() -> None:
    # 22 million units in 1.2 mL works out at 18.33…; the label says 18 (overfill).
    value = computed_concentration(D(22), D("1.2"))
    assert isinstance(value, Decimal)
    assert D("18.333333") < value < D("18.333334")
    assert str(format_concentration(value, max_places=1)) == "18.3 million units per mL"
    assert "label" in OVERFILL_NOTE
    assert_plain(OVERFILL_NOTE)
    with pytest.raises(DoseInputError):
        computed_concentration(D(22), D(0))


# ------------------------------------------------------------------------- draw plans


def test_plan_brief_example_rule_d3() -> None:
    plan = plan_draw(D("4.5"), D(18), SyringeKind.U100_05)
    assert plan.exact_volume_ml == D("0.25")
    assert plan.rounded_volume_ml == D("0.25")
    assert plan.mark == D(25)
    assert plan.delivered_dose_miu == D("4.5")
    assert plan.error_percent == 0
    assert plan.fits_syringe and plan.acceptable
    assert plan.suggested_syringe is None and plan.problem is None
    assert str(format_mark(plan)) == "the 25-unit mark"
    assert format_percent(plan.error_percent) == "0 %"


def test_plan_tuberculin_mark_in_ml_rule_d3() -> None:
    plan = plan_draw(D("4.5"), D(18), SyringeKind.TUBERCULIN_1)
    assert plan.mark == D("0.25")
    assert str(format_mark(plan)) == "the 0.25 mL mark"


def test_plan_coarse_syringe_within_limit_rule_d3() -> None:
    # 0.25 mL on 2-unit marks: 0.25/0.02 = 12.5 steps, exactly half: the lower mark
    # (issue 19: less medicine, never more) → 12 → 0.24 mL, −4 %.
    plan = plan_draw(D("4.5"), D(18), SyringeKind.U100_1)
    assert plan.rounded_volume_ml == D("0.24")
    assert plan.mark == D(24)
    assert plan.delivered_dose_miu == D("4.32")
    assert plan.error_percent == D("-4.0")
    assert plan.acceptable and plan.rounded_down_at_half
    assert format_percent(plan.error_percent) == "-4 %"


def test_plan_refused_over_five_percent_suggests_finer_rule_d3() -> None:
    # 1 million units at 18/mL = 0.0556 mL → 0.06 mL on 2-unit marks: +8 %.
    plan = plan_draw(D(1), D(18), SyringeKind.U100_1)
    assert plan.error_percent == D("8.0")
    assert plan.fits_syringe
    assert not plan.acceptable
    assert plan.suggested_syringe is SyringeKind.U100_03  # finest first
    assert plan_draw(D(1), D(18), plan.suggested_syringe).acceptable
    assert str(plan.problem) == (
        "This syringe's marks are too far apart for this dose: the nearest mark gives "
        "8 % too much. Use the 0.3 mL insulin syringe instead."
    )
    assert_plain(plan.problem)


def test_plan_refused_too_little_rule_d3() -> None:
    # 0.9 at 20/mL = 0.045 mL; on 2-unit marks 2.25 steps round down to 0.04 mL: −11.1 %.
    plan = plan_draw(D("0.9"), D(20), SyringeKind.U100_1)
    assert plan.rounded_volume_ml == D("0.04")
    assert plan.delivered_dose_miu == D("0.8")
    assert plan.error_percent == D("-11.1")
    assert not plan.acceptable
    assert plan.problem is not None and "11.1 % too little" in str(plan.problem)
    assert format_percent(plan.error_percent) == "-11.1 %"


def test_plan_five_percent_limit_rule_d3() -> None:
    # 1.9 at 20/mL = 0.095 mL; 1-unit marks: 9.5 steps, half → the lower, 9 = 0.09 mL
    # = 1.8: −5.26 %, refused.
    plan = plan_draw(D("1.9"), D(20), SyringeKind.U100_05)
    assert plan.rounded_volume_ml == D("0.09")
    assert plan.error_percent == D("-5.3")
    assert not plan.acceptable
    # 2.1 at 20/mL = 0.105 mL → 0.10 mL = 2: −4.76 %, allowed.
    plan = plan_draw(D("2.1"), D(20), SyringeKind.U100_05)
    assert plan.error_percent == D("-4.8")
    assert plan.acceptable
    # 0.2 at 10.5/mL = 0.019 mL → 0.02 mL = 0.21: exactly +5 %, allowed ("over 5 %" refused).
    plan = plan_draw(D("0.2"), D("10.5"), SyringeKind.U100_05)
    assert plan.delivered_dose_miu == D("0.21")
    assert plan.error_percent == D("5.0")
    assert plan.acceptable


def test_plan_decides_on_unrounded_error_rule_d3() -> None:
    # 0.19998 at 10.5/mL = 0.01905 mL → 0.02 mL = 0.21: +5.01 %, shown as 5.0 but over 5 %.
    plan = plan_draw(D("0.19998"), D("10.5"), SyringeKind.U100_05)
    assert plan.error_percent == D("5.0")
    assert not plan.acceptable


def test_plan_half_mark_rounds_down_rule_d3() -> None:
    # issue 19: 0.0075 mL on 0.005 marks is 1.5 steps: the lower mark (less medicine),
    # and the plan says so; not "to even", not up.
    plan = plan_draw(D("0.0675"), D(9), SyringeKind.U100_03)
    assert plan.exact_volume_ml == D("0.0075")
    assert plan.rounded_volume_ml == D("0.005")
    assert plan.mark == D("0.5")
    assert str(format_mark(plan)) == "the 0.5-unit mark"
    assert plan.rounded_down_at_half
    # 2.5 steps: also down (to even would be 2 here too; 3.5 tells them apart)
    plan = plan_draw(D("0.1575"), D(9), SyringeKind.U100_03)
    assert plan.exact_volume_ml == D("0.0175") and plan.rounded_volume_ml == D("0.015")
    # not at a half mark: the nearest, and no note
    plan = plan_draw(D("4.5"), D(18), SyringeKind.U100_05)
    assert plan.rounded_volume_ml == D("0.25") and not plan.rounded_down_at_half


def test_plan_rounds_to_zero_is_refused_rule_d3() -> None:
    plan = plan_draw(D("0.01"), D(18), SyringeKind.U100_1)
    assert plan.rounded_volume_ml == 0
    assert plan.delivered_dose_miu == 0
    assert plan.error_percent == D("-100.0")
    assert not plan.acceptable
    assert plan.problem is not None and "too small" in str(plan.problem)


def test_plan_too_big_suggests_larger_rule_d3() -> None:
    # 10 at 18/mL = 0.556 mL: more than 0.3 mL and 0.5 mL syringes hold.
    plan = plan_draw(D(10), D(18), SyringeKind.U100_03)
    assert not plan.fits_syringe and not plan.acceptable
    assert plan.suggested_syringe is not None
    assert plan.suggested_syringe.capacity_ml > SyringeKind.U100_05.capacity_ml
    assert plan_draw(D(10), D(18), plan.suggested_syringe).acceptable
    assert plan.problem is not None and "holds" in str(plan.problem)
    assert_plain(plan.problem)


def test_plan_too_big_prefers_same_family_on_tie_rule_d3() -> None:
    # 0.4 mL fits the 0.5 mL insulin syringe (1-unit marks) and the tuberculin one
    # (0.01 mL marks, equally fine): from a U-100 syringe, stay with U-100.
    plan = plan_draw(D("7.2"), D(18), SyringeKind.U100_03)
    assert plan.suggested_syringe is SyringeKind.U100_05
    plan = plan_draw(D("7.2"), D(18), SyringeKind.U100_1)
    assert plan.acceptable


def test_plan_too_big_for_any_syringe() -> None:
    plan = plan_draw(D(30), D(18), SyringeKind.U100_1)
    assert not plan.acceptable and plan.suggested_syringe is None
    assert plan.problem is not None and "pharmacist" in str(plan.problem)


def test_plan_boundary_capacity_fits() -> None:
    # Exactly 0.3 mL in the 0.3 mL syringe.
    plan = plan_draw(D("5.4"), D(18), SyringeKind.U100_03)
    assert plan.rounded_volume_ml == D("0.3")
    assert plan.fits_syringe and plan.acceptable
    assert plan.mark == D(30)


def test_plan_is_frozen() -> None:
    plan = plan_draw(D("4.5"), D(18), SyringeKind.U100_05)
    with pytest.raises(AttributeError):
        plan.acceptable = False  # type: ignore[misc]


_decimal_inputs = st.decimals(
    min_value=D("0.01"), max_value=D(1000), places=2, allow_nan=False, allow_infinity=False
)
_DECIMAL_FIELDS = (
    "dose_miu",
    "concentration_miu_per_ml",
    "exact_volume_ml",
    "rounded_volume_ml",
    "mark",
    "delivered_dose_miu",
    "error_percent",
)


@given(_decimal_inputs, _decimal_inputs, st.sampled_from(list(SyringeKind)))
def test_plan_property_all_decimal_never_raises_rule_d1(
    dose: Decimal, conc: Decimal, syringe: SyringeKind
) -> None:
    # Inputs come through parse_positive_decimal, as the form would pass them.
    dose = parse_positive_decimal(format_number(dose))
    conc = parse_positive_decimal(format_number(conc))
    plan = plan_draw(dose, conc, syringe)
    assert isinstance(plan, DrawPlan)
    for name in _DECIMAL_FIELDS:
        value = getattr(plan, name)
        assert type(value) is Decimal, name  # rule D1: never float
        assert value.is_finite()
    # rule D3: the rounded volume sits on a graduation, within half a step of exact.
    assert plan.rounded_volume_ml % syringe.graduation_ml == 0
    assert abs(plan.rounded_volume_ml - plan.exact_volume_ml) <= syringe.graduation_ml / 2
    assert plan.delivered_dose_miu == plan.rounded_volume_ml * conc
    if syringe.is_u100:
        assert plan.mark == plan.rounded_volume_ml * 100
    else:
        assert plan.mark == plan.rounded_volume_ml
    assert plan.error_percent == plan.error_percent.quantize(D("0.1"))
    assert plan.acceptable == (
        plan.fits_syringe
        and plan.rounded_volume_ml > 0
        and abs((plan.delivered_dose_miu - dose) / dose * 100) <= 5
    )
    if plan.acceptable:
        assert plan.problem is None and plan.suggested_syringe is None
    else:
        assert plan.problem is not None
        assert_plain(plan.problem)
        if plan.suggested_syringe is not None:
            assert plan.suggested_syringe is not syringe
            assert plan_draw(dose, conc, plan.suggested_syringe).acceptable
    # Every number of the plan can be shown (rule D4).
    for name in _DECIMAL_FIELDS:
        assert "E" not in format_number(getattr(plan, name))
    assert_plain(format_mark(plan))


@given(_decimal_inputs, _decimal_inputs)
def test_suggestion_is_finest_acceptable_rule_d3(dose: Decimal, conc: Decimal) -> None:
    plan = plan_draw(dose, conc, SyringeKind.U100_1)
    if plan.suggested_syringe is not None:
        others = [
            k
            for k in SyringeKind
            if k is not SyringeKind.U100_1 and plan_draw(dose, conc, k).acceptable
        ]
        finest = min(k.graduation_ml for k in others)
        assert plan.suggested_syringe.graduation_ml == finest


# ---------------------------------------------------------------------------- display


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D("0.25"), "0.25"),
        (D(".25"), "0.25"),  # rule D4: leading zero
        (D("5.0"), "5"),  # rule D4: no trailing zero
        (D("5.000"), "5"),
        (D("0.250"), "0.25"),
        (D("1E+1"), "10"),  # never an exponent
        (D("1E+3"), "1000"),
        (D("1.5E-7"), "0.00000015"),
        (D("0"), "0"),
        (D("-0"), "0"),
        (D("0.00"), "0"),
        (D("-1.50"), "-1.5"),
        (D("18"), "18"),
        (D("100"), "100"),  # zeros before the point stay
        (D(25), "25"),
    ],
)
def test_format_number_rule_d4(value: Decimal, expected: str) -> None:
    assert format_number(value) == expected


def test_format_number_decimal_comma_and_places_rule_d4() -> None:
    assert format_number(D("0.25"), decimal_mark=",") == "0,25"
    assert format_number(D("18.3333"), max_places=1) == "18.3"
    assert format_number(D("0.25"), max_places=1) == "0.3"  # half up
    assert format_number(D("4.96"), max_places=1) == "5"


def test_format_number_refuses_nan() -> None:
    with pytest.raises(ValueError):
        format_number(D("NaN"))


@given(
    st.decimals(min_value=D("-1E12"), max_value=D("1E12"), allow_nan=False, allow_infinity=False)
)
def test_format_number_property_rule_d4(value: Decimal) -> None:
    text = format_number(value)
    assert "E" not in text and "e" not in text
    assert not text.startswith(".") and not text.startswith("-.")
    if "." in text:
        assert not text.endswith("0") and not text.endswith(".")
    assert D(text) == value


def test_format_dose_and_units_rule_d4() -> None:
    assert str(format_dose_miu(D("4.5"))) == "4.5 million units"
    assert format_dose_miu(D("4.50")).value("number") == D("4.5")
    assert str(format_concentration(D(18))) == "18 million units per mL"
    assert str(format_volume_ml(D("0.250"))) == "0.25 mL"
    assert str(format_volume_ml(D("5.0"))) == "5 mL"
    for text in (format_dose_miu(D(6)), format_concentration(D(18))):
        assert_plain(text)


def test_format_mark_pair_rule_d4() -> None:
    assert str(format_mark((SyringeKind.U100_05, D(25)))) == "the 25-unit mark"
    assert str(format_mark((SyringeKind.U100_03, D("12.5")))) == "the 12.5-unit mark"
    assert format_mark((SyringeKind.U100_03, D("12.5"))).value("number") == D("12.5")
    assert str(format_mark((SyringeKind.TUBERCULIN_1, D("0.30")))) == "the 0.3 mL mark"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(D("1.2"), "+1.2 %"), (D("-1.2"), "-1.2 %"), (D("0.0"), "0 %"), (D("-0.0"), "0 %")],
)
def test_format_percent(value: Decimal, expected: str) -> None:
    assert format_percent(value) == expected
