"""Imports point down only: domain → storage → services → ui (a layering check)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "il2desk"

# What each layer may import from il2desk and from Qt.
FORBIDDEN = {
    "domain": ("il2desk.storage", "il2desk.services", "il2desk.ui", "PySide6", "sqlite3"),
    "storage": ("il2desk.services", "il2desk.ui", "PySide6"),
    "services": ("il2desk.ui", "PySide6.QtWidgets"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down(layer: str) -> None:
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imported_modules(path):
            if name.startswith(FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_domain_and_storage_never_import_pyside6() -> None:
    for layer in ("domain", "storage"):
        for path in (PACKAGE / layer).rglob("*.py"):
            assert not any(n.startswith("PySide6") for n in imported_modules(path)), path
