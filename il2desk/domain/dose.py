"""Dose arithmetic for drawing interleukin-2 from a vial (rules D1–D4): reading and
writing the numbers, the syringes, and the volume for a dose. Which mark to draw to,
and whether that is safe (rule D3), is worked out in draw_plan.py.

Everything here is exact `decimal.Decimal` arithmetic (rule D1): a float never enters,
and a float passed in by mistake is refused with TypeError. `format_number` and the
`format_*` helpers below are the one place numbers become patient-facing text (rule D4).
"""

from __future__ import annotations

import re
from decimal import (
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    localcontext,
)
from enum import StrEnum
from typing import Protocol

from il2desk.domain.errors import FieldInputError
from il2desk.domain.texts import QT_TRANSLATE_NOOP, Message, decimal_digits, message

__all__ = [
    "DOSE_CONTEXT",
    "OVERFILL_NOTE",
    "DoseInputError",
    "SyringeKind",
    "SyringeMark",
    "computed_concentration",
    "format_concentration",
    "format_dose_miu",
    "format_mark",
    "format_number",
    "format_percent",
    "format_volume_ml",
    "parse_decimal",
    "parse_positive_decimal",
    "require_positive",
    "tidy",
    "u100_units",
    "volume_ml",
]

# rule D1: our own context, so a caller's ambient decimal context (precision, traps)
# can never change a dose. 60 digits is far beyond any input parse_decimal accepts.
DOSE_CONTEXT = Context(
    prec=60,
    rounding=ROUND_HALF_EVEN,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)

# rule D2: shown beside a concentration worked out from vial amount and diluent volume.
OVERFILL_NOTE = QT_TRANSLATE_NOOP(
    "domain",
    "This number is worked out from what you typed. Vials hold a little extra medicine, "
    "so the label or your pharmacist may give a different strength: if they do, use theirs."
)

# Long inputs are almost certainly a slip of the keyboard, and capping them keeps every
# later step well inside the 60-digit context.
_MAX_INPUT_CHARS = 24

_PLAIN_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


class DoseInputError(FieldInputError):
    """Input that cannot be used; str() is a plain-words message for the form field."""


class SyringeKind(StrEnum):
    """The syringes a patient may draw with (rule D3 lists their graduations)."""

    U100_03 = "u100-0.3"
    U100_05 = "u100-0.5"
    U100_1 = "u100-1"
    TUBERCULIN_1 = "tuberculin-1"

    @property
    def capacity_ml(self) -> Decimal:
        return _CAPACITY_ML[self]

    @property
    def graduation_ml(self) -> Decimal:
        """Volume between two marks: 0.5 unit, 1 unit, 2 units, 0.01 mL (rule D3)."""
        return _GRADUATION_ML[self]

    @property
    def is_u100(self) -> bool:
        return self is not SyringeKind.TUBERCULIN_1

    @property
    def short_label(self) -> str:
        """Name used inside sentences, e.g. "0.3 mL insulin syringe"."""
        return _SHORT_LABEL[self]

    @property
    def label(self) -> Message:
        # rule D4: "U-100" is the printed name of the syringe type, never a dose unit.
        if self.is_u100:
            return message(QT_TRANSLATE_NOOP("domain", "{syringe} (U-100)"),
                           syringe=message(self.short_label))
        return message(self.short_label)

    @property
    def finer(self) -> SyringeKind | None:
        """The next kind with a strictly finer graduation, or None for the finest.

        Order u100-1 → u100-0.5 → u100-0.3. The tuberculin syringe (0.01 mL marks)
        is as fine as the 0.5 mL insulin syringe, not finer, so its next-finer kind is
        the 0.3 mL insulin syringe. Whether that one can hold the volume is for
        plan_draw to decide.
        """
        return _FINER[self]


_CAPACITY_ML: dict[SyringeKind, Decimal] = {
    SyringeKind.U100_03: Decimal("0.3"),
    SyringeKind.U100_05: Decimal("0.5"),
    SyringeKind.U100_1: Decimal("1"),
    SyringeKind.TUBERCULIN_1: Decimal("1"),
}
_GRADUATION_ML: dict[SyringeKind, Decimal] = {
    SyringeKind.U100_03: Decimal("0.005"),
    SyringeKind.U100_05: Decimal("0.01"),
    SyringeKind.U100_1: Decimal("0.02"),
    SyringeKind.TUBERCULIN_1: Decimal("0.01"),
}
_SHORT_LABEL: dict[SyringeKind, str] = {
    SyringeKind.U100_03: QT_TRANSLATE_NOOP("domain", "0.3 mL insulin syringe"),
    SyringeKind.U100_05: QT_TRANSLATE_NOOP("domain", "0.5 mL insulin syringe"),
    SyringeKind.U100_1: QT_TRANSLATE_NOOP("domain", "1 mL insulin syringe"),
    SyringeKind.TUBERCULIN_1: QT_TRANSLATE_NOOP("domain", "1 mL tuberculin syringe"),
}
_FINER: dict[SyringeKind, SyringeKind | None] = {
    SyringeKind.U100_1: SyringeKind.U100_05,
    SyringeKind.U100_05: SyringeKind.U100_03,
    SyringeKind.U100_03: None,
    SyringeKind.TUBERCULIN_1: SyringeKind.U100_03,
}


# --------------------------------------------------------------------------- parsing


_EXAMPLE = Decimal("4.5")  # shown with the reader's decimal mark


def parse_decimal(text: str, *, decimal_mark: str = ".", field: str = "value") -> Decimal:
    """Read a number the user typed, exactly (rule D1).

    Spaces around the number are ignored; a space inside it is refused, because it is
    more likely a slip than a thousands separator. `decimal_mark` is the user's own
    mark ("." or ","). The other mark is also accepted as the decimal mark when it
    appears once and alone ("4,5" with mark "." reads as 4.5), except when it could be
    a thousands separator: exactly three digits after it and a whole part other than
    0 ("1,000" or "1.000"). Those are refused with a message, since reading 1000 as 1
    or 1 as 1000 would be a thousandfold dosing error. Both marks together, exponents
    ("1e3"), NaN and Infinity are refused too.
    """
    if decimal_mark not in {".", ","}:
        raise ValueError(f"decimal_mark must be '.' or ',', not {decimal_mark!r}")
    other_mark = "," if decimal_mark == "." else "."
    example = _EXAMPLE
    not_a_number = message(QT_TRANSLATE_NOOP(
        "domain", "Please type a number, for example {example}."), example=example)

    stripped = text.strip()
    if not stripped:
        raise DoseInputError(message(QT_TRANSLATE_NOOP(
            "domain", "Please type a number here, for example {example}."),
            example=example), field=field)
    if len(stripped) > _MAX_INPUT_CHARS:
        raise DoseInputError(
            message(QT_TRANSLATE_NOOP(
                "domain", "That number is too long. Please type it again, for example {example}."
            ), example=example),
            field=field,
        )
    if "." in stripped and "," in stripped:
        raise DoseInputError(
            message(QT_TRANSLATE_NOOP(
                "domain", "Please type the number without separators between thousands, "
                "for example 1000 or {example}."), example=example),
            field=field,
        )
    if stripped.count(other_mark) == 1:
        whole, _, fraction = stripped.partition(other_mark)
        whole_digits = whole.lstrip("+-")
        if len(fraction) == 3 and fraction.isdigit() and whole_digits.strip("0") != "":
            raise DoseInputError(
                message(QT_TRANSLATE_NOOP(
                    "domain", "“{typed}” could mean two different numbers. Please type it "
                    "without separators between thousands, and use “{mark}” before the "
                    "decimals."), typed=stripped, mark=decimal_mark),
                field=field,
            )
    normalised = stripped.replace(",", ".")
    # Only ASCII digits, one optional sign and one optional point: this alone keeps out
    # exponents, NaN, Infinity, other scripts' digits and stray characters.
    if _PLAIN_NUMBER.fullmatch(normalised) is None:
        raise DoseInputError(not_a_number, field=field)
    return Decimal(normalised)


def parse_positive_decimal(text: str, *, decimal_mark: str = ".", field: str = "value") -> Decimal:
    """As parse_decimal, and the number must be more than zero (doses, volumes)."""
    value = parse_decimal(text, decimal_mark=decimal_mark, field=field)
    if value <= 0:
        raise DoseInputError(message(QT_TRANSLATE_NOOP("domain", "This must be more than zero.")),
                             field=field)
    return value


# ------------------------------------------------------------------------ arithmetic


def _require_decimal(value: Decimal, name: str) -> Decimal:
    # rule D1: a float here would already carry binary rounding error, so refuse it.
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise TypeError(f"{name} must be a Decimal, not {type(value).__name__}")
    result = Decimal(value)
    if not result.is_finite():
        raise DoseInputError(message(QT_TRANSLATE_NOOP(
            "domain", "Please type a number, for example {example}."), example=_EXAMPLE),
            field=name)
    return result


def require_positive(value: Decimal, name: str) -> Decimal:
    result = _require_decimal(value, name)
    if result <= 0:
        raise DoseInputError(message(QT_TRANSLATE_NOOP("domain", "This must be more than zero.")),
                             field=name)
    return result


def tidy(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent form (0.250 → 0.25, 25.00 → 25)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize(DOSE_CONTEXT)


def volume_ml(dose_miu: Decimal, concentration_miu_per_ml: Decimal) -> Decimal:
    """Volume to draw: dose ÷ concentration (rule D3), exact to 60 digits."""
    dose = require_positive(dose_miu, "dose_miu")
    concentration = require_positive(concentration_miu_per_ml, "concentration_miu_per_ml")
    with localcontext(DOSE_CONTEXT):
        return dose / concentration


def u100_units(volume_ml: Decimal) -> Decimal:
    """Units on a U-100 insulin syringe: 100 per mL (rule D3)."""
    volume = _require_decimal(volume_ml, "volume_ml")
    with localcontext(DOSE_CONTEXT):
        return volume * 100


def computed_concentration(vial_miu: Decimal, diluent_ml: Decimal) -> Decimal:
    """Vial amount ÷ diluent volume (rule D2).

    Only a starting point: vials are overfilled, so 22 million units in 1.2 mL works
    out to 18.33… while the label says 18 million units per mL. Show OVERFILL_NOTE
    with it and let the label's number win.
    """
    vial = require_positive(vial_miu, "vial_miu")
    diluent = require_positive(diluent_ml, "diluent_ml")
    with localcontext(DOSE_CONTEXT):
        return vial / diluent


# ------------------------------------------------------------------------- display


def format_number(value: Decimal, *, decimal_mark: str = ".", max_places: int | None = None) -> str:
    """The one place a number becomes text (rule D4).

    Leading zero ("0.25", never ".25"), no trailing zeros ("5", never "5.0"), never an
    exponent (Decimal("1E+1") → "10"), no thousands separators. `max_places` rounds
    half up first, for computed values such as 18.333… (rule D2).
    """
    if decimal_mark not in {".", ","}:
        raise ValueError(f"decimal_mark must be '.' or ',', not {decimal_mark!r}")
    return decimal_digits(_places(value, max_places), decimal_mark)


def _places(value: Decimal, max_places: int | None) -> Decimal:
    """`value` checked (rule D1) and, with `max_places`, rounded half up (rule D2)."""
    number = _require_decimal(value, "value")
    if max_places is not None:
        with localcontext(DOSE_CONTEXT):
            number = number.quantize(Decimal(1).scaleb(-max_places), rounding=ROUND_HALF_UP)
    return number


# The formatters below say a dose, a strength, a volume or a mark as a message value:
# the number stays a Decimal, written with rule D4's digits and the reader's decimal
# mark when shown (`il2desk.services.translation.render`; `str()` gives the English).

def format_dose_miu(dose_miu: Decimal) -> Message:
    """ "4.5 million units" — spelled out, never an abbreviation (rule D4); the decimal
    mark is the reader's, chosen when the message is shown."""
    return message(QT_TRANSLATE_NOOP("domain", "{number} million units"),
                   number=_places(dose_miu, None))


def format_concentration(concentration_miu_per_ml: Decimal, *,
                         max_places: int | None = None) -> Message:
    """ "18 million units per mL" (rule D4)."""
    return message(QT_TRANSLATE_NOOP("domain", "{number} million units per mL"),
                   number=_places(concentration_miu_per_ml, max_places))


def format_volume_ml(volume_ml: Decimal) -> Message:
    """ "0.25 mL" (rule D4)."""
    return message(QT_TRANSLATE_NOOP("domain", "{number} mL"), number=_places(volume_ml, None))


class SyringeMark(Protocol):
    """Where to draw to on which syringe: a `draw_plan.DrawPlan` is one (named by its
    shape, so this module does not import draw_plan.py, which imports this one)."""

    @property
    def syringe(self) -> SyringeKind: ...

    @property
    def mark(self) -> Decimal: ...


def format_mark(
    plan_or_mark: SyringeMark | tuple[SyringeKind, Decimal],
) -> Message:
    """Where to draw to: "the 25-unit mark" on a U-100 syringe, "the 0.25 mL mark" on
    a tuberculin one. "unit" is always spelled out, never a bare "U" (rule D4)."""
    if isinstance(plan_or_mark, tuple):
        syringe, mark = plan_or_mark
    else:
        syringe, mark = plan_or_mark.syringe, plan_or_mark.mark
    number = _places(mark, None)
    if SyringeKind(syringe).is_u100:
        return message(QT_TRANSLATE_NOOP("domain", "the {number}-unit mark"), number=number)
    return message(QT_TRANSLATE_NOOP("domain", "the {number} mL mark"), number=number)


def format_percent(percent: Decimal, *, decimal_mark: str = ".") -> str:
    """Signed difference: "+1.2 %", "-1.2 %", "0 %" (rule D3 shows it, rule D4 formats)."""
    number = format_number(percent, decimal_mark=decimal_mark)
    if number == "0":
        return "0 %"
    sign = "+" if percent > 0 else ""  # a negative number already carries "-"
    return f"{sign}{number} %"
