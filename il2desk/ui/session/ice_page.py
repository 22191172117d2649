"""Steps 4 and 6 (rule R9): the ice-pack countdown, before and after the injection.

The ice before comes right before the injection (after the syringe is ready), so the
cold is there when the needle goes in. A countdown left half-way (program closed)
resumes where it was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from il2desk.services.ice_timer import IceTimer
from il2desk.ui.host import ViewHost
from il2desk.ui.session.draft import SessionDraft
from il2desk.ui.session.page import SessionPage
from il2desk.ui.widgets import heading, paragraph


class IcePage(SessionPage):
    def __init__(self, host: ViewHost, draft: SessionDraft, *, after: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(host, draft, parent)
        self.after = after
        self.title = self.tr("Ice after") if after else self.tr("Ice before")
        prefs = host.ctx.settings.current
        minutes = prefs.ice_after_min if after else prefs.ice_before_min
        self.timer = IceTimer(host.ctx.clock, minutes * 60, self)
        self.timer.ticked.connect(self._show_remaining)
        self.timer.finished.connect(self._finished)
        self._last_bookmark_s = 0

        layout = QVBoxLayout(self)
        if after:
            layout.addWidget(heading(self.tr("Ice pack on the site again"), level=2))
            layout.addWidget(paragraph(self.tr(
                "Hold the ice pack on the place you injected. It helps against swelling "
                "and lumps. Wrap it in a cloth so it does not touch the skin directly.")))
        else:
            layout.addWidget(heading(self.tr("Ice pack on the site"), level=2))
            layout.addWidget(paragraph(self.tr(
                "Hold the ice pack on the place you will inject. It helps against swelling "
                "and lumps. Wrap it in a cloth so it does not touch the skin directly.")))
        self.remaining_label = QLabel()
        self.remaining_label.setObjectName("iceRemaining")
        big = QFont(self.remaining_label.font())
        big.setPointSizeF(big.pointSizeF() * 4)
        big.setBold(True)
        self.remaining_label.setFont(big)
        self.remaining_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.remaining_label)
        self.message = QLabel()
        self.message.setObjectName("iceMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        msg_font = QFont(self.message.font())
        msg_font.setPointSizeF(msg_font.pointSizeF() * 1.3)
        msg_font.setBold(True)
        self.message.setFont(msg_font)
        layout.addWidget(self.message)

        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setObjectName("iceStart")
        self.start_button.clicked.connect(self._start_or_pause)
        self.done_button = QPushButton(self.tr("&Done early"))
        self.done_button.setObjectName("iceDoneEarly")
        self.done_button.setAccessibleName(self.tr("Done early"))
        self.done_button.clicked.connect(self.timer.finish_early)
        for button in (self.start_button, self.done_button):
            button.setMinimumHeight(40)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(paragraph(self.tr(
            "No ice pack to hand? You can go on with Next; this is noted.")))
        layout.addStretch(1)
        used = draft.ice_after_used_s if after else draft.ice_before_used_s
        if used > 0:
            self.timer.restore(used)
            self.message.setText(self.tr("Paused. Press Resume to go on.")
                                 if not self.timer.done else
                                 self.tr("Done. You can take the ice pack off."))
        self._show_remaining(int(self.timer.remaining_s() + 0.999))
        self._update_buttons()

    def _keep_used(self) -> None:
        """Note in the draft how far the countdown got (for the resume bookmark)."""
        if self.after:
            self.draft.ice_after_used_s = self.timer.used_s
            self.draft.ice_after_done = self.draft.ice_after_done or self.timer.started
        else:
            self.draft.ice_before_used_s = self.timer.used_s
            self.draft.ice_before_done = self.draft.ice_before_done or self.timer.started

    # -- timer display ------------------------------------------------------------------
    def _show_remaining(self, seconds: int) -> None:
        text = f"{seconds // 60}:{seconds % 60:02d}"
        self.remaining_label.setText(text)
        self.remaining_label.setAccessibleName(
            self.tr("Time left: {minutes} {seconds}").format(
                minutes=self.tr("%n minute(s)", "", seconds // 60),
                seconds=self.tr("%n second(s)", "", seconds % 60)))
        if self.timer.running and abs(seconds - self._last_bookmark_s) >= 15:
            self._last_bookmark_s = seconds  # every 15 s: a crash loses little
            self._keep_used()
            self.bookmark_wanted.emit()

    def _start_or_pause(self) -> None:
        if self.timer.running:
            self.timer.pause()
            self.message.setText(self.tr("Paused."))
        else:
            self.timer.start()
            self.message.setText("")
        self._keep_used()
        self.bookmark_wanted.emit()
        self._update_buttons()

    def _update_buttons(self) -> None:
        if self.timer.done:
            self.start_button.setText(self.tr("&Start"))
            self.start_button.setEnabled(False)
            self.done_button.setEnabled(False)
        elif self.timer.running:
            self.start_button.setText(self.tr("&Pause"))
        elif self.timer.started:
            self.start_button.setText(self.tr("&Resume"))
        else:
            self.start_button.setText(self.tr("&Start"))
        self.start_button.setAccessibleName(self.start_button.text().replace("&", ""))

    def _finished(self, ran_out: bool) -> None:
        if ran_out:
            QApplication.beep()
            self.message.setText(self.tr("Time is up. You can take the ice pack off."))
            window = self.window()
            window.raise_()
            window.activateWindow()
        else:
            self.message.setText(self.tr("Done. You can take the ice pack off."))
        self.message.setAccessibleName(self.message.text())
        self._keep_used()
        self.bookmark_wanted.emit()
        self._update_buttons()

    # -- page ---------------------------------------------------------------------------
    def leave(self) -> None:
        if self.timer.running:
            self.timer.pause()
            self.message.setText(self.tr("Paused."))
            self._update_buttons()
        self._keep_used()

    def commit(self) -> bool:
        self._keep_used()
        return True
