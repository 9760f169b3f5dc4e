"""Store benchmark: write throughput and read latency on the embedded backend.

    .venv/bin/python -m bench.store_bench                  # 100k nodes, 300k relationships
    .venv/bin/python -m bench.store_bench --nodes 1000 --relationships 3000   # a smoke run
    .venv/bin/python -m bench.store_bench --home /tmp/gwb --reuse   # re-time reads only

A synthetic graph is generated as extraction rows (articles of six entities and six facts:
two entities in order, so every entity appears, one drawn with a strong skew towards a few
hubs, as regional news keeps naming the same city halls, three uniformly), written through
``GraphStore.write`` into a fresh data directory. Then the app's reads are timed:
``most_connected``, ``neighbourhood`` at depth 1 and 2 (cap 200) from random entities,
depth 2 (cap 150) and depth 3 (cap 500) around the biggest hubs, ``search``, ``entity`` on
the hubs and, on the biggest, its first page, next page and one type; then ``recount`` (what a
hand-written ``query --write`` adds). Nothing here runs in ``make test`` except a tiny smoke run.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ontology.model import ENTITY_TYPES, Entity, Relation, StoryExtraction

ENTITIES_PER_ARTICLE = 6
FACT_TYPES = ("REQUESTED", "AGREED_WITH", "FUNDS", "RUNS", "PART_OF")
HUB_SKEW = 3  # one entity per article is nodes * U**3: the first ~10 become hubs of hundreds


@dataclass(slots=True)
class Timing:
    """Latencies of one read, in milliseconds."""

    samples: list[float] = field(default_factory=list)

    @property
    def p50(self) -> float:
        return statistics.median(self.samples) if self.samples else 0.0

    @property
    def p95(self) -> float:
        return percentile(self.samples, 0.95)

    def line(self) -> str:
        return f"p50 {self.p50:,.1f} ms, p95 {self.p95:,.1f} ms ({len(self.samples)} runs)"


@dataclass(slots=True)
class StoreFigures:
    nodes: int
    relationships: int
    articles: int
    rows: int
    write_seconds: float
    depth1_p50_ms: float
    depth1_p95_ms: float
    depth2_p50_ms: float
    depth2_p95_ms: float
    depth2_mean_nodes: float
    search_p50_ms: float = 0.0
    search_p95_ms: float = 0.0
    reads: dict[str, Timing] = field(default_factory=dict)  # every timed read, by name
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.write_seconds if self.write_seconds else 0.0


def entity_name(i: int) -> tuple[str, str]:
    return ENTITY_TYPES[i % len(ENTITY_TYPES)], f"가상 개체 {i:06d}"


def synthetic_articles(nodes: int, relationships: int, seed: int = 7) -> Iterator[StoryExtraction]:
    """Articles whose entities cover ``nodes`` and whose facts number about ``relationships``."""
    rng = random.Random(seed)
    articles = max(1, relationships // ENTITIES_PER_ARTICLE)
    for a in range(articles):
        # two entities in order (every entity appears), one skewed towards hubs, three at random
        hub = int(nodes * rng.random() ** HUB_SKEW)
        ids = [(2 * a) % nodes, (2 * a + 1) % nodes, hub] + [rng.randrange(nodes) for _ in range(3)]
        ids = list(dict.fromkeys(ids))
        entities = []
        for local, i in enumerate(ids):
            etype, name = entity_name(i)
            entities.append(Entity(f"e{local}", etype, name, [f"개체{i}"], {"region": f"지역{i % 40}"}))
        relations = []
        for r in range(ENTITIES_PER_ARTICLE):
            s, t = rng.sample(range(len(entities)), 2) if len(entities) > 1 else (0, 0)
            if s == t:
                continue
            relations.append(Relation(FACT_TYPES[r % len(FACT_TYPES)], f"e{s}", f"e{t}",
                                      f"가상 문장 {a}-{r}."))
        yield StoryExtraction(
            source=f"bench_{a:06d}.txt", story=0, title=f"가상 기사 {a}",
            date=f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}", outlet="가상일보",
            hash=f"{a:032x}", entities=entities, relations=relations,
        )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def timed(timing: Timing, action: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    start = time.perf_counter()
    result = action(*args, **kwargs)
    timing.samples.append((time.perf_counter() - start) * 1000)
    return result


def measure_reads(store: Any, nodes: int, samples: int, figures: StoreFigures,
                  recount: bool = True) -> None:
    """Time the app's reads (and the recount after a hand-written write); fill ``figures``."""
    reads = figures.reads
    rng = random.Random(11)
    top = []
    for _ in range(max(3, samples // 40)):
        top = timed(reads.setdefault("most_connected(10)", Timing()),
                    store.most_connected, 10)
    hubs = [n.key for n in top]
    if top:
        figures.notes["hubs"] = ", ".join(str(n.props.get("degree")) for n in top)
    keys = [n.key for n in store.search("가상 개체 0", limit=5000)]
    picks = [rng.choice(keys) for _ in range(samples)] if keys else []
    sizes = []
    for key in picks:
        timed(reads.setdefault("neighbourhood depth 1, cap 200", Timing()),
              store.neighbourhood, key, 1)
        sub = timed(reads.setdefault("neighbourhood depth 2, cap 200", Timing()),
                    store.neighbourhood, key, 2)
        sizes.append(len(sub.nodes))
    deep = []
    for key in picks[: max(1, samples // 10)]:
        sub = timed(reads.setdefault("neighbourhood depth 3, cap 500 (random)", Timing()),
                    store.neighbourhood, key, 3, limit=500)
        deep.append(len(sub.nodes))
    for key in hubs:
        timed(reads.setdefault("neighbourhood depth 2, cap 150 (hubs)", Timing()),
              store.neighbourhood, key, 2, limit=150)
        timed(reads.setdefault("neighbourhood depth 3, cap 500 (hubs)", Timing()),
              store.neighbourhood, key, 3, limit=500)
        timed(reads.setdefault("entity details (hubs)", Timing()), store.entity, key)
    if hubs:  # the details panel on the biggest hub: first page, the next, one type only
        for _ in range(max(3, samples // 10)):
            first = timed(reads.setdefault("entity details, biggest hub", Timing()),
                          store.entity, hubs[0])
            timed(reads.setdefault("entity details, biggest hub, next page", Timing()),
                  store.entity, hubs[0], offset=first.limit)
            timed(reads.setdefault("entity details, biggest hub, one type", Timing()),
                  store.entity, hubs[0], relation_types=["REQUESTED"])
    for _ in range(max(1, samples // 10)):
        needle = f"개체 {rng.randrange(nodes):06d}"[:-1]
        timed(reads.setdefault("search", Timing()), store.search, needle, limit=20)
    for _ in range(3):
        timed(reads.setdefault("stats", Timing()), store.stats)
    if recount:  # what `query(write=True)` adds after a hand-written change (counts right)
        for _ in range(2):
            timed(reads.setdefault("recount (whole graph)", Timing()), store.recount)
    if deep:
        figures.notes["depth 3 random mean nodes"] = f"{statistics.mean(deep):.0f}"
    d1, d2 = reads.get("neighbourhood depth 1, cap 200"), reads.get("neighbourhood depth 2, cap 200")
    figures.depth1_p50_ms, figures.depth1_p95_ms = (d1.p50, d1.p95) if d1 else (0.0, 0.0)
    figures.depth2_p50_ms, figures.depth2_p95_ms = (d2.p50, d2.p95) if d2 else (0.0, 0.0)
    figures.depth2_mean_nodes = statistics.mean(sizes) if sizes else 0.0
    figures.search_p50_ms, figures.search_p95_ms = reads["search"].p50, reads["search"].p95


def run(nodes: int, relationships: int, samples: int = 200, batch_size: int = 2000,
        home: Path | None = None, reuse: bool = False, keep: bool = False,
        recount: bool = True) -> StoreFigures:
    """Generate, write and query a graph in an embedded store; return the figures.

    ``reuse``: when ``home`` already holds the benchmark graph, skip writing and time reads
    only. ``keep``: leave the server running and ``home`` in place afterwards. ``recount``:
    also time ``GraphStore.recount`` (seconds on 100k nodes).
    """
    from graph import embedded
    from graph.falkordb_store import FalkorDBStore

    own_home = home is None
    home = home or Path(tempfile.mkdtemp(prefix="gwb"))
    try:
        with FalkorDBStore("embedded", home=str(home), graph="bench", batch_size=batch_size) as store:
            rows, write_seconds, articles = 0, 0.0, 0
            if not (reuse and store.stats()["entities"]):
                store.drop_all()

                def counted() -> Iterator[StoryExtraction]:
                    nonlocal rows
                    for extraction in synthetic_articles(nodes, relationships):
                        rows += 1 + len(extraction.entities) + len(extraction.relations)
                        yield extraction

                start = time.perf_counter()
                articles = store.write(counted()).articles
                write_seconds = time.perf_counter() - start
            stats = store.stats()
            figures = StoreFigures(
                nodes=stats["entities"], relationships=stats["facts"],
                articles=articles or stats["articles"], rows=rows, write_seconds=write_seconds,
                depth1_p50_ms=0.0, depth1_p95_ms=0.0, depth2_p50_ms=0.0, depth2_p95_ms=0.0,
                depth2_mean_nodes=0.0,
            )
            measure_reads(store, nodes, samples, figures, recount)
            return figures
    finally:
        if own_home or not keep:
            embedded.stop_server(home)
        if own_home:
            shutil.rmtree(home, ignore_errors=True)


def machine_line() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        total_kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {total_kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    load = ""
    try:
        load = f", load average {os.getloadavg()[0]:.1f}"
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({cpu}){memory}, Python {platform.python_version()}{load}"


def table(f: StoreFigures) -> str:
    rows = [("graph", f"{f.nodes:,} nodes, {f.relationships:,} relationships, {f.articles:,} articles")]
    if f.write_seconds:
        rows.append(("write", (f"{f.rows:,} rows in {f.write_seconds:.1f} s = "
                               f"{f.rows_per_second:,.0f} rows/s "
                               f"({f.articles / f.write_seconds:,.0f} articles/s)")))
    rows += [(name, timing.line()) for name, timing in f.reads.items()]
    rows.append(("depth 2 mean nodes", f"{f.depth2_mean_nodes:.0f}"))
    rows += list(f.notes.items())
    rows.append(("machine", machine_line()))
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.store_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--relationships", type=int, default=300_000)
    parser.add_argument("--samples", type=int, default=200, help="neighbourhood queries per depth")
    parser.add_argument("--batch-size", type=int, default=2000, help="rows per UNWIND batch")
    parser.add_argument("--home", type=Path, default=None,
                        help="data directory to use and keep (default: a temporary one)")
    parser.add_argument("--reuse", action="store_true",
                        help="with --home: time reads on the graph already there, skip writing")
    parser.add_argument("--no-recount", dest="recount", action="store_false",
                        help="do not time the whole-graph recount")
    args = parser.parse_args(argv)
    figures = run(args.nodes, args.relationships, args.samples, args.batch_size,
                  home=args.home, reuse=args.reuse, keep=args.home is not None,
                  recount=args.recount)
    print(table(figures))


if __name__ == "__main__":
    main()
