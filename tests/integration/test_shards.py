"""Several machines, one graph: N shards ingested separately equal one ingest of everything."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from store_fixtures import counts

from extract.parallel import iter_sharded_files

_ids = itertools.count()

# Fictional officials and bodies; the same people and programmes recur across files, so
# shards written separately must merge into the same nodes and relationships.
ARTICLE = """한빛시, {prog} 국비 지원 요청

입력 2024.0{month}.{day:02d} 09:30
가상일보 나기자 기자

박한빛 한빛시장이 {day}일 행정안전부를 방문해 장관에게 ‘{prog}’에 대한 국비 지원을 요청했다.
한빛시는 새벽대학교와 {prog} 공동 추진을 위한 업무협약을 체결했다.
최새벽 새벽대학교 총장은 {amount}억원을 투입하겠다고 밝혔다.

나기자 기자
"""
PROGRAMMES = ["한빛 청년 둥지 사업", "한빛 어르신 돌봄 사업", "새벽 스마트팜 조성사업"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("shards") / "corpus"
    for n in range(12):
        folder = root / f"m{n % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        text = ARTICLE.format(prog=PROGRAMMES[n % 3], month=n % 9 + 1, day=n + 1, amount=n + 2)
        (folder / f"기사_{n:02d}.txt").write_text(text, encoding="utf-8")
    (root / "m0" / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    return root


@pytest.fixture(scope="module")
def extractor() -> Any:
    from extract.pipeline import Extractor

    return Extractor()


@pytest.fixture
def new_store(gw_home: Path) -> Iterator[Any]:
    """A factory of fresh graphs on the embedded server, dropped afterwards."""
    from graph.falkordb_store import FalkorDBStore

    made: list[Any] = []

    def make() -> Any:
        store = FalkorDBStore("embedded", home=str(gw_home),
                              graph=f"shards{os.getpid()}_{next(_ids)}", batch_size=11)
        made.append(store)
        return store

    yield make
    for store in made:
        try:
            store.drop_all()
        finally:
            store.close()


def graph_of(store: Any) -> tuple[Any, ...]:
    """``counts`` with the order-dependent lists sorted: shards are written in another order,
    so aliases and provenance accumulate in another order, but must be the same sets."""
    nodes, edges, articles, total, rels = counts(store)
    nodes = sorted((key, name, tuple(sorted(aliases)), mentions)
                   for key, name, aliases, mentions in nodes)
    edges = sorted((key, kind, start, end, tuple(sorted(prov)))
                   for key, kind, start, end, prov in edges)
    return nodes, edges, articles, total, rels


def _ingest(store: Any, extractor: Any, corpus: Path, **options: Any) -> Any:
    from graph.ingest import Ingester

    return Ingester(store, extractor).run([corpus], **options)


def test_every_file_is_in_exactly_one_shard(corpus: Path) -> None:
    whole = list(iter_sharded_files([corpus]))
    parts = [list(iter_sharded_files([corpus], f"{i}/3")) for i in (1, 2, 3)]
    assert sorted(p for part in parts for p in part) == sorted(whole)
    assert all(parts)


def test_shards_ingested_separately_give_the_graph_of_one_run(
    corpus: Path, extractor: Any, new_store: Any
) -> None:
    one = new_store()
    report = _ingest(one, extractor, corpus)
    assert report.articles == 12 and len(report.errors) == 1
    expected = graph_of(one)
    assert expected[3] > 12  # nodes beyond the articles

    split = new_store()
    for index in (1, 2, 3):
        _ingest(split, extractor, corpus, shard=f"{index}/3", workers=2 if index == 2 else 1)
    assert graph_of(split) == expected

    # the same graph from one unsharded, single-process run
    from graph.ingest import Ingester

    serial = new_store()
    Ingester(serial, extractor).run([str(corpus)])
    assert graph_of(serial) == expected


def test_ingesting_again_skips_stored_files_and_changes_nothing(
    corpus: Path, extractor: Any, new_store: Any
) -> None:
    store = new_store()
    _ingest(store, extractor, corpus, shard="1/2")
    _ingest(store, extractor, corpus, shard="2/2")
    before = counts(store)
    again = _ingest(store, extractor, corpus)
    assert again.articles == 0
    assert again.skipped == 12
    assert counts(store) == before
