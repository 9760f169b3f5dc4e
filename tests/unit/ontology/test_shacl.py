"""The export validates against ontology/shapes.ttl; broken exports do not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns

from ontology.namespace import GW
from ontology.rdf import RdfMapper, record_triples
from ontology.serialize import build_graph
from ontology.vocab import ONTOLOGY_DIR


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


def conforms(data: Graph, shapes: Graph) -> tuple[bool, str]:
    ok, _, text = validate(data, shacl_graph=shapes, inference="none", allow_warnings=False)
    return bool(ok), str(text)


def test_the_vocabulary_and_shapes_parse(shapes: Graph) -> None:
    vocab = Graph().parse(ONTOLOGY_DIR / "vocab.ttl", format="turtle")
    assert len(vocab) > 50 and len(shapes) > 50


def test_export_conforms(records, base_iri, shapes: Graph) -> None:  # type: ignore[no-untyped-def]
    nodes, edges, articles = records
    ok, report = conforms(build_graph(record_triples(RdfMapper(base_iri), nodes, edges, articles)), shapes)
    assert ok, report


B = "https://example.test/id/"
E = lambda key: URIRef(B + "entity/" + key)


def _remove(s: URIRef, p: URIRef) -> Callable[[Graph], None]:
    return lambda g: g.remove((s, p, None))


def _add(s: URIRef, p: URIRef, o: URIRef | Literal) -> Callable[[Graph], None]:
    return lambda g: g.add((s, p, o))


def _replace(s: URIRef, p: URIRef, o: URIRef | Literal) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        g.remove((s, p, None))
        g.add((s, p, o))
    return change


BROKEN = {
    "person without a name": _remove(E("Person:박하늘"), ns.RDFS.label),
    "name not in Korean": _replace(E("Person:정바다"), ns.RDFS.label, Literal("Jung Bada", lang="en")),
    "two canonical names": _add(E("Person:정바다"), ns.RDFS.label, Literal("정 의원", lang="ko")),
    "organization without its schema.org class": _remove(E("Organization:나래군"), ns.RDF.type),
    "unknown organization kind": _replace(E("Organization:나래군"), ns.ORG.classification, GW.Request),
    "request addressed to a programme": _replace(
        URIRef(B + "relation/e-req"), ns.SDO.recipient, E("Programme:가온%20청년%20꿈%20수당")),
    "funding from a programme": _replace(
        URIRef(B + "relation/e-fund"), ns.RDF.object, E("Programme:가온%20청년%20꿈%20수당")),
    "relationship without an article": _remove(URIRef(B + "relation/e-run"), ns.PROV.wasDerivedFrom),
    "relationship without evidence": _remove(URIRef(B + "relation/e-part"), ns.PROV.qualifiedDerivation),
    "wrong direct predicate": _replace(URIRef(B + "relation/e-hold"), ns.RDF.predicate, GW.requested),
    "amount as text": _replace(URIRef(B + "relation/e-fund/amount/350000000"), ns.SDO.value, Literal("3억5천만")),
    "amount in dollars": _replace(URIRef(B + "relation/e-fund/amount/350000000"), ns.SDO.currency, Literal("USD")),
    "article date not a date": _replace(URIRef(B + "article/a1"), ns.DCTERMS.date, Literal("4일")),
    "article without key": _remove(URIRef(B + "article/a2"), ns.DCTERMS.identifier),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_export_fails(records, base_iri, shapes: Graph, case: str) -> None:  # type: ignore[no-untyped-def]
    assert base_iri == B
    nodes, edges, articles = records
    graph = build_graph(record_triples(RdfMapper(base_iri), nodes, edges, articles))
    before = set(graph)
    BROKEN[case](graph)
    assert set(graph) != before, f"{case}: the test did not change the graph"
    ok, _ = conforms(graph, shapes)
    assert not ok, f"{case}: the shapes let it through"
