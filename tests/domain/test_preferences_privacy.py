"""The calendar privacy setting: "full" or "discreet", nothing else."""

from __future__ import annotations

import pytest

from il2desk.domain.preferences import (
    CalendarPrivacy,
    Preferences,
    SettingError,
    parse_calendar_privacy,
)


def test_parse_and_round_trip():
    assert parse_calendar_privacy(" Discreet ") is CalendarPrivacy.DISCREET
    prefs = Preferences(calendar_privacy=CalendarPrivacy.DISCREET)
    again = Preferences.from_mapping(prefs.to_mapping(), default_zone="UTC")
    assert again.calendar_privacy is CalendarPrivacy.DISCREET
    assert Preferences().calendar_privacy is CalendarPrivacy.FULL


def test_unknown_value_refused_and_ignored_when_stored():
    with pytest.raises(SettingError, match="full"):
        parse_calendar_privacy("secret")
    stored = Preferences.from_mapping({"calendar_privacy": "secret"}, default_zone="UTC")
    assert stored.calendar_privacy is CalendarPrivacy.FULL
