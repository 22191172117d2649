"""The list of reminders that were shown late (rule T2): what, when it was due, and
when the program could finally show it. Nothing is silently dropped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from il2desk.domain.reminders import ReminderState
from il2desk.domain.timeplan import from_utc
from il2desk.services.context import AppContext
from il2desk.ui.emergency import install_emergency_shortcut, make_emergency_button
from il2desk.ui.reminder_texts import clock_text, day_text, describe
from il2desk.ui.widgets import EmptyState, heading, name_buttons_from_text, paragraph


class LateRemindersDialog(QDialog):
    def __init__(self, ctx: AppContext, show_emergency, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lateReminders")
        self.setWindowTitle(self.tr("Reminders shown late"))
        self.setMinimumSize(900, 440)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reminders shown late")))
        layout.addWidget(paragraph(self.tr(
            "These reminders came due while il2desk was closed or the computer was "
            "asleep, so they were shown later than planned. If you missed a dose or a "
            "pre-treatment, note it in your diary and tell your doctor.")))
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Late reminders"))
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels([self.tr("Reminder"), self.tr("Was due"),
                                    self.tr("Shown at"), self.tr("Answered")])
        zone_name = ctx.settings.current.time_zone
        for reminder in ctx.reminders.late():
            text = describe(ctx, reminder, late=False)
            due = from_utc(reminder.due_utc, zone_name)
            shown = (from_utc(reminder.shown_utc, zone_name)
                     if reminder.shown_utc is not None else None)
            answered = (self.tr("Yes") if reminder.state is ReminderState.ACKNOWLEDGED
                        else self.tr("Not yet"))
            item = QTreeWidgetItem([
                text.title,
                f"{day_text(due)}, {clock_text(due)}",
                f"{day_text(shown)}, {clock_text(shown)}" if shown else "",
                answered,
            ])
            item.setToolTip(0, text.body)
            self.table.addTopLevelItem(item)
        font = QFont(self.table.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.table.setFont(font)
        for column in range(4):
            self.table.resizeColumnToContents(column)
            # room to breathe between columns, easier to read across
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 24)
        self.empty = EmptyState(self.tr("No late reminders"), self.tr(
            "Every reminder so far was shown on time."))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        has_rows = self.table.topLevelItemCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)

        bottom = QHBoxLayout()
        bottom.addWidget(make_emergency_button(show_emergency))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        name_buttons_from_text(*buttons.buttons())
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        # Enter closes; without a default the dialog made its first button, Emergency
        # signs, the default (found by the AT-SPI walk, issue 23).
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        install_emergency_shortcut(self, show_emergency)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[list[str]]:
        """The table's text, for tests and accessibility checks."""
        return [[self.table.topLevelItem(i).text(c) for c in range(4)]
                for i in range(self.table.topLevelItemCount())]
