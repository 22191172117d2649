"""The in-app reminder banner, above the views: always shown, whatever the desktop has.

One row per reminder the user has not answered yet, with its actions: start the
session (injection reminders), snooze 5/10/15 minutes, or dismiss. A late reminder
(rule T2) says so, with the time it was due. Injections past their window with nothing
recorded are gathered in one question row instead (rule T2, issue 20): their
reminders are not shown one by one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.reminders import SNOOZE_CHOICES_MIN, ReminderKind, StoredReminder
from il2desk.services.context import AppContext
from il2desk.ui.reminder_texts import describe
from il2desk.ui.widgets import follow_app_font

MAX_ROWS = 3

SESSION_KINDS = (ReminderKind.INJECTION, ReminderKind.ICE_BEFORE, ReminderKind.PRETREATMENT)


class ReminderRow(QFrame):
    def __init__(self, ctx: AppContext, reminder: StoredReminder,
                 start_session: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reminder = reminder
        self._ctx = ctx
        self._start_session = start_session
        self.setObjectName("reminderRow")
        text = describe(ctx, reminder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        self.title_label = QLabel(text.title)
        follow_app_font(self.title_label, 1.25, bold=True)  # grows with the text size
        self.body_label = QLabel(text.body)
        self.body_label.setWordWrap(True)
        outer.addWidget(self.title_label)
        outer.addWidget(self.body_label)
        self.late_label = QLabel(f"⚠ {text.late_note}")
        self.late_label.setObjectName("lateNote")
        follow_app_font(self.late_label, 1.0, bold=True)  # a style-sheet font would not grow
        self.late_label.setWordWrap(True)
        self.late_label.setVisible(bool(text.late_note))
        outer.addWidget(self.late_label)

        buttons = QHBoxLayout()
        self.session_button: QPushButton | None = None
        if reminder.kind is ReminderKind.INJECTION and reminder.injection_id is not None:
            self.session_button = self._button(self.tr("&Start the session"),
                                               self._start, buttons)
            self.session_button.setDefault(True)
        buttons.addWidget(QLabel(self.tr("Snooze:")))
        self.snooze_buttons: dict[int, QPushButton] = {}
        for minutes in SNOOZE_CHOICES_MIN:
            button = self._button(self.tr("{n} min").format(n=minutes),
                                  lambda _c=False, m=minutes: self._snooze(m), buttons)
            button.setAccessibleName(self.tr("Snooze {n} minutes").format(n=minutes))
            self.snooze_buttons[minutes] = button
        buttons.addStretch(1)
        self.dismiss_button = self._button(self.tr("&Dismiss"), self._dismiss, buttons)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss this reminder"))
        outer.addLayout(buttons)
        self.setAccessibleName(text.title)
        self.setAccessibleDescription(f"{text.body} {text.late_note}".strip())

    def _button(self, label: str, slot: Callable[..., None], layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(label)
        button.setAccessibleName(label.replace("&", ""))
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def _start(self) -> None:
        self._ctx.reminders.acknowledge(self.reminder.key)
        assert self.reminder.injection_id is not None
        self._start_session(self.reminder.injection_id)

    def _snooze(self, minutes: int) -> None:
        self._ctx.reminders.snooze(self.reminder.key, minutes)

    def _dismiss(self) -> None:
        self._ctx.reminders.acknowledge(self.reminder.key)


class UnrecordedRow(QFrame):
    """Rule T2: "N injections are not recorded — what happened?" in one row."""

    def __init__(self, count: int, ask: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unrecordedRow")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        text = (self.tr("1 injection is past its time with nothing recorded.") if count == 1
                else self.tr("{n} injections are past their time with nothing recorded."
                             ).format(n=count))
        self.label = QLabel(text)
        follow_app_font(self.label, 1.25, bold=True)
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.ask_button = QPushButton(self.tr("&What happened?…"))
        self.ask_button.setAccessibleName(self.tr("Tell what happened to these injections"))
        self.ask_button.setDefault(True)
        self.ask_button.clicked.connect(ask)
        row.addWidget(self.ask_button)
        self.setAccessibleName(text)


class ReminderBanner(QFrame):
    """Hidden when nothing waits for an answer; refreshed when reminder states change."""

    def __init__(self, ctx: AppContext, start_session: Callable[[int], None],
                 show_late_list: Callable[[], None], parent: QWidget | None = None,
                 ask_unrecorded: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._start_session = start_session
        self._ask_unrecorded = ask_unrecorded
        self.unrecorded_row: UnrecordedRow | None = None
        self.setObjectName("reminderBanner")
        self.setAccessibleName(self.tr("Reminders"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Warm yellow with dark text: stands out from the views, readable for everyone.
        self.setStyleSheet(
            "#reminderBanner { background: #fff4c2; border: 2px solid #c99a00;"
            " border-radius: 6px; } #reminderBanner QLabel { color: #1d1d1d; }"
            " #lateNote { color: #8a3b00; }")  # colours.BANNER_LATE: 6.3:1
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        # Several reminders at extra large text would push the view off the screen (or
        # squeeze the words onto each other): the rows scroll inside the banner instead.
        rows_widget = QWidget()
        rows_widget.setObjectName("reminderRows")
        self._rows_box = QVBoxLayout(rows_widget)
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self.rows_scroll = QScrollArea()
        self.rows_scroll.setObjectName("reminderRowsScroll")
        self.rows_scroll.setWidgetResizable(True)
        self.rows_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows_scroll.setWidget(rows_widget)
        self.rows_scroll.viewport().setAutoFillBackground(False)  # the banner's yellow
        rows_widget.setAutoFillBackground(False)
        self.rows_scroll.setAccessibleName(self.tr("Reminders waiting for an answer"))
        self._layout.addWidget(self.rows_scroll)
        footer = QHBoxLayout()
        self.more_label = QLabel()
        footer.addWidget(self.more_label, 1)
        self.late_button = QPushButton(self.tr("Reminders shown &late…"))
        self.late_button.setAccessibleName(self.tr("Reminders shown late"))
        # Under the banner's style sheet Qt keeps this button's first font: follow the
        # text size explicitly (the rows are rebuilt, this one is not).
        follow_app_font(self.late_button, 1.0)
        follow_app_font(self.more_label, 1.0)
        self.late_button.clicked.connect(show_late_list)
        footer.addWidget(self.late_button)
        self._layout.addLayout(footer)
        self.rows: list[ReminderRow] = []
        ctx.reminders.changed.connect(self.refresh)
        ctx.course_service.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        if self.unrecorded_row is not None:
            self.unrecorded_row.setParent(None)
            self.unrecorded_row.deleteLater()
            self.unrecorded_row = None
        past: set[int] = set()
        if self._ask_unrecorded is not None:
            unrecorded = self._ctx.course_service.unrecorded()
            past = {i.id for i in unrecorded}
            if unrecorded:
                self.unrecorded_row = UnrecordedRow(len(unrecorded), self._ask_unrecorded)
                self._rows_box.addWidget(self.unrecorded_row)
        waiting = [r for r in reversed(self._ctx.reminders.unanswered())  # newest first
                   if r.injection_id is None or r.injection_id not in past]
        for reminder in waiting[:MAX_ROWS]:
            row = ReminderRow(self._ctx, reminder, self._start_session)
            self._rows_box.addWidget(row)
            self.rows.append(row)
        extra = len(waiting) - MAX_ROWS
        self.more_label.setText(
            self.tr("…and {n} more. Dismiss these to see them.").format(n=extra)
            if extra > 0 else "")
        self.late_button.setVisible(bool(self._ctx.reminders.late()))
        self.setVisible(bool(self.rows) or self.unrecorded_row is not None)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """As tall as the reminders need, up to about a third of the screen; then they
        scroll (extra large text, three reminders at once)."""
        rows_widget = self.rows_scroll.widget()
        width = max(self.rows_scroll.viewport().width(), 400)
        need = rows_widget.heightForWidth(width)
        if need <= 0:
            need = rows_widget.sizeHint().height()
        screen = self.screen()
        limit = int(screen.availableGeometry().height() * 0.34) if screen else 300
        self.rows_scroll.setFixedHeight(max(0, min(need, max(160, limit))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()
