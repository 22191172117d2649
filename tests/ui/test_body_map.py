"""The body map is usable by keyboard alone and names each site (rule R12)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt

from il2desk.domain.sites import SITE_CODES
from il2desk.ui.body_map import BodyMap


def make_map(qtbot):
    body_map = BodyMap()
    qtbot.addWidget(body_map)
    body_map.resize(440, 480)
    body_map.show()
    qtbot.waitExposed(body_map)
    return body_map


def test_arrow_keys_move_and_enter_or_space_choose(qtbot):
    body_map = make_map(qtbot)
    first = body_map.buttons[SITE_CODES[0]]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert body_map.focusWidget() is body_map.buttons[SITE_CODES[1]]
    qtbot.keyClick(body_map.buttons[SITE_CODES[1]], Qt.Key.Key_Down)
    assert body_map.focusWidget() is body_map.buttons[SITE_CODES[2]]
    qtbot.keyClick(body_map.buttons[SITE_CODES[2]], Qt.Key.Key_Left)
    assert body_map.focusWidget() is body_map.buttons[SITE_CODES[1]]
    with qtbot.waitSignal(body_map.siteActivated) as blocker:
        qtbot.keyClick(body_map.buttons[SITE_CODES[1]], Qt.Key.Key_Return)
    assert blocker.args == [SITE_CODES[1]]
    with qtbot.waitSignal(body_map.siteActivated) as blocker:
        qtbot.keyClick(body_map.buttons[SITE_CODES[1]], Qt.Key.Key_Space)
    assert blocker.args == [SITE_CODES[1]]
    # wraps around, and skips sites switched off
    body_map.set_state(enabled=SITE_CODES[:6])
    body_map.buttons["thigh-right"].setFocus()
    qtbot.keyClick(body_map.buttons["thigh-right"], Qt.Key.Key_Right)
    assert body_map.focusWidget() is body_map.buttons[SITE_CODES[0]]
    assert not body_map.buttons["arm-left"].isVisible()


def test_tab_reaches_every_site(qtbot):
    body_map = make_map(qtbot)
    body_map.buttons[SITE_CODES[0]].setFocus()
    seen = set()
    for _ in SITE_CODES:
        focused = body_map.focusWidget()
        seen.add(focused.code)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert seen == set(SITE_CODES)


def test_click_chooses_and_names_announce_state(qtbot):
    body_map = make_map(qtbot)
    body_map.set_state(suggested="thigh-left", reactions={"arm-left": ["lump"]},
                       details={"thigh-left": "last used 9 days ago"})
    with qtbot.waitSignal(body_map.siteActivated) as blocker:
        qtbot.mouseClick(body_map.buttons["arm-right"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["arm-right"]
    assert body_map.buttons["thigh-left"].accessibleName() == (
        "Left thigh, suggested, last used 9 days ago")
    assert "open reaction: lump (nodule)" in body_map.buttons["arm-left"].accessibleName()
    body_map.set_selected("arm-right")
    assert "chosen" in body_map.buttons["arm-right"].accessibleName()


def test_scales_with_the_widget(qtbot):
    body_map = make_map(qtbot)
    small = body_map.buttons["thigh-left"].geometry()
    body_map.resize(880, 960)
    big = body_map.buttons["thigh-left"].geometry()
    assert big.width() > 1.8 * small.width()


@pytest.mark.parametrize("suggested", SITE_CODES)
def test_the_suggested_label_covers_no_site(qtbot, suggested):
    """Issue 23: "★ Suggested" under the upper belly hid the lower belly's sites."""
    body = BodyMap()
    qtbot.addWidget(body)
    body.resize(body.sizeHint())
    body.set_state(suggested=suggested)
    label = body.suggested_label_rect(110, 22)
    assert QRectF(body.rect()).contains(label)
    for code in SITE_CODES:
        assert not label.intersects(body.site_rect(code)), code
