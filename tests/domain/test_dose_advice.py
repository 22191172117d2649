"""Tests for il2desk.domain.dose_advice: the dose check (R2) and the dose step (R3)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from il2desk.domain.dose import DoseInputError
from il2desk.domain.dose_advice import (
    DoseRangeCheck,
    DoseSuggestion,
    check_dose_range,
    suggest_reduction,
)
from il2desk.domain.regimen import (
    LOWEST_USUAL_DAILY_MIU,
    REDUCTION_STEP_DAILY_MIU,
)
from tests.domain.plain_text import assert_plain

D = Decimal


# ------------------------------------------------------------------- dose range (R2)


@pytest.mark.parametrize("dose", ["4.5", "6", "7.5"])
def test_check_dose_range_usual_rule_r2(dose: str) -> None:
    result = check_dose_range(D(dose))
    assert result == DoseRangeCheck(needs_confirmation=False, message=None, outside_usual=False)


@pytest.mark.parametrize("dose", ["0.5", "3", "4.4"])
def test_check_dose_range_unusual_but_plausible_rule_r2(dose: str) -> None:
    result = check_dose_range(D(dose))
    assert not result.needs_confirmation
    assert result.outside_usual
    assert result.message is not None
    assert "4.5 to 7.5 million units" in str(result.message)
    assert_plain(result.message)


def test_check_dose_range_typo_brief_example_rule_r2() -> None:
    result = check_dose_range(D(45))
    assert result.needs_confirmation and result.outside_usual
    assert str(result.message) == (
        "45 million units per injection is far above the usual range. Check the "
        "prescription: did you mean 4.5? If this really is what your doctor prescribed, "
        "tick the box to confirm."
    )


@pytest.mark.parametrize(
    ("dose", "guess"),
    [("75", "7.5"), ("450", "4.5"), ("0.45", "4.5"), ("0.06", "6"), ("60", "6")],
)
def test_check_dose_range_guesses_decimal_slip_rule_r2(dose: str, guess: str) -> None:
    result = check_dose_range(D(dose))
    assert result.needs_confirmation
    assert result.message is not None
    assert f"did you mean {guess}?" in str(result.message)
    assert_plain(result.message)


def test_check_dose_range_daily_total_typed_rule_r2() -> None:
    # 12 a day is 6 per injection: say so, without a decimal-point guess (1.2).
    result = check_dose_range(D(12))
    assert result.needs_confirmation
    assert result.message is not None
    assert "did you mean" not in str(result.message)
    assert "6 million units" in str(result.message)
    assert "tick the box" in str(result.message)


def test_check_dose_range_far_below_rule_r2() -> None:
    result = check_dose_range(D("0.2"))
    assert result.needs_confirmation
    assert result.message is not None and "far below" in str(result.message)


def test_check_dose_range_numbers_are_values_rule_d4() -> None:
    # The guess and the dose are Decimals in the message: the ui writes them with the
    # user's decimal mark ("4,5" in Spanish; tests/ui/test_translations.py).
    far, guess, _confirm = check_dose_range(D(45)).message.parts
    assert guess.template == "Check the prescription: did you mean {number}?"
    assert guess.value("number") == D("4.5")
    assert far.value("dose").value("number") == D(45)


@pytest.mark.parametrize("dose", ["45", "12"])
def test_check_dose_range_says_how_to_confirm_as_a_value_rule_r2(dose: str) -> None:
    # The window's tick box by default; the command line gives its option as the value,
    # so nobody edits the finished sentence.
    assert str(check_dose_range(D(dose)).message).endswith(", tick the box to confirm.")
    said = check_dose_range(D(dose), confirm="add --confirm-dose to confirm").message
    assert str(said).endswith(", add --confirm-dose to confirm.")
    assert "tick the box" not in str(said)


def test_check_dose_range_refuses_non_positive() -> None:
    with pytest.raises(DoseInputError):
        check_dose_range(D(0))


@given(st.decimals(min_value=D("0.01"), max_value=D(1000), places=2))
def test_check_dose_range_property_rule_r2(dose: Decimal) -> None:
    result = check_dose_range(dose)
    # issue 19: above 7.5 asks "per injection or per day?" and needs the confirmation
    assert result.needs_confirmation == (dose < D("0.5") or dose > D("7.5"))
    assert result.outside_usual == (dose < D("4.5") or dose > D("7.5"))
    assert (result.message is None) == (not result.outside_usual)
    if result.message is not None:
        assert_plain(result.message)
        assert "million units" in str(result.message)


# -------------------------------------------------------------- dose reduction (R3)


@pytest.mark.parametrize(
    ("current", "daily", "each", "below"),
    [
        ("7.5", "12", "6", False),  # 15 → 12 a day
        ("6", "9", "4.5", False),  # 12 → 9 a day
        ("4.5", "6", "3", True),  # 9 → 6 a day: below the usual lowest
        ("3", "3", "1.5", True),
        ("5", "7", "3.5", True),
    ],
)
def test_suggest_reduction_one_step_rule_r3(
    current: str, daily: str, each: str, below: bool
) -> None:
    suggestion = suggest_reduction(D(current))
    assert isinstance(suggestion, DoseSuggestion)
    assert suggestion.daily_miu == D(daily)
    assert suggestion.per_injection_miu == D(each)
    assert suggestion.below_usual is below
    assert str(suggestion.text).endswith("discuss with your doctor.")
    assert "does not cause drug resistance" in str(suggestion.text)
    assert f"{daily} million units a day" in str(suggestion.text)
    assert f"{each} million units per injection" in str(suggestion.text)
    assert ("below the usual lowest dose" in str(suggestion.text)) is below
    assert_plain(suggestion.text)


def test_suggest_reduction_none_when_nothing_left_rule_r3() -> None:
    assert suggest_reduction(D("1.5")) is None  # 3 a day − 3 = 0
    assert suggest_reduction(D("1")) is None
    with pytest.raises(DoseInputError):
        suggest_reduction(D(0))


def test_suggest_reduction_is_exactly_one_step_rule_r3() -> None:
    first = suggest_reduction(D("7.5"))
    assert first is not None
    second = suggest_reduction(first.per_injection_miu)
    assert second is not None
    assert [first.daily_miu, second.daily_miu] == [D(12), D(9)]


def test_suggest_reduction_doses_are_values_rule_d4() -> None:
    suggestion = suggest_reduction(D("7.5"))
    assert suggestion is not None
    step = suggestion.text.parts[0]
    assert step.value("current").value("each").value("number") == D("7.5")
    assert step.value("lower").value("daily").value("number") == D(12)


@given(st.decimals(min_value=D("0.5"), max_value=D(10), places=2))
def test_suggest_reduction_property_rule_r3(current: Decimal) -> None:
    suggestion = suggest_reduction(current)
    if current * 2 - 3 <= 0:
        assert suggestion is None
        return
    assert suggestion is not None
    assert suggestion.daily_miu == current * 2 - REDUCTION_STEP_DAILY_MIU
    assert suggestion.per_injection_miu * 2 == suggestion.daily_miu
    assert suggestion.below_usual == (suggestion.daily_miu < LOWEST_USUAL_DAILY_MIU)
    assert type(suggestion.daily_miu) is Decimal  # rule D1
    assert type(suggestion.per_injection_miu) is Decimal
    assert "E" not in str(suggestion.text)


# -- issue 19: per injection or per day? more than two decimals ---------------------------

@pytest.mark.parametrize("dose", ["7.6", "9", "10"])
def test_above_7_5_asks_per_injection_or_per_day_rule_r2(dose: str) -> None:
    result = check_dose_range(D(dose))
    assert result.needs_confirmation and result.outside_usual
    assert str(result.message).startswith(
        f"Is {dose} million units the dose per injection or per day?")
    assert "each injection is half of it" in str(result.message)
    assert "4.5 to 7.5 million units" in str(result.message)
    assert_plain(result.message)


@pytest.mark.parametrize("dose", ["12", "15"])
def test_a_usual_daily_total_asks_per_injection_or_per_day_rule_r2(dose: str) -> None:
    result = check_dose_range(D(dose))
    assert result.needs_confirmation
    assert f"Is {dose} million units the dose per injection or per day?" in str(result.message)


@pytest.mark.parametrize("dose", ["4.55555555555555555555", "4.555", "6.001"])
def test_more_than_two_decimals_is_refused(dose: str) -> None:
    with pytest.raises(DoseInputError, match="at most two decimals"):
        check_dose_range(D(dose))


@pytest.mark.parametrize("dose", ["4.55", "4.50000", "6"])
def test_two_decimals_or_trailing_zeros_are_fine(dose: str) -> None:
    check_dose_range(D(dose))  # no error
