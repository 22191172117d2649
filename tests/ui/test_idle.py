"""The window lets the program sleep once nothing is painted (issue 18)."""

from __future__ import annotations

from PySide6.QtGui import QPixmap, QPixmapCache
from PySide6.QtWidgets import QLabel

from il2desk.ui.idle import PixmapCacheTrimmer


def test_pixmap_cache_is_emptied_once_the_window_is_quiet(qtbot):
    window = QLabel("quiet")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    trimmer = PixmapCacheTrimmer(window, quiet_ms=100)
    pixmap = QPixmap(8, 8)
    pixmap.fill()
    assert QPixmapCache.insert("il2desk-test", pixmap)
    # Qt's cache timer runs while this entry is held; after a quiet spell it is gone.
    qtbot.waitUntil(lambda: QPixmapCache.find("il2desk-test") is None, timeout=2000)
    # A repaint starts the quiet spell again: the next entry survives it for a while.
    assert QPixmapCache.insert("il2desk-test", pixmap)
    window.setText("painted again")
    window.repaint()
    assert QPixmapCache.find("il2desk-test") is not None
    qtbot.waitUntil(lambda: QPixmapCache.find("il2desk-test") is None, timeout=2000)
    assert trimmer.parent() is window
