"""`il2desk` and `il2desk --data-dir PATH` open the window without the parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from il2desk.__main__ import _only_the_window


@pytest.mark.parametrize(("argv", "expected"), [
    ([], None),
    (["--data-dir", "/tmp/record"], Path("/tmp/record")),
])
def test_opening_the_window_needs_no_parser(argv, expected):
    assert _only_the_window(argv) == expected


@pytest.mark.parametrize("argv", [
    ["course", "list"],
    ["--data-dir", "/tmp/record", "course", "list"],
    ["--data-dir", "--version"],
    ["--data-dir"],
    ["--version"],
    ["--help"],
    ["--data-dir=/tmp/record"],
])
def test_anything_else_goes_through_the_parser(argv):
    assert _only_the_window(argv) is False
