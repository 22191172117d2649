"""Privacy: no network, private files, and the guard that proves the first."""

from __future__ import annotations

import os
import socket
import stat

import pytest

from tests.network_guard import NetworkAccessError


def test_network_guard_refuses_non_local_addresses():
    from tests import network_guard

    # Checked first, so that a missing guard can never send real traffic.
    assert socket.socket.connect is network_guard._guarded_connect
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkAccessError):
            sock.connect(("192.0.2.1", 443))  # TEST-NET-1: never actually contacted
    finally:
        sock.close()


def test_network_guard_allows_loopback():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        client.connect(server.getsockname())
    finally:
        client.close()
        server.close()


def test_program_has_no_network_code():
    # A cheap static check on top of the runtime guard.
    from pathlib import Path

    package = Path(__file__).resolve().parents[1] / "il2desk"
    forbidden = ("import socket", "urllib.request", "http.client", "QNetworkAccessManager",
                 "requests")
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in forbidden:
            assert word not in text, f"{path} mentions {word}"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_files_are_private(make_ctx):
    from il2desk.storage.backup import automatic_backup

    ctx = make_ctx()
    ctx.settings.update_field("doctor_phone", "555 0100")
    automatic_backup(ctx.db, ctx.paths, ctx.clock.now_utc())
    root = ctx.paths.root
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    for path in root.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), f"{path} is {oct(mode)}"
