"""The syringe preparation wizard (rule R11): pre-filled or vial, ending with sharps.

Embeddable by the injection session:

    wizard = SyringePreparationWizard(host, dose_miu=Decimal("4.5"),
                                      preparation=Preparation.VIAL,
                                      syringe_kind=SyringeKind.U100_05,
                                      concentration_miu_per_ml=Decimal(18),
                                      injection_id=injection.id, parent=window)
    wizard.finished.connect(...)  # or exec()
    wizard.result()               # PreparationResult once accepted, else None

Nothing is stored until Finish: then one transaction records the new vial (if one was
mixed), one dose drawn from it, the syringe and stopper swab used, the syringe in the
sharps container, and the vial on the injection. A practice run stores nothing.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

from PySide6.QtWidgets import QWidget, QWizard

from il2desk.domain.course import Preparation
from il2desk.domain.dose import SyringeKind
from il2desk.services.context import AppContext
from il2desk.services.record_files import explain_sqlite_error
from il2desk.services.supplies_service import NewVial
from il2desk.ui.doses import locale_decimal_mark
from il2desk.ui.emergency import install_emergency_shortcut, make_emergency_button
from il2desk.ui.emergency_panel import EmergencyPanel
from il2desk.ui.host import ViewHost
from il2desk.ui.prompter import Prompter, QtPrompter
from il2desk.ui.syringe_wizard.draw_page import DrawPage
from il2desk.ui.syringe_wizard.prefilled_page import PrefilledPage
from il2desk.ui.syringe_wizard.sharps_page import SharpsPage
from il2desk.ui.syringe_wizard.state import PageId, PreparationResult, PreparationState
from il2desk.ui.syringe_wizard.step_page import DrawUpPage, StepPage
from il2desk.ui.syringe_wizard.strength_page import StrengthPage
from il2desk.ui.syringe_wizard.vial_choice_page import VialChoicePage
from il2desk.ui.widgets import name_wizard_buttons


class SyringePreparationWizard(QWizard):
    def __init__(
        self,
        host_or_ctx: ViewHost | AppContext,
        *,
        dose_miu: Decimal,
        preparation: Preparation | str,
        syringe_kind: SyringeKind | None = None,
        concentration_miu_per_ml: Decimal | None = None,
        injection_id: int | None = None,
        parent: QWidget | None = None,
        practice: bool = False,
        prompter: Prompter | None = None,
        in_session: bool = False,
    ) -> None:
        super().__init__(parent)
        # Inside the injection session the preparation ends when the syringe is ready:
        # the sharps step comes after the injection, in the session (issue 20).
        self._in_session = in_session
        # rule D1: a float dose is a programming error, caught before any page shows.
        if isinstance(dose_miu, bool) or not isinstance(dose_miu, Decimal) or dose_miu <= 0:
            raise ValueError("dose_miu must be a positive Decimal")
        if isinstance(host_or_ctx, ViewHost):
            self._ctx = host_or_ctx.ctx
            self._prompter = prompter or host_or_ctx.prompter
            self._open_emergency = host_or_ctx.show_emergency
        else:
            self._ctx = host_or_ctx
            self._prompter = prompter or QtPrompter()
            self._open_emergency = self._show_own_emergency
        self._panel: EmergencyPanel | None = None
        self._injection_id = injection_id
        self._result: PreparationResult | None = None
        self.state = PreparationState(
            dose_miu=dose_miu, preparation=Preparation(preparation),
            decimal_mark=locale_decimal_mark(), practice=practice,
            syringe_kind=SyringeKind(syringe_kind) if syringe_kind else None,
            planned_concentration_miu_per_ml=concentration_miu_per_ml)

        title = self.tr("Prepare your syringe")
        if practice:
            title = self.tr("Prepare your syringe (practice run: nothing is saved)")
        self.setWindowTitle(title)
        self.setObjectName("syringeWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(860, 640)
        self._build_pages()
        self.setStartId(PageId.WASH)

        self.emergency_button = make_emergency_button(self._open_emergency)
        self.setButton(QWizard.WizardButton.CustomButton1, self.emergency_button)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonLayout([
            QWizard.WizardButton.CustomButton1, QWizard.WizardButton.Stretch,
            QWizard.WizardButton.CancelButton, QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
        ])
        install_emergency_shortcut(self, self._open_emergency)
        name_wizard_buttons(self)  # issue 12: screen readers say each button's job

    # -- pages --------------------------------------------------------------------------
    def _build_pages(self) -> None:
        state, supplies = self.state, self._ctx.supplies
        self.setPage(PageId.WASH, StepPage(
            self.tr("Wash your hands"),
            self.tr("Wash your hands well with soap and warm water for at least 20 "
                    "seconds, and dry them on a clean towel. Clear and wipe a table to "
                    "work on."),
            "prep-wash-hands", self.tr("Hands being washed under a tap")))
        self.setPage(PageId.PREFILLED, PrefilledPage(state))
        self.setPage(PageId.VIAL_CHOICE, VialChoicePage(state, supplies, self._ctx.clock.now_utc))
        self.setPage(PageId.WIPE, StepPage(
            self.tr("Wipe the rubber stopper"),
            self.tr("Take the cap off the vial if it still has one. Wipe the rubber "
                    "stopper with a new alcohol swab and let it dry. Do not touch it "
                    "afterwards."),
            "prep-wipe-stopper", self.tr("An alcohol swab wiping the top of a vial")))
        self.setPage(PageId.DILUENT, StepPage(
            self.tr("Add the diluent slowly"),
            self.tr("Draw up the amount of diluent your pharmacist told you. Push the "
                    "needle through the stopper and let the liquid run slowly down the "
                    "inside wall of the vial, not straight onto the powder."),
            "prep-add-diluent",
            self.tr("A syringe adding liquid down the inside wall of a tilted vial")))
        self.setPage(PageId.SWIRL, StepPage(
            self.tr("Swirl, do not shake"),
            self.tr("Swirl the vial gently until the powder has dissolved. Do not shake "
                    "it: shaking makes foam and can spoil the medicine."),
            "prep-swirl", self.tr("A vial being swirled in circles; shaking is crossed out")))
        self.setPage(PageId.CLEAR, StepPage(
            self.tr("Check that it is clear"),
            self.tr("Hold the vial up to the light. The liquid should be clear to "
                    "slightly yellow, with no bits floating in it. If it is cloudy or has "
                    "bits in it, do not use it: call your pharmacist."),
            "prep-check-clear", self.tr("A clear vial held up to a light"),
            confirm_text=self.tr("The liquid is c&lear, with nothing floating in it")))
        self.setPage(PageId.STRENGTH, StrengthPage(state, self._make_vial))
        self.setPage(PageId.DRAW, DrawPage(state, self._ctx.clock.now_utc))
        self.setPage(PageId.DRAW_UP, DrawUpPage(state))
        self.setPage(PageId.BUBBLES, StepPage(
            self.tr("Remove air bubbles"),
            self.tr("With the needle still in the vial, tap the syringe so bubbles rise to "
                    "the top, push them back into the vial, and draw again to your mark. "
                    "Check the mark once more before taking the needle out."),
            "prep-remove-bubbles",
            self.tr("A finger tapping a syringe so air bubbles rise to the needle end"),
            confirm_text=self.tr("No bubbles, and the syringe is &filled to the mark")))
        self.setPage(PageId.SHARPS, SharpsPage(state, supplies))

    def nextId(self) -> int:
        current = self.currentId()
        if self._in_session and current in (PageId.PREFILLED, PageId.BUBBLES):
            return -1  # the syringe is ready: back to the session
        if self.state.preparation is Preparation.PREFILLED:
            order = {PageId.WASH: PageId.PREFILLED, PageId.PREFILLED: PageId.SHARPS}
            return int(order.get(current, -1))
        if current == PageId.CLEAR:
            return int(PageId.STRENGTH if self.state.mixing_new_vial else PageId.DRAW)
        if current == PageId.WIPE and not self.state.mixing_new_vial:
            return int(PageId.CLEAR)
        order = {
            PageId.WASH: PageId.VIAL_CHOICE, PageId.VIAL_CHOICE: PageId.WIPE,
            PageId.WIPE: PageId.DILUENT, PageId.DILUENT: PageId.SWIRL,
            PageId.SWIRL: PageId.CLEAR, PageId.STRENGTH: PageId.DRAW,
            PageId.DRAW: PageId.DRAW_UP, PageId.DRAW_UP: PageId.BUBBLES,
            PageId.BUBBLES: PageId.SHARPS,
        }
        return int(order.get(current, -1))

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
    def accept(self) -> None:
        state = self.state
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
                self._prompter.warn(self, self.tr("Not saved"), message)
                return
        else:
            vial_id = None
        self._result = PreparationResult(
            preparation=state.preparation, dose_miu=state.dose_miu,
            plan=state.plan if state.preparation is Preparation.VIAL else None,
            vial_id=vial_id, label_dose_miu=state.label_dose_miu,
            sharps_done=state.sharps_done, practice=state.practice)
        super().accept()

    def result(self) -> PreparationResult | None:  # type: ignore[override]
        """What was prepared, once the wizard was finished; None if cancelled.

        This replaces QDialog.result() (the accepted/rejected code): use the value
        `exec()` returns or the `finished(int)` signal for that code.
        """
        return self._result

    result_value = result

    # -- emergency (rule R13) -----------------------------------------------------------
    def _show_own_emergency(self) -> None:
        if self._panel is None:
            self._panel = EmergencyPanel(self._ctx.settings, parent=self)
        self._panel.present()

    @property
    def emergency_panel(self) -> EmergencyPanel | None:
        return self._panel
