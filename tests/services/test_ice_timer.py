"""Rule R9: the countdown follows the clock's monotonic time, paused time excluded."""

from __future__ import annotations

import datetime as dt

from il2desk.services.ice_timer import IceTimer


def test_countdown_pause_and_finish(qtbot, clock):
    timer = IceTimer(clock, 600)
    ticks = []
    timer.ticked.connect(ticks.append)
    timer.start()
    clock.advance(dt.timedelta(minutes=4))
    timer.poll()
    assert ticks[-1] == 360
    timer.pause()
    clock.advance(dt.timedelta(minutes=30))  # paused: does not count
    timer.poll()
    assert ticks[-1] == 360 and not timer.done
    timer.start()
    clock.advance(dt.timedelta(minutes=6))
    with qtbot.waitSignal(timer.finished, timeout=2000) as blocker:
        pass  # the QTimer polls and notices the time is up
    assert blocker.args == [True]
    assert timer.done and timer.remaining_s() == 0


def test_done_early(qtbot, clock):
    timer = IceTimer(clock, 600)
    timer.start()
    with qtbot.waitSignal(timer.finished) as blocker:
        timer.finish_early()
    assert blocker.args == [False]
    assert timer.done and timer.started


def test_wall_clock_jump_does_not_end_the_countdown(qtbot, clock):
    timer = IceTimer(clock, 600)
    timer.start()
    clock.advance(dt.timedelta(hours=2), wall_only=True)
    timer.poll()
    assert not timer.done and timer.remaining_s() == 600
    timer.pause()
