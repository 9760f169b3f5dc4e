"""The embedded server: start/stop, permissions, stale state, crashes, sharing between processes."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from store_fixtures import counts, story_a, story_b

from graph import embedded
from graph.falkordb_store import FalkorDBStore
from ontology.errors import ConfigError
from ontology.model import Entity, Relation, StoryExtraction, write_jsonl

GWANGYE = [str(Path(sys.executable).with_name("gwangye"))]


def synthetic(n: int) -> list[StoryExtraction]:
    """``n`` small articles over a shared cast, so facts repeat across articles."""
    out = []
    for i in range(n):
        org, prog = f"가상구{i % 17}", f"가상 사업 {i % 23}"
        out.append(StoryExtraction(
            source=f"synthetic_{i:04d}.txt", story=0, title=f"기사 {i}", date=f"2024-{1 + i % 12:02d}-01",
            outlet="가상일보", hash=f"{i:032x}",
            entities=[
                Entity("e1", "Organization", org, [], {"kind": "local_government"}),
                Entity("e2", "Programme", prog, [], {}),
                Entity("e3", "Person", f"홍길{i % 31}", [], {"title": "구청장"}),
            ],
            relations=[
                Relation("RUNS", "e1", "e2", f"{org}는 {prog}을 추진한다 ({i})."),
                Relation("HOLDS_POSITION", "e3", "e1", f"홍길{i % 31} {org}청장 ({i})."),
            ],
        ))
    return out


def _env(home: Path, graph: str = "gwangye") -> dict[str, str]:
    return {**os.environ, "GWANGYE_HOME": str(home), "GWANGYE_GRAPH": graph,
            "GWANGYE_STORE": "embedded"}


@pytest.fixture
def private_home(tmp_path: Path):
    home = tmp_path / "home"
    yield home
    embedded.stop_server(home)


def test_server_files_are_owner_only(gw_home: Path):
    paths = embedded.ensure_server(gw_home)
    assert stat.S_IMODE(paths.home.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.socket.stat().st_mode) & 0o077 == 0
    assert paths.socket.is_socket()
    status = embedded.server_status(gw_home)
    assert status["state"] == "up" and status["pid"] == embedded.server_pid(paths)


def test_stop_then_next_use_restarts_and_keeps_data(private_home: Path):
    with FalkorDBStore("embedded", home=str(private_home)) as store:
        store.write([story_a()])
        before = counts(store)
    assert embedded.stop_server(private_home) is True
    assert embedded.server_status(private_home)["state"] == "down"
    assert embedded.stop_server(private_home) is False
    with FalkorDBStore("embedded", home=str(private_home)) as store:
        assert counts(store) == before


def test_kill_9_server_then_next_call_restarts_and_nothing_committed_is_lost(private_home: Path):
    store = FalkorDBStore("embedded", home=str(private_home))
    store.write([story_a()])
    before = counts(store)
    paths = embedded.server_paths(private_home)
    pid = embedded.server_pid(paths)
    os.kill(pid, signal.SIGKILL)
    psutil.Process(pid).wait(10) if psutil.pid_exists(pid) else None
    # the same open store notices, restarts the server and reads the AOF back
    assert counts(store) == before
    assert embedded.server_pid(paths) not in (None, pid)
    store.write([story_b()])
    store.close()


def test_stale_pidfile_and_socket_are_cleaned(private_home: Path):
    paths = embedded.server_paths(private_home)
    dead = subprocess.Popen(["true"])
    dead.wait()
    paths.pidfile.write_text(f"{dead.pid}\n")
    paths.socket.write_text("")  # a leftover file nobody listens on
    started = embedded.ensure_server(private_home)
    assert embedded.probe(started) == "up"
    assert embedded.server_pid(started) not in (None, dead.pid)


def test_long_data_dir_uses_a_short_private_socket_dir(tmp_path: Path):
    home = tmp_path / ("긴경로" * 12) / "data"
    paths = embedded.server_paths(home)
    assert len(os.fsencode(paths.socket)) <= embedded.MAX_SOCKET_PATH
    assert paths.socket.parent != paths.home
    assert stat.S_IMODE(paths.socket.parent.stat().st_mode) == 0o700
    try:
        with FalkorDBStore("embedded", home=str(home)) as store:
            store.write([story_a()])
            assert store.stats()["articles"] == 1
    finally:
        embedded.stop_server(home)


def test_data_dir_that_is_a_file_is_a_config_error(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ConfigError):
        embedded.server_paths(blocker / "home")


def test_two_processes_share_one_server(gw_home: Path, tmp_path: Path):
    with FalkorDBStore("embedded", home=str(gw_home), graph="shared") as store:
        store.drop_all()
        store.write([story_a()])
        pid = embedded.server_pid(embedded.server_paths(gw_home))
        done = subprocess.run(
            [*GWANGYE, "query", "MATCH (n:Entity) RETURN count(n) AS n", "--format", "json"],
            env=_env(gw_home, "shared"), capture_output=True, check=False, text=True, timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == [{"n": 5}]
        assert embedded.server_pid(embedded.server_paths(gw_home)) == pid
        store.drop_all()


def test_concurrent_starters_start_one_server(private_home: Path):
    code = ("import sys; from graph import embedded; "
            "p = embedded.ensure_server(sys.argv[1]); print(embedded.server_pid(p))")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(private_home)],
                              stdout=subprocess.PIPE, text=True) for _ in range(4)]
    pids = {p.communicate(timeout=120)[0].strip() for p in procs}
    assert len(pids) == 1 and pids != {"None"}


@pytest.mark.parametrize("victim", ["server", "ingest"])
def test_kill_9_during_ingest_then_reingest_gives_the_complete_graph(
    tmp_path: Path, private_home: Path, victim: str
):
    articles = synthetic(400)
    data = tmp_path / "synthetic.jsonl"
    with data.open("w", encoding="utf-8") as handle:
        write_jsonl(articles, handle)
    # the reference: the same file ingested without interruption, in another graph
    with FalkorDBStore("embedded", home=str(private_home), graph="reference") as ref:
        ref.write(articles)
        expected = counts(ref)
    env = {**_env(private_home, "crash"), "GWANGYE_BATCH_SIZE": "20"}
    ingest = subprocess.Popen([*GWANGYE, "ingest", str(data)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    paths = embedded.server_paths(private_home)
    store = FalkorDBStore("embedded", home=str(private_home), graph="crash")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and ingest.poll() is None:
        if store.stats()["articles"] >= 40:
            break
        time.sleep(0.02)
    assert ingest.poll() is None, "the ingest finished before the server could be killed"
    os.kill(embedded.server_pid(paths) if victim == "server" else ingest.pid, signal.SIGKILL)
    ingest.communicate(timeout=120)
    partial = store.stats()["articles"]  # the store restarts the server on its next call
    assert 40 <= partial <= 400
    again = subprocess.run([*GWANGYE, "ingest", str(data)], env=env, check=False,
                           capture_output=True,
                           text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert counts(store) == expected
    again = subprocess.run([*GWANGYE, "ingest", str(data)], env=env, check=False,
                           capture_output=True,
                           text=True, timeout=300)
    assert "0 articles written, 400 already stored" in again.stdout
    store.close()
