"""Reading and saving the user's preferences, one field at a time."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from il2desk.domain.preferences import PARSERS, Preferences, SettingError
from il2desk.domain.regimen import validate_times
from il2desk.domain.timeplan import system_zone_name
from il2desk.services.changes import ChangeNotifier
from il2desk.storage.settings_repo import SettingsRepository


class SettingsService(ChangeNotifier):
    """Holds the current `Preferences`; `changed` after one was saved."""

    def __init__(self, repo: SettingsRepository, *, default_zone: str | None = None) -> None:
        self._repo = repo
        self._default_zone = default_zone or system_zone_name()
        self._prefs = Preferences.from_mapping(repo.load(), default_zone=self._default_zone)

    @property
    def current(self) -> Preferences:
        return self._prefs

    def update_field(self, key: str, text: str) -> Preferences:
        """Parse and store one field; raises SettingError (nothing stored) on bad input."""
        value = PARSERS[key](text)
        new = dataclasses.replace(self._prefs, **{key: value})
        if key in ("morning_time", "evening_time"):
            problems = validate_times(new.morning_time, new.evening_time)
            if problems:
                raise SettingError(problems[0])
        if new == self._prefs:
            return new
        self._repo.save({key: new.to_mapping()[key]})
        self._prefs = new
        self.announce()
        return new

    # -- one-off flags (e.g. "the rule R8 caution was shown"), not user preferences ---
    def flag(self, name: str) -> bool:
        return self._repo.load().get(name) == "1"

    def set_flag(self, name: str, value: bool = True) -> None:
        self._repo.save({name: "1" if value else "0"})


def stored_language(data_dir: Path | None) -> str:
    """Settings' language of the record in `data_dir` (None: the usual folder), read as
    the window reads it (same parsing, same default) but without opening the record, so
    the command line can speak it before its options are even read. The default
    ("system") when there is no record yet or it cannot be read now."""
    from il2desk.storage.paths import DATABASE_FILE, default_data_dir
    from il2desk.storage.settings_repo import stored_setting

    folder = data_dir if data_dir is not None else default_data_dir()
    raw = stored_setting(folder / DATABASE_FILE, "language")
    values = {} if raw is None else {"language": raw}
    return Preferences.from_mapping(values, default_zone="UTC").language
