"""The injection sites on the body map: their codes, names and areas, and the words
for a site's reactions. Data only; which site comes next is rule R12, in rotation.py.
"""

from __future__ import annotations

from collections.abc import Iterable

from il2desk.domain.texts import QT_TRANSLATE_NOOP

# The 8 codes seeded in the `sites` table, in their sort order (the tie-break order).
SITE_CODES: tuple[str, ...] = (
    "abdomen-upper-left",
    "abdomen-upper-right",
    "abdomen-lower-left",
    "abdomen-lower-right",
    "thigh-left",
    "thigh-right",
    "arm-left",
    "arm-right",
)

SITE_LABELS: dict[str, str] = {
    "abdomen-upper-left": QT_TRANSLATE_NOOP("domain", "Belly, upper left"),
    "abdomen-upper-right": QT_TRANSLATE_NOOP("domain", "Belly, upper right"),
    "abdomen-lower-left": QT_TRANSLATE_NOOP("domain", "Belly, lower left"),
    "abdomen-lower-right": QT_TRANSLATE_NOOP("domain", "Belly, lower right"),
    "thigh-left": QT_TRANSLATE_NOOP("domain", "Left thigh"),
    "thigh-right": QT_TRANSLATE_NOOP("domain", "Right thigh"),
    "arm-left": QT_TRANSLATE_NOOP("domain", "Back of left arm"),
    "arm-right": QT_TRANSLATE_NOOP("domain", "Back of right arm"),
}

# Areas the user can switch off in Settings, each with its sites.
AREAS: dict[str, tuple[str, ...]] = {
    "abdomen": SITE_CODES[0:4],
    "thigh": SITE_CODES[4:6],
    "arm": SITE_CODES[6:8],
}
AREA_LABELS: dict[str, str] = {
    "abdomen": QT_TRANSLATE_NOOP("domain", "Belly"),
    "thigh": QT_TRANSLATE_NOOP("domain", "Thighs"),
    "arm": QT_TRANSLATE_NOOP("domain", "Backs of the arms"),
}

REACTION_LABELS: dict[str, str] = {
    "swelling": QT_TRANSLATE_NOOP("domain", "swelling"),
    "redness": QT_TRANSLATE_NOOP("domain", "redness"),
    "lump": QT_TRANSLATE_NOOP("domain", "lump (nodule)"),
    "scab": QT_TRANSLATE_NOOP("domain", "scab"),
    "other": QT_TRANSLATE_NOOP("domain", "other reaction"),
}


def site_label(code: str) -> str:
    return SITE_LABELS.get(code, code)


def sites_in_areas(areas: Iterable[str]) -> tuple[str, ...]:
    """Enabled site codes, in sort order, for the enabled areas."""
    wanted = set(areas)
    return tuple(code for area, codes in AREAS.items() if area in wanted for code in codes)
