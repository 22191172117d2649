"""Mixed vials (rule D5): when mixed, usable until, strength, doses drawn and left."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from decimal import Decimal

from il2desk.domain.timeplan import format_utc_iso, parse_utc_iso
from il2desk.storage.database import Database


@dataclasses.dataclass(frozen=True)
class Vial:
    id: int
    mixed_utc: dt.datetime
    usable_until_utc: dt.datetime
    zone_name: str
    vial_miu: Decimal | None
    diluent_ml: Decimal | None
    concentration_miu_per_ml: Decimal
    doses_drawn: int
    doses_expected: int | None
    discarded: bool
    note: str

    @property
    def doses_left(self) -> int | None:
        """Doses still expected from the vial, or None when the user did not say."""
        if self.doses_expected is None:
            return None
        return max(0, self.doses_expected - self.doses_drawn)

    def is_expired(self, now_utc: dt.datetime) -> bool:
        """rule D5: past the time the label or pharmacist gave."""
        return now_utc >= self.usable_until_utc


@dataclasses.dataclass(frozen=True)
class NewVial:
    """A vial just mixed, before it is stored."""

    mixed_utc: dt.datetime
    usable_until_utc: dt.datetime
    zone_name: str
    concentration_miu_per_ml: Decimal
    vial_miu: Decimal | None = None
    diluent_ml: Decimal | None = None
    doses_expected: int | None = None
    note: str = ""


def _opt_decimal(text: str | None) -> Decimal | None:
    return Decimal(text) if text is not None else None


class VialRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- writing (each call is its own transaction unless given a connection) -----------
    def insert(self, conn: sqlite3.Connection, vial: NewVial) -> int:
        """Store a new vial inside the caller's transaction; returns its id."""
        cursor = conn.execute(
            """INSERT INTO vials (mixed_utc, usable_until_utc, zone_name, vial_miu,
                   diluent_ml, concentration_miu_per_ml, doses_expected, note)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            (format_utc_iso(vial.mixed_utc), format_utc_iso(vial.usable_until_utc),
             vial.zone_name,
             str(vial.vial_miu) if vial.vial_miu is not None else None,
             str(vial.diluent_ml) if vial.diluent_ml is not None else None,
             str(vial.concentration_miu_per_ml), vial.doses_expected, vial.note),
        )
        return int(cursor.lastrowid)

    def create(self, vial: NewVial) -> int:
        with self._db.transaction() as conn:
            return self.insert(conn, vial)

    @staticmethod
    def add_draw(conn: sqlite3.Connection, vial_id: int) -> None:
        """One more dose drawn from the vial, inside the caller's transaction."""
        conn.execute("UPDATE vials SET doses_drawn = doses_drawn + 1 WHERE id = ?", (vial_id,))

    def discard(self, vial_id: int) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE vials SET discarded = 1 WHERE id = ?", (vial_id,))

    # -- reading ------------------------------------------------------------------------
    def get(self, vial_id: int) -> Vial | None:
        row = self._db.conn.execute("SELECT * FROM vials WHERE id = ?", (vial_id,)).fetchone()
        return self._vial(row) if row is not None else None

    def list(self, *, include_discarded: bool = False) -> list[Vial]:
        """Vials, most recently mixed first."""
        sql = "SELECT * FROM vials"
        if not include_discarded:
            sql += " WHERE discarded = 0"
        rows = self._db.conn.execute(sql + " ORDER BY mixed_utc DESC, id DESC").fetchall()
        return [self._vial(row) for row in rows]

    @staticmethod
    def _vial(row: sqlite3.Row) -> Vial:
        return Vial(
            id=row["id"], mixed_utc=parse_utc_iso(row["mixed_utc"]),
            usable_until_utc=parse_utc_iso(row["usable_until_utc"]),
            zone_name=row["zone_name"], vial_miu=_opt_decimal(row["vial_miu"]),
            diluent_ml=_opt_decimal(row["diluent_ml"]),
            concentration_miu_per_ml=Decimal(row["concentration_miu_per_ml"]),
            doses_drawn=row["doses_drawn"], doses_expected=row["doses_expected"],
            discarded=bool(row["discarded"]), note=row["note"],
        )
