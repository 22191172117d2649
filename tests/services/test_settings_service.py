"""Settings: each field parsed in the domain, stored at once, bad values never stored."""

from __future__ import annotations

import datetime as dt

import pytest

from il2desk.domain.preferences import SettingError


def test_defaults(ctx):
    prefs = ctx.settings.current
    assert prefs.time_zone == "Europe/Paris"
    assert prefs.morning_time == dt.time(8, 0)
    assert prefs.evening_time == dt.time(20, 0)


def test_saved_values_survive_restart(make_ctx):
    first = make_ctx()
    first.settings.update_field("doctor_phone", "+33 1 23 45 67 89")
    first.settings.update_field("morning_time", "07:30")
    first.db.close()
    again = make_ctx()
    assert again.settings.current.doctor_phone == "+33 1 23 45 67 89"
    assert again.settings.current.morning_time == dt.time(7, 30)


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("time_zone", "Mars/Olympus_Mons"),
        ("doctor_phone", "call me maybe"),
        ("doctor_phone", "12"),
        ("morning_time", "25:00"),
        ("morning_time", "eight"),
        ("evening_time", "10:00"),  # before the morning time (rule: evening after morning)
        ("evening_time", "14:00"),  # less than 8 hours after 08:00
        ("pretreatment_lead_min", "0"),
        ("ice_before_min", "-3"),
    ],
)
def test_bad_values_are_refused_and_not_stored(make_ctx, key, text):
    ctx = make_ctx()
    before = ctx.settings.current
    with pytest.raises(SettingError) as caught:
        ctx.settings.update_field(key, text)
    assert str(caught.value)  # a plain message for the field
    assert ctx.settings.current == before
    ctx.db.close()
    assert make_ctx().settings.current == before
