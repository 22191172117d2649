"""Rule R12: which injection site to use next, and why the others are not suggested.

Pure and deterministic: the same history always gives the same suggestion. The
program suggests; the patient may pick another site.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from il2desk.domain.sites import REACTION_LABELS, SITE_CODES, site_label
from il2desk.domain.texts import QT_TRANSLATE_NOOP, Message, listing, message

DEFAULT_AVOID_RECENT = 4
# A site last used this long before the newest injection has rested: it is never kept
# out as "recent" (issue 20: a site used 67 days ago, in the course before, is not
# "one of your last 4 sites"). A course lasts 5 days; courses are weeks apart.
RESTED_AFTER = dt.timedelta(days=14)


@dataclasses.dataclass(frozen=True)
class Use:
    """One injection given at a site."""

    site_code: str
    given_utc: dt.datetime


@dataclasses.dataclass(frozen=True)
class Suggestion:
    site_code: str | None  # None when every enabled site has an open reaction
    recent: tuple[str, ...]  # sites kept out because they were used recently, newest first
    blocked: frozenset[str]  # sites kept out because of an open reaction
    last_used: Mapping[str, dt.datetime]


def last_used(history: Iterable[Use]) -> dict[str, dt.datetime]:
    latest: dict[str, dt.datetime] = {}
    for use in history:
        if use.site_code not in latest or use.given_utc > latest[use.site_code]:
            latest[use.site_code] = use.given_utc
    return latest


def _order_key(code: str) -> int:
    return SITE_CODES.index(code) if code in SITE_CODES else len(SITE_CODES)


def suggest_site(
    enabled: Sequence[str],
    history: Iterable[Use],
    open_reactions: Iterable[str],
    avoid_recent: int = DEFAULT_AVOID_RECENT,
) -> Suggestion:
    """Rule R12: never a site with an open reaction; never one of the `avoid_recent`
    most recently used sites (used within RESTED_AFTER of the newest injection);
    otherwise the least recently used (never-used sites first, ties in the fixed site
    order).

    When the window would leave nothing (few sites switched on), it shrinks so the
    last site used is still avoided when another one is possible.
    """
    latest = last_used(history)
    blocked = frozenset(open_reactions) & frozenset(enabled)
    candidates = sorted({c for c in enabled if c not in blocked}, key=_order_key)
    newest = max(latest.values(), default=None)
    by_recency = sorted((c for c in candidates
                         if c in latest and newest - latest[c] < RESTED_AFTER),
                        key=lambda c: (latest[c], -_order_key(c)), reverse=True)
    window = max(0, min(avoid_recent, len(candidates) - 1))
    recent = tuple(by_recency[:window])
    remaining = [c for c in candidates if c not in recent]
    if not remaining:
        return Suggestion(None, recent, blocked, latest)
    # Never used sorts first (min date), then oldest use; ties by the site order.
    floor = dt.datetime.min.replace(tzinfo=dt.UTC)
    choice = min(remaining, key=lambda c: (latest.get(c, floor), _order_key(c)))
    return Suggestion(choice, recent, blocked, latest)


def _ago(then: dt.datetime, now: dt.datetime) -> Message:
    days = (now.date() - then.date()).days
    if days <= 0:
        return message(QT_TRANSLATE_NOOP("domain", "last used today"))
    if days == 1:
        return message(QT_TRANSLATE_NOOP("domain", "last used yesterday"))
    return message(QT_TRANSLATE_NOOP("domain", "last used {days} days ago"), days=days)


def explain(code: str, suggestion: Suggestion, now_utc: dt.datetime,
            reactions: Mapping[str, Sequence[str]] | None = None) -> Message:
    """One plain sentence: "Left thigh: last used 9 days ago, no open reaction"."""
    return message(QT_TRANSLATE_NOOP("domain", "{name}: {state}"),
                   name=message(site_label(code)),
                   state=site_state(code, suggestion, now_utc, reactions))


def site_state(code: str, suggestion: Suggestion, now_utc: dt.datetime,
               reactions: Mapping[str, Sequence[str]] | None = None) -> Message:
    """The site's state after its name: "last used 9 days ago, no open reaction"."""
    used = suggestion.last_used.get(code)
    when = _ago(used, now_utc) if used else message(QT_TRANSLATE_NOOP("domain", "not used yet"))
    if code in suggestion.blocked:
        kinds = [message(REACTION_LABELS.get(k, k)) for k in (reactions or {}).get(code, ())]
        if kinds:
            return message(QT_TRANSLATE_NOOP(
                "domain", "open reaction: {kinds}, kept out of rotation until you mark it "
                "healed; {when}"), kinds=listing(kinds), when=when)
        return message(QT_TRANSLATE_NOOP(
            "domain", "open reaction, kept out of rotation until you mark it healed; {when}"),
            when=when)
    if code in suggestion.recent:
        if suggestion.recent.index(code) == 0:
            return message(QT_TRANSLATE_NOOP(
                "domain", "{when}, the last site used, so it rests for now"), when=when)
        return message(QT_TRANSLATE_NOOP(
            "domain", "{when}, one of your last %n site(s), so it rests for now"),
            count=len(suggestion.recent), when=when)
    if code == suggestion.site_code:
        return message(QT_TRANSLATE_NOOP(
            "domain", "{when}, no open reaction — suggested next"), when=when)
    return message(QT_TRANSLATE_NOOP("domain", "{when}, no open reaction"), when=when)
