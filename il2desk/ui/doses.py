"""The D4 formatters as the ui shows them: the user's language and decimal mark.

`il2desk.domain.dose` stays the one place a dose or volume becomes text (rule D4); these
wrappers only pick the locale's decimal mark and translate the unit words, so Spanish
reads "4,5 millones de unidades" — never an abbreviation.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from il2desk.domain import dose
from il2desk.domain.dose import SyringeKind
from il2desk.ui.i18n import translate_message

if TYPE_CHECKING:  # (the draw plan is loaded where one is made, not by every view)
    from il2desk.domain.draw_plan import DrawPlan


def locale_decimal_mark() -> str:
    """The user's decimal mark ("." or ","), so "4,5" is read as 4.5 where usual."""
    return "," if QLocale().decimalPoint() == "," else "."


def format_dose_miu(dose_miu: Decimal, *, decimal_mark: str | None = None) -> str:
    return translate_message(
        dose.format_dose_miu(dose_miu, decimal_mark=decimal_mark or locale_decimal_mark()))


def format_concentration(concentration_miu_per_ml: Decimal, *, decimal_mark: str | None = None,
                         max_places: int | None = None) -> str:
    return translate_message(dose.format_concentration(
        concentration_miu_per_ml, decimal_mark=decimal_mark or locale_decimal_mark(),
        max_places=max_places))


def format_volume_ml(volume_ml: Decimal, *, decimal_mark: str | None = None) -> str:
    return translate_message(
        dose.format_volume_ml(volume_ml, decimal_mark=decimal_mark or locale_decimal_mark()))


def format_mark(plan_or_mark: DrawPlan | tuple[SyringeKind, Decimal], *,
                decimal_mark: str | None = None) -> str:
    return translate_message(
        dose.format_mark(plan_or_mark, decimal_mark=decimal_mark or locale_decimal_mark()))
