"""Time zones and instants (rule T1): the user's IANA zone, UTC and back.

Injections happen at local wall-clock times; instants are stored in UTC with the zone
name beside them. How a wall-clock time becomes one instant on the days the clocks
change is in wall_time.py.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from enum import StrEnum
from functools import cache
from pathlib import Path
from zoneinfo import TZPATH, ZoneInfo, ZoneInfoNotFoundError, available_timezones

from il2desk.domain.texts import QT_TRANSLATE_NOOP, message

__all__ = [
    "TimeAdjustment",
    "UnknownZoneError",
    "format_utc_iso",
    "from_utc",
    "is_valid_zone",
    "parse_utc_iso",
    "system_zone_name",
    "to_utc",
    "zone",
]


class TimeAdjustment(StrEnum):
    """What wall_time.resolve_local had to do to turn a wall time into one instant (rule
    T1); stored with each injection."""

    NONE = "none"
    MOVED_FORWARD = "moved_forward"  # the wall time fell in a spring-forward gap
    FIRST_OCCURRENCE = "first_occurrence"  # the wall time happened twice (fall back)


class UnknownZoneError(ValueError):
    """A time zone name this computer does not know: `message` says so (a message
    value); str() is the English."""

    def __init__(self, name: str) -> None:
        self.message = message(QT_TRANSLATE_NOOP(
            "domain", "“{name}” is not a time zone this computer knows. Please choose your "
            "time zone from the list."), name=name)
        super().__init__(str(self.message))
        self.name = name


@cache
def _known_zones() -> frozenset[str]:
    # Scanning the zone files is slow-ish and the set does not change while we run.
    # "localtime" shows up on some systems as a link to the machine's own zone.
    return frozenset(available_timezones()) - {"localtime", "posixrules"}


_NOT_ZONES = frozenset({"localtime", "posixrules", "Factory"})
_ZONE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*$")


def _zone_file_exists(name: str) -> bool | None:
    """Whether a TZif file for `name` is on the zone search path (None: no path to look
    in, e.g. zones that come from the tzdata package on Windows)."""
    if not TZPATH:
        return None
    for root in TZPATH:
        candidate = Path(root) / name
        if candidate.is_file():
            try:
                with candidate.open("rb") as fh:
                    return fh.read(4) == b"TZif"
            except OSError:
                return False
    return None


@cache  # zone files do not change while we run; views ask for thousands of rows
def is_valid_zone(name: str) -> bool:
    """True if `name` is an IANA zone known here, e.g. "Europe/Paris".

    Names that load but are not zones of their own ("localtime", "posixrules") are
    refused: they would not mean the same thing on another machine. The check looks at
    the one zone file instead of listing them all, which takes 15 ms at start-up.
    """
    if not isinstance(name, str) or name in _NOT_ZONES or not _ZONE_NAME.match(name):
        return False
    on_disk = _zone_file_exists(name)
    if on_disk is False or (on_disk is None and name not in _known_zones()):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError, TypeError):
        # ValueError covers malformed keys such as "../x"; OSError covers directories
        # such as "America" on some platforms.
        return False
    return True


def zone(name: str) -> ZoneInfo:
    """The ZoneInfo for `name`, or UnknownZoneError with a plain message."""
    if not is_valid_zone(name):
        raise UnknownZoneError(str(name))
    return ZoneInfo(name)


def same_clock(first: str, second: str, around_utc: datetime) -> bool:
    """Whether two zone names keep the same wall clock through the year around
    `around_utc` ("UTC" and "Etc/UTC", "Europe/Kiev" and "Europe/Kyiv"): a traveller's
    times are only worth naming when the clocks really differ (rule T1)."""
    if first == second:
        return True
    if not (is_valid_zone(first) and is_valid_zone(second)):
        return False
    from datetime import timedelta

    instants = [around_utc + timedelta(days=days) for days in range(-182, 183, 7)]
    return all(moment.astimezone(zone(first)).utcoffset()
               == moment.astimezone(zone(second)).utcoffset() for moment in instants)


def _require_aware(dt: datetime, what: str) -> None:
    # A naive datetime here would be silently read as the machine's local time.
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"{what} must carry a time zone (an aware datetime)")


def to_utc(aware: datetime) -> datetime:
    """The same instant in UTC (rule T1 stores instants in UTC)."""
    _require_aware(aware, "to_utc argument")
    return aware.astimezone(UTC)


def from_utc(utc: datetime, zone_name: str) -> datetime:
    """The same instant as local wall time in `zone_name`."""
    _require_aware(utc, "from_utc argument")
    return utc.astimezone(zone(zone_name))


def _zone_from_path(path: str) -> str | None:
    marker = "zoneinfo/"
    if marker in path:
        candidate = path.rsplit(marker, 1)[1]
        if is_valid_zone(candidate):
            return candidate
    return None


def system_zone_name(
    *,
    environ: Mapping[str, str] | None = None,
    etc_timezone: Path = Path("/etc/timezone"),
    etc_localtime: Path = Path("/etc/localtime"),
) -> str:
    """The system's IANA zone name, used as the default (rule T1).

    Tried in order: the TZ environment variable (a leading ":" and a
    ".../zoneinfo/" path prefix are understood); /etc/timezone; the target of the
    /etc/localtime symlink after "zoneinfo/"; else "UTC" (e.g. on Windows, where
    the user picks the zone in the settings). The keyword arguments exist for tests.
    """
    env = os.environ if environ is None else environ
    tz_env = env.get("TZ", "").strip().removeprefix(":")
    if tz_env:
        if is_valid_zone(tz_env) and not tz_env.startswith("/"):
            return tz_env
        from_path = _zone_from_path(tz_env)
        if from_path is not None:
            return from_path
    try:
        first_line = etc_timezone.read_text(encoding="utf-8").strip().splitlines()
    except (OSError, UnicodeDecodeError):
        first_line = []
    if first_line and is_valid_zone(first_line[0].strip()):
        return first_line[0].strip()
    try:
        target = os.readlink(etc_localtime)
    except (OSError, ValueError):
        target = ""
    from_link = _zone_from_path(target)
    if from_link is not None:
        return from_link
    return "UTC"


def format_utc_iso(dt: datetime) -> str:
    """ISO 8601 in UTC for storage, e.g. "2026-03-08T07:30:00+00:00" (rule T1)."""
    _require_aware(dt, "format_utc_iso argument")
    return dt.astimezone(UTC).isoformat()


def parse_utc_iso(text: str) -> datetime:
    """Read a stored instant ("+00:00", "Z" or any explicit offset) as aware UTC."""
    parsed = datetime.fromisoformat(text.strip())
    if parsed.tzinfo is None:
        raise ValueError(f"stored time {text!r} has no UTC offset")
    return parsed.astimezone(UTC)
