"""Rule R13: the signs that mean "call your doctor now", as plain data.

Kept free of Qt so the emergency panel, the diary and the printed checklist all show
the very same sentences.
"""

from __future__ import annotations

# Rule R13, in our own words.
EMERGENCY_SIGNS: tuple[str, ...] = (
    "You pass much less urine than usual, or none at all.",
    "You are short of breath.",
    "You have a fever over 38.9 °C (102 °F) that medicine from the pharmacy "
    "does not bring down.",
    "You feel confused, or your thinking or behaviour has changed a lot.",
    "You faint.",
    "Your face, neck or feet swell a lot.",
)
