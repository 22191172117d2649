"""One il2desk per data folder: a second launch brings the first window to the front.

Two parts, because each alone has a gap:
- a lock file in the data folder (QLockFile; stale locks of crashed processes are
  taken over), so two processes never write the same database, even when started at
  the very same moment;
- a local socket (QLocalServer/QLocalSocket) named per user and per data folder, over
  which a second launch sends one small versioned message asking the first to raise
  its window.
"""

from __future__ import annotations

import functools
import logging
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from il2desk.storage.paths import private_umask

if TYPE_CHECKING:  # QtNetwork is loaded only when the socket is needed (start-up speed)
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
LOCK_FILE = "il2desk.lock"
CONNECT_TIMEOUT_MS = 1500


def socket_name(data_dir: Path) -> str:
    """Per user and per data folder, so test folders and users never meet."""
    import getpass  # (these imports wait until the window is up: start-up speed)

    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name (some containers): the folder suffices
        user = "user"
    # Two checksums, not a cryptographic hash: this only keeps folders apart, and
    # hashlib would load OpenSSL (3 MB of memory) for it.
    folder = str(Path(data_dir).resolve()).encode()
    digest = f"{zlib.crc32(folder):08x}{zlib.adler32(folder):08x}"
    safe_user = "".join(ch for ch in user if ch.isalnum())[:32] or "user"
    return f"il2desk-{safe_user}-{digest}"


def encode_message(command: str) -> bytes:
    import json

    return (json.dumps({"app": "il2desk", "v": PROTOCOL_VERSION, "cmd": command}) +
            "\n").encode()


def decode_message(data: bytes) -> str | None:
    """The command, or None for anything not understood (other versions included)."""
    import json

    try:
        message = json.loads(data.decode("utf-8").strip().splitlines()[0])
    except (UnicodeDecodeError, ValueError, IndexError):
        return None
    if (not isinstance(message, dict) or message.get("app") != "il2desk"
            or message.get("v") != PROTOCOL_VERSION):
        return None
    command = message.get("cmd")
    return command if isinstance(command, str) else None


class SingleInstance(QObject):
    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = Path(data_dir)
        self._lock = QLockFile(str(Path(data_dir) / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # only a dead owner's lock is stale
        self._server: QLocalServer | None = None
        self.reached_running = False  # after a refused acquire: the other one was told
        self._clients: list[QLocalSocket] = []

    @functools.cached_property
    def name(self) -> str:
        """The socket's name (worked out when the socket is first needed)."""
        return socket_name(self._data_dir)

    def acquire(self, *, listen: bool = True) -> bool:
        """True: we are the one instance. False: another one runs; it has been asked to
        raise its window if it could be reached.

        With `listen=False` only the lock is taken: the program opens the socket with
        `listen()` once its window is up, which keeps QtNetwork out of the start-up.
        """
        with private_umask():  # the lock names this machine and process: keep it private
            locked = self._lock.tryLock(100)
        if locked:
            if listen:
                self.listen()
            return True
        self.reached_running = self.ask_running_to_raise()
        return False

    @property
    def lock_not_writable(self) -> bool:
        """After a refused acquire: the lock file could not be written at all (a full
        disk, a read-only folder), so no other il2desk is known to run (issue 21)."""
        return self._lock.error() in (QLockFile.LockError.PermissionError,
                                      QLockFile.LockError.UnknownError)

    def listen(self) -> None:
        """Answer later launches (they ask us to raise the window). Needs the lock."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not self._lock.isLocked():
            return
        QLocalServer.removeServer(self.name)  # a crashed owner's socket file
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        if not self._server.listen(self.name):
            # Still the only writer (we hold the lock); only raising is lost.
            log.warning("single-instance socket: %s", self._server.errorString())

    def ask_running_to_raise(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            log.warning("another il2desk holds the lock but does not answer")
            return False
        socket.write(encode_message("raise"))
        socket.flush()  # usually writes everything at once; else wait for it
        ok = socket.bytesToWrite() == 0 or socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        for socket in self._clients:
            socket.readyRead.disconnect(self._read_ready)
            socket.abort()
        self._clients.clear()
        if self._server is not None:
            self._server.newConnection.disconnect(self._accept)
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _accept(self) -> None:
        if self._server is None:
            return
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.setParent(self)
            self._clients.append(socket)
            socket.readyRead.connect(self._read_ready)
            self._read(socket)

    def _read_ready(self) -> None:
        for socket in list(self._clients):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            command = decode_message(bytes(socket.readLine().data()))
            if command == "raise":
                self.raise_requested.emit()
            else:
                log.warning("ignored a message from another il2desk: %r", command)
        if socket.state() == socket.LocalSocketState.UnconnectedState \
                and not socket.bytesAvailable():
            socket.readyRead.disconnect(self._read_ready)
            self._clients.remove(socket)
            socket.deleteLater()
