"""The wizard's draft, which the preparation pages fill, and what it gives back."""

from __future__ import annotations

import dataclasses
import enum
from decimal import Decimal

from il2desk.domain.course import Preparation
from il2desk.domain.dose import SyringeKind
from il2desk.domain.draw_plan import DrawPlan
from il2desk.services.supplies_service import NewVial, Vial


class PageId(enum.IntEnum):
    """The pages, in the order they can appear (a page's index in the wizard is its
    id - 1)."""

    WASH = 1
    PREFILLED = 2
    VIAL_CHOICE = 3
    WIPE = 4
    DILUENT = 5
    SWIRL = 6
    CLEAR = 7
    STRENGTH = 8
    DRAW = 9
    DRAW_UP = 10
    BUBBLES = 11
    SHARPS = 12


@dataclasses.dataclass
class PreparationState:
    """The preparation wizard's draft: what its pages fill as the patient goes."""

    dose_miu: Decimal
    preparation: Preparation
    decimal_mark: str
    practice: bool
    syringe_kind: SyringeKind | None = None
    # the strength the course was planned with, offered as the starting value
    planned_concentration_miu_per_ml: Decimal | None = None
    continue_vial: Vial | None = None  # an already mixed vial the user chose
    new_vial: NewVial | None = None  # the vial mixed during this run
    plan: DrawPlan | None = None
    label_dose_miu: Decimal | None = None
    sharps_done: bool = False

    @property
    def mixing_new_vial(self) -> bool:
        return self.continue_vial is None

    @property
    def concentration_miu_per_ml(self) -> Decimal | None:
        if self.continue_vial is not None:
            return self.continue_vial.concentration_miu_per_ml
        if self.new_vial is not None:
            return self.new_vial.concentration_miu_per_ml
        return None


@dataclasses.dataclass(frozen=True)
class PreparationResult:
    """What was prepared, after the wizard was finished (accepted).

    - `plan`: the DrawPlan drawn to (vial path), None on the pre-filled path;
    - `vial_id`: the vial drawn from (new or continued), None on the pre-filled path or
      in a practice run (nothing is stored then);
    - `label_dose_miu`: the dose confirmed on the pre-filled syringe's label;
    - `sharps_done`: the used syringe went into the sharps container.
    """

    preparation: Preparation
    dose_miu: Decimal
    plan: DrawPlan | None
    vial_id: int | None
    label_dose_miu: Decimal | None
    sharps_done: bool
    practice: bool
