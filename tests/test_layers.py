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
    # The ui reaches the record through services only (each emits `changed`).
    "ui": ("il2desk.storage",),
}

# Files allowed one forbidden import: none (the ui reaches the record through services).
ALLOWED: set[str] = set()


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
            found = f"{path.relative_to(PACKAGE)} imports {name}"
            if name.startswith(FORBIDDEN[layer]) and found not in ALLOWED:
                offenders.append(found)
    assert offenders == []


def test_domain_and_storage_never_import_pyside6() -> None:
    for layer in ("domain", "storage"):
        for path in (PACKAGE / layer).rglob("*.py"):
            assert not any(n.startswith("PySide6") for n in imported_modules(path)), path


def runtime_imports(path: Path) -> set[str]:
    """il2desk modules `path` imports when run (also inside functions), leaving out the
    imports made only for type checkers."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(inner) for inner in ast.walk(node))
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {name for name in names if name.startswith("il2desk")}


def test_no_two_modules_import_each_other() -> None:
    modules: dict[str, Path] = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        modules[name.removesuffix(".__init__")] = path
    imports = {name: runtime_imports(path) & set(modules) - {name}
               for name, path in modules.items()}
    cycles = sorted({tuple(sorted((a, b))) for a, targets in imports.items()
                     for b in targets if a in imports[b]})
    assert cycles == []
