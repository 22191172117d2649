"""Helpers for the accessibility tests: which visible controls have no name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

# The widgets a user can act on: buttons, check/radio boxes, edits, spin and date/time
# boxes, combo boxes, item views (lists, tables), sliders and text edits.
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QAbstractSlider, QTextEdit, QPlainTextEdit)


def _inside_compound_control(widget: QWidget) -> bool:
    """Pop-up lists of combo boxes, line edits inside spin/date boxes: the owner has
    the name, and screen readers announce the owner."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def _is_qt_internal(widget: QWidget) -> bool:
    # Qt's own parts (scroll bars of scroll areas, header views, the "qt_*" children of
    # wizards and dialogs) are announced by Qt itself.
    return (widget.objectName().startswith("qt_") or isinstance(widget, (QHeaderView,
                                                                         QScrollBar))
            or type(widget).__name__ in {"QToolBarExtension"})


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible interactive widgets under `root` with neither an accessible name nor an
    accessible description (what a screen reader would announce as just "button")."""
    found = []
    controls = [root] if isinstance(root, INTERACTIVE) else []
    for kind in INTERACTIVE:
        controls += root.findChildren(kind)
    for widget in controls:
        if not widget.isVisibleTo(root.window()) or not widget.isVisible():
            continue
        if _is_qt_internal(widget) or _inside_compound_control(widget):
            continue
        if widget.accessibleName().strip() or widget.accessibleDescription().strip():
            continue
        text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
        found.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}")
    return sorted(set(found))


def mnemonic_of(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand)."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].lower()


def mnemonic_clashes(root: QWidget, *, keep_single: bool = False) -> dict[str, list[str]]:
    """Letters used by more than one visible button or label under `root` (Alt+letter
    would then only cycle between them instead of acting at once); with `keep_single`,
    every letter used."""
    from PySide6.QtWidgets import QGroupBox, QLabel

    users: dict[str, list[str]] = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        if isinstance(widget, (QAbstractButton, QLabel)):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue  # a label's "&" does nothing without a buddy
        letter = mnemonic_of(text)
        if letter:
            users.setdefault(letter, []).append(text)
    menu_bar = getattr(root.window(), "menuBar", None)
    if callable(menu_bar) and root.window().findChild(type(menu_bar())) is not None:
        for action in menu_bar().actions():  # Alt+F, Alt+G, Alt+H open the menus
            letter = mnemonic_of(action.text())
            if letter:
                users.setdefault(letter, []).append(action.text())
    return {letter: texts for letter, texts in users.items()
            if len(texts) > 1 or keep_single}


def mnemonics_in_use(root: QWidget) -> set[str]:
    """Every letter taken under `root` (for choosing a free one)."""
    return set(mnemonic_clashes_all(root))


def mnemonic_clashes_all(root: QWidget) -> dict[str, list[str]]:
    return mnemonic_clashes(root, keep_single=True)
