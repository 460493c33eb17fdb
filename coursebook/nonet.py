"""A guard that makes any network connection attempt fail loudly (tests and the self-check)."""

from __future__ import annotations

import socket
from collections.abc import Callable

_saved: dict[str, Callable] = {}


class NetworkAttempt(RuntimeError):
    """Raised when code tries to open a network connection; Coursebook never should."""


def _refuse(*args, **kwargs):  # noqa: ANN002, ANN003
    raise NetworkAttempt(f"network access attempted: {args[1:] or args}")


def forbid_network() -> None:
    """Replace socket connect and name look-up with functions that raise :class:`NetworkAttempt`.

    On POSIX, ``socket.socketpair()`` (AF_UNIX, no connect call) still works; on Windows it connects
    over loopback TCP and is refused too."""
    if _saved:
        return
    _saved["connect"] = socket.socket.connect
    _saved["connect_ex"] = socket.socket.connect_ex
    _saved["create_connection"] = socket.create_connection
    _saved["getaddrinfo"] = socket.getaddrinfo
    socket.socket.connect = _refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = _refuse  # type: ignore[method-assign]
    socket.create_connection = _refuse  # type: ignore[assignment]
    socket.getaddrinfo = _refuse  # type: ignore[assignment]


def allow_network() -> None:
    if not _saved:
        return
    socket.socket.connect = _saved.pop("connect")  # type: ignore[method-assign]
    socket.socket.connect_ex = _saved.pop("connect_ex")  # type: ignore[method-assign]
    socket.create_connection = _saved.pop("create_connection")  # type: ignore[assignment]
    socket.getaddrinfo = _saved.pop("getaddrinfo")  # type: ignore[assignment]
