"""The declaration itself: everything declared is documented, mapped and consistent."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import rdflib.namespace as rns
import yaml

from ontology.errors import OntologyError
from ontology.model import ENTITY_TYPES, RELATION_TYPES
from ontology.schema import SCHEMA_PATH, load, parse

ONTO = load()
STANDARD = {"org": rns.ORG, "schema": rns.SDO, "foaf": rns.FOAF, "prov": rns.PROV,
            "dcterms": rns.DCTERMS, "skos": rns.SKOS}


def raw_schema() -> dict[str, Any]:
    return yaml.safe_load(SCHEMA_PATH.read_text(encoding="utf-8"))


def test_contract_type_lists_come_from_the_declaration() -> None:
    assert ENTITY_TYPES == ("Person", "Organization", "Programme", "Fund")
    assert RELATION_TYPES == ("HOLDS_POSITION", "REQUESTED", "AGREED_WITH", "FUNDS", "RUNS", "PART_OF")


@pytest.mark.parametrize("name", list(ONTO.entities))
def test_every_entity_type_is_documented_styled_and_mapped(name: str) -> None:
    e = ONTO.entities[name]
    assert e.label.ko and e.label.en and e.description.ko and e.description.en
    assert e.style.colour.startswith("#") and e.style.shape
    assert e.rdf_types


@pytest.mark.parametrize("name", list(ONTO.relations))
def test_every_relation_type_is_documented_styled_and_mapped(name: str) -> None:
    r = ONTO.relations[name]
    assert r.label.ko and r.label.en and r.description.ko and r.description.en
    assert r.style.colour.startswith("#") and r.style.edge_label
    assert r.rdf.direct and r.rdf.qualified
    assert r.source and r.target


def test_korean_edge_labels() -> None:
    labels = {n: r.style.edge_label for n, r in ONTO.relations.items()}
    assert labels == {"REQUESTED": "요청", "AGREED_WITH": "협약", "FUNDS": "지원", "RUNS": "운영",
                      "HOLDS_POSITION": "직위", "PART_OF": "소속"}


@pytest.mark.parametrize("name", list(ONTO.properties))
def test_every_property_is_documented_and_mapped(name: str) -> None:
    p = ONTO.properties[name]
    assert p.label.ko and p.label.en and p.description.ko and p.description.en and p.rdf


def test_qualified_classes_are_distinct_so_the_type_survives_export() -> None:
    firsts = [r.rdf.qualified[0] for r in ONTO.relations.values()]
    assert len(set(firsts)) == len(firsts)


def _curies() -> list[str]:
    out: list[str] = []
    for e in ONTO.entities.values():
        out += e.rdf_types
    for k in ONTO.kinds.values():
        out += k.rdf_types
    for p in ONTO.properties.values():
        out.append(p.rdf)
    for r in ONTO.relations.values():
        m = r.rdf
        out += [c for c in (m.direct, m.source_role, m.target_role, m.from_source, *m.qualified) if c]
    for t in ONTO.terms.values():
        out += [c for c in (*t.subclass_of, t.domain, t.range) if c]
    return sorted(set(out))


@pytest.mark.parametrize("curie", [c for c in _curies() if c.split(":")[0] in STANDARD])
def test_every_reused_term_exists_in_its_standard(curie: str) -> None:
    prefix, local = curie.split(":")
    namespace = STANDARD[prefix]
    assert local in namespace, f"{curie} is not a term of {namespace}"


def test_relation_endpoints() -> None:
    funds = ONTO.relations["FUNDS"]
    assert funds.allows("Organization", "Programme")
    assert not funds.allows("Programme", "Organization")
    agreed = ONTO.relations["AGREED_WITH"]
    assert agreed.allows("Person", "Organization") and not agreed.directed


def _drop(path: list[str]) -> Any:
    def change(doc: dict[str, Any]) -> None:
        node = doc
        for part in path[:-1]:
            node = node[part]
        del node[path[-1]]
    return change


def _set(path: list[str], value: Any) -> Any:
    def change(doc: dict[str, Any]) -> None:
        node = doc
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value
    return change


BROKEN = {
    "missing Korean label": _drop(["entities", "Person", "label", "ko"]),
    "missing English description": _drop(["relations", "RUNS", "description", "en"]),
    "bad colour": _set(["entities", "Fund", "style", "colour"], "purple"),
    "unknown endpoint": _set(["relations", "FUNDS", "target"], ["Programme", "Money"]),
    "undeclared prefix": _set(["relations", "RUNS", "rdf", "direct"], "ex:runs"),
    "undeclared own term": _set(["relations", "REQUESTED", "rdf", "direct"], "gw:askedFor"),
    "undeclared property": _set(["entities", "Person", "properties"], ["title", "age"]),
    "no rdf mapping": _drop(["relations", "PART_OF", "rdf"]),
    "no edge label": _drop(["relations", "PART_OF", "style", "edge_label"]),
    "property without range": _drop(["terms", "requested", "range"]),
    "bad value kind": _set(["properties", "title", "value"], "blob"),
    "missing section": _drop(["relations"]),
    "not a mapping": lambda doc: doc.clear(),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_bad_declaration_raises_ontology_error(case: str) -> None:
    doc = copy.deepcopy(raw_schema())
    BROKEN[case](doc)
    with pytest.raises(OntologyError):
        parse(doc)


def test_the_unchanged_declaration_parses() -> None:
    assert parse(raw_schema()) == ONTO
