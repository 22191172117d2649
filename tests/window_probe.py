"""Start the il2desk window on a data folder (offscreen) and report what it showed.

Run as a script by tests/record_places.py: `python tests/window_probe.py DATA_DIR`,
with IL2DESK_QUIT_AFTER_PAINT=1 so the window quits after its first paint and the
start-up steps that follow it. Every message box is answered (closed) at once instead
of waiting, and written out as one JSON line; so is the main window once its start-up
is done, and the program's exit code. The automatic backup is not delayed, so it has
run (or been skipped) by then.
"""

from __future__ import annotations

import json
import sys


def say(**item) -> None:
    print(json.dumps(item), flush=True)


def main(data_dir: str) -> int:
    from PySide6.QtWidgets import QMessageBox

    from il2desk import app
    from il2desk.ui import first_paint

    app.AUTO_BACKUP_DELAY_MS = 0

    def box_text(box: QMessageBox) -> str:
        return " ".join(part for part in (box.text(), box.informativeText()) if part)

    def exec_box(box: QMessageBox) -> int:
        say(box=box_text(box))
        return 0  # closed: no button clicked

    QMessageBox.exec = exec_box
    QMessageBox.warning = lambda _parent, _title, text, *a, **k: say(box=text)
    QMessageBox.information = lambda _parent, _title, text, *a, **k: say(box=text)

    quit_after_start_up = first_paint.FirstPaintProbe._quit

    def report_window(self) -> None:
        window = self.parent()
        banner = getattr(window, "read_only_banner", None)
        say(window={
            "read_only": bool(getattr(window.ctx, "read_only", False)),
            "banner": banner.text() if banner is not None and banner.isVisible() else None,
            "reminders_running": window.ctx.reminders.running,
        })
        quit_after_start_up(self)

    first_paint.FirstPaintProbe._quit = report_window
    from il2desk.__main__ import main as il2desk_main

    code = il2desk_main(["--data-dir", data_dir])
    say(exit=code)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
