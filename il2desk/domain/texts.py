"""Marking the domain's patient-facing sentences for translation, without Qt.

`QT_TRANSLATE_NOOP("domain", "…{name}…")` returns the English template unchanged; its
name is what Qt's `lupdate` looks for, so every marked template lands in the `.ts`
files. The domain fills in values with `.format(...)`; the ui turns a finished English
sentence back into its template and values and translates it (`ui/i18n.py`).
"""

from __future__ import annotations

DOMAIN_CONTEXT = "domain"
TEMPLATES: list[str] = []


def QT_TRANSLATE_NOOP(context: str, template: str) -> str:
    """Mark `template` for translation; return it unchanged."""
    if context == DOMAIN_CONTEXT:
        TEMPLATES.append(template)
    return template
