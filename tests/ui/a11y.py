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
