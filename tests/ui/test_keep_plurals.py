"""scripts/keep_plurals.py: the plural forms of a .ts survive pyside6-lupdate, which reads
Python without plurals and drops them."""

from __future__ import annotations

import subprocess
import sys

from tests.ui.translation_files import ROOT, messages, plural_forms, tool

SOURCE = '''
def f(days, n):
    print(translate("cli", "%n day(s)", None, days))
    print(translate("cli", "%n new one(s)", None, n))
    print(translate("cli", "Plain"))
'''
TRANSLATED = '''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>Sencillo</translation>
    </message>
</context>
</TS>
'''


def update(ts, source, tmp_path) -> None:
    """What scripts/update-translations.sh does for one .ts."""
    store = tmp_path / "plurals.json"
    keep = [sys.executable, str(ROOT / "scripts" / "keep_plurals.py")]
    subprocess.run([*keep, "save", str(ts), str(store)], check=True, timeout=60)
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-target-language", "es", str(source), "-ts", str(ts)], check=True,
                   timeout=120)
    subprocess.run([*keep, "restore", str(ts), str(store)], check=True, timeout=60)


def test_plural_forms_survive_an_update_and_new_plurals_wait_for_theirs(tmp_path):
    source = tmp_path / "words.py"
    source.write_text(SOURCE, encoding="utf-8")
    ts = tmp_path / "il2desk_es.ts"
    ts.write_text(TRANSLATED, encoding="utf-8")
    update(ts, source, tmp_path)
    forms = plural_forms(ts)
    assert forms[("cli", "%n day(s)")] == ["%n día", "%n días"]
    assert forms[("cli", "%n new one(s)")] == ["", ""]  # for the translator to fill in
    found = messages(ts)
    assert found[("cli", "%n day(s)")] == ("%n días", True)  # (the last form stands)
    assert found[("cli", "%n new one(s)")][1] is False  # unfinished
    assert found[("cli", "Plain")] == ("Sencillo", True)
    before = ts.read_text(encoding="utf-8")
    update(ts, source, tmp_path)
    assert ts.read_text(encoding="utf-8") == before  # a second update changes nothing
