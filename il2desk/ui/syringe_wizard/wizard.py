"""The syringe preparation wizard (rule R11): pre-filled or vial, ending with sharps.

Embeddable by the injection session:

    wizard = SyringePreparationWizard(host, dose_miu=Decimal("4.5"),
                                      preparation=Preparation.VIAL,
                                      syringe_kind=SyringeKind.U100_05,
                                      concentration_miu_per_ml=Decimal(18),
                                      injection_id=injection.id, parent=window)
    wizard.finished.connect(...)  # or exec()
    wizard.prepared               # PreparationResult once finished, else None

Its pages fill a PreparationState (the draft, wizard_base.py). Nothing is stored until
Finish: then one transaction records the new vial (if one was
mixed), one dose drawn from it, the syringe and stopper swab used, the syringe in the
sharps container, and the vial on the injection. A practice run stores nothing.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

from PySide6.QtWidgets import QWidget

from il2desk.domain.course import Preparation
from il2desk.domain.dose import SyringeKind
from il2desk.services.record_files import explain_sqlite_error
from il2desk.services.supplies_service import NewVial
from il2desk.ui.doses import locale_decimal_mark
from il2desk.ui.host import ViewHost
from il2desk.ui.syringe_wizard.draw_page import DrawPage
from il2desk.ui.syringe_wizard.prefilled_page import PrefilledPage
from il2desk.ui.syringe_wizard.sharps_page import SharpsPage
from il2desk.ui.syringe_wizard.state import PageId, PreparationResult, PreparationState
from il2desk.ui.syringe_wizard.step_page import DrawUpPage, StepPage
from il2desk.ui.syringe_wizard.strength_page import StrengthPage
from il2desk.ui.syringe_wizard.vial_choice_page import VialChoicePage
from il2desk.ui.wizard_base import Wizard


class SyringePreparationWizard(Wizard):
    def __init__(
        self,
        host: ViewHost,
        *,
        dose_miu: Decimal,
        preparation: Preparation | str,
        syringe_kind: SyringeKind | None = None,
        concentration_miu_per_ml: Decimal | None = None,
        injection_id: int | None = None,
        parent: QWidget | None = None,
        practice: bool = False,
        in_session: bool = False,
    ) -> None:
        super().__init__(host, parent)
        # Inside the injection session the preparation ends when the syringe is ready:
        # the sharps step comes after the injection, in the session (issue 20).
        self._in_session = in_session
        # rule D1: a float dose is a programming error, caught before any page shows.
        if isinstance(dose_miu, bool) or not isinstance(dose_miu, Decimal) or dose_miu <= 0:
            raise ValueError("dose_miu must be a positive Decimal")
        self._ctx = host.ctx
        self._injection_id = injection_id
        # What was prepared, once finished; None until then (and after Cancel).
        self.prepared: PreparationResult | None = None
        self.draft = PreparationState(
            dose_miu=dose_miu, preparation=Preparation(preparation),
            decimal_mark=locale_decimal_mark(), practice=practice,
            syringe_kind=SyringeKind(syringe_kind) if syringe_kind else None,
            planned_concentration_miu_per_ml=concentration_miu_per_ml)

        title = self.tr("Prepare your syringe")
        if practice:
            title = self.tr("Prepare your syringe (practice run: nothing is saved)")
        self.setWindowTitle(title)
        self.setObjectName("syringeWizard")
        self.setMinimumSize(860, 640)
        # No Alt letter for Cancel here (Escape cancels): the sharps page's box has "c".
        self.set_button_texts(cancel=self.tr("Cancel"))
        self._build_pages()
        self.start(PageId.WASH - 1)

    @property
    def page_id(self) -> PageId:
        """The page on screen."""
        return PageId(self.index + 1)

    # -- pages --------------------------------------------------------------------------
    def _build_pages(self) -> None:
        state, supplies = self.draft, self._ctx.supplies
        self._add(PageId.WASH, StepPage(
            self.tr("Wash your hands"),
            self.tr("Wash your hands well with soap and warm water for at least 20 "
                    "seconds, and dry them on a clean towel. Clear and wipe a table to "
                    "work on."),
            "prep-wash-hands", self.tr("Hands being washed under a tap")))
        self._add(PageId.PREFILLED, PrefilledPage(state))
        self._add(PageId.VIAL_CHOICE, VialChoicePage(state, supplies, self._ctx.clock.now_utc))
        self._add(PageId.WIPE, StepPage(
            self.tr("Wipe the rubber stopper"),
            self.tr("Take the cap off the vial if it still has one. Wipe the rubber "
                    "stopper with a new alcohol swab and let it dry. Do not touch it "
                    "afterwards."),
            "prep-wipe-stopper", self.tr("An alcohol swab wiping the top of a vial")))
        self._add(PageId.DILUENT, StepPage(
            self.tr("Add the diluent slowly"),
            self.tr("Draw up the amount of diluent your pharmacist told you. Push the "
                    "needle through the stopper and let the liquid run slowly down the "
                    "inside wall of the vial, not straight onto the powder."),
            "prep-add-diluent",
            self.tr("A syringe adding liquid down the inside wall of a tilted vial")))
        self._add(PageId.SWIRL, StepPage(
            self.tr("Swirl, do not shake"),
            self.tr("Swirl the vial gently until the powder has dissolved. Do not shake "
                    "it: shaking makes foam and can spoil the medicine."),
            "prep-swirl", self.tr("A vial being swirled in circles; shaking is crossed out")))
        self._add(PageId.CLEAR, StepPage(
            self.tr("Check that it is clear"),
            self.tr("Hold the vial up to the light. The liquid should be clear to "
                    "slightly yellow, with no bits floating in it. If it is cloudy or has "
                    "bits in it, do not use it: call your pharmacist."),
            "prep-check-clear", self.tr("A clear vial held up to a light"),
            confirm_text=self.tr("The liquid is c&lear, with nothing floating in it")))
        self._add(PageId.STRENGTH, StrengthPage(state, self._make_vial))
        self._add(PageId.DRAW, DrawPage(state, self._ctx.clock.now_utc))
        self._add(PageId.DRAW_UP, DrawUpPage(state))
        self._add(PageId.BUBBLES, StepPage(
            self.tr("Remove air bubbles"),
            self.tr("With the needle still in the vial, tap the syringe so bubbles rise to "
                    "the top, push them back into the vial, and draw again to your mark. "
                    "Check the mark once more before taking the needle out."),
            "prep-remove-bubbles",
            self.tr("A finger tapping a syringe so air bubbles rise to the needle end"),
            confirm_text=self.tr("No bubbles, and the syringe is &filled to the mark")))
        self._add(PageId.SHARPS, SharpsPage(state, supplies))

    def _add(self, page_id: PageId, page) -> None:
        assert len(self.pages) == page_id - 1, "pages are added in PageId order"
        self.add_page(page)

    def next_index(self, index: int) -> int | None:
        following = self._next_id(PageId(index + 1))
        return None if following is None else following - 1

    def _next_id(self, current: PageId) -> PageId | None:
        if self._in_session and current in (PageId.PREFILLED, PageId.BUBBLES):
            return None  # the syringe is ready: back to the session
        if self.draft.preparation is Preparation.PREFILLED:
            return {PageId.WASH: PageId.PREFILLED,
                    PageId.PREFILLED: PageId.SHARPS}.get(current)
        if current == PageId.CLEAR:
            return PageId.STRENGTH if self.draft.mixing_new_vial else PageId.DRAW
        if current == PageId.WIPE and not self.draft.mixing_new_vial:
            return PageId.CLEAR
        order = {
            PageId.WASH: PageId.VIAL_CHOICE, PageId.VIAL_CHOICE: PageId.WIPE,
            PageId.WIPE: PageId.DILUENT, PageId.DILUENT: PageId.SWIRL,
            PageId.SWIRL: PageId.CLEAR, PageId.STRENGTH: PageId.DRAW,
            PageId.DRAW: PageId.DRAW_UP, PageId.DRAW_UP: PageId.BUBBLES,
            PageId.BUBBLES: PageId.SHARPS,
        }
        return order.get(current)

    def _make_vial(self, *, concentration_miu_per_ml: Decimal, hours: int,
                   vial_miu: Decimal | None, diluent_ml: Decimal | None,
                   doses_expected: int | None) -> NewVial:
        now = self._ctx.clock.now_utc()
        return NewVial(
            mixed_utc=now, usable_until_utc=now + dt.timedelta(hours=hours),
            zone_name=self._ctx.settings.current.time_zone,
            concentration_miu_per_ml=concentration_miu_per_ml, vial_miu=vial_miu,
            diluent_ml=diluent_ml, doses_expected=doses_expected)

    # -- finishing ----------------------------------------------------------------------
    def finish(self) -> None:
        state = self.draft
        vial_id = state.continue_vial.id if state.continue_vial is not None else None
        if not state.practice:
            try:
                vial_id = self._ctx.supplies.record_preparation(
                    preparation=state.preparation,
                    new_vial=state.new_vial if state.mixing_new_vial else None,
                    vial_id=vial_id, injection_id=self._injection_id,
                    sharps_done=state.sharps_done)
            except sqlite3.Error as error:
                message = explain_sqlite_error(error)
                if message is None:
                    raise
                self.host.prompter.warn(self, self.tr("Not saved"), message)
                return
        else:
            vial_id = None
        self.prepared = PreparationResult(
            preparation=state.preparation, dose_miu=state.dose_miu,
            plan=state.plan if state.preparation is Preparation.VIAL else None,
            vial_id=vial_id, label_dose_miu=state.label_dose_miu,
            sharps_done=state.sharps_done, practice=state.practice)
        self.accept()
