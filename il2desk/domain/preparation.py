"""Reading the numbers the syringe-preparation form allows (rules D1–D3, R11).

Each `read_*` function takes exactly what the user typed and returns a Decimal or raises
`DoseInputError` with a plain-words message for the field. Limits here catch slips of
the keyboard (an absurd number), not medical judgement: a value outside them is
refused with a request to check the label, never silently corrected.
"""

from __future__ import annotations

from decimal import Decimal

from il2desk.domain.dose import (
    DoseInputError,
    DrawPlan,
    SyringeKind,
    format_concentration,
    format_dose_miu,
    format_volume_ml,
    parse_positive_decimal,
    plan_draw,
)
from il2desk.domain.texts import QT_TRANSLATE_NOOP

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


def read_dose_miu(text: str, *, decimal_mark: str = ".", field: str = "dose_miu") -> Decimal:
    dose = parse_positive_decimal(text, decimal_mark=decimal_mark, field=field)
    if dose > MAX_DOSE_MIU:
        raise DoseInputError(
            QT_TRANSLATE_NOOP("domain", "{dose} is far more than any dose of this medicine. "
                              "Please check the number.").format(
                dose=format_dose_miu(dose, decimal_mark=decimal_mark)), field=field)
    return dose


def read_concentration(text: str, *, decimal_mark: str = ".",
                       field: str = "concentration_miu_per_ml") -> Decimal:
    value = parse_positive_decimal(text, decimal_mark=decimal_mark, field=field)
    if not MIN_CONCENTRATION_MIU_PER_ML <= value <= MAX_CONCENTRATION_MIU_PER_ML:
        raise DoseInputError(
            QT_TRANSLATE_NOOP("domain", "{strength} does not look like the strength on a label. "
                              "Please check the label or ask your pharmacist.").format(
                strength=format_concentration(value, decimal_mark=decimal_mark)), field=field)
    return value


def read_vial_miu(text: str, *, decimal_mark: str = ".", field: str = "vial_miu") -> Decimal:
    value = parse_positive_decimal(text, decimal_mark=decimal_mark, field=field)
    if value > MAX_VIAL_MIU:
        raise DoseInputError(
            QT_TRANSLATE_NOOP("domain", "{dose} is more than a vial holds. "
                              "Please check the vial's label.").format(
                dose=format_dose_miu(value, decimal_mark=decimal_mark)), field=field)
    return value


def read_diluent_ml(text: str, *, decimal_mark: str = ".", field: str = "diluent_ml") -> Decimal:
    value = parse_positive_decimal(text, decimal_mark=decimal_mark, field=field)
    if not MIN_DILUENT_ML <= value <= MAX_DILUENT_ML:
        raise DoseInputError(
            QT_TRANSLATE_NOOP("domain", "{volume} of diluent does not look right for one vial. "
                              "Please check the instructions from your pharmacist.").format(
                volume=format_volume_ml(value, decimal_mark=decimal_mark)), field=field)
    return value


def plan_from_text(dose_text: str, concentration_text: str, syringe: SyringeKind, *,
                   decimal_mark: str = ".") -> DrawPlan:
    """The whole form → a DrawPlan, or DoseInputError for the field at fault."""
    dose = read_dose_miu(dose_text, decimal_mark=decimal_mark)
    concentration = read_concentration(concentration_text, decimal_mark=decimal_mark)
    return plan_draw(dose, concentration, syringe)


def label_dose_problem(label_dose_miu: Decimal, prescribed_dose_miu: Decimal, *,
                       decimal_mark: str = ".") -> str | None:
    """rule R11: the dose printed on a pre-filled syringe must equal the prescribed dose.

    Compared as numbers (4.50 equals 4.5); any other difference stops the preparation.
    """
    if label_dose_miu == prescribed_dose_miu:
        return None
    label = format_dose_miu(label_dose_miu, decimal_mark=decimal_mark)
    prescribed = format_dose_miu(prescribed_dose_miu, decimal_mark=decimal_mark)
    return QT_TRANSLATE_NOOP(
        "domain", "This syringe holds {label}, but your dose for this injection is {prescribed}. "
        "Do not inject it. Check that you took the right syringe, and if the label "
        "still does not match, call your pharmacist or doctor before injecting."
    ).format(label=label, prescribed=prescribed)
