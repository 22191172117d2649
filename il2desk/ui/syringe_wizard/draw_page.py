"""Drawing the dose (rules D3, D4): the syringe in hand, the mark to fill to, shown large.

Every number on this page and the picture come from one DrawPlan. A plan over 5 %
rounding error, or more than the syringe holds, is refused with the finer syringe named.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from il2desk.domain.dose import SyringeKind, format_percent
from il2desk.domain.draw_plan import HALF_MARK_NOTE, DrawPlan, plan_draw
from il2desk.ui.doses import format_concentration, format_dose_miu, format_mark, format_volume_ml
from il2desk.ui.i18n import translate_message
from il2desk.ui.syringe_picture import SyringePicture
from il2desk.ui.syringe_wizard.state import PreparationState
from il2desk.ui.widgets import FieldError, paragraph
from il2desk.ui.wizard_base import WizardPage

SYRINGE_ORDER: tuple[SyringeKind, ...] = (
    SyringeKind.U100_03, SyringeKind.U100_05, SyringeKind.U100_1, SyringeKind.TUBERCULIN_1)


def _big_label(name: str, scale: float) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class DrawPage(WizardPage):
    def __init__(self, state: PreparationState,
                 now_utc: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__()
        self._state = state
        self._now_utc = now_utc
        self.plan: DrawPlan | None = None
        self._vial_expired = False
        self.title = self.tr("How much to draw up")
        layout = QVBoxLayout(self)
        self.context_label = paragraph("")
        layout.addWidget(self.context_label)
        form = QFormLayout()
        self.syringe_combo = QComboBox()
        for kind in SYRINGE_ORDER:
            self.syringe_combo.addItem(translate_message(kind.label), kind.value)
        self.syringe_combo.setAccessibleName(self.tr("The syringe in your hand"))
        caption = QLabel(self.tr("The syringe in your &hand:"))
        caption.setBuddy(self.syringe_combo)
        form.addRow(caption, self.syringe_combo)
        layout.addLayout(form)

        self.volume_label = _big_label("drawVolume", 2.0)
        self.mark_label = _big_label("drawMark", 2.0)
        self.delivered_label = _big_label("drawDelivered", 1.3)
        layout.addWidget(self.volume_label)
        # A refusal is read first, right under "Do not draw with this syringe."
        self.problem = FieldError()
        self.problem.setObjectName("drawProblem")
        layout.addWidget(self.problem)
        self.suggest_button = QPushButton()
        self.suggest_button.clicked.connect(self._use_suggestion)
        self.suggest_button.hide()
        layout.addWidget(self.suggest_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.mark_label)
        layout.addWidget(self.delivered_label)
        self.picture = SyringePicture()
        self.picture.setObjectName("syringePicture")
        layout.addWidget(self.picture)
        layout.addStretch(1)
        self.syringe_combo.currentIndexChanged.connect(lambda _i: self._replan())

    def enter(self) -> None:
        if self._state.syringe_kind is not None:
            self.choose_syringe(self._state.syringe_kind)
        concentration = self._state.concentration_miu_per_ml
        if concentration is not None:
            self.context_label.setText(self.tr(
                "Your dose: {0}. Strength of the mixed vial: {1}.").format(
                format_dose_miu(self._state.dose_miu),
                format_concentration(concentration)))
        self._replan()
        self.syringe_combo.setFocus()

    def choose_syringe(self, kind: SyringeKind) -> None:
        self.syringe_combo.setCurrentIndex(SYRINGE_ORDER.index(SyringeKind(kind)))

    def current_syringe(self) -> SyringeKind:
        return SyringeKind(self.syringe_combo.currentData())

    def _replan(self) -> None:
        concentration = self._state.concentration_miu_per_ml
        if concentration is None:
            return
        kind = self.current_syringe()
        self._state.syringe_kind = kind
        plan = plan_draw(self._state.dose_miu, concentration, kind)
        vial = self._state.continue_vial
        self._vial_expired = False
        if (vial is not None and self._now_utc is not None
                and vial.is_expired(self._now_utc())):
            # rule D5: the vial ran out of time while the earlier steps were open.
            plan = dataclasses.replace(plan, acceptable=False, suggested_syringe=None,
                                       problem=self.tr(
                "This vial has just passed the time on its label. Do not draw from it: "
                "go back and mix a new vial."))
            self._vial_expired = True
        self.plan = plan
        self._state.plan = plan if plan.acceptable else None
        self.picture.set_plan(plan)
        mark = self._state.decimal_mark
        if plan.acceptable:
            self.volume_label.setText(self.tr("Draw up {0}").format(
                format_volume_ml(plan.rounded_volume_ml)))
            self.mark_label.setText(self.tr("Fill to {0}").format(
                format_mark(plan)))
            self.delivered_label.setText(self.tr(
                "That mark gives {0} (difference from your dose of {1}: {2}).").format(
                format_dose_miu(plan.delivered_dose_miu),
                format_dose_miu(plan.dose_miu),
                format_percent(plan.error_percent, decimal_mark=mark))
                + (" " + translate_message(HALF_MARK_NOTE) if plan.rounded_down_at_half
                   else ""))  # rule D3, issue 19
            self.problem.clear_error()
            self.suggest_button.hide()
        else:
            self.volume_label.setText(self.tr("Do not draw from this vial.") if self._vial_expired
                                      else self.tr("Do not draw with this syringe."))
            self.mark_label.clear()
            self.delivered_label.clear()
            self.problem.show_error(plan.problem or "")
            if plan.suggested_syringe is not None:
                text = self.tr("Use the {0} instead").format(
                    translate_message(plan.suggested_syringe.label))
                self.suggest_button.setText(text)
                self.suggest_button.setAccessibleName(text)
                self.suggest_button.show()
            else:
                self.suggest_button.hide()
        for label in (self.volume_label, self.mark_label, self.delivered_label):
            label.setAccessibleName(label.text())
        self.complete_changed.emit()

    def _use_suggestion(self) -> None:
        if self.plan is not None and self.plan.suggested_syringe is not None:
            self.choose_syringe(self.plan.suggested_syringe)

    def is_complete(self) -> bool:
        return self.plan is not None and self.plan.acceptable
