"""The injection session: seven calm steps, one record written at the end.

Nothing is stored until Finish: cancelling (button, Escape, closing the window) after a
confirmation leaves the planned injection exactly as it was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.course import Injection
from il2desk.domain.regimen import Slot
from il2desk.storage.injection_log_repo import InjectionNotPending, SessionRecord
from il2desk.storage.session_progress_repo import SessionProgress
from il2desk.ui.emergency import install_emergency_shortcut, make_emergency_button
from il2desk.ui.host import ViewHost
from il2desk.ui.session.draft import SessionDraft
from il2desk.ui.session.ice_page import IcePage
from il2desk.ui.session.inject_page import InjectPage
from il2desk.ui.session.page import SessionPage, format_local
from il2desk.ui.session.prepare_page import PreparePage
from il2desk.ui.session.pretreatment_page import PretreatmentPage
from il2desk.ui.session.sharps_page import SharpsPage
from il2desk.ui.session.site_page import SitePage
from il2desk.ui.widgets import heading


class SessionWizard(QDialog):
    def __init__(self, host: ViewHost, injection: Injection,
                 resume: SessionProgress | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        course = host.ctx.courses.get(injection.course_id)
        assert course is not None
        self.draft = SessionDraft(course=course, injection=injection)
        if resume is not None and resume.injection_id == injection.id:
            self.draft.site_code = resume.site_code
            self.draft.pretreatment_utc = resume.pretreatment_utc
            self.draft.pretreatment_skipped = resume.pretreatment_skipped
            self.draft.ice_before_done = resume.ice_before_done
            self.draft.ice_after_done = resume.ice_after_done
        self.setObjectName("sessionWizard")
        self.setWindowTitle(self.tr("Injection session"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(900, 640)
        # Larger text throughout: the patient may be tired or feverish.
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.recorded = False
        self._stopping = False

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        which = (self.tr("Morning injection, day {0}") if injection.slot is Slot.MORNING
                 else self.tr("Evening injection, day {0}")).format(injection.day)
        self.heading = heading(which)
        top.addWidget(self.heading, 1)
        self.emergency_button = make_emergency_button(host.show_emergency)
        top.addWidget(self.emergency_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        planned = QLabel(self.tr("Planned for {0}").format(
            format_local(injection.planned_utc, injection.zone_name)))
        layout.addWidget(planned)
        self.step_label = QLabel()
        self.step_label.setObjectName("stepLabel")
        font = self.step_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.step_label.setFont(font)
        layout.addWidget(self.step_label)

        self.stack = QStackedWidget()
        d = self.draft
        self.pages: list[SessionPage] = [
            PretreatmentPage(host, d), SitePage(host, d), IcePage(host, d, after=False),
            PreparePage(host, d), InjectPage(host, d), IcePage(host, d, after=True),
            SharpsPage(host, d),
        ]
        for page in self.pages:
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)

        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the session"))
        self.cancel_button.clicked.connect(self.reject)
        self.missed_button = QPushButton(self.tr("Mar&k as missed…"))
        self.missed_button.setAccessibleName(self.tr("Mark this injection as missed"))
        self.missed_button.setAccessibleDescription(self.tr(
            "For an injection you will not take: it is kept in your record as missed, "
            "with your reason"))
        self.missed_button.clicked.connect(self.mark_missed)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.next)
        for button in (self.cancel_button, self.back_button, self.next_button):
            button.setMinimumHeight(40)
            button.setMinimumWidth(120)
            button.setAutoDefault(False)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.missed_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        install_emergency_shortcut(self, host.show_emergency)
        start = resume.step if resume and resume.injection_id == injection.id else 0
        self._show(min(max(start, 0), len(self.pages) - 1))

    # -- moving between steps -----------------------------------------------------------
    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    @property
    def page(self) -> SessionPage:
        return self.pages[self.index]

    def _show(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        page = self.pages[index]
        self.step_label.setText(self.tr("Step {0} of {1}: {2}").format(
            index + 1, len(self.pages), page.title))
        self.step_label.setAccessibleName(self.step_label.text())
        self.back_button.setEnabled(index > 0)
        last = index == len(self.pages) - 1
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        self.next_button.setDefault(True)
        page.enter()

    def next(self) -> None:
        page = self.page
        if not page.commit():
            return
        page.leave()
        if self.index == len(self.pages) - 1:
            self._record()
            return
        self._show(self.index + 1)
        self._bookmark()

    def _bookmark(self) -> None:
        """Remember the step, so closing the program half-way resumes here."""
        d = self.draft
        self.host.ctx.session_progress.save(SessionProgress(
            injection_id=d.injection.id, step=self.index, site_code=d.site_code,
            pretreatment_utc=d.pretreatment_utc, pretreatment_skipped=d.pretreatment_skipped,
            ice_before_done=d.ice_before_done, ice_after_done=d.ice_after_done))

    def back(self) -> None:
        if self.index == 0:
            return
        self.page.leave()
        self._show(self.index - 1)

    # -- finishing ----------------------------------------------------------------------
    def _record(self) -> None:
        d = self.draft
        assert d.booking is not None and d.site_code is not None
        record = SessionRecord(
            injection_id=d.booking.injection_id, given_utc=d.booking.given_utc,
            late=d.booking.late, site_code=d.site_code,
            pretreatment_utc=d.pretreatment_utc,
            pretreatment_skipped=d.pretreatment_skipped,
            ice_before_done=d.ice_before_done, ice_after_done=d.ice_after_done,
            sharps_done=d.sharps_done,
        )
        try:
            self.host.ctx.injection_log.record_session(record)
        except InjectionNotPending:
            # Recorded meanwhile (another window, an older session): never record twice.
            self.host.prompter.warn(self, self.tr("Already recorded"), self.tr(
                "This dose was already recorded, so nothing more was written."))
            self._stopping = True
            self.reject()
            return
        self.recorded = True
        self.host.ctx.session_progress.clear()
        self.accept()

    def mark_missed(self) -> None:
        """Issue 6: a skipped injection is recorded as missed, with the reason."""
        reason = self.host.prompter.ask_text(
            self, self.tr("Mark as missed"),
            self.tr("Why will you not take this injection? (for example: felt too unwell, "
                    "no syringe at home) Your doctor may want to know."))
        if reason is None:
            return  # changed their mind: the session goes on
        try:
            self.host.ctx.injection_log.mark_missed(self.draft.injection.id, reason)
        except InjectionNotPending:
            self.host.prompter.warn(self, self.tr("Already recorded"), self.tr(
                "This injection was already recorded, so nothing more was written."))
        self.recorded = True
        self.host.ctx.session_progress.clear()
        for page in self.pages:
            page.leave()
        super().reject()

    def _may_stop(self) -> bool:
        if self.recorded or self._stopping:
            return True
        self._stopping = self.host.prompter.confirm(
            self, self.tr("Stop the session?"),
            self.tr("Nothing about this injection has been recorded yet; it stays "
                    "planned. Stop the session?"),
            yes=self.tr("Stop"), no=self.tr("Go on with the session"))
        return self._stopping

    def reject(self) -> None:
        """Cancel, Escape or closing: ask, then leave without writing anything."""
        if not self._may_stop():
            return
        for page in self.pages:
            page.leave()
        if not self.recorded:
            self.host.ctx.session_progress.clear()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_stop():
            event.ignore()
            return
        self.reject()
        event.accept()
