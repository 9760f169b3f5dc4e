"""Fixtures of the explorer tests: the example graph in a real embedded store, app runs.

The example graph is hand-written extraction lines (``data/example_graph.jsonl``: a
fictional city, 해솔시, its mayor, council, police station, university, programmes and a fund)
written into the embedded FalkorDB of a temporary ``GWANGYE_HOME``; the app finds it through
the environment, exactly as ``gwangye app`` passes it on.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from app_support import APP, REPO, free_port  # noqa: F401  (fixtures use them)
from streamlit.testing.v1 import AppTest

from graph.embedded import stop_server
from graph.store import GraphStore, open_store
from ontology.model import read_jsonl

EXAMPLE_LINES = Path(__file__).parent / "data" / "example_graph.jsonl"
APP_TIMEOUT = 90  # seconds for one script run (the first one opens the store)



def _open_in(home: Path, monkeypatch: pytest.MonkeyPatch) -> GraphStore:
    monkeypatch.setenv("GWANGYE_HOME", str(home))
    monkeypatch.setenv("GWANGYE_STORE", "embedded")
    return open_store("embedded")


def write_example_graph(store: GraphStore) -> None:
    with EXAMPLE_LINES.open(encoding="utf-8") as handle:
        store.write(read_jsonl(handle, str(EXAMPLE_LINES)))


@pytest.fixture(scope="session")
def example_graph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, GraphStore]]:
    """A data directory whose embedded store holds the example graph, and that store."""
    home = tmp_path_factory.mktemp("gw_example")
    with pytest.MonkeyPatch.context() as mp:
        store = _open_in(home, mp)
        write_example_graph(store)
        yield home, store
        store.close()
    stop_server(home)


@pytest.fixture(scope="session")
def example_home(example_graph: tuple[Path, GraphStore]) -> Path:
    return example_graph[0]


@pytest.fixture(scope="session")
def key_of(example_graph: tuple[Path, GraphStore]):
    """``key_of(name)`` → the store key of the example entity called exactly ``name``."""
    store = example_graph[1]

    def find(name: str) -> str:
        hits = [n for n in store.search(name, limit=50) if n.name == name]
        assert len(hits) == 1, f"{name}: {hits}"
        return hits[0].key

    return find


@pytest.fixture(scope="session")
def empty_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data directory whose embedded store holds nothing yet."""
    home = tmp_path_factory.mktemp("gw_empty")
    with pytest.MonkeyPatch.context() as mp:
        store = _open_in(home, mp)
        yield home
        store.close()
    stop_server(home)


@pytest.fixture(scope="session")
def articles_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data directory filled by ``gwangye ingest examples/articles``, as ``make demo`` does."""
    articles = REPO / "examples" / "articles"
    if not any(articles.glob("*.*")):
        pytest.skip("examples/articles is empty")
    home = tmp_path_factory.mktemp("gw_articles")
    gwangye = Path(sys.executable).with_name("gwangye")
    env = {**os.environ, "GWANGYE_HOME": str(home), "GWANGYE_STORE": "embedded"}
    done = subprocess.run(
        [str(gwangye), "ingest", str(articles)],
        env=env,
        capture_output=True,
        check=False,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    yield home
    stop_server(home)


def _fresh_caches() -> None:
    st.cache_data.clear()


@pytest.fixture
def app_on(monkeypatch: pytest.MonkeyPatch):
    """``app_on(home)`` → an AppTest of app.py, already run once, on the store in ``home``."""

    def start(
        home: Path | None, store: str = "embedded", query: dict[str, str] | None = None
    ) -> AppTest:
        if home is not None:
            monkeypatch.setenv("GWANGYE_HOME", str(home))
        monkeypatch.setenv("GWANGYE_STORE", store)
        _fresh_caches()
        at = AppTest.from_file(str(APP), default_timeout=APP_TIMEOUT)
        for name, value in (query or {}).items():
            at.query_params[name] = value
        return at.run()

    return start


@pytest.fixture
def example_app(app_on, example_home: Path) -> AppTest:
    return app_on(example_home)





os.environ.setdefault("GWANGYE_LOG_LEVEL", "WARNING")
