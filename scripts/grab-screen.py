"""Save a picture of the whole X screen ($DISPLAY) — for screenshots of another process.

scripts/screenshots.py draws the app inside its own process; this one photographs
whatever is on screen, e.g. the PyInstaller bundle started by packaging/try-bundle.sh.
    python scripts/grab-screen.py OUT.png
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QImage, QTransform


def _blank_rows(image: QImage) -> list[bool]:
    """For each row, whether it is all black (the bare X screen)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    # Format_RGB32 stores 0xffRRGGBB: black is 00 00 00 ff per pixel.
    blank = b"\x00\x00\x00\xff" * image.width()
    return [data[y * stride:y * stride + len(blank)] == blank for y in range(image.height())]


def trim_black(image: QImage) -> QImage:
    """Cut the empty black screen around the windows (no window manager under Xvfb)."""
    rows = _blank_rows(image)
    cols = _blank_rows(image.transformed(QTransform().rotate(90)))
    if all(rows):
        return image
    top = rows.index(False)
    bottom = len(rows) - rows[::-1].index(False)
    # Rotating by 90° turns column x into row x, so the order is kept.
    left = cols.index(False)
    right = len(cols) - cols[::-1].index(False)
    return image.copy(QRect(left, top, right - left, bottom - top))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: grab-screen.py OUT.png", file=sys.stderr)
        return 2
    app = QGuiApplication([*sys.argv[:1], "-platform", "xcb"])
    pixmap = app.primaryScreen().grabWindow(0)
    image = trim_black(pixmap.toImage()) if not pixmap.isNull() else QImage()
    if image.isNull() or not image.save(argv[0]):
        print("grab-screen: could not take the picture", file=sys.stderr)
        return 1
    print(f"wrote {argv[0]} ({image.width()}x{image.height()})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
