"""`count` in a domain message is only ever the plural count (issue 18 §2).

`message(template, count=n, …)` picks Qt's plural form of a "%n" template; a number
that is shown but picks no form is a value with its own name ("{days}", "{weeks}").
A `count=` on a template without "%n" would be taken as a plural count by mistake
(and "{count}" would be filled in from it by accident), so none may exist.
"""

from __future__ import annotations

import ast
from pathlib import Path

import il2desk.domain

DOMAIN = Path(il2desk.domain.__file__).resolve().parent


def _template(node: ast.expr) -> str | None:
    """The text of `QT_TRANSLATE_NOOP("domain", "…")` or of a literal; None otherwise."""
    if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
            and len(node.args) == 2 and isinstance(node.args[1], ast.Constant)):
        return node.args[1].value
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _message_calls() -> list[tuple[str, ast.Call]]:
    calls = []
    for path in sorted(DOMAIN.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "message":
                calls.append((f"{path.name}:{node.lineno}", node))
    return calls


def test_a_count_keyword_goes_with_a_plural_template():
    calls = _message_calls()
    with_count = [(where, call) for where, call in calls
                  if any(keyword.arg == "count" for keyword in call.keywords)]
    assert len(with_count) >= 3  # the check finds them (days, weeks, injections, …)
    wrong = [where for where, call in with_count
             if call.args and "%n" not in (_template(call.args[0]) or "%n")]
    assert wrong == []


def test_no_domain_template_names_a_value_count():
    named = [where for where, call in _message_calls()
             if call.args and "{count}" in (_template(call.args[0]) or "")]
    assert named == []
