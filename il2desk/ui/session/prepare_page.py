"""Step 3: prepare the syringe — wash hands, the dose and, for a vial, the volume and
the mark, with the syringe preparation wizard one click away for the guided,
step-by-step version. It ends when the syringe is ready: the used syringe goes into
the sharps container after the injection (step 7), not here."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from il2desk.domain.course import Preparation
from il2desk.domain.dose import format_percent
from il2desk.domain.draw_plan import plan_draw
from il2desk.ui.doses import (  # in the user's language (the domain's say it in English)
    format_concentration,
    format_dose_miu,
    format_mark,
    format_volume_ml,
    locale_decimal_mark,
)
from il2desk.ui.host import ViewHost
from il2desk.ui.i18n import translate_message
from il2desk.ui.session.draft import SessionDraft
from il2desk.ui.session.page import SessionPage
from il2desk.ui.widgets import heading, paragraph


class PreparePage(SessionPage):
    def __init__(self, host: ViewHost, draft: SessionDraft,
                 parent: QWidget | None = None) -> None:
        super().__init__(host, draft, parent)
        self.title = self.tr("Prepare the syringe")
        layout = QVBoxLayout(self)
        plan = draft.course.plan
        layout.addWidget(heading(self.tr("Prepare the syringe"), level=2))
        layout.addWidget(paragraph(self.tr(
            "First wash your hands, and clean the skin at the site with an alcohol swab.")))
        self.dose_label = QLabel(self.tr("Your dose: {0}").format(format_dose_miu(plan.dose_miu)))
        self.dose_label.setObjectName("doseLabel")
        font = self.dose_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.dose_label.setFont(font)
        self.dose_label.setAccessibleName(self.dose_label.text())
        layout.addWidget(self.dose_label)
        self.draw_label = paragraph(self._draw_text())
        self.draw_label.setObjectName("drawLabel")
        layout.addWidget(self.draw_label)
        layout.addWidget(paragraph(self.tr(
            "When the syringe is ready, press Next: the ice pack goes on the site just "
            "before the injection.")))
        self.guide_button = QPushButton(self.tr("&Guide me through preparing it…"))
        self.guide_button.setAccessibleName(self.tr("Guide me through preparing the syringe"))
        self.guide_button.setAccessibleDescription(self.tr(
            "Opens the step-by-step syringe preparation, with pictures"))
        self.guide_button.clicked.connect(self.open_guide)
        layout.addWidget(self.guide_button)
        self.prepared_label = paragraph("")
        self.prepared_label.setObjectName("preparedLabel")
        layout.addWidget(self.prepared_label)
        self.guide: QWidget | None = None
        layout.addStretch(1)

    def open_guide(self) -> None:
        """The syringe preparation wizard (issue 5), for this injection's dose."""
        from il2desk.ui.syringe_wizard import SyringePreparationWizard

        plan = self.draft.course.plan
        # No injection id: the session books the dose itself (it may belong to another
        # planned injection than the one it was opened from).
        wizard = SyringePreparationWizard(
            self.host, dose_miu=plan.dose_miu, preparation=plan.preparation,
            syringe_kind=plan.syringe_kind,
            concentration_miu_per_ml=plan.concentration_miu_per_ml, parent=self,
            in_session=True)
        wizard.finished.connect(lambda _code: self._guide_done(wizard))
        self.guide = wizard
        wizard.open()

    def _guide_done(self, wizard) -> None:
        result = wizard.prepared
        if result is None:
            return
        if result.plan is not None:
            text = self.tr("✓ Syringe prepared: {0}, {1}.").format(
                format_volume_ml(result.plan.rounded_volume_ml), format_mark(result.plan))
        else:
            text = self.tr("✓ Pre-filled syringe checked.")
        self.prepared_label.setText(text)

    def _draw_text(self) -> str:
        plan = self.draft.course.plan
        if plan.preparation is Preparation.PREFILLED:
            return self.tr("Use one pre-filled syringe. Check that its label shows {0}.").format(
                format_dose_miu(plan.dose_miu))
        if plan.concentration_miu_per_ml is None or plan.syringe_kind is None:
            return self.tr("Your course does not say the strength of the mixed vial or the "
                           "syringe you use, so the volume cannot be worked out here. Follow "
                           "the instructions from your pharmacist.")
        draw = plan_draw(plan.dose_miu, plan.concentration_miu_per_ml, plan.syringe_kind)
        if not draw.acceptable:
            return "⚠ " + (translate_message(draw.problem) if draw.problem else "")
        text = self.tr("From the vial mixed to {0}, draw {1} — {2} on your {3}.").format(
            format_concentration(draw.concentration_miu_per_ml),
            format_volume_ml(draw.rounded_volume_ml), format_mark(draw),
            translate_message(draw.syringe.label))
        if draw.error_percent != 0:
            text += " " + self.tr("That gives {0} ({1} from your dose).").format(
                format_dose_miu(draw.delivered_dose_miu),
                format_percent(draw.error_percent, decimal_mark=locale_decimal_mark()))
        return text
