"""Shared fixtures: headless Qt, a private data folder per test, a fixed clock."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Iterator

# Qt aborts without a display; tests always run offscreen unless told otherwise.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from il2desk.services.clock import FixedClock
from tests import network_guard

# Privacy: no test may open a socket to a non-local address (see network_guard).
network_guard.install()

FIXED_NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)  # a Monday


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(FIXED_NOW)


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def make_ctx(data_dir, clock):
    """Build the app context over a data folder; reopening simulates a restart."""
    from il2desk.app import build_context

    opened = []

    def make(**kwargs):
        # default_zone=None: the system's zone, read from TZ as the program reads it.
        kwargs.setdefault("default_zone", "Europe/Paris")
        ctx = build_context(data_dir, clock=clock, **kwargs)
        opened.append(ctx)
        return ctx

    yield make
    for ctx in opened:
        ctx.db.close()


@pytest.fixture
def ctx(make_ctx):
    return make_ctx()


@pytest.fixture
def travelling_ctx(make_ctx, monkeypatch):
    """The app context on a computer whose zone (TZ) is Europe/Paris until the test sets
    another with `monkeypatch.setenv("TZ", …)`: the travel question's real source."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    return make_ctx(default_zone=None)


@pytest.fixture
def spanish(qapp, tmp_path) -> Iterator[None]:
    """The compiled Spanish translation installed, and a Spanish locale."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from tests.ui.translation_files import SPANISH_TS, tool

    qm = tmp_path / "il2desk_es.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(SPANISH_TS), "-qm", str(qm)],
                   check=True, timeout=120)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    yield
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)
