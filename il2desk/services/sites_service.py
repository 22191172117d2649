"""Injection sites: reactions noted on the skin, and where injections were given.

The reactions' writes go through here and are announced; the site history is read from
the injection log (the injections themselves are the course service's to write).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from il2desk.domain.rotation import Use
from il2desk.services.changes import ChangeNotifier
from il2desk.storage.database import Database
from il2desk.storage.injection_log_repo import InjectionLogRepository
from il2desk.storage.site_reaction_repo import REACTION_KINDS, Reaction, SiteReactionRepository

__all__ = ["REACTION_KINDS", "Reaction", "SitesService", "Use"]


class SitesService(ChangeNotifier):
    """Owns the site reactions' writes; `changed` after each committed one."""

    def __init__(self, db: Database) -> None:
        self._reactions = SiteReactionRepository(db)
        self._log = InjectionLogRepository(db)

    # -- writing ------------------------------------------------------------------------
    def add(self, site_code: str, kind: str, noted_utc: dt.datetime, note: str = "",
            injection_id: int | None = None, size_cm: Decimal | None = None) -> int:
        reaction_id = self._reactions.add(site_code, kind, noted_utc, note,
                                          injection_id=injection_id, size_cm=size_cm)
        self.announce()
        return reaction_id

    def update(self, reaction_id: int, kind: str, size_cm: Decimal | None, note: str) -> None:
        self._reactions.update(reaction_id, kind, size_cm, note)
        self.announce()

    def resolve(self, reaction_id: int, resolved_utc: dt.datetime) -> None:
        self._reactions.resolve(reaction_id, resolved_utc)
        self.announce()

    # -- reading ------------------------------------------------------------------------
    def open_reactions(self) -> list[Reaction]:
        return self._reactions.open_reactions()

    def open_by_site(self) -> dict[str, list[str]]:
        """Site code → kinds of its open reactions."""
        return self._reactions.open_by_site()

    def for_site(self, site_code: str) -> list[Reaction]:
        return self._reactions.for_site(site_code)

    def site_history(self) -> list[Use]:
        """Every injection given at a known site, newest first."""
        return self._log.site_history()
