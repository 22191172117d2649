"""The injection session and the body map by keyboard and screen reader, and at extra
large text (issue 12; rules R12, R13)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from il2desk.domain.sites import SITE_CODES
from il2desk.ui.i18n import apply_text_size
from tests.ui.a11y import mnemonic_clashes, unnamed_controls
from tests.ui.fit import clipped
from tests.ui.keys import activate, press
from tests.ui.session.session_walk import make_course, open_session


def walk_session(qtbot, wizard, clock):
    """Yield on each of the 7 steps, doing what lets Next go on."""
    for step in range(1, 8):
        yield step
        page = wizard.page
        for name in ("took", "done_box", "sharps_box"):
            box = getattr(page, name, None)
            if box is not None and box.isVisible():
                box.setChecked(True)
        if hasattr(page, "timer") and hasattr(page, "start_button"):
            page.start_button.click()
            clock.advance(dt.timedelta(minutes=11))
            page.timer.poll()
        if step < 7:
            wizard.next()


def test_every_session_step_names_its_controls_and_letters(window, qtbot, ctx, clock):
    injections = make_course(ctx, clock)
    wizard = open_session(qtbot, window, injections[0].id)
    unnamed, clashes = {}, {}
    for step in walk_session(qtbot, wizard, clock):
        if found := unnamed_controls(wizard):
            unnamed[step] = found
        if found := mnemonic_clashes(wizard):
            clashes[step] = found
    assert wizard.step_label.text().startswith("Step 7 of 7")  # every step was seen
    assert unnamed == {}
    assert clashes == {}


def test_every_session_step_has_one_control_per_letter_in_spanish(window, qtbot, ctx,
                                                                  clock, spanish):
    """Found by hand: in Spanish, Alt+S was both "&Sí, me los tomé" and "&Siguiente"."""
    injections = make_course(ctx, clock)
    wizard = open_session(qtbot, window, injections[0].id)
    clashes = {}
    for step in walk_session(qtbot, wizard, clock):
        if found := mnemonic_clashes(wizard):
            clashes[step] = found
    assert wizard.step_label.text().startswith("Paso 7 de 7")  # every step was seen
    assert clashes == {}


def test_session_steps_fit_at_extra_large(window, qtbot, ctx, clock, qapp):
    injections = make_course(ctx, clock)
    apply_text_size(qapp, "xlarge")
    try:
        wizard = open_session(qtbot, window, injections[0].id)
        problems = {}
        for step in walk_session(qtbot, wizard, clock):
            QApplication.processEvents()
            if found := clipped(wizard):
                problems[step] = found
    finally:
        apply_text_size(qapp, "normal")
    assert problems == {}


def test_sites_view_body_map_is_a_list_walked_by_keyboard(window, qtbot):
    window.go_to("sites")
    body_map = window.view("sites").body_map
    enabled = list(body_map.enabled_sites)
    assert len(enabled) >= 2
    # Announced as a list of sites, each a list item with its name and state.
    QAccessible.setActive(True)
    try:
        whole = QAccessible.queryAccessibleInterface(body_map)
        assert whole.role() == QAccessible.Role.List
        items = [whole.child(i) for i in range(whole.childCount())]
        assert {item.role() for item in items} == {QAccessible.Role.ListItem}
        names = [item.text(QAccessible.Text.Name) for item in items]
        assert all(names), names
        assert any("suggested" in name for name in names)  # rule R12, in words
    finally:
        QAccessible.setActive(False)
    # Reachable with Tab from the section list, then arrows move site to site.
    activate(qtbot, window)
    window.nav.setFocus()
    for _ in range(20):
        if isinstance(QApplication.focusWidget(), type(body_map.buttons[enabled[0]])):
            break
        press(qtbot, Qt.Key.Key_Tab)
    first = QApplication.focusWidget()
    assert first.code in SITE_CODES
    press(qtbot, Qt.Key.Key_Right)
    second = QApplication.focusWidget()
    assert second is not first and second.code in enabled
    press(qtbot, Qt.Key.Key_Left)
    assert QApplication.focusWidget() is first
    with qtbot.waitSignal(body_map.siteActivated) as chosen:
        press(qtbot, Qt.Key.Key_Return)
    assert chosen.args == [first.code]


def test_tab_reaches_every_control_of_every_session_step(window, qtbot, ctx, clock):
    from tests.ui.keys import tab_stops, unreachable

    injections = make_course(ctx, clock)
    wizard = open_session(qtbot, window, injections[0].id)
    activate(qtbot, wizard)
    missing = {}
    for step in walk_session(qtbot, wizard, clock):
        stops = tab_stops(qtbot, wizard)
        if found := unreachable(wizard, stops):
            missing[step] = found
    assert missing == {}
