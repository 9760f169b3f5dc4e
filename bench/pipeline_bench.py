"""How far gwangye is from the floor its own parts set, on one corpus, in one run.

Stages, all over the same stories:

- ``kiwi``: bare ``Kiwi().tokenize`` per story (one thread): the floor of any Kiwi pipeline;
  ``kiwi batched`` hands Kiwi the whole list (Kiwi's own threads, every core).
- ``read``: decoding, chrome removal and story splitting alone.
- ``extract``: ``Extractor.extract`` over the stories already read; ``read+extract`` is the
  same through :func:`extract.parallel.extract_paths` (what ``gwangye extract`` does), with 1
  worker and with N workers (pool start-up included, and in steady state).
- ``store write``: writing the extractions into a fresh embedded store; ``ingest`` is the
  whole ``read + extract + write`` path.

Peak memory runs the real commands as subprocesses on growing corpora (see ``memory_runs``).
"""

from __future__ import annotations

import contextlib
import cProfile
import io
import logging
import os
import pstats
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from bench.measure import PeakMemory, Row, Timer, run_measuring_memory
from extract.parallel import extract_paths
from ontology.model import Story, StoryExtraction

log = logging.getLogger(__name__)


def read_all(files: Sequence[Path]) -> list[Story]:
    from extract.reading import read_stories

    stories: list[Story] = []
    for path in files:
        try:
            stories.extend(read_stories(str(path)))
        except Exception as err:  # noqa: BLE001 — a benchmark counts what it can read
            log.warning("%s: %s", path, err)
    return stories


def bench_kiwi(stories: Sequence[Story]) -> list[Row]:
    from kiwipiepy import Kiwi

    with Timer() as load:
        kiwi = Kiwi()
    texts = [s.text for s in stories]
    kiwi.tokenize(texts[0] if texts else "워밍업")
    with Timer() as single:
        for text in texts:
            kiwi.tokenize(text)
    with Timer() as batched:
        for _ in kiwi.tokenize(texts):
            pass
    return [
        Row("kiwi (per story)", len(texts), single.seconds,
            f"the floor; model load {load.seconds:.1f}s excluded", cpu=single.cpu),
        Row("kiwi (batched list)", len(texts), batched.seconds, "Kiwi's own thread pool",
            cpu=batched.cpu),
    ]


def bench_extract(
    corpus: Path, stories: Sequence[Story], workers: Sequence[int], profile: bool = False,
) -> tuple[list[Row], list[StoryExtraction], str, Any]:
    """Extraction alone, through the engine with 1 and N workers; optionally profiled.

    Returns the rows, the extractions, the profile report ('' without ``profile``) and the
    extractor (reused by the store stages).
    """
    from extract.pipeline import Extractor

    rows: list[Row] = []
    with Timer() as build:
        extractor = Extractor()
    if stories:
        extractor.extract(stories[0])  # first-call costs (lazy loads) are start-up, not rate
    with Timer() as alone:
        extractions = [extractor.extract(s) for s in stories]
    rows.append(Row("extract (stories in memory)", len(stories), alone.seconds,
                    f"Extractor() build {build.seconds:.1f}s excluded", cpu=alone.cpu))
    with Timer() as serial:
        count = sum(1 for r in extract_paths([corpus], workers=1, extractor=extractor) if r.ok)
    rows.append(Row("read+extract, 1 worker", count, serial.seconds,
                    "gwangye extract's engine, in process", cpu=serial.cpu))
    for n in workers:
        if n <= 1:
            continue
        total, steady, count, cpu, steady_cpu = _timed_pool(corpus, n)
        rows.append(Row(f"read+extract, {n} workers", count, total,
                        "pool start-up included; cpu: every process", cpu=cpu))
        rows.append(Row(f"read+extract, {n} workers, steady", max(count - 1, 0), steady,
                        "after the first result", cpu=steady_cpu))
    report = ""
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for story in stories:
            extractor.extract(story)
        profiler.disable()
        report = _profile_report(profiler)
    return rows, extractions, report, extractor


def _timed_pool(corpus: Path, workers: int) -> tuple[float, float, int, float, float]:
    """Wall seconds (total, after the first result), stories, CPU seconds (total, after the
    first result) of the pool.

    The pool's CPU is read from every descendant process (workers live under the fork
    server) while results arrive, plus this process's own share, so it does not depend on
    what else the machine is doing.
    """
    import time

    import psutil

    me = psutil.Process()
    cpu_by_pid: dict[int, float] = {}

    def sample() -> None:
        for child in me.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                times = child.cpu_times()
                cpu_by_pid[child.pid] = times.user + times.system

    own = time.process_time()
    started = time.perf_counter()
    first = None
    cpu_at_first = 0.0
    count = 0
    for result in extract_paths([corpus], workers=workers):
        if first is None:
            first = time.perf_counter()
            sample()
            cpu_at_first = sum(cpu_by_pid.values()) + time.process_time() - own
        count += result.ok
        if count % 5 == 0:
            sample()
    sample()  # the pool is gone by now; the last samples stand
    ended = time.perf_counter()
    cpu = sum(cpu_by_pid.values()) + time.process_time() - own
    return ended - started, ended - (first or ended), count, cpu, cpu - cpu_at_first


def _profile_report(profiler: cProfile.Profile, top: int = 25) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats("tottime").print_stats(top)
    out.write("\n--- by cumulative time ---\n")
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


@contextlib.contextmanager
def fresh_home() -> Iterator[Path]:
    """A temporary GWANGYE_HOME for an embedded store, stopped and removed afterwards."""
    home = Path(tempfile.mkdtemp(prefix="gwangye-bench-"))
    previous = os.environ.get("GWANGYE_HOME")
    os.environ["GWANGYE_HOME"] = str(home)
    try:
        yield home
    finally:
        with contextlib.suppress(Exception):
            from graph.embedded import stop_server

            stop_server(home)
        if previous is None:
            os.environ.pop("GWANGYE_HOME", None)
        else:
            os.environ["GWANGYE_HOME"] = previous
        shutil.rmtree(home, ignore_errors=True)


def gwangye_command() -> list[str]:
    script = Path(sys.executable).with_name("gwangye")
    return [str(script)] if script.exists() else [sys.executable, "-m", "graph.cli"]


def store_available() -> bool:
    try:
        from graph.store import open_store

        with fresh_home():
            open_store("embedded").close()
        return True
    except NotImplementedError:
        return False
    except Exception as err:  # noqa: BLE001 — the benchmark reports and skips the stage
        log.warning("embedded store not usable: %s", err)
        return False


def server_cpu(home: Path) -> float:
    """CPU seconds the embedded server of ``home`` has used so far (0 when unknown)."""
    try:
        import psutil

        from graph.embedded import server_paths, server_pid

        pid = server_pid(server_paths(home))
        if pid is None:
            return 0.0
        times = psutil.Process(pid).cpu_times()
        return times.user + times.system
    except Exception:  # noqa: BLE001 — a missing figure, not a failed benchmark
        return 0.0


def bench_store(
    corpus: Path, extractions: Sequence[StoryExtraction], workers: int, extractor: Any
) -> list[Row]:
    """Store writes alone, then ``gwangye ingest``'s path, each into a fresh embedded store."""
    from graph.ingest import Ingester
    from graph.store import open_store

    rows: list[Row] = []
    with fresh_home() as home, open_store("embedded") as store:
        server = server_cpu(home)
        with Timer() as write:
            summary = store.write(extractions)
        server = server_cpu(home) - server
        rows.append(Row("store write (extractions in memory)", len(extractions), write.seconds,
                        f"embedded FalkorDB; {summary.nodes} nodes, {summary.relationships} "
                        f"relationships; cpu: this process {write.cpu:.2f}s + server "
                        f"{server:.2f}s", cpu=write.cpu + server))
    with fresh_home() as home, open_store("embedded") as store:
        ingester = Ingester(store, extractor)
        server = server_cpu(home)
        with Timer() as ingest:
            report = ingester.run([str(corpus)], workers=1)
        server = server_cpu(home) - server
        rows.append(Row("ingest, 1 worker", report.stories, ingest.seconds,
                        f"gwangye ingest's path (50 articles a write); cpu: this process "
                        f"{ingest.cpu:.2f}s + server {server:.2f}s", cpu=ingest.cpu + server))
    if workers > 1:

        with fresh_home(), open_store("embedded") as store:
            ingester = Ingester(store)
            with Timer() as ingest:
                report = ingester.run([str(corpus)], workers=workers)
            rows.append(Row(f"ingest, {workers} workers", report.stories, ingest.seconds,
                            "graph.ingest.Ingester.run; pool start-up included"))
    return rows


def _accepts_workers(command: str) -> bool:
    import subprocess

    shown = subprocess.run([*gwangye_command(), command, "--help"], capture_output=True,
                           text=True, timeout=120, check=False)
    return "--workers" in shown.stdout


def memory_runs(
    corpora: Sequence[tuple[int, Path]],
    workers: int,
    with_ingest: bool,
    on_run: Callable[[PeakMemory], None] | None = None,
) -> list[PeakMemory]:
    """Peak RSS of ``gwangye extract`` (and ``ingest``) as subprocesses, per corpus size."""
    runs: list[PeakMemory] = []
    report = on_run or (lambda run: None)
    ingest_workers = ["--workers", str(workers)] if _accepts_workers("ingest") else []
    for n, corpus in corpora:
        extract_argv = [*gwangye_command(), "extract", str(corpus), "--workers", str(workers),
                        "-o", os.devnull]
        runs.append(run_measuring_memory(extract_argv, articles=n))
        report(runs[-1])
        if with_ingest:
            with fresh_home() as home:
                env = dict(os.environ, GWANGYE_HOME=str(home))
                ingest_argv = [*gwangye_command(), "ingest", str(corpus), *ingest_workers]
                runs.append(run_measuring_memory(ingest_argv, articles=n, env=env))
            report(runs[-1])
    return runs
