"""Settings' language read before the record is opened (the command line's first step):
the same value and default as the settings service, and nothing created or changed."""

from __future__ import annotations

import sqlite3

from il2desk.services.settings_service import stored_language


def test_no_record_yet_is_the_default_and_creates_nothing(tmp_path):
    folder = tmp_path / "none"
    assert stored_language(folder) == "system"
    assert not folder.exists()


def test_the_saved_language_as_the_settings_service_has_it(make_ctx, data_dir):
    ctx = make_ctx()
    assert stored_language(data_dir) == ctx.settings.current.language == "system"
    ctx.settings.update_field("language", "es")
    ctx.db.close()
    before = sorted(p.name for p in data_dir.iterdir())
    assert stored_language(data_dir) == "es"
    assert sorted(p.name for p in data_dir.iterdir()) == before  # no -shm or -wal left


def test_a_value_the_window_would_refuse_is_the_default(make_ctx, data_dir):
    ctx = make_ctx()
    ctx.db.close()
    with sqlite3.connect(data_dir / "il2desk.sqlite3") as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('language', 'klingon')")
    assert stored_language(data_dir) == "system"
    assert make_ctx().settings.current.language == "system"


def test_a_damaged_file_is_the_default(data_dir):
    data_dir.mkdir()
    (data_dir / "il2desk.sqlite3").write_bytes(b"not a database at all" * 100)
    assert stored_language(data_dir) == "system"
