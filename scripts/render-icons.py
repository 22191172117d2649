"""Render the app icon SVG to the PNG sizes desktops ask for (hicolor theme layout).

Run from the top of the source tree (no display needed):
    .venv/bin/python scripts/render-icons.py
It rewrites resources/icons/hicolor/<N>x<N>/apps/org.il2desk.Il2desk.png from
resources/icons/hicolor/scalable/apps/org.il2desk.Il2desk.svg. The PNGs are committed so
neither the app nor the packaging needs the SVG renderer at run time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from il2desk import APP_ID  # noqa: E402

ICON_SIZES_PX: tuple[int, ...] = (16, 22, 24, 32, 48, 64, 128, 256, 512)
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SVG = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"


def render(renderer: QSvgRenderer, size_px: int) -> QImage:
    image = QImage(size_px, size_px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"render-icons: cannot read {SVG}", file=sys.stderr)
        return 1
    for size_px in ICON_SIZES_PX:
        out = HICOLOR / f"{size_px}x{size_px}" / "apps" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size_px).save(str(out), "PNG"):
            print(f"render-icons: could not write {out}", file=sys.stderr)
            return 1
        print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
