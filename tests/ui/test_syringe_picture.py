"""The drawn syringe shows the mark from the same DrawPlan as the words (rule D3)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtGui import QColor

from il2desk.domain.dose import SyringeKind
from il2desk.domain.draw_plan import plan_draw
from il2desk.ui.syringe_picture import SyringePicture


@pytest.fixture
def picture(qtbot):
    widget = SyringePicture()
    qtbot.addWidget(widget)
    widget.resize(620, 160)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize(("kind", "mark"), [
    (SyringeKind.U100_03, Decimal(25)), (SyringeKind.U100_05, Decimal(25)),
    # 12.5 two-unit steps: the lower mark (issue 19, rule D3)
    (SyringeKind.U100_1, Decimal(24)), (SyringeKind.TUBERCULIN_1, Decimal("0.25")),
])
def test_fill_mark_is_the_plans_mark(picture, kind, mark):
    plan = plan_draw(Decimal("4.5"), Decimal(18), kind)
    picture.set_plan(plan)
    assert picture.fill_mark == plan.mark == mark
    assert picture.syringe_kind is kind
    assert picture.fill_volume_ml == plan.rounded_volume_ml
    assert "filled to the" in picture.accessibleDescription()


def test_refused_plan_draws_no_fill_line(picture):
    plan = plan_draw(Decimal("7.5"), Decimal(18), SyringeKind.U100_03)
    assert not plan.acceptable
    picture.set_plan(plan)
    assert picture.fill_mark is None
    assert "empty" in picture.accessibleDescription()


def test_fill_line_is_painted_where_the_mark_is(picture):
    """The red fill line sits at mark/capacity along the barrel, nowhere else."""
    plan = plan_draw(Decimal("4.5"), Decimal(18), SyringeKind.U100_05)  # 25 of 50 units
    picture.set_plan(plan)
    image = picture.grab().toImage()
    left, right = 80.0, picture.width() - 80.0  # barrel ends, as painted
    expected_x = round(left + (right - left) * 25 / 50)
    y = picture.height() // 2
    red = QColor("#a4000f")

    def is_red(x: int) -> bool:
        c = image.pixelColor(x, y)
        return abs(c.red() - red.red()) < 40 and c.green() < 60 and c.blue() < 60

    dpr = image.devicePixelRatio()
    assert any(is_red(int((expected_x + dx) * dpr)) for dx in range(-2, 3))
    assert not is_red(int((left + 20) * dpr))
