"""Hand-built store records for the ontology tests: fictional people and programmes."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.records import ArticleRecord, EdgeRecord, NodeRecord, Provenance

BASE = "https://example.test/id/"


def small_records() -> tuple[list[NodeRecord], list[EdgeRecord], list[ArticleRecord]]:
    """A small graph touching every entity type, relation type and property kind."""
    articles = [
        ArticleRecord(key="a1", source="101_news.txt", story=0, title="가온시, 청년 지원 확대",
                      date="2025-03-04", outlet="가온일보", reporter="이기자"),
        ArticleRecord(key="a2", source="102_news.html", story=1, title="나래군과 협약",
                      date="2025-03-05", outlet="나래신문"),
    ]
    nodes = [
        NodeRecord(key="Person:박하늘", label="Person", name="박하늘", aliases=["박 시장"],
                   props={"title": "가온시장", "region": "가온"}, mentions=2),
        NodeRecord(key="Person:정바다", label="Person", name="정바다", props={}, mentions=1),
        NodeRecord(key="Organization:가온시", label="Organization", name="가온시",
                   aliases=["가온"], props={"kind": "local_government", "region": "가온"}),
        NodeRecord(key="Organization:나래군", label="Organization", name="나래군",
                   props={"kind": "local_government"}),
        NodeRecord(key="Organization:가온시 청년정책과", label="Organization", name="가온시 청년정책과",
                   props={"kind": "unit"}),
        NodeRecord(key="Programme:가온 청년 꿈 수당", label="Programme", name="가온 청년 꿈 수당",
                   props={"amount_krw": 350000000}),
        NodeRecord(key="Fund:가온미래펀드", label="Fund", name="가온미래펀드",
                   props={"amount_krw": 20000000000}),
    ]
    p1 = Provenance(article="a1", evidence="박하늘 가온시장은 4일 정바다 의원에게 \"협력\"을 요청했다.",
                    date="2025-03-04", source="101_news.txt", title="가온시, 청년 지원 확대",
                    outlet="가온일보")
    p2 = Provenance(article="a2", evidence="가온시와 나래군은 5일 청년 교류 업무협약을 맺었다.",
                    date="2025-03-05", source="102_news.html", title="나래군과 협약", outlet="나래신문")
    edges = [
        EdgeRecord(key="e-hold", type="HOLDS_POSITION", start="Person:박하늘", end="Organization:가온시",
                   props={"title": "시장"}, provenance=[p1]),
        EdgeRecord(key="e-req", type="REQUESTED", start="Person:박하늘", end="Person:정바다",
                   props={"about": ["가온 청년 꿈 수당"]}, provenance=[p1]),
        EdgeRecord(key="e-agree", type="AGREED_WITH", start="Organization:가온시", end="Organization:나래군",
                   props={"about": "청년 교류"}, provenance=[p2]),
        EdgeRecord(key="e-fund", type="FUNDS", start="Organization:가온시", end="Programme:가온 청년 꿈 수당",
                   props={"amount_krw": 350000000}, provenance=[p1, p2]),
        EdgeRecord(key="e-run", type="RUNS", start="Organization:가온시", end="Fund:가온미래펀드",
                   props={}, provenance=[p1]),
        EdgeRecord(key="e-part", type="PART_OF", start="Organization:가온시 청년정책과",
                   end="Organization:가온시", props={}, provenance=[p1]),
    ]
    return nodes, edges, articles


@pytest.fixture
def records() -> tuple[list[NodeRecord], list[EdgeRecord], list[ArticleRecord]]:
    return small_records()


@pytest.fixture
def base_iri() -> str:
    return BASE


class MemoryStore:
    """Stands in for graph.store.GraphStore in CLI tests that run before a store is opened.

    Only the reading methods the RDF export calls; the end-to-end test uses the real store.
    """

    def __init__(self) -> None:
        self.nodes, self.edges, self.articles = small_records()

    def __enter__(self) -> MemoryStore:  # noqa: PYI034
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def close(self) -> None:
        pass

    def iter_nodes(self):  # type: ignore[no-untyped-def]
        return iter(self.nodes)

    def iter_edges(self):  # type: ignore[no-untyped-def]
        return iter(self.edges)

    def iter_articles(self):  # type: ignore[no-untyped-def]
        return iter(self.articles)

    def neighbourhood(self, key: str, depth: int = 1, **_: object):  # type: ignore[no-untyped-def]
        from graph.records import Subgraph

        keys = {key} if any(n.key == key for n in self.nodes) else set()
        for _ in range(depth):
            for e in self.edges:
                if e.start in keys or e.end in keys:
                    keys |= {e.start, e.end}
        return Subgraph(nodes=[n for n in self.nodes if n.key in keys],
                        edges=[e for e in self.edges if e.start in keys and e.end in keys])


@pytest.fixture
def memory_store(monkeypatch: pytest.MonkeyPatch) -> MemoryStore:
    import graph.store

    store = MemoryStore()
    monkeypatch.setattr(graph.store, "open_store", lambda uri=None, **kw: store)
    return store


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small graph exported as TriG, for the SPARQL command."""
    from ontology.rdf import RdfMapper, record_triples
    from ontology.serialize import build_graph, serialize_graph

    path = tmp_path_factory.mktemp("rdf") / "small.trig"
    mapper = RdfMapper(BASE)
    nodes, edges, articles = small_records()
    graph = build_graph(record_triples(mapper, nodes, edges, articles))
    path.write_text(serialize_graph(graph, "trig", mapper.graph_name), encoding="utf-8")
    return path
