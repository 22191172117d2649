"""Tests import no other test module (issue 18): a helper two test modules share lives in
a plain helper module beside them (tests/ui/keys.py, tests/services/pdf_text.py, ...)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def imported_test_modules(path: Path) -> list[str]:
    """The test modules (last name starting "test_") that the file at `path` imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            # `from tests.ui import test_keyboard` and `from . import test_x` name the
            # module after `import`.
            names = [module] + [f"{module}.{alias.name}" for alias in node.names]
        else:
            continue
        found.extend(name for name in names
                     if name and name.rsplit(".", 1)[-1].startswith("test_"))
    return found


def test_no_file_under_tests_imports_a_test_module() -> None:
    offenders = {}
    for path in sorted(TESTS.rglob("*.py")):
        if found := imported_test_modules(path):
            offenders[str(path.relative_to(TESTS))] = found
    assert offenders == {}
