"""Marking the domain's patient-facing sentences for translation, without Qt.

`QT_TRANSLATE_NOOP("domain", "…{name}…")` returns the English template unchanged; its
name is what Qt's `lupdate` looks for, so every marked template lands in the `.ts`
files. The domain fills in values with `.format(...)`; the ui turns a finished English
sentence back into its template and values and translates it (`ui/i18n.py`).
"""

from __future__ import annotations

DOMAIN_CONTEXT = "domain"
# Every template marked so far, once each (a dict keeps the order and is cheap to test).
# Templates inside functions are registered when first used; the ui also reads the
# marked literals from the sources (services/translation.py) so none is missed.
TEMPLATES: dict[str, None] = {}


def QT_TRANSLATE_NOOP(context: str, template: str) -> str:
    """Mark `template` for translation; return it unchanged."""
    if context == DOMAIN_CONTEXT and template not in TEMPLATES:
        TEMPLATES[template] = None
    return template
