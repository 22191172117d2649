"""Rules R13, R21 (issue 20): after a sign that means "call your doctor now", Today
leads with "Did you reach your doctor?" until the patient answers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from il2desk.domain.diary import DiaryEntry, symptom_by_code
from il2desk.domain.emergency_followup import DoctorAnswer
from il2desk.ui.colours import BANNER, EMERGENCY
from il2desk.ui.i18n import translate_message
from il2desk.ui.session.page import format_local


def sign_words(entry: DiaryEntry) -> str:
    """ "“Short of breath” on Tuesday 24 November, 10:12" """
    return QCoreApplication.translate("FollowUpBox", "“{0}” on {1}").format(
        translate_message(symptom_by_code(entry.symptom).label),
        format_local(entry.occurred_utc, entry.zone_name))


class FollowUpBox(QFrame):
    """Three answers: go on, stop the course (rule R17), not yet (the number again)."""

    def __init__(self, on_answer: Callable[[DoctorAnswer], None],
                 on_not_yet: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The banner's colours with the emergency red around: a sign to call the doctor.
        ink, background = BANNER
        self.setStyleSheet(f"#followUpBox {{ background: {background}; border: 3px solid "
                           f"{EMERGENCY[1]}; border-radius: 6px; }} "
                           f"#followUpBox QLabel {{ color: {ink}; }}")
        column = QVBoxLayout(self)
        self.question = QLabel()
        self.question.setObjectName("followUpQuestion")
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.question.setFont(font)
        column.addWidget(self.question)
        row = QHBoxLayout()
        self.go_on_button = QPushButton(self.tr("Yes, the doctor says go &on"))
        self.stop_button = QPushButton(self.tr("Yes, the doctor says s&top the course"))
        self.not_yet_button = QPushButton(self.tr("&Not yet"))
        self.not_yet_button.setAccessibleDescription(self.tr(
            "Shows the doctor's emergency number again"))
        for button in (self.go_on_button, self.stop_button, self.not_yet_button):
            button.setMinimumHeight(40)
            button.setAccessibleName(button.text().replace("&", ""))
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.go_on_button.clicked.connect(lambda: on_answer(DoctorAnswer.GO_ON))
        self.stop_button.clicked.connect(lambda: on_answer(DoctorAnswer.STOP))
        self.not_yet_button.clicked.connect(on_not_yet)

    def show_sign(self, entry: DiaryEntry) -> None:
        if entry.is_emergency:
            question = self.tr("You noted {0}. Did you reach your doctor?")
        else:  # rule R19: an infection holds the injections until the doctor says so
            question = self.tr("You noted {0}. With an infection, the injections wait for "
                               "your doctor. Did you reach your doctor?")
        self.question.setText(question.format(sign_words(entry)))
        self.question.setAccessibleName(self.question.text())
        self.setAccessibleName(self.question.text())
