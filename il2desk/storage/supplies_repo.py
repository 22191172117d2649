"""Counts of supplies the user says they have, one row per item in `supplies`.

The sharps container is two rows of the same table: how many used syringes are in it
and how many it holds (0 = the user has not said), so no schema change is needed.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum

from il2desk.storage.database import Database


class SupplyItem(StrEnum):
    SYRINGES = "syringes"
    SWABS = "alcohol_swabs"
    PILLS = "pretreatment_pills"
    SHARPS_USED = "sharps_used"  # used syringes now in the sharps container
    SHARPS_CAPACITY = "sharps_capacity"  # how many it holds; 0 = not said
    VIALS = "unmixed_vials"  # vials at home not yet mixed (issue 19)


class SuppliesRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def counts(self) -> dict[SupplyItem, int]:
        """Every item, 0 for those never entered."""
        rows = self._db.conn.execute("SELECT item, count FROM supplies").fetchall()
        stored = {row["item"]: int(row["count"]) for row in rows}
        return {item: stored.get(item.value, 0) for item in SupplyItem}

    def count(self, item: SupplyItem) -> int:
        return self.counts()[item]

    @staticmethod
    def set_in(conn: sqlite3.Connection, item: SupplyItem, count: int) -> None:
        if count < 0:
            raise ValueError("a supply count cannot be negative")
        conn.execute(
            "INSERT INTO supplies (item, count) VALUES (?, ?) "
            "ON CONFLICT (item) DO UPDATE SET count = excluded.count",
            (item.value, count),
        )

    def set(self, item: SupplyItem, count: int) -> None:
        with self._db.transaction() as conn:
            self.set_in(conn, item, count)

    @staticmethod
    def add_in(conn: sqlite3.Connection, item: SupplyItem, delta: int) -> None:
        """Change a count inside the caller's transaction, never below zero."""
        conn.execute("INSERT OR IGNORE INTO supplies (item, count) VALUES (?, 0)", (item.value,))
        conn.execute("UPDATE supplies SET count = MAX(0, count + ?) WHERE item = ?",
                     (delta, item.value))
