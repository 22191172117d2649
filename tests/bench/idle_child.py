"""One process of the idle benchmark (tests/bench/idle_bench.py): `bare`, `window` or
`hidden` with a data folder. Prints "ready" once its window is up (and hidden)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

# Past the start-up steps, the automatic backup (2 s) and the expiry of Qt's idle pool
# threads (30 s), so the span measured is the program at rest.
SETTLE_MS = 35_000
HIDDEN_SETTLE_MS = 15_000  # hidden this long before the measure starts


def ready() -> None:
    print("ready", flush=True)


def main() -> int:
    mode = sys.argv[1]
    app = QApplication(sys.argv[:1])
    if mode == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("bare PySide6 window"))
        window.resize(1000, 700)
        window.show()
        QTimer.singleShot(SETTLE_MS, ready)
        return app.exec()

    from il2desk.app import run_gui
    from il2desk.ui.main_window import MainWindow

    def hide() -> None:  # as in the tray: the window closed, the program running
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.hide()

    if mode == "hidden":
        QTimer.singleShot(SETTLE_MS - HIDDEN_SETTLE_MS, hide)
    QTimer.singleShot(SETTLE_MS, ready)
    return run_gui(Path(sys.argv[2]))


if __name__ == "__main__":
    sys.exit(main())
