"""Rule R13: the signs that mean "call your doctor now", as plain data.

Kept free of Qt so the emergency panel, the diary and the printed checklist all show
the very same sentences.
"""

from __future__ import annotations

from il2desk.domain.texts import QT_TRANSLATE_NOOP, Message, message

# Rule R13, in our own words.
EMERGENCY_SIGNS: tuple[Message, ...] = (
    message(QT_TRANSLATE_NOOP("domain", "You pass less urine than normal, or none at all.")),
    message(QT_TRANSLATE_NOOP("domain", "You are short of breath.")),
    message(QT_TRANSLATE_NOOP("domain", "You have a fever of 38.9 °C (102 °F) or more that "
                              "medicine from the pharmacy does not bring down.")),
    message(QT_TRANSLATE_NOOP(
        "domain", "You feel confused, or your thinking or behaviour has changed a lot.")),
    message(QT_TRANSLATE_NOOP("domain", "You faint.")),
    message(QT_TRANSLATE_NOOP("domain", "Your face, neck or feet swell a lot.")),
)
