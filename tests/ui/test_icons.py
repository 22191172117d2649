"""The application icon: every size present, used by the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from il2desk.ui.first_paint import FIRST_PAINT_MARKER, QUIT_AFTER_PAINT_ENV
from il2desk.ui.icons import ICON_SIZES_PX, app_icon, app_icon_png, app_icon_svg

ROOT = Path(__file__).resolve().parents[2]


def test_every_icon_png_has_its_size(qapp):
    for size_px in ICON_SIZES_PX:
        image = QImage(str(app_icon_png(size_px)))
        assert not image.isNull(), size_px
        assert (image.width(), image.height()) == (size_px, size_px)
        assert image.hasAlphaChannel()  # rounded tile on any panel colour
    assert app_icon_svg().read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_app_icon_offers_every_size(qapp):
    icon = app_icon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert sizes == {(n, n) for n in ICON_SIZES_PX}
    assert icon.pixmap(QSize(16, 16)).width() == 16


def test_app_starts_paints_and_quits_with_the_probe(data_dir):
    # End to end: `python -m il2desk` opens its window; the hidden probe quits after
    # the first paint (scripts/measure-startup.py relies on this).
    env = {**os.environ, QUIT_AFTER_PAINT_ENV: "1",
           "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "il2desk", "--data-dir", str(data_dir)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert FIRST_PAINT_MARKER in result.stdout.splitlines()
    assert (data_dir / "il2desk.sqlite3").exists()
