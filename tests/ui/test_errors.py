"""No traceback reaches the user: a calm message, details in the log, the app goes on."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from il2desk.ui.errors import install_exception_hook


def test_unexpected_error_shows_calm_message_and_logs(qtbot, ctx, window):
    saved = sys.excepthook
    try:
        install_exception_hook(ctx.paths.log_file)
        try:
            raise ZeroDivisionError("boom in a slot")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        assert len(boxes) == 1
        text = boxes[0].text() + boxes[0].informativeText()
        assert "nothing you saved was lost" in text
        assert "Traceback" not in text and "ZeroDivisionError" not in text
        for handler in __import__("logging").getLogger().handlers:
            handler.flush()
        log = ctx.paths.log_file.read_text(encoding="utf-8")
        assert "ZeroDivisionError: boom in a slot" in log
        boxes[0].close()
        assert window.isVisible()  # the app goes on
    finally:
        sys.excepthook = saved
