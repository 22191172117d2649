"""Settings for rotation (rule R12) and the once-only caution (rule R8)."""

from __future__ import annotations

import pytest

from il2desk.domain.preferences import (
    Preferences,
    SettingError,
    parse_avoid_recent,
    parse_enabled_areas,
)


def test_defaults_and_round_trip():
    prefs = Preferences()
    assert prefs.enabled_areas == ("abdomen", "thigh", "arm")
    assert prefs.avoid_recent_sites == 4
    again = Preferences.from_mapping(prefs.to_mapping(), default_zone="UTC")
    assert again == prefs


def test_area_and_window_checks():
    assert parse_enabled_areas("arm, abdomen") == ("abdomen", "arm")
    with pytest.raises(SettingError, match="at least one"):
        parse_enabled_areas("")
    with pytest.raises(SettingError, match="Unknown"):
        parse_enabled_areas("knee")
    assert parse_avoid_recent(" 3 ") == 3
    for bad in ("-1", "8", "four"):
        with pytest.raises(SettingError):
            parse_avoid_recent(bad)
