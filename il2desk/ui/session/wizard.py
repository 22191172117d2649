"""The injection session: seven calm steps in the order hands do them.

Pre-treatment, site, prepare the syringe, ice pack before (so the cold is there when
the needle goes in), inject, ice pack after, sharps. The dose is written the moment
the patient confirms "I have given the injection" (rule S1); the steps after it
complete that record at Finish. Cancelling (button, Escape, closing the window)
before that point leaves the planned injection exactly as it was; after it, the dose
stays recorded and the session says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from il2desk.domain.course import Injection
from il2desk.domain.regimen import Slot
from il2desk.services.course_service import InjectionNotPending, SessionProgress
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
from il2desk.ui.wizard_base import Wizard, WizardPage


class SessionWizard(Wizard):
    focus_first_control = False  # Enter goes on with Next, as the session always did
    def __init__(self, host: ViewHost, injection: Injection,
                 resume: SessionProgress | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        course = host.ctx.courses.get(injection.course_id)
        assert course is not None
        self.draft = SessionDraft.resumed(course, injection, resume)
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

        which = (self.tr("Morning injection, day {0}") if injection.slot is Slot.MORNING
                 else self.tr("Evening injection, day {0}")).format(injection.day)
        self.heading = heading(which)
        self.top.insertWidget(0, self.heading, 1)
        planned = QLabel(self.tr("Planned for {0}").format(
            format_local(injection.planned_utc, injection.zone_name)))
        self.column.insertWidget(1, planned)

        d = self.draft
        self.inject_page = InjectPage(host, d)
        self.session_pages: list[SessionPage] = [
            PretreatmentPage(host, d), SitePage(host, d), PreparePage(host, d),
            IcePage(host, d, after=False), self.inject_page, IcePage(host, d, after=True),
            SharpsPage(host, d),
        ]
        for page in self.session_pages:
            self.add_page(page)
            page.bookmark_wanted.connect(self._bookmark)

        self.cancel_button.setAccessibleName(self.tr("Cancel the session"))
        self.missed_button = QPushButton(self.tr("Mar&k as missed…"))
        self.missed_button.setAccessibleName(self.tr("Mark this injection as missed"))
        self.missed_button.setAccessibleDescription(self.tr(
            "For an injection you will not take: it is kept in your record as missed, "
            "with your reason"))
        self.missed_button.clicked.connect(self.mark_missed)
        self.buttons.insertWidget(1, self.missed_button)
        start = resume.step if resume and resume.injection_id == injection.id else 0
        start = min(max(start, 0), len(self.pages) - 1)
        self.start(start, behind=list(range(start)))

    # -- moving between steps -----------------------------------------------------------
    @property
    def page(self) -> SessionPage:
        return self.session_pages[self.index]

    @property
    def given(self) -> bool:
        """The dose is in the record (it cannot be taken back from the session)."""
        return self.draft.given is not None

    def step_text(self, index: int) -> str:
        return self.tr("Step {0} of {1}: {2}").format(
            index + 1, len(self.pages), self.pages[index].title)

    def may_go_back(self, index: int) -> bool:
        inject_index = self.pages.index(self.inject_page)
        # Once given, the steps up to the injection are done with.
        return index > 0 and not (self.given and index <= inject_index + 1)

    def shown(self, index: int) -> None:
        self.missed_button.setVisible(not self.given)

    def refused(self, page: WizardPage) -> None:
        if self.draft.already_recorded:
            # Recorded meanwhile (another window, an older session): never twice.
            self.host.prompter.warn(self, self.tr("Already recorded"), self.tr(
                "This injection was already recorded, so nothing more was written."))
            self._stopping = True
            self.reject()

    def moved_on(self) -> None:
        self._bookmark()

    def _bookmark(self) -> None:
        """Remember the step, so closing the program half-way resumes here."""
        if self.given or self.recorded or self._stopping:
            return  # the dose is in the record; a resume offer would only confuse
        self.service.save_progress(self.draft.progress(self.index))

    @property
    def service(self):
        return self.host.ctx.course_service

    # -- finishing ----------------------------------------------------------------------
    def finish(self) -> None:
        """Finish: the steps after the injection complete the record already written."""
        self._complete_given()
        self.service.clear_progress()
        self.accept()

    def _complete_given(self) -> None:
        d = self.draft
        assert d.given is not None
        self.service.complete_given(d.given.injection_id, ice_after_done=d.ice_after_done,
                                    sharps_done=d.sharps_done)
        self.recorded = True

    def mark_missed(self) -> None:
        """Issue 6: a skipped injection is recorded as missed, with the reason."""
        reason = self.host.prompter.ask_text(
            self, self.tr("Mark as missed"),
            self.tr("Why will you not take this injection? (for example: felt too unwell, "
                    "no syringe at home) Your doctor may want to know."))
        if reason is None:
            return  # changed their mind: the session goes on
        try:
            self.service.mark_missed(self.draft.injection.id, reason)
        except InjectionNotPending:
            self.host.prompter.warn(self, self.tr("Already recorded"), self.tr(
                "This injection was already recorded, so nothing more was written."))
        self.recorded = True
        self.service.clear_progress()
        self.leave_pages()
        super().reject()

    def _may_stop(self) -> bool:
        if self.recorded or self._stopping:
            return True
        if self.given:
            d = self.draft
            assert d.given is not None
            self._stopping = self.host.prompter.confirm(
                self, self.tr("Stop the session?"),
                self.tr("Your injection given on {0} is saved in your record. If you stop "
                        "now, the steps after it that you have not done yet (ice pack, "
                        "sharps container) are noted as not done. Stop the session?").format(
                            format_local(d.given.given_utc, d.injection.zone_name)),
                yes=self.tr("Stop"), no=self.tr("Go on with the session"))
            return self._stopping
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
        self._leave_keeping_the_given_dose()
        if not self.recorded or self.given:
            self.service.clear_progress()
        super().reject()

    def close_for_quit(self) -> None:
        """il2desk is quitting (File ▸ Quit, logging out, SIGTERM): no question that
        would keep it from ending. A given dose is completed as it stands; otherwise
        the progress stays, so the next start offers to go on."""
        self._leave_keeping_the_given_dose()
        if self.given:
            self.service.clear_progress()
        self._stopping = True  # closing now asks nothing
        super().reject()

    def _leave_keeping_the_given_dose(self) -> None:
        """Pause the pages; a given dose keeps what was ticked after it (ice, sharps)."""
        self.leave_pages()
        if self.given and not self.recorded:
            self._complete_given()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_stop():
            event.ignore()
            return
        self.reject()
        event.accept()
