"""rule D4: no "IU", "MIU" or bare "U" in any patient-facing string of the ui, nor in
the domain's messages ("U-100", the printed name of a syringe type, is allowed)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "il2desk"
FORBIDDEN = re.compile(r"\b(?:IU|MIU)\b|\bU\b(?!-100)")
# Files whose string literals the patient can see.
SOURCES = [*sorted((PACKAGE / "ui").rglob("*.py")),
           *sorted((PACKAGE / "domain").rglob("*.py"))]


def _docstring_nodes(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def patient_strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstring_nodes(tree)
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and id(node) not in docstrings):
            found.append((node.lineno, node.value))
    return found


def test_the_scan_sees_the_ui_and_catches_abbreviations():
    assert len(SOURCES) > 10
    assert FORBIDDEN.search("4.5 MIU") and FORBIDDEN.search("25 U") and FORBIDDEN.search("IU")
    assert not FORBIDDEN.search("0.3 mL insulin syringe (U-100)")
    assert not FORBIDDEN.search("25 units, USB, UTC")


def test_no_abbreviated_units_in_patient_facing_strings():
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line}: {text!r}"
        for path in SOURCES for line, text in patient_strings(path)
        if FORBIDDEN.search(text)
    ]
    assert offenders == []
