"""One window per library: a second launch asks the first to come forward.

The OpenReport that holds a library listens on a local socket named after the library's
path; a second launch on the same library connects, asks the first window to come to the
front, and ends. When no one answers (the library is held by a command, or an older
OpenReport), the second launch opens the library read-only instead.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

REQUEST = b"come-forward\n"
ANSWER = b"ok\n"


def server_name(library: Path) -> str:
    """The local socket's name for ``library`` (a hash: a path may be long or Arabic)."""
    digest = hashlib.sha256(str(Path(library).resolve()).encode()).hexdigest()[:24]
    return f"openreport-{digest}"


def ask_first_to_come_forward(library: Path, timeout_ms: int = 1500) -> bool:
    """Whether the OpenReport that holds ``library`` answered and brought its window forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(library))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(REQUEST)
    socket.waitForBytesWritten(timeout_ms)
    answered = b""
    while not answered.endswith(b"\n") and socket.waitForReadyRead(timeout_ms):
        answered += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answered == ANSWER


class ComeForwardServer(QObject):
    """Listens for second launches on the library of ``window`` and brings it forward."""

    def __init__(self, window: QWidget, library: Path) -> None:
        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        name = server_name(library)
        # A socket file left by a crash is removed: this process holds the library's lock,
        # so no other OpenReport can be listening for this library.
        QLocalServer.removeServer(name)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self.on_connection)

    def on_connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self.on_request(s))
            socket.disconnected.connect(socket.deleteLater)

    def on_request(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()) != REQUEST:
            socket.disconnectFromServer()
            return
        window = self.window
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()
        socket.write(ANSWER)
        socket.flush()

    def close(self) -> None:
        self.server.close()
