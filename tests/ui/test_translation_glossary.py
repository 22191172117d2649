"""The Spanish translation keeps docs/translation-glossary.md: neutral Spanish for Spain
and Latin America, and drawing up a dose never worded like the viral load (issue 23)."""

from __future__ import annotations

import re

from tests.ui.translation_files import ROOT, SPANISH_TS, messages

GLOSSARY = ROOT / "docs" / "translation-glossary.md"


def forbidden_patterns() -> dict[str, re.Pattern[str]]:
    """The "Never in a translation" table: avoided word → its pattern."""
    section = GLOSSARY.read_text(encoding="utf-8").split("## Never in a translation", 1)[1]
    found = {}
    for line in section.splitlines():
        cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
        if len(cells) != 3 or "`" not in cells[2]:
            continue
        pattern = cells[2].strip().strip("`").replace("\\|", "|")
        found[cells[0].strip()] = re.compile(pattern, re.IGNORECASE)
    return found


def test_the_glossary_lists_its_forbidden_words():
    assert set(forbidden_patterns()) >= {"coger", "tensión (arterial)", "ordenador",
                                        "cargar (a syringe)"}


def test_no_translation_uses_a_forbidden_word():
    patterns = forbidden_patterns()
    found = []
    for (context, _source), (text, _done) in messages(SPANISH_TS).items():
        plain = text.replace("&", "")  # an Alt-letter marker may sit inside a word
        found += [f"{avoid}: {context}: {plain!r}" for avoid, pattern in patterns.items()
                  if pattern.search(plain)]
    assert found == []


def test_the_patterns_catch_what_they_are_for():
    patterns = forbidden_patterns()
    assert patterns["cargar (a syringe)"].search("Cuánto cargar")
    assert patterns["carga, not of the viral load"].search("Carga la dosis")
    assert not patterns["carga, not of the viral load"].search("recuento de CD4 y carga viral")
    assert not patterns["cargar (a syringe)"].search("jeringa precargada")
    assert patterns["coger"].search("Coge la bolsa de hielo")
    assert patterns["ordenador"].search("el ordenador en reposo")
