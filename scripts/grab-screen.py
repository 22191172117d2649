"""Save a picture of the whole X screen ($DISPLAY) — for screenshots of another process.

scripts/screenshots.py draws the app inside its own process; this one photographs
whatever is on screen, e.g. the PyInstaller bundle started by packaging/try-bundle.sh.
    python scripts/grab-screen.py OUT.png
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: grab-screen.py OUT.png", file=sys.stderr)
        return 2
    app = QGuiApplication([*sys.argv[:1], "-platform", "xcb"])
    pixmap = app.primaryScreen().grabWindow(0)
    if pixmap.isNull() or not pixmap.save(argv[0]):
        print("grab-screen: could not take the picture", file=sys.stderr)
        return 1
    print(f"wrote {argv[0]} ({pixmap.width()}x{pixmap.height()})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
