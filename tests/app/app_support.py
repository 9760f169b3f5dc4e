"""Plain helpers of the explorer tests (imported by name: a module called ``conftest`` would
be ambiguous, since every test folder has one)."""

from __future__ import annotations

import socket
from pathlib import Path

from streamlit.testing.v1 import AppTest

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "app.py"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def no_trouble(at: AppTest) -> None:
    """No exception and no error box on the page."""
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def graph_html(at: AppTest, index: int = 0) -> str:
    frames = at.get("iframe")
    assert len(frames) > index, "no graph drawn"
    return str(frames[index].proto.srcdoc)


def go_to(at: AppTest, page: str) -> AppTest:
    at.radio(key="page").set_value(page).run()
    return at
