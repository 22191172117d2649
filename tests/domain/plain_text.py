"""Rule D4 in the tests: no error-prone abbreviations in text a patient reads."""

from __future__ import annotations

import re

# "IU", "MIU" and a lone "U" (units) are easy to misread; "U-100" names a syringe.
BAD_ABBREVIATION = re.compile(r"\bIU\b|\bMIU\b|\bU\b(?!-100)")


def assert_plain(text: object) -> None:
    """rule D4: no error-prone abbreviations in patient-facing text (a message value is
    checked in its English)."""
    text = str(text)
    assert BAD_ABBREVIATION.search(text) is None, text
