"""The translation files and Qt's tools, for the tests that read or compile them."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPANISH_TS = ROOT / "resources" / "i18n" / "il2desk_es.ts"
PLACEHOLDER = re.compile(r"\{\w*\}")


def tool(name: str) -> str:
    """The PySide6 tool next to the running Python (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) → (translation, finished)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = _text(translation)
            finished = translation is not None and translation.get("type") not in (
                "unfinished", "obsolete", "vanished")
            found[(name, message.findtext("source") or "")] = (text, finished)
    return found


def _text(translation: ET.Element | None) -> str:
    """The translation; of a plural (numerus) one, every form must be there and the last
    stands for them ("%n horas"); an empty form leaves it empty."""
    if translation is None:
        return ""
    forms = [form.text or "" for form in translation.findall("numerusform")]
    if forms:
        return forms[-1] if all(form.strip() for form in forms) else ""
    return translation.text or ""


def plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) → every form of each plural (numerus) translation."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = message.findall("translation/numerusform")
            if forms:
                found[(name, message.findtext("source") or "")] = [f.text or "" for f in forms]
    return found
