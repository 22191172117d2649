"""One pattern for every guided flow: a list of pages over a draft (issue 18 §3).

A `Wizard` is a dialog with the emergency button (and Ctrl+E, rule R13) at the top, the
current step's title, the page, and Cancel, Back and Next/Finish at the bottom. Its
pages fill one draft object, never read one another's widgets; the wizard turns the
draft into what is stored when it finishes. Each wizard says which page follows which
(`next_index`), and what Finish does (`finish`).

A page is told when it comes on screen (`enter`) and when it goes (`leave`, either
way: timers pause there), is asked before Next whether what it holds is right
(`commit`: it checks, writes into the draft and says whether to go on), and says
whether Next may be pressed at all (`is_complete`, with `complete_changed`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from il2desk.ui.emergency import install_emergency_shortcut, make_emergency_button
from il2desk.ui.host import ViewHost
from il2desk.ui.widgets import follow_app_font, plain_words


class WizardPage(QWidget):
    """One step of a wizard, over the wizard's draft."""

    # Next is enabled only while `is_complete()`; a page emits this when that may change.
    complete_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""  # shown above the page ("Step 2 of 7: Site")

    def enter(self) -> None:
        """Called each time the page comes on screen, in either direction."""

    def leave(self) -> None:
        """Called each time the page goes off screen, in either direction."""

    def commit(self) -> bool:
        """Called on Next: check what the page holds and write it into the draft.
        False stays on the page (the page says why, next to the field)."""
        return True

    def is_complete(self) -> bool:
        return True


class Wizard(QDialog):
    """The frame every wizard shares: emergency button, step title, Cancel/Back/Next."""

    # A new step puts the keyboard focus on its first control (as QWizard does). The
    # injection session keeps it where it was (on Next), so Enter goes on step by step.
    focus_first_control = True

    def __init__(self, host: ViewHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.pages: list[WizardPage] = []
        self._history: list[int] = []  # the pages Back returns to, the last one last

        self.column = QVBoxLayout(self)
        self.top = QHBoxLayout()
        self.top.addStretch(1)  # a wizard may put its heading before this
        self.emergency_button = make_emergency_button(host.show_emergency)
        self.top.addWidget(self.emergency_button, 0, Qt.AlignmentFlag.AlignTop)
        self.column.addLayout(self.top)
        self.step_label = QLabel()
        self.step_label.setObjectName("stepLabel")
        self.step_label.setWordWrap(True)
        follow_app_font(self.step_label, 1.15, bold=True)
        self.column.addWidget(self.step_label)
        self.stack = QStackedWidget()
        self.column.addWidget(self.stack, 1)

        # A wizard may word its buttons its own way (set_button_texts).
        self.next_text = self.tr("&Next")
        self.finish_text = self.tr("&Finish")
        self.buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.next_text)
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.next)
        for button in (self.cancel_button, self.back_button, self.next_button):
            button.setMinimumHeight(40)
            button.setMinimumWidth(120)
            button.setAutoDefault(False)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.back_button)
        self.buttons.addWidget(self.next_button)
        self.column.addLayout(self.buttons)
        install_emergency_shortcut(self, host.show_emergency)

    def set_button_texts(self, *, cancel: str | None = None, back: str | None = None,
                         next_text: str | None = None, finish: str | None = None) -> None:
        """Other words for the buttons (before `start`); each button's accessible name
        follows its words."""
        for button, text in ((self.cancel_button, cancel), (self.back_button, back)):
            if text is not None:
                button.setText(text)
                button.setAccessibleName(plain_words(text))
        self.next_text = next_text or self.next_text
        self.finish_text = finish or self.finish_text

    # -- the pages ----------------------------------------------------------------------
    def add_page(self, page: WizardPage) -> WizardPage:
        self.pages.append(page)
        self.stack.addWidget(page)
        page.complete_changed.connect(self._update_next)
        return page

    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    @property
    def page(self) -> WizardPage:
        return self.pages[self.index]

    def next_index(self, index: int) -> int | None:
        """The page after `index`; None when Next finishes. (A wizard that branches
        answers from its draft.)"""
        return index + 1 if index + 1 < len(self.pages) else None

    def step_text(self, index: int) -> str:
        """The line above the page."""
        return self.pages[index].title

    def may_go_back(self, index: int) -> bool:
        return bool(self._history)

    # -- moving -------------------------------------------------------------------------
    def start(self, index: int = 0, *, behind: list[int] | None = None) -> None:
        """Show page `index` first; `behind`: the pages Back goes to from there (a
        resumed wizard)."""
        self._history = list(behind or [])
        self._show(index)

    def _show(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.step_label.setText(self.step_text(index))
        self.step_label.setAccessibleName(self.step_label.text())
        self.back_button.setEnabled(self.may_go_back(index))
        finishing = self.next_index(index) is None
        self.next_button.setText(self.finish_text if finishing else self.next_text)
        self.next_button.setAccessibleName(plain_words(self.next_button.text()))
        self.next_button.setDefault(True)
        self.shown(index)
        self.pages[index].enter()
        self._update_next()
        if self.focus_first_control:
            self._focus_into(self.pages[index])
        elif not self._focus_on_step_or_buttons(index):
            # The focused control went away with the old step (disabled, hidden) and Qt
            # handed the focus on down the chain, to the emergency button, where Enter
            # opens the panel. Keep the promise: Enter goes on with Next.
            if self.next_button.isEnabled():
                self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self._focus_into(self.pages[index])

    def _focus_on_step_or_buttons(self, index: int) -> bool:
        focus = QApplication.focusWidget()
        if focus is None:
            return False
        return (self.pages[index].isAncestorOf(focus)
                or focus in (self.cancel_button, self.back_button, self.next_button))

    @staticmethod
    def _focus_into(page: WizardPage) -> None:
        """Keyboard focus on the page's first control, unless `enter` put it on one
        (as QWizard does: the keys go on with the new step, not with the old button)."""
        focus = QApplication.focusWidget()
        if focus is not None and page.isAncestorOf(focus):
            return
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page and page.isAncestorOf(widget):
            if (widget.isEnabled() and widget.isVisibleTo(page)
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def shown(self, index: int) -> None:
        """A page came on screen: a wizard may update its own buttons here."""

    def _update_next(self) -> None:
        if self.pages:
            self.next_button.setEnabled(self.page.is_complete())

    def next(self) -> None:
        page = self.page
        if not page.is_complete():
            return
        if not page.commit():
            self.refused(page)
            return
        page.leave()
        following = self.next_index(self.index)
        if following is None:
            self.finish()
            return
        self._history.append(self.index)
        self._show(following)
        self.moved_on()

    def refused(self, page: WizardPage) -> None:
        """`page` refused Next (it says why)."""

    def moved_on(self) -> None:
        """Next went to the following page."""

    def back(self) -> None:
        if not self._history or not self.may_go_back(self.index):
            return
        self.page.leave()
        self._show(self._history.pop())

    def finish(self) -> None:
        """Next on the last page: store what the draft holds, then close."""
        self.accept()

    def leave_pages(self) -> None:
        """Pause every page (timers), the wizard is closing."""
        for page in self.pages:
            page.leave()
