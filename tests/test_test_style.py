"""How the tests are written (issue 18 §6), kept so by reading their source:

- no unit test asserts on a wall-clock duration: how fast something is, is a benchmark
  figure (`make bench`, tests/bench/), which varies with the machine;
- tests check public behaviour; the few reaches into the program's private names that
  remain are listed below, and their number may shrink but not grow.

Python scripts that tests run in a child process (string constants that parse as
Python) are read too.
"""

from __future__ import annotations

import ast
import textwrap
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

TESTS = Path(__file__).resolve().parent
BENCH = TESTS / "bench"

CLOCKS = {"time", "time_ns", "perf_counter", "perf_counter_ns", "monotonic",
          "monotonic_ns", "process_time", "process_time_ns"}

# Asserts on a measured duration that check behaviour, not speed.
DURATION_ALLOWED = {
    # The command line waits for a busy record before it gives up (at least the busy
    # timeout): a lower bound that no machine can make fail.
    "cli/test_busy_record.py": 1,
}

# Names of the form `_x` that are public API: namedtuple's methods, and `os._exit`
# (a crash on purpose, in child scripts).
PUBLIC_UNDERSCORED = {"_replace", "_asdict", "_fields", "_make", "_exit"}

# The private names tests still use, per file, and why no public behaviour does instead.
PRIVATE_ALLOWED = {
    # The start-up probes hook the first-paint report in a child process to print what
    # is loaded at the first paint and what runs after it; there is no public hook.
    "ui/test_start_up.py": 4,
    "packaging/test_translations_packaged.py": 2,
    "window_probe.py": 2,  # (the same hook, to report the real window of a start)
    # The window's no-parser fast path (goes away with issue 18 §4's single parser).
    "cli/test_window_arguments.py": 1,
    # The tests' own network guard (tests/network_guard.py), not the program.
    "test_privacy.py": 1,
}


def modules_read() -> Iterator[Path]:
    for path in sorted(TESTS.rglob("*.py")):
        if BENCH not in path.parents and path != Path(__file__).resolve():
            yield path  # (this file's own examples are not tests)


def trees(path: Path) -> Iterator[ast.AST]:
    """The module, and each string constant in it that is a Python script."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    yield tree
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and "\n" in node.value and "import " in node.value:
            try:
                yield ast.parse(textwrap.dedent(node.value))
            except SyntaxError:
                continue


def is_clock_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr in CLOCKS and isinstance(func.value, ast.Name) \
            and func.value.id == "time"
    return isinstance(func, ast.Name) and func.id in CLOCKS - {"time"}


def duration_asserts(tree: ast.AST) -> int:
    """Asserts that use a clock reading, directly or through names computed from one."""
    timed: set[str] = set()
    assigns = [n for n in ast.walk(tree) if isinstance(n, (ast.Assign, ast.AnnAssign))]
    grew = True
    while grew:  # names computed from clock readings, or from such names
        grew = False
        for node in assigns:
            if node.value is None or not any(
                    is_clock_call(n) or (isinstance(n, ast.Name) and n.id in timed)
                    for n in ast.walk(node.value)):
                continue
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name) and name.id not in timed:
                        timed.add(name.id)
                        grew = True
    return sum(1 for node in ast.walk(tree) if isinstance(node, ast.Assert) and any(
        is_clock_call(n) or (isinstance(n, ast.Name) and n.id in timed)
        for n in ast.walk(node.test)))


def is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__") \
        and name not in PUBLIC_UNDERSCORED


def private_uses(tree: ast.AST) -> int:
    """`x._name` (but `self._name`/`cls._name` of a test's own class), `from il2desk…
    import _name`, and `getattr`/`setattr`/`monkeypatch.setattr(x, "_name", …)`."""
    count = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and is_private(node.attr):
            owner = node.value
            if not (isinstance(owner, ast.Name) and owner.id in {"self", "cls"}):
                count += 1
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("il2desk"):
            count += sum(1 for alias in node.names if is_private(alias.name))
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in {"getattr", "setattr", "hasattr", "delattr"} and len(node.args) > 1:
                arg = node.args[1]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) \
                        and is_private(arg.value):
                    count += 1
    return count


def counts(measure) -> dict[str, int]:
    found: Counter[str] = Counter()
    for path in modules_read():
        for tree in trees(path):
            found[path.relative_to(TESTS).as_posix()] += measure(tree)
    return {name: n for name, n in found.items() if n}


def test_no_unit_test_asserts_on_a_wall_clock_duration() -> None:
    found = counts(duration_asserts)
    grown = {name: n for name, n in found.items() if n > DURATION_ALLOWED.get(name, 0)}
    assert grown == {}, "move speed limits to tests/bench (make bench)"


def test_private_names_in_tests_do_not_grow() -> None:
    found = counts(private_uses)
    grown = {name: n for name, n in found.items() if n > PRIVATE_ALLOWED.get(name, 0)}
    assert grown == {}, "check a public behaviour instead (or list it here, with why)"


def test_the_checks_see_what_they_look_for() -> None:
    # The scans find what they are meant to find (a scan that finds nothing passes too).
    timed = ast.parse("import time\nt = time.perf_counter()\nd = time.perf_counter() - t\n"
                      "assert d < 0.5\nassert time.monotonic() > 0\n")
    assert duration_asserts(timed) == 2
    assert duration_asserts(ast.parse("deadline = 5\nassert deadline > 1\n")) == 0
    private = ast.parse("from il2desk.x import _y, z\nw._a = 1\nself._b = 2\n"
                        "c._replace(d=1)\nmonkeypatch.setattr(e, '_f', 1)\n"
                        "getattr(g, '__name__')\n")
    assert private_uses(private) == 3
    assert counts(private_uses).get("ui/test_start_up.py") == 4  # the child script's
