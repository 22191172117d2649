"""The bookmark of an unfinished session: saved, read back, cleared, never a crash."""

from __future__ import annotations

from il2desk.storage.session_progress_repo import KEY, SessionProgress


def test_round_trip_and_clear(ctx, clock):
    progress = SessionProgress(injection_id=3, step=4, site_code="arm-left",
                               pretreatment_utc=clock.now_utc(), ice_before_done=True)
    ctx.session_progress.save(progress)
    assert ctx.session_progress.load() == progress
    ctx.session_progress.save(SessionProgress(injection_id=3, step=5,
                                              pretreatment_skipped=True))
    assert ctx.session_progress.load().step == 5
    ctx.session_progress.clear()
    assert ctx.session_progress.load() is None
    # the bookmark is not a preference: the settings service ignores it


def test_unreadable_bookmark_is_ignored(ctx):
    with ctx.db.transaction() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (KEY, "{not json"))
    assert ctx.session_progress.load() is None
