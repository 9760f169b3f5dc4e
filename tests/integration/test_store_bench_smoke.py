"""A tiny run of bench/store_bench.py: it works end to end; nothing is asserted about time."""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = str(Path(__file__).resolve().parents[2])
if REPO_ROOT not in sys.path:
    sys.path.insert(0, REPO_ROOT)

from bench import store_bench


def test_synthetic_graph_covers_every_entity() -> None:
    articles = list(store_bench.synthetic_articles(100, 300))
    names = {e.name for a in articles for e in a.entities}
    assert len(names) == 100
    assert 250 <= sum(len(a.relations) for a in articles) <= 300


def test_store_bench_smoke(tmp_path: Path) -> None:
    from graph import embedded

    try:
        figures = store_bench.run(1000, 3000, samples=10, batch_size=500, home=tmp_path / "h")
    finally:
        embedded.stop_server(tmp_path / "h")
    assert figures.nodes == 1000
    assert 2900 <= figures.relationships <= 3000
    assert figures.articles == 500 and figures.rows > 0
    assert "rows/s" in store_bench.table(figures)
    for read in ("most_connected(10)", "neighbourhood depth 3, cap 500 (hubs)", "search", "stats",
                 "entity details, biggest hub", "entity details, biggest hub, next page",
                 "recount (whole graph)"):
        assert figures.reads[read].samples, read
    assert "neighbourhood depth 3, cap 500 (hubs)" in store_bench.table(figures)
