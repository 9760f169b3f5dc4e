"""Store benchmark: write throughput and neighbourhood latency on the embedded backend.

    .venv/bin/python -m bench.store_bench                  # 100k nodes, 300k relationships
    .venv/bin/python -m bench.store_bench --nodes 1000 --relationships 3000   # a smoke run

A synthetic graph is generated as extraction rows (articles of six entities and six facts
drawn from a fixed cast, so every entity appears and facts rarely repeat), written through
``GraphStore.write`` into a fresh data directory, then ``neighbourhood`` is timed at depth 1
and 2 from random entities. Nothing here runs in ``make test`` except a tiny smoke run.
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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ontology.model import ENTITY_TYPES, Entity, Relation, StoryExtraction

ENTITIES_PER_ARTICLE = 6
FACT_TYPES = ("REQUESTED", "AGREED_WITH", "FUNDS", "RUNS", "PART_OF")


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
        # two entities in order (every entity appears), four drawn at random
        ids = [(2 * a) % nodes, (2 * a + 1) % nodes] + [rng.randrange(nodes) for _ in range(4)]
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


def run(nodes: int, relationships: int, samples: int = 200, batch_size: int = 2000,
        home: Path | None = None) -> StoreFigures:
    """Generate, write and query a graph in a fresh embedded store; return the figures."""
    from graph import embedded
    from graph.falkordb_store import FalkorDBStore

    own_home = home is None
    home = home or Path(tempfile.mkdtemp(prefix="gwb"))
    try:
        with FalkorDBStore("embedded", home=str(home), graph="bench", batch_size=batch_size) as store:
            store.drop_all()
            rows = 0

            def counted() -> Iterator[StoryExtraction]:
                nonlocal rows
                for extraction in synthetic_articles(nodes, relationships):
                    rows += 1 + len(extraction.entities) + len(extraction.relations)
                    yield extraction

            start = time.perf_counter()
            summary = store.write(counted())
            write_seconds = time.perf_counter() - start
            stats = store.stats()
            rng = random.Random(11)
            keys = [n.key for n in store.search("가상 개체 0", limit=5000)]
            picks = [rng.choice(keys) for _ in range(samples)] if keys else []
            depth1, depth2, sizes = [], [], []
            for key in picks:
                t = time.perf_counter()
                store.neighbourhood(key, 1)
                depth1.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                sub = store.neighbourhood(key, 2)
                depth2.append((time.perf_counter() - t) * 1000)
                sizes.append(len(sub.nodes))
            searches = []
            for i in range(max(1, samples // 10)):
                t = time.perf_counter()
                store.search(f"개체 {rng.randrange(nodes):06d}"[:-1], limit=20)
                searches.append((time.perf_counter() - t) * 1000)
            return StoreFigures(
                nodes=stats["entities"], relationships=stats["facts"], articles=summary.articles,
                rows=rows, write_seconds=write_seconds,
                depth1_p50_ms=statistics.median(depth1) if depth1 else 0.0,
                depth1_p95_ms=percentile(depth1, 0.95),
                depth2_p50_ms=statistics.median(depth2) if depth2 else 0.0,
                depth2_p95_ms=percentile(depth2, 0.95),
                depth2_mean_nodes=statistics.mean(sizes) if sizes else 0.0,
                search_p50_ms=statistics.median(searches),
                search_p95_ms=percentile(searches, 0.95),
            )
    finally:
        if own_home:
            embedded.stop_server(home)
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
    return f"{os.cpu_count()} CPUs ({cpu}){memory}, Python {platform.python_version()}"


def table(f: StoreFigures) -> str:
    rows = [
        ("graph", f"{f.nodes:,} nodes, {f.relationships:,} relationships, {f.articles:,} articles"),
        ("write", (f"{f.rows:,} rows in {f.write_seconds:.1f} s = {f.rows_per_second:,.0f} rows/s "
                   f"({f.articles / f.write_seconds if f.write_seconds else 0:,.0f} articles/s)")),
        ("neighbourhood depth 1", f"p50 {f.depth1_p50_ms:.1f} ms, p95 {f.depth1_p95_ms:.1f} ms"),
        ("neighbourhood depth 2", (f"p50 {f.depth2_p50_ms:.1f} ms, p95 {f.depth2_p95_ms:.1f} ms "
                                   f"(mean {f.depth2_mean_nodes:.0f} nodes, cap 200)")),
        ("search (substring)", f"p50 {f.search_p50_ms:.1f} ms, p95 {f.search_p95_ms:.1f} ms"),
        ("machine", machine_line()),
    ]
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.store_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--relationships", type=int, default=300_000)
    parser.add_argument("--samples", type=int, default=200, help="neighbourhood queries per depth")
    parser.add_argument("--batch-size", type=int, default=2000, help="rows per UNWIND batch")
    args = parser.parse_args(argv)
    figures = run(args.nodes, args.relationships, args.samples, args.batch_size)
    print(table(figures))


if __name__ == "__main__":
    main()
