"""File ▸ Back up…, Restore… and Export, answered through the prompter seam."""

from __future__ import annotations

import sqlite3


def menu_action(window, text):
    for action in window.menuBar().actions()[0].menu().actions():
        if action.text().replace("&", "").startswith(text):
            return action
    raise AssertionError(f"no File menu item {text!r}")


def test_back_up_warns_about_health_information_then_saves(window, prompter, tmp_path):
    dest = tmp_path / "backup.sqlite3"
    prompter.confirm_answers.append(True)
    prompter.paths.append(dest)
    menu_action(window, "Back up").trigger()
    assert prompter.asked[0][0] == "confirm" and "health information" in prompter.asked[0][2]
    conn = sqlite3.connect(dest)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_back_up_cancelled_writes_nothing(window, prompter, tmp_path):
    prompter.confirm_answers.append(False)
    menu_action(window, "Back up").trigger()
    assert list(tmp_path.glob("*.sqlite3")) == []


def test_restore_refuses_a_bad_file(window, prompter, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("hello")
    prompter.paths.append(bad)
    menu_action(window, "Restore").trigger()
    assert prompter.asked[-1][0] == "warn"
    assert window.restore_source is None


def test_restore_asks_then_hands_over_to_the_restart(qtbot, window, prompter, tmp_path):
    dest = tmp_path / "good.sqlite3"
    prompter.confirm_answers.extend([True])
    prompter.paths.extend([dest])
    menu_action(window, "Back up").trigger()
    prompter.confirm_answers.append(True)
    prompter.paths.append(dest)
    with qtbot.waitSignal(window.restart_requested, timeout=1000):
        menu_action(window, "Restore").trigger()
    assert "kept as a backup first" in prompter.asked[-1][2]
    assert window.restore_source == dest


def test_export_for_doctor_writes_both_files(window, prompter, tmp_path):
    prompter.confirm_answers.append(True)
    prompter.paths.extend([tmp_path / "d.csv", tmp_path / "l.csv"])
    menu_action(window, "Export diary and labs").trigger()
    assert (tmp_path / "d.csv").read_text(encoding="utf-8-sig").startswith("date_time,")
    assert (tmp_path / "l.csv").read_text(encoding="utf-8-sig").startswith("date_drawn,")
