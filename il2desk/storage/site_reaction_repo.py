"""Reactions at injection sites (rule R12): swelling, redness, lumps that may last
months. An open (unresolved) reaction keeps its site out of rotation."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from decimal import Decimal

from il2desk.domain.timeplan import format_utc_iso, parse_utc_iso
from il2desk.storage.database import Database

REACTION_KINDS: tuple[str, ...] = ("swelling", "redness", "lump", "scab", "other")


@dataclasses.dataclass(frozen=True)
class Reaction:
    id: int
    site_code: str
    kind: str
    noted_utc: dt.datetime
    resolved_utc: dt.datetime | None
    note: str
    injection_id: int | None
    size_cm: Decimal | None = None

    @property
    def is_open(self) -> bool:
        return self.resolved_utc is None


class SiteReactionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, site_code: str, kind: str, noted_utc: dt.datetime, note: str = "",
            injection_id: int | None = None, size_cm: Decimal | None = None) -> int:
        if kind not in REACTION_KINDS:
            raise ValueError(f"unknown reaction kind {kind!r}")
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO site_reactions (site_code, injection_id, kind, noted_utc, note,"
                " size_cm) VALUES (?, ?, ?, ?, ?, ?)",
                (site_code, injection_id, kind, format_utc_iso(noted_utc), note.strip(),
                 None if size_cm is None else str(size_cm)),
            )
            return int(cursor.lastrowid)

    def update(self, reaction_id: int, kind: str, size_cm: Decimal | None, note: str) -> None:
        """A reaction changes over weeks (a lump shrinks, scabs): keep it up to date."""
        if kind not in REACTION_KINDS:
            raise ValueError(f"unknown reaction kind {kind!r}")
        with self._db.transaction() as conn:
            conn.execute("UPDATE site_reactions SET kind = ?, size_cm = ?, note = ? WHERE id = ?",
                         (kind, None if size_cm is None else str(size_cm), note.strip(),
                          reaction_id))

    def resolve(self, reaction_id: int, resolved_utc: dt.datetime) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE site_reactions SET resolved_utc = ? "
                         "WHERE id = ? AND resolved_utc IS NULL",
                         (format_utc_iso(resolved_utc), reaction_id))

    def open_reactions(self) -> list[Reaction]:
        rows = self._db.conn.execute(
            "SELECT * FROM site_reactions WHERE resolved_utc IS NULL ORDER BY noted_utc, id"
        ).fetchall()
        return [self._reaction(r) for r in rows]

    def open_by_site(self) -> dict[str, list[str]]:
        """Site code → kinds of its open reactions."""
        result: dict[str, list[str]] = {}
        for reaction in self.open_reactions():
            result.setdefault(reaction.site_code, []).append(reaction.kind)
        return result

    def for_site(self, site_code: str) -> list[Reaction]:
        rows = self._db.conn.execute(
            "SELECT * FROM site_reactions WHERE site_code = ? ORDER BY noted_utc DESC, id DESC",
            (site_code,)).fetchall()
        return [self._reaction(r) for r in rows]

    @staticmethod
    def _reaction(row: sqlite3.Row) -> Reaction:
        return Reaction(
            id=row["id"], site_code=row["site_code"], kind=row["kind"],
            noted_utc=parse_utc_iso(row["noted_utc"]),
            resolved_utc=parse_utc_iso(row["resolved_utc"]) if row["resolved_utc"] else None,
            note=row["note"], injection_id=row["injection_id"],
            size_cm=Decimal(row["size_cm"]) if row["size_cm"] else None,
        )
