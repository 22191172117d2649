"""Reading the preparation form (rules D1–D3, R11), with property tests."""

from __future__ import annotations

import dataclasses
from decimal import Decimal, FloatOperation, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from il2desk.domain.dose import DoseInputError, SyringeKind, computed_concentration
from il2desk.domain.preparation import (
    label_dose_problem,
    plan_from_text,
    read_concentration,
    read_diluent_ml,
    read_dose_miu,
    read_vial_miu,
)


@pytest.mark.parametrize("text", ["0", "-4.5", "abc", "", "4.5.5", "1e3", "NaN", "∞"])
def test_bad_doses_and_concentrations_refused(text):
    with pytest.raises(DoseInputError):
        read_dose_miu(text)
    with pytest.raises(DoseInputError):
        read_concentration(text)


def test_comma_accepted_where_the_locale_uses_it():
    assert read_dose_miu("4,5", decimal_mark=",") == Decimal("4.5")
    assert read_concentration("18", decimal_mark=",") == Decimal(18)
    assert read_diluent_ml("1,2", decimal_mark=",") == Decimal("1.2")


def test_absurd_values_refused_with_a_reason():
    with pytest.raises(DoseInputError, match="check"):
        read_concentration("1800")
    with pytest.raises(DoseInputError, match="label"):
        read_vial_miu("2200")
    with pytest.raises(DoseInputError, match="diluent"):
        read_diluent_ml("120")
    with pytest.raises(DoseInputError, match="far more"):
        read_dose_miu("450")


def test_overfill_example_from_rule_d2():
    computed = computed_concentration(read_vial_miu("22"), read_diluent_ml("1.2"))
    assert computed.quantize(Decimal("0.01")) == Decimal("18.33")  # label says 18


def test_more_than_the_syringe_holds_is_refused():
    plan = plan_from_text("7.5", "18", SyringeKind.U100_03)  # 0.42 mL in a 0.3 mL
    assert not plan.acceptable and not plan.fits_syringe
    assert "more than" in str(plan.problem)


def test_label_dose_must_match():
    assert label_dose_problem(Decimal("4.50"), Decimal("4.5")) is None  # rule R11
    problem = label_dose_problem(Decimal("7.5"), Decimal("4.5"))
    assert problem is not None
    assert problem.value("label").value("number") == Decimal("7.5")  # a dose, not words
    assert problem.value("prescribed").value("number") == Decimal("4.5")
    assert "7.5 million units" in str(problem) and "4.5 million units" in str(problem)
    assert "Do not inject" in str(problem)


# Everything a person can type into these fields (any text), with both marks.
typed = st.one_of(
    st.text(max_size=30),
    st.from_regex(r"\A[+-]?[0-9]{0,6}([.,][0-9]{0,6})?\Z"),
)


@settings(max_examples=400, deadline=None)
@given(dose=typed, concentration=typed, syringe=st.sampled_from(list(SyringeKind)),
       mark=st.sampled_from([".", ","]))
def test_form_never_raises_anything_but_a_field_message(dose, concentration, syringe, mark):
    """rule D1: any text the form allows gives a plan or a message, never a crash.

    FloatOperation is trapped, so a float built into a Decimal or compared with one
    anywhere on the way would raise instead of passing silently.
    """
    try:
        with localcontext() as ctx:
            ctx.traps[FloatOperation] = True
            plan = plan_from_text(dose, concentration, syringe, decimal_mark=mark)
    except DoseInputError as problem:
        assert str(problem)
        return
    for field in dataclasses.fields(plan):
        value = getattr(plan, field.name)
        assert not isinstance(value, float), field.name
    for number in (plan.dose_miu, plan.concentration_miu_per_ml, plan.exact_volume_ml,
                   plan.rounded_volume_ml, plan.mark, plan.delivered_dose_miu,
                   plan.error_percent):
        assert isinstance(number, Decimal)
    assert plan.acceptable == (plan.problem is None)
    if plan.acceptable:
        assert plan.rounded_volume_ml <= syringe.capacity_ml
        assert abs(plan.error_percent) <= 5


@settings(max_examples=300, deadline=None)
@given(vial=typed, diluent=typed, mark=st.sampled_from([".", ","]))
def test_computed_strength_never_raises(vial, diluent, mark):
    try:
        value = computed_concentration(read_vial_miu(vial, decimal_mark=mark),
                                       read_diluent_ml(diluent, decimal_mark=mark))
    except DoseInputError:
        return
    assert isinstance(value, Decimal) and value > 0
