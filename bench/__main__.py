"""``python -m bench`` (``make bench``): every benchmark, one table.

    python -m bench                       # defaults: a few minutes on 2 cores
    python -m bench -n 2000 --memory 1000,10000
    python -m bench --corpus ~/news      # any folder of articles instead of a generated one
    python -m bench --profile            # also print the extractor's top costs (cProfile)
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import shlex
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import write_corpus
from bench.measure import PeakMemory, Row, Timer, load_average, machine
from bench.pipeline_bench import (
    bench_extract,
    bench_kiwi,
    bench_store,
    memory_runs,
    read_all,
    store_available,
)

log = logging.getLogger("bench")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=400,
                        help="generated articles for the throughput stages (default 400)")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="benchmark this folder of articles instead of a generated corpus")
    parser.add_argument("--workers", type=int, default=max(2, os.cpu_count() or 1),
                        help="workers for the parallel stages (default: nproc, at least 2)")
    parser.add_argument("--memory", default="300,1500",
                        help="corpus sizes for the peak-memory runs, comma-separated "
                        "(default 300,1500; the README figures use 1000,10000); empty: skip")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-store", action="store_true", help="skip every store stage")
    parser.add_argument("--store-bench", default="",
                        help="arguments for bench/store_bench.py, e.g. \"--nodes 10000 "
                        "--relationships 30000\" (default: its own defaults, 100k nodes and "
                        "300k relationships); 'skip' leaves it out")
    parser.add_argument("--profile", action="store_true",
                        help="print the extractor's top costs (cProfile)")
    parser.add_argument("--keep", type=Path, default=None,
                        help="write generated corpora here and keep them (default: a temp dir)")
    return parser.parse_args(argv)


def print_table(rows: list[Row]) -> None:
    """Wall-clock rates, and CPU-time rates for stages run in this process (contention-proof)."""
    floor = rows[0]
    width = max(len(r.stage) for r in rows)
    print(f"{'stage':{width}}  {'stories':>7}  {'wall s':>7}  {'stories/s':>9}  {'vs kiwi':>7}"
          f"  {'cpu s':>6}  {'per cpu s':>9}  {'vs kiwi':>7}  note")
    for r in rows:
        ratio = r.rate / floor.rate if floor.rate else float("nan")
        if r.cpu_rate and floor.cpu_rate:
            cpu = f"{r.cpu:6.2f}  {r.cpu_rate:9.1f}  {r.cpu_rate / floor.cpu_rate:7.2f}"
        else:
            cpu = f"{'':6}  {'':9}  {'':7}"
        print(f"{r.stage:{width}}  {r.articles:7d}  {r.seconds:7.2f}  {r.rate:9.1f}  "
              f"{ratio:7.2f}  {cpu}  {r.note}")


def print_memory_header() -> None:
    print()
    print(f"{'command':60}  {'articles':>8}  {'seconds':>8}  {'peak tree MB':>12}  "
          f"{'peak 1 proc MB':>14}  rc")


def print_memory(m: PeakMemory) -> None:
    print(f"{m.command[:60]:60}  {m.articles:8d}  {m.seconds:8.1f}  {m.peak_tree_mb:12.0f}  "
          f"{m.peak_single_mb:14.0f}  {m.returncode}")


def _target(name: str, ratio: float, floor: float, why: str = "") -> None:
    note = f"target >= {floor:.2f}" + (f"; {why}" if why else "")
    print(f"  {name} = {ratio:5.2f}  ({note}) {'ok' if ratio >= floor else 'MISSED'}")


def print_targets(rows: list[Row], runs: list[PeakMemory], workers: int) -> None:
    by = {r.stage: r for r in rows}
    kiwi = by.get("kiwi (per story)")
    extract = by.get("read+extract, 1 worker")
    ingest = by.get("ingest, 1 worker")
    pooled = by.get(f"read+extract, {workers} workers, steady")
    print()
    print("targets (issue 7):")
    if kiwi and extract:
        _target("extract / kiwi       ", extract.rate / kiwi.rate, 0.5)
        if extract.cpu_rate and kiwi.cpu_rate:
            _target("extract / kiwi (cpu) ", extract.cpu_rate / kiwi.cpu_rate, 0.5,
                    "same, per CPU second")
    if ingest and extract:
        _target("ingest / extract     ", ingest.rate / extract.rate, 0.8)
        if ingest.cpu_rate and extract.cpu_rate:
            _target("ingest / extract (cpu)", ingest.cpu_rate / extract.cpu_rate, 0.8,
                    "the embedded server's CPU included")
    if ingest and kiwi:
        print(f"  ingest / kiwi         = {ingest.rate / kiwi.rate:5.2f}")
    if pooled and extract:
        speedup = pooled.rate / extract.rate
        print(f"  {workers} workers / 1 worker = {speedup:5.2f}  (target >= 1.70 on 2 cores) "
              f"{'ok' if speedup >= 1.7 else 'MISSED'}")
        if pooled.cpu_rate and extract.cpu_rate:
            cores = min(workers, os.cpu_count() or 1)
            projected = cores * pooled.cpu_rate / extract.cpu_rate
            print(f"  {workers} workers / 1 worker, projected on {cores} idle cores from CPU time "
                  f"= {projected:4.2f}  (steady state; the parent's share counted)")
    for command in ("extract", "ingest"):
        peaks = [(m.articles, m.peak_single_mb) for m in runs if f" {command} " in f" {m.command} "]
        if len(peaks) >= 2:
            (n0, m0), (n1, m1) = peaks[0], peaks[-1]
            growth = m1 / m0 if m0 else float("nan")
            print(f"  peak RSS {command:7} {n0}→{n1} articles: {m0:.0f}→{m1:.0f} MB "
                  f"(x{growth:.2f}; target flat, <= 1.10) {'ok' if growth <= 1.10 else 'MISSED'}")


def run_store_bench(arguments: str) -> None:
    try:
        module = importlib.import_module("bench.store_bench")
    except ImportError:
        print("\n(store benchmark: bench/store_bench.py not present)")
        return
    entry = getattr(module, "main", None) or getattr(module, "run", None)
    if entry is None:
        print("\n(store benchmark: bench/store_bench.py has no main())")
        return
    print(f"\n== store benchmark (bench/store_bench.py {arguments}) ==")
    try:
        entry(shlex.split(arguments)) if entry.__code__.co_argcount else entry()
    except SystemExit:
        pass


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(line_buffering=True)  # progress shows up in logs and pipes
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    print(f"machine: {machine()}; load average {load_average()}")
    base = args.keep or Path(tempfile.mkdtemp(prefix="gwangye-bench-corpus-"))
    try:
        if args.corpus:
            corpus = args.corpus
        else:
            corpus = base / f"n{args.n}"
            if not corpus.exists():
                write_corpus(corpus, args.n, args.seed)
        from extract.reading.inputs import iter_input_files

        files = list(iter_input_files([str(corpus)]))
        with Timer() as reading:
            stories = read_all(files)
        print(f"corpus: {corpus} — {len(files)} files, {len(stories)} stories, "
              f"{sum(len(s.text) for s in stories) / max(len(stories), 1):.0f} chars/story")
        sys.stdout.flush()
        rows = bench_kiwi(stories)
        rows.append(Row("read (decode, chrome, split)", len(stories), reading.seconds))
        extract_rows, extractions, profile, extractor = bench_extract(
            corpus, stories, [args.workers], profile=args.profile
        )
        rows += extract_rows
        has_store = not args.no_store and store_available()
        if has_store:
            rows += bench_store(corpus, extractions, args.workers, extractor)
        elif not args.no_store:
            print("(store stages skipped: the embedded store is not available yet)")
        print()
        print_table(rows)
        runs: list[PeakMemory] = []
        sizes = [int(s) for s in args.memory.split(",") if s.strip()]
        if sizes:
            corpora = []
            for n in sizes:
                path = base / f"n{n}"
                if not path.exists():
                    write_corpus(path, n, args.seed)
                corpora.append((n, path))
            started = time.perf_counter()
            print_memory_header()
            runs = memory_runs(corpora, args.workers, with_ingest=has_store, on_run=print_memory)
            log.info("memory runs took %.0fs", time.perf_counter() - started)
        print_targets(rows, runs, args.workers)
        print(f"load average at the end: {load_average()} (other work on the machine slows "
              "wall-clock figures; the cpu columns do not depend on it)")
        if profile:
            print("\n== extractor profile (cProfile, stories in memory) ==")
            print(profile)
        if not args.no_store and args.store_bench.strip() != "skip":
            run_store_bench(args.store_bench)
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
