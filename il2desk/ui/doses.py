"""The D4 formatters as the ui shows them: the user's language and decimal mark.

`il2desk.domain.dose` says a dose or volume as a message value (rule D4); these show
it with the locale's decimal mark and the unit words translated, so Spanish reads
"4,5 millones de unidades" — never an abbreviation.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from il2desk.domain import dose
from il2desk.domain.dose import SyringeKind
from il2desk.services.translation import render

if TYPE_CHECKING:  # (the draw plan is loaded where one is made, not by every view)
    from il2desk.domain.draw_plan import DrawPlan


def locale_decimal_mark() -> str:
    """The user's decimal mark ("." or ","), so "4,5" is read as 4.5 where usual."""
    return "," if QLocale().decimalPoint() == "," else "."


# The domain says each amount as a message value (the number a Decimal); these show it
# in the user's language with the locale's decimal mark.

def format_dose_miu(dose_miu: Decimal) -> str:
    return render(dose.format_dose_miu(dose_miu))


def format_concentration(concentration_miu_per_ml: Decimal, *,
                         max_places: int | None = None) -> str:
    return render(dose.format_concentration(concentration_miu_per_ml, max_places=max_places))


def format_volume_ml(volume_ml: Decimal) -> str:
    return render(dose.format_volume_ml(volume_ml))


def format_mark(plan_or_mark: DrawPlan | tuple[SyringeKind, Decimal]) -> str:
    return render(dose.format_mark(plan_or_mark))
