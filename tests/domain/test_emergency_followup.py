"""Rules R13, R21 (issue 20): which noted emergency sign still waits for "did you reach
your doctor?"."""

from __future__ import annotations

import datetime as dt

from il2desk.domain.diary import DiaryEntry, Severity
from il2desk.domain.emergency_followup import FOLLOW_UP_WINDOW, sign_waiting

NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)


def entry(entry_id, symptom, hours_ago, emergency=True):
    return DiaryEntry(id=entry_id, symptom=symptom, severity=Severity.SEVERE,
                      occurred_utc=NOW - dt.timedelta(hours=hours_ago),
                      zone_name="Europe/Paris", is_emergency=emergency)


def test_the_latest_unanswered_sign_waits():
    entries = [entry(1, "breathless", 5), entry(2, "aches", 1, emergency=False),
               entry(3, "fainting", 2)]
    assert sign_waiting(entries, 0, NOW).id == 3
    assert sign_waiting(entries, 3, NOW) is None  # answered
    assert sign_waiting(entries[:2], 0, NOW).id == 1


def test_an_old_sign_or_a_plain_symptom_is_not_asked_about():
    old = entry(1, "breathless", FOLLOW_UP_WINDOW.total_seconds() / 3600 + 1)
    assert sign_waiting([old], 0, NOW) is None
    assert sign_waiting([entry(2, "aches", 1, emergency=False)], 0, NOW) is None


def test_an_infection_waits_for_the_doctor_too():  # rule R19
    infection = entry(4, "infection", 1, emergency=False)
    assert infection.asks_for_the_doctor
    assert sign_waiting([infection], 0, NOW).id == 4
    assert not entry(5, "low_mood", 1, emergency=False).asks_for_the_doctor  # R21: soon
