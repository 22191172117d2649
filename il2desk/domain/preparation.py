"""Reading the numbers the syringe-preparation form allows (rules D1–D3, R11).

Each `read_*` function takes exactly what the user typed and returns a Decimal or raises
`DoseInputError` with a plain-words message for the field. Limits here catch slips of
the keyboard (an absurd number), not medical judgement: a value outside them is
refused with a request to check the label, never silently corrected.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from il2desk.domain.dose import (
    DoseInputError,
    SyringeKind,
    format_concentration,
    format_dose_miu,
    format_volume_ml,
    parse_positive_decimal,
)
from il2desk.domain.draw_plan import DrawPlan, plan_draw
from il2desk.domain.texts import QT_TRANSLATE_NOOP, Message, message

# A slip of the keyboard, not a real label: outside these the field asks to check.
MAX_CONCENTRATION_MIU_PER_ML = Decimal(100)
MIN_CONCENTRATION_MIU_PER_ML = Decimal("0.1")
MAX_VIAL_MIU = Decimal(100)
MAX_DILUENT_ML = Decimal(10)
MIN_DILUENT_ML = Decimal("0.1")
MAX_DOSE_MIU = Decimal(100)
# Hours a mixed vial can be kept, as the label or pharmacist says (rule D5): the form
# accepts up to 30 days; more is surely a slip.
MAX_USABLE_HOURS = 24 * 30


def _read_within(text: str, *, decimal_mark: str, field: str, low: Decimal | None,
                 high: Decimal, refusal: str, shown: Callable[[Decimal], Message]) -> Decimal:
    """A positive number between `low` and `high`, or DoseInputError whose message is
    the `refusal` template (a literal marked at the caller) with the value `shown`."""
    value = parse_positive_decimal(text, decimal_mark=decimal_mark, field=field)
    if value > high or (low is not None and value < low):
        raise DoseInputError(message(refusal, value=shown(value)), field=field)
    return value


def read_dose_miu(text: str, *, decimal_mark: str = ".", field: str = "dose_miu") -> Decimal:
    return _read_within(
        text, decimal_mark=decimal_mark, field=field, low=None, high=MAX_DOSE_MIU,
        refusal=QT_TRANSLATE_NOOP("domain", "{value} is far more than any dose of this "
                                  "medicine. Please check the number."),
        shown=format_dose_miu)


def read_concentration(text: str, *, decimal_mark: str = ".",
                       field: str = "concentration_miu_per_ml") -> Decimal:
    return _read_within(
        text, decimal_mark=decimal_mark, field=field, low=MIN_CONCENTRATION_MIU_PER_ML,
        high=MAX_CONCENTRATION_MIU_PER_ML,
        refusal=QT_TRANSLATE_NOOP("domain", "{value} does not look like the strength on a "
                                  "label. Please check the label or ask your pharmacist."),
        shown=format_concentration)


def read_vial_miu(text: str, *, decimal_mark: str = ".", field: str = "vial_miu") -> Decimal:
    return _read_within(
        text, decimal_mark=decimal_mark, field=field, low=None, high=MAX_VIAL_MIU,
        refusal=QT_TRANSLATE_NOOP("domain", "{value} is more than a vial holds. "
                                  "Please check the vial's label."),
        shown=format_dose_miu)


def read_diluent_ml(text: str, *, decimal_mark: str = ".", field: str = "diluent_ml") -> Decimal:
    return _read_within(
        text, decimal_mark=decimal_mark, field=field, low=MIN_DILUENT_ML, high=MAX_DILUENT_ML,
        refusal=QT_TRANSLATE_NOOP("domain", "{value} of diluent does not look right for one "
                                  "vial. Please check the instructions from your pharmacist."),
        shown=format_volume_ml)


def plan_from_text(dose_text: str, concentration_text: str, syringe: SyringeKind, *,
                   decimal_mark: str = ".") -> DrawPlan:
    """The whole form → a DrawPlan, or DoseInputError for the field at fault."""
    dose = read_dose_miu(dose_text, decimal_mark=decimal_mark)
    concentration = read_concentration(concentration_text, decimal_mark=decimal_mark)
    return plan_draw(dose, concentration, syringe)


def label_dose_problem(label_dose_miu: Decimal, prescribed_dose_miu: Decimal, *,
                       decimal_mark: str = ".") -> Message | None:
    """rule R11: the dose printed on a pre-filled syringe must equal the prescribed dose.

    Compared as numbers (4.50 equals 4.5); any other difference stops the preparation.
    """
    if label_dose_miu == prescribed_dose_miu:
        return None
    del decimal_mark  # (the reader's mark is chosen when the message is shown)
    return message(QT_TRANSLATE_NOOP(
        "domain", "This syringe holds {label}, but your dose for this injection is {prescribed}. "
        "Do not inject it. Check that you took the right syringe, and if the label "
        "still does not match, call your pharmacist or doctor before injecting."
    ), label=format_dose_miu(label_dose_miu), prescribed=format_dose_miu(prescribed_dose_miu))
