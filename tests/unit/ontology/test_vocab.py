"""The generated artefacts: vocabulary, closed namespace, shapes."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from ontology.namespace import GW
from ontology.schema import load
from ontology.shapes import shapes_turtle
from ontology.vocab import (
    NAMESPACE_PATH,
    ONTOLOGY_DIR,
    VOCAB_PATH,
    namespace_module,
    vocabulary_turtle,
)

ONTO = load()
REGENERATE = "out of date: run `gwangye vocab --write` after editing ontology/schema.yaml"


def test_checked_in_vocabulary_equals_a_fresh_generation() -> None:
    assert VOCAB_PATH.read_text(encoding="utf-8") == vocabulary_turtle(), REGENERATE


def test_checked_in_shapes_equal_a_fresh_generation() -> None:
    assert (ONTOLOGY_DIR / "shapes.ttl").read_text(encoding="utf-8") == shapes_turtle(), REGENERATE


def test_checked_in_namespace_module_equals_a_fresh_generation() -> None:
    assert NAMESPACE_PATH.read_text(encoding="utf-8") == namespace_module(), REGENERATE


def test_generation_is_deterministic() -> None:
    assert vocabulary_turtle() == vocabulary_turtle()
    assert shapes_turtle() == shapes_turtle()


@pytest.fixture(scope="module")
def vocab() -> Graph:
    return Graph().parse(VOCAB_PATH, format="turtle")


def _labels(graph: Graph, subject: URIRef, predicate: URIRef) -> set[str | None]:
    return {o.language for o in graph.objects(subject, predicate) if isinstance(o, Literal)}


@pytest.mark.parametrize("name", ONTO.own_term_names())
def test_every_own_term_has_korean_and_english_labels(vocab: Graph, name: str) -> None:
    term = GW[name]
    assert {"ko", "en"} <= _labels(vocab, term, RDFS.label), f"gw:{name} lacks a ko/en label"
    assert (term, RDFS.isDefinedBy, None) in vocab


@pytest.mark.parametrize("name", list(ONTO.terms))
def test_every_own_term_has_a_comment(vocab: Graph, name: str) -> None:
    assert {"ko", "en"} <= _labels(vocab, GW[name], RDFS.comment)


@pytest.mark.parametrize("name", [n for n, t in ONTO.terms.items() if t.kind == "property"])
def test_every_own_property_has_domain_and_range(vocab: Graph, name: str) -> None:
    assert vocab.value(GW[name], RDFS.domain) is not None
    assert vocab.value(GW[name], RDFS.range) is not None


def test_classes_properties_and_concepts_are_typed(vocab: Graph) -> None:
    assert (GW.Request, RDF.type, OWL.Class) in vocab
    assert (GW.requested, RDF.type, OWL.ObjectProperty) in vocab
    assert (GW.agreedWith, RDF.type, OWL.SymmetricProperty) in vocab
    assert (GW.sentence, RDF.type, OWL.DatatypeProperty) in vocab
    assert (GW.LocalGovernment, SKOS.inScheme, GW.OrganizationKinds) in vocab
    assert vocab.value(GW.Unit, SKOS.notation) == Literal("unit")
    assert (None, RDF.type, OWL.Ontology) in vocab


def test_namespace_is_closed() -> None:
    assert GW.requested == URIRef(ONTO.iri + "requested")
    with pytest.raises(AttributeError):
        GW.requestd  # noqa: B018 - the typo must raise
    with pytest.raises(AttributeError):
        GW["Requested"]


def test_namespace_holds_exactly_the_declared_terms() -> None:
    declared = set(ONTO.own_term_names())
    assert {str(t).removeprefix(ONTO.iri) for t in dir(GW)} == declared
