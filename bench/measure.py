"""Small measuring tools shared by the benchmarks: timers, table rows, peak RSS of a command."""

from __future__ import annotations

import logging
import os
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Row:
    """One line of the results table."""

    stage: str
    articles: int
    seconds: float
    note: str = ""
    cpu: float | None = None  # CPU seconds of this process, when the stage ran in it

    @property
    def cpu_rate(self) -> float | None:
        return self.articles / self.cpu if self.cpu else None

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else float("nan")


@dataclass(slots=True)
class PeakMemory:
    """Peak memory of a command's process tree, sampled every few milliseconds."""

    command: str
    articles: int
    seconds: float
    peak_tree_mb: float  # the sum over the command's own processes (workers included)
    peak_single_mb: float  # the largest single process
    returncode: int


def run_measuring_memory(
    argv: Sequence[str],
    *,
    articles: int,
    env: dict[str, str] | None = None,
    ignore: tuple[str, ...] = ("redis-server",),
    interval: float = 0.02,
) -> PeakMemory:
    """Run ``argv`` and sample the RSS of its process tree until it exits.

    Processes whose name starts with one of ``ignore`` (the embedded graph server, which
    holds the graph itself and outlives the command) are left out of the sums.
    """
    started = time.perf_counter()
    proc = subprocess.Popen(
        list(argv), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    root = psutil.Process(proc.pid)
    peak_tree = peak_single = 0
    while proc.poll() is None:
        try:
            members = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        total = 0
        for member in members:
            try:
                if member.name().startswith(ignore):
                    continue
                rss = member.memory_info().rss
            except psutil.Error:
                continue
            total += rss
            peak_single = max(peak_single, rss)
        peak_tree = max(peak_tree, total)
        time.sleep(interval)
    _, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    if proc.returncode:
        log.warning("%s exited %s: %s", " ".join(argv), proc.returncode, stderr[-2000:])
    return PeakMemory(
        command=" ".join(Path(a).name if os.sep in a else a for a in argv),
        articles=articles,
        seconds=seconds,
        peak_tree_mb=peak_tree / 2**20,
        peak_single_mb=peak_single / 2**20,
        returncode=proc.returncode,
    )


def machine() -> str:
    """One line naming the machine: CPU model, cores, memory."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = psutil.virtual_memory().total / 2**30
    return f"{model}, {os.cpu_count()} CPUs (nproc), {memory:.0f} GiB RAM"


class Timer:
    """``with Timer() as t: ...`` then ``t.seconds`` (wall) and ``t.cpu`` (this process)."""

    def __enter__(self) -> Timer:  # noqa: PYI034
        self.started = time.perf_counter()
        self.cpu_started = time.process_time()
        self.seconds = self.cpu = 0.0
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.started
        self.cpu = time.process_time() - self.cpu_started


def load_average() -> str:
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return "n/a"
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"
