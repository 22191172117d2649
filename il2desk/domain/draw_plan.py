"""Rule D3: the mark to draw one dose to with one syringe, the dose that mark really
gives, and whether that is close enough to allow (within 5 %), with a better syringe
suggested when it is not. Exact Decimal arithmetic throughout (rule D1, dose.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal, localcontext

from il2desk.domain.dose import (
    DOSE_CONTEXT,
    SyringeKind,
    format_volume_ml,
    require_positive,
    tidy,
    u100_units,
    volume_ml,
)
from il2desk.domain.texts import QT_TRANSLATE_NOOP, Joined, message, sentences

__all__ = ["HALF_MARK_NOTE", "MAX_ERROR_PERCENT", "DrawPlan", "plan_draw"]

HALF_MARK_NOTE = QT_TRANSLATE_NOOP(
    "domain", "The exact amount is halfway between two marks: use the lower mark, which "
    "gives a little less medicine, never more.")

# rule D3: a plan whose rounding error is over this many percent is refused.
MAX_ERROR_PERCENT = Decimal(5)


@dataclass(frozen=True)
class DrawPlan:
    """How to draw one dose with one syringe, and whether that is safe (rule D3)."""

    dose_miu: Decimal
    concentration_miu_per_ml: Decimal
    syringe: SyringeKind
    exact_volume_ml: Decimal
    rounded_volume_ml: Decimal
    mark: Decimal  # units on a U-100 syringe, mL on the tuberculin syringe
    delivered_dose_miu: Decimal
    error_percent: Decimal  # signed, (delivered − dose) / dose × 100, to 0.1
    fits_syringe: bool
    acceptable: bool
    suggested_syringe: SyringeKind | None
    problem: Joined | None  # why the draw is refused (rule D3), said as message values
    # issue 19: exactly halfway between two marks, the lower mark was taken; the
    # outputs say so (HALF_MARK_NOTE).
    rounded_down_at_half: bool = False


def _round_to_graduation(exact: Decimal, syringe: SyringeKind) -> Decimal:
    # rule D3: nearest mark; exactly halfway between two marks, the lower one — the
    # smaller volume gives a little less medicine, never more (issue 19).
    graduation = syringe.graduation_ml
    with localcontext(DOSE_CONTEXT):
        steps = (exact / graduation).quantize(Decimal(1), rounding=ROUND_HALF_DOWN)
        return tidy(steps * graduation)


def _at_half_mark(exact: Decimal, syringe: SyringeKind) -> bool:
    """True when the exact volume lies exactly halfway between two marks."""
    with localcontext(DOSE_CONTEXT):
        steps = exact / syringe.graduation_ml
        return steps - steps.to_integral_value(rounding=ROUND_FLOOR) == Decimal("0.5")


@dataclass(frozen=True)
class _Numbers:
    """The volumes and the dose error of one syringe, before they become a DrawPlan."""

    exact: Decimal
    rounded: Decimal
    delivered: Decimal
    error_exact: Decimal
    fits: bool

    @property
    def acceptable(self) -> bool:
        return self.fits and self.rounded > 0 and abs(self.error_exact) <= MAX_ERROR_PERCENT


def _numbers(dose: Decimal, concentration: Decimal, syringe: SyringeKind) -> _Numbers:
    exact = volume_ml(dose, concentration)
    rounded = _round_to_graduation(exact, syringe)
    with localcontext(DOSE_CONTEXT):
        delivered = tidy(rounded * concentration)
        error_exact = (delivered - dose) / dose * 100
    return _Numbers(exact, rounded, delivered, error_exact, rounded <= syringe.capacity_ml)


def _suggest(dose: Decimal, concentration: Decimal, current: SyringeKind) -> SyringeKind | None:
    """An acceptable other syringe: finest marks first, then same family, then smaller."""

    def preference(kind: SyringeKind) -> tuple[Decimal, int, Decimal]:
        same_family = 0 if kind.is_u100 == current.is_u100 else 1
        return (kind.graduation_ml, same_family, kind.capacity_ml)

    for kind in sorted(SyringeKind, key=preference):
        if kind is not current and _numbers(dose, concentration, kind).acceptable:
            return kind
    return None


def _problem(
    numbers: _Numbers,
    error_percent: Decimal,
    syringe: SyringeKind,
    suggestion: SyringeKind | None,
) -> Joined:
    if suggestion is not None:
        instead = message(QT_TRANSLATE_NOOP("domain", "Use the {syringe} instead."),
                          syringe=message(suggestion.short_label))
    else:
        instead = message(QT_TRANSLATE_NOOP(
            "domain", "Please ask your pharmacist how to measure this dose."))
    named = message(syringe.short_label)
    if not numbers.fits:
        volume = format_volume_ml(numbers.rounded)
        if suggestion is None:
            return sentences(message(QT_TRANSLATE_NOOP(
                "domain", "This dose needs {volume}, more than any of these syringes holds. "
                "Please ask your pharmacist or doctor how to give it."), volume=volume))
        return sentences(message(QT_TRANSLATE_NOOP(
            "domain", "This dose needs {volume}, more than the {syringe} holds ({capacity})."),
            volume=volume, syringe=named, capacity=format_volume_ml(syringe.capacity_ml)),
            instead)
    if numbers.rounded == 0:
        return sentences(message(QT_TRANSLATE_NOOP(
            "domain", "This dose is too small to measure with the {syringe}."), syringe=named),
            instead)
    if error_percent > 0:
        apart = QT_TRANSLATE_NOOP(
            "domain", "This syringe's marks are too far apart for this dose: the nearest mark "
            "gives {percent} % too much.")
    else:
        apart = QT_TRANSLATE_NOOP(
            "domain", "This syringe's marks are too far apart for this dose: the nearest mark "
            "gives {percent} % too little.")
    return sentences(message(apart, percent=abs(error_percent)), instead)


def plan_draw(
    dose_miu: Decimal, concentration_miu_per_ml: Decimal, syringe: SyringeKind
) -> DrawPlan:
    """Work out the mark to draw to, the dose it really gives, and whether to allow it.

    rule D3: round to the syringe's nearest graduation (halfway: the lower mark, which
    gives less medicine; issue 19), show the dose
    the rounded volume delivers and the difference in percent, and refuse over 5 %
    (the decision uses the unrounded percentage, so 5.04 % is refused), a volume that
    rounds to nothing, or one the syringe cannot hold.
    """
    dose = require_positive(dose_miu, "dose_miu")
    concentration = require_positive(concentration_miu_per_ml, "concentration_miu_per_ml")
    syringe = SyringeKind(syringe)
    numbers = _numbers(dose, concentration, syringe)
    with localcontext(DOSE_CONTEXT):
        error_percent = numbers.error_exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        mark = tidy(u100_units(numbers.rounded)) if syringe.is_u100 else numbers.rounded
    if error_percent == 0:
        error_percent = abs(error_percent)  # never show "-0.0"
    acceptable = numbers.acceptable
    suggestion = None if acceptable else _suggest(dose, concentration, syringe)
    problem = None if acceptable else _problem(numbers, error_percent, syringe, suggestion)
    return DrawPlan(
        dose_miu=dose,
        concentration_miu_per_ml=concentration,
        syringe=syringe,
        exact_volume_ml=numbers.exact,
        rounded_volume_ml=numbers.rounded,
        mark=mark,
        delivered_dose_miu=numbers.delivered,
        error_percent=error_percent,
        fits_syringe=numbers.fits,
        acceptable=acceptable,
        suggested_syringe=suggestion,
        problem=problem,
        rounded_down_at_half=_at_half_mark(numbers.exact, syringe),
    )
