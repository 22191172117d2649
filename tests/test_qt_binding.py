"""The Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11 did:
each call of a method returning nothing took one reference, and the app aborted with
"deallocating None" after a few minutes of painting a chart)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QPointF
from PySide6.QtGui import QColor, QImage, QPainter


def test_void_methods_do_not_take_references_from_none(qapp):
    obj = QObject()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            obj.setObjectName("x")
            painter.drawLine(QPointF(1, 1), QPointF(2, 2))
            painter.setBrush(QColor("black"))
        lost = before - sys.getrefcount(None)
    finally:
        painter.end()
    assert lost < 100, f"None lost {lost} references in 6000 calls: a broken PySide6 build"
