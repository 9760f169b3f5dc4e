"""Records → triples: the mapping, IRIs, and the expected graph."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.compare import graph_diff, to_isomorphic

from graph.records import ArticleRecord, EdgeRecord, NodeRecord, Provenance, Subgraph
from ontology.errors import OntologyError
from ontology.namespace import GW
from ontology.rdf import RdfMapper, iri_segment, record_triples, subgraph_triples
from ontology.serialize import build_graph, write_stream

EXPECTED = Path(__file__).resolve().parents[2] / "data" / "rdf"


def export(records, base: str) -> Graph:  # type: ignore[no-untyped-def]
    nodes, edges, articles = records
    return build_graph(record_triples(RdfMapper(base), nodes, edges, articles))


def assert_isomorphic(expected: Graph, actual: Graph) -> None:
    iso_expected, iso_actual = to_isomorphic(expected), to_isomorphic(actual)
    if iso_expected != iso_actual:
        _, only_expected, only_actual = graph_diff(iso_expected, iso_actual)
        extra = "\n".join(sorted(" ".join(x.n3() for x in t) for t in only_actual))
        missing = "\n".join(sorted(" ".join(x.n3() for x in t) for t in only_expected))
        pytest.fail(
            f"export differs from the expected graph\n-- missing:\n{missing}\n-- extra:\n{extra}\n"
            "(intended? rerun with GWANGYE_REGENERATE_EXPECTED=1 and review the diff)"
        )


def test_export_is_isomorphic_to_the_expected_graph(records, base_iri) -> None:  # type: ignore[no-untyped-def]
    actual = export(records, base_iri)
    if os.environ.get("GWANGYE_REGENERATE_EXPECTED"):  # after an intended mapping change; review the diff
        (EXPECTED / "small.ttl").write_text(actual.serialize(format="longturtle"), encoding="utf-8")
    expected = Graph().parse(EXPECTED / "small.ttl", format="turtle")
    assert_isomorphic(expected, actual)


def test_iris_and_output_are_stable_across_runs(records, base_iri) -> None:  # type: ignore[no-untyped-def]
    outputs = []
    for _ in range(2):
        handle = io.StringIO()
        nodes, edges, articles = records
        write_stream(record_triples(RdfMapper(base_iri), nodes, edges, articles), handle)
        outputs.append(handle.getvalue())
    assert outputs[0] == outputs[1]


def test_base_iri_is_configurable(records) -> None:  # type: ignore[no-untyped-def]
    graph = export(records, "https://data.example.kr/gw")  # no trailing slash: one is added
    subjects = {str(s) for s in graph.subjects() if isinstance(s, URIRef)}
    assert "https://data.example.kr/gw/entity/Person:박하늘" in subjects
    assert all(s.startswith("https://data.example.kr/gw/") for s in subjects)


def test_base_iri_must_be_an_iri() -> None:
    with pytest.raises(OntologyError):
        RdfMapper("not an iri")


@pytest.mark.parametrize(
    "key, segment",
    [
        ("Person:윤가람", "Person:윤가람"),
        ("광주광역시 서구", "광주광역시%20서구"),
        ("a/b?c#d", "a%2Fb%3Fc%23d"),
        ('<x>"{y}"', "%3Cx%3E%22%7By%7D%22"),
        ("전남\u3000펀드", "전남%E3%80%80펀드"),
    ],
)
def test_keys_become_one_readable_iri_segment(key: str, segment: str) -> None:
    assert iri_segment(key) == segment


def test_names_are_korean_labels_and_aliases_alt_labels(records, base_iri) -> None:  # type: ignore[no-untyped-def]
    graph = export(records, base_iri)
    person = URIRef(base_iri + "entity/Person:박하늘")
    assert graph.value(person, ns.RDFS.label) == Literal("박하늘", lang="ko")
    assert set(graph.objects(person, ns.SKOS.altLabel)) == {Literal("박 시장", lang="ko")}


def test_relations_are_written_twice_over(records, base_iri) -> None:  # type: ignore[no-untyped-def]
    graph = export(records, base_iri)
    e = lambda key: URIRef(base_iri + "entity/" + iri_segment(key))
    park, jung = e("Person:박하늘"), e("Person:정바다")
    assert (park, GW.requested, jung) in graph
    request = URIRef(base_iri + "relation/e-req")
    assert (request, ns.RDF.type, GW.Request) in graph
    assert (request, ns.SDO.agent, park) in graph and (request, ns.SDO.recipient, jung) in graph
    assert (request, ns.RDF.predicate, GW.requested) in graph
    # Undirected: both ways. Inverse (schema:funder): from programme to funder.
    gaon, narae = e("Organization:가온시"), e("Organization:나래군")
    assert (gaon, GW.agreedWith, narae) in graph and (narae, GW.agreedWith, gaon) in graph
    assert (e("Programme:가온 청년 꿈 수당"), ns.SDO.funder, gaon) in graph
    assert (park, ns.ORG.holds, URIRef(base_iri + "relation/e-hold")) in graph


def test_every_provenance_entry_is_kept(records, base_iri) -> None:  # type: ignore[no-untyped-def]
    graph = export(records, base_iri)
    grant = URIRef(base_iri + "relation/e-fund")
    articles = set(graph.objects(grant, ns.PROV.wasDerivedFrom))
    assert articles == {URIRef(base_iri + "article/a1"), URIRef(base_iri + "article/a2")}
    derivations = list(graph.objects(grant, ns.PROV.qualifiedDerivation))
    assert len(derivations) == 2
    sentences = {graph.value(d, GW.sentence) for d in derivations}
    assert Literal("가온시와 나래군은 5일 청년 교류 업무협약을 맺었다.", lang="ko") in sentences
    dates = set(graph.objects(grant, ns.DCTERMS.date))
    assert dates == {Literal("2025-03-04", datatype=ns.XSD.date), Literal("2025-03-05", datatype=ns.XSD.date)}


def test_amounts_are_integers_in_krw(records, base_iri) -> None:  # type: ignore[no-untyped-def]
    graph = export(records, base_iri)
    amount = graph.value(URIRef(base_iri + "relation/e-fund"), ns.SDO.amount)
    assert graph.value(amount, ns.SDO.value) == Literal(350000000, datatype=ns.XSD.integer)
    assert graph.value(amount, ns.SDO.currency) == Literal("KRW")


def test_odd_values_are_skipped_not_fatal(base_iri) -> None:  # type: ignore[no-untyped-def]
    node = NodeRecord(key="Programme:x", label="Programme", name="엑스 사업",
                      props={"amount_krw": "많이", "kind": "nonsense", "unmapped": 3})
    article = ArticleRecord(key="a9", source="x.txt", story=0, date="2025-13")
    graph = build_graph(record_triples(RdfMapper(base_iri), [node], [], [article]))
    assert graph.value(URIRef(base_iri + "entity/Programme:x"), ns.SDO.amount) is None
    assert graph.value(URIRef(base_iri + "article/a9"), ns.DCTERMS.date) is None


def test_unknown_types_raise(base_iri) -> None:  # type: ignore[no-untyped-def]
    mapper = RdfMapper(base_iri)
    with pytest.raises(OntologyError):
        list(mapper.node_triples(NodeRecord(key="k", label="Place", name="가온")))
    with pytest.raises(OntologyError):
        list(mapper.edge_triples(EdgeRecord(key="k", type="LIKES", start="a", end="b")))


def test_subgraph_export_describes_articles_and_drops_dangling_edges(records, base_iri) -> None:  # type: ignore[no-untyped-def]
    nodes, edges, _ = records
    keep = {"Person:박하늘", "Organization:가온시"}
    sub = Subgraph(nodes=[n for n in nodes if n.key in keep], edges=edges)
    graph = build_graph(subgraph_triples(RdfMapper(base_iri), sub))
    relations = set(graph.subjects(ns.RDF.type, GW.Relationship))
    assert relations == {URIRef(base_iri + "relation/e-hold")}
    article = URIRef(base_iri + "article/a1")
    assert (article, ns.RDF.type, ns.SDO.NewsArticle) in graph
    assert graph.value(article, ns.DCTERMS.title) == Literal("가온시, 청년 지원 확대", lang="ko")


def test_provenance_without_date_or_evidence(base_iri) -> None:  # type: ignore[no-untyped-def]
    edge = EdgeRecord(key="r", type="PART_OF", start="a", end="b",
                      provenance=[Provenance(article="a1", evidence="")])
    graph = build_graph(RdfMapper(base_iri).edge_triples(edge))
    assert graph.value(URIRef(base_iri + "relation/r"), ns.DCTERMS.date) is None


def test_the_isomorphism_check_reports_the_difference(records, base_iri) -> None:  # type: ignore[no-untyped-def]
    expected = export(records, base_iri)
    actual = export(records, base_iri)
    actual.remove((URIRef(base_iri + "entity/Person:정바다"), ns.RDFS.label, None))
    with pytest.raises(pytest.fail.Exception, match="-- missing:\n.*정바다"):
        assert_isomorphic(expected, actual)
