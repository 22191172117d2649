"""Started by run_bench.py: open a window, print when it is first painted, then quit.

`app` starts il2desk's real main window over a data folder; `bare` starts an empty
PySide6 QMainWindow the same way, as the yardstick. `widgets` starts a window with the
same kinds of widgets as il2desk's first window (menu bar, tool bar with a button, the
section list, a heading and some text) but none of il2desk's code or data: it shows
what Qt itself costs for a window with text in it, which the empty one does not pay.
"""

from __future__ import annotations

import os
import sys
import time

T0 = time.time()  # as early as possible: the parent also notes its own start time

import resource  # noqa: E402


def main(mode: str, data_dir: str | None) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if mode == "app":
        from pathlib import Path

        from il2desk.app import build_context
        from il2desk.ui.main_window import MainWindow

        ctx = build_context(Path(data_dir))
        window = MainWindow(ctx)
    elif mode == "widgets":
        window = widgets_window()
    else:
        window = QMainWindow()
        window.resize(1000, 700)

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and obj is window:
                painted = time.time()
                QTimer.singleShot(0, lambda: finish(painted))
                window.removeEventFilter(self)
            return False

    def finish(painted: float) -> None:
        rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"painted {painted:.6f} started {T0:.6f} rss_kib {rss_kib}", flush=True)
        if os.environ.get("IL2DESK_QUIT_AFTER_PAINT") == "exit":  # count_instructions.py
            os._exit(0)
        del painted
        app.quit()

    probe = FirstPaint()
    window.installEventFilter(probe)
    window.show()
    app.exec()


def widgets_window():
    from PySide6.QtWidgets import (
        QHBoxLayout,
        QLabel,
        QListWidget,
        QMainWindow,
        QPushButton,
        QToolBar,
        QVBoxLayout,
        QWidget,
    )

    window = QMainWindow()
    window.resize(1000, 700)
    for title in ("&File", "&Go", "&Help"):
        menu = window.menuBar().addMenu(title)
        for number in range(5):
            menu.addAction(f"Item {number}")
    toolbar = QToolBar("Main")
    toolbar.addWidget(QLabel("  il2desk"))
    toolbar.addWidget(QPushButton("Emergency signs"))
    window.addToolBar(toolbar)
    central = QWidget()
    row = QHBoxLayout(central)
    sections = QListWidget()
    sections.addItems(["Today", "Courses", "Sites", "Diary", "Labs", "Supplies", "Settings"])
    row.addWidget(sections)
    column = QVBoxLayout()
    column.addWidget(QLabel("Today"))
    for line in ("Next: the evening injection at 20:00", "Injection 3 of 10",
                 "Take the pre-treatment pills 30 minutes before."):
        column.addWidget(QLabel(line))
    column.addWidget(QPushButton("Start the injection session"))
    column.addStretch(1)
    row.addLayout(column, 1)
    window.setCentralWidget(central)
    return window


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
