"""Issue 18 §2: these domain modules say things as message values (domain/texts.py),
never as finished sentences: every template marked for translation goes into a
`message(...)` (directly, or through a named template), and no sentence is built with
`.format` or an f-string. Checked on the source, so a new sentence cannot slip in."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "il2desk"
MODULES = ["domain/labs.py", "domain/diary.py", "domain/visit_report.py",
           "domain/checklists.py", "domain/emergency.py", "domain/emergency_followup.py",
           "domain/course_stop.py", "domain/suggestions.py", "domain/dose_advice.py",
           "services/course_stop.py"]


def _is_call(node: ast.AST, name: str) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
        node.func.id == name


def _problems(source: str) -> list[str]:
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    named_templates: dict[str, int] = {}
    given_to_message: set[str] = set()
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            problems.append(f"line {node.lineno}: an f-string")
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"):
            problems.append(f"line {node.lineno}: .format(")
        if _is_call(node, "message") and node.args and isinstance(node.args[0], ast.Name):
            given_to_message.add(node.args[0].id)
        if not (_is_call(node, "QT_TRANSLATE_NOOP") and isinstance(node.args[0], ast.Constant)
                and node.args[0].value == "domain"):
            continue
        parent = parents[node]
        if isinstance(parent, ast.IfExp):  # message(A if … else B)
            parent = parents[parent]
        if _is_call(parent, "message") and parent.args and parent.args[0] in (
                node, parents[node]):
            continue
        if isinstance(parent, ast.Assign) and isinstance(parent.targets[0], ast.Name):
            named_templates[parent.targets[0].id] = node.lineno
            continue
        problems.append(f"line {node.lineno}: a template not made into a message")
    problems += [f"line {line}: template {name} never made into a message"
                 for name, line in named_templates.items() if name not in given_to_message]
    return problems


@pytest.mark.parametrize("module", MODULES)
def test_the_module_says_things_as_message_values(module):
    assert _problems((ROOT / module).read_text(encoding="utf-8")) == []


def test_the_check_finds_a_finished_sentence():
    source = ('x = QT_TRANSLATE_NOOP("domain", "{n} days").format(n=2)\n'
              'y = f"{x} more"\n'
              'def f():\n    return QT_TRANSLATE_NOOP("domain", "plain")\n'
              'z = QT_TRANSLATE_NOOP("domain", "named, never a message")\n')
    assert sorted(_problems(source)) == ["line 1: .format(",
                                         "line 1: a template not made into a message",
                                         "line 2: an f-string",
                                         "line 4: a template not made into a message",
                                         "line 5: template z never made into a message"]
