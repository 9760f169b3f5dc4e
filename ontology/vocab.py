"""Generate the vocabulary artefacts from ``ontology/schema.yaml``.

``vocab.ttl`` (RDFS/OWL, written with rdflib's canonical ``longturtle``), ``namespace.py``
(the closed ``GW`` namespace class) and ``shapes.ttl`` (SHACL, see :mod:`ontology.shapes`)
are checked in as build artefacts of the YAML, as followthemoney does with its ontology;
tests check that each equals a fresh generation. ``gwangye vocab --write`` regenerates them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS

from ontology.schema import Ontology, load

log = logging.getLogger(__name__)

ONTOLOGY_DIR = Path(__file__).parent
VOCAB_PATH = ONTOLOGY_DIR / "vocab.ttl"
NAMESPACE_PATH = ONTOLOGY_DIR / "namespace.py"
VERSION_INFO = "1"


def bind_prefixes(graph: Graph, onto: Ontology) -> None:
    """Bind our prefix and every reused vocabulary's, replacing rdflib's defaults."""
    for prefix, iri in onto.all_prefixes().items():
        graph.bind(prefix, Namespace(iri), override=True, replace=True)


def ontology_iri(onto: Ontology) -> URIRef:
    """The owl:Ontology resource: the namespace IRI without its trailing ``#`` or ``/``."""
    return URIRef(onto.iri.rstrip("#/"))


def _both(graph: Graph, subject: URIRef, predicate: URIRef, ko: str, en: str) -> None:
    graph.add((subject, predicate, Literal(ko, lang="ko")))
    graph.add((subject, predicate, Literal(en, lang="en")))


def vocabulary_graph(onto: Ontology | None = None) -> Graph:
    """The RDFS/OWL description of every own term and the organization-kind scheme."""
    onto = onto or load()
    graph = Graph()
    bind_prefixes(graph, onto)
    gw = Namespace(onto.iri)
    head = ontology_iri(onto)
    graph.add((head, RDF.type, OWL.Ontology))
    graph.add((head, OWL.versionInfo, Literal(VERSION_INFO)))
    _both(graph, head, RDFS.label, onto.title.ko, onto.title.en)
    _both(graph, head, DCTERMS.title, onto.title.ko, onto.title.en)
    _both(graph, head, RDFS.comment, onto.description.ko, onto.description.en)

    for term in onto.terms.values():
        subject = gw[term.name]
        _both(graph, subject, RDFS.label, term.label.ko, term.label.en)
        _both(graph, subject, RDFS.comment, term.comment.ko, term.comment.en)
        graph.add((subject, RDFS.isDefinedBy, head))
        if term.kind == "class":
            graph.add((subject, RDF.type, OWL.Class))
            for parent in term.subclass_of:
                graph.add((subject, RDFS.subClassOf, URIRef(onto.expand(parent))))
        elif term.kind == "property":
            assert term.domain is not None and term.range is not None
            literal = term.range.startswith(("rdf:", "xsd:"))
            graph.add((subject, RDF.type, RDF.Property))
            graph.add((subject, RDF.type, OWL.DatatypeProperty if literal else OWL.ObjectProperty))
            if term.symmetric:
                graph.add((subject, RDF.type, OWL.SymmetricProperty))
            graph.add((subject, RDFS.domain, URIRef(onto.expand(term.domain))))
            graph.add((subject, RDFS.range, URIRef(onto.expand(term.range))))
        else:
            graph.add((subject, RDF.type, SKOS.ConceptScheme))
            _both(graph, subject, SKOS.prefLabel, term.label.ko, term.label.en)

    scheme = next(gw[t.name] for t in onto.terms.values() if t.kind == "scheme")
    for kind in onto.kinds.values():
        concept = gw[kind.term]
        graph.add((concept, RDF.type, SKOS.Concept))
        graph.add((concept, SKOS.inScheme, scheme))
        graph.add((concept, SKOS.topConceptOf, scheme))
        graph.add((scheme, SKOS.hasTopConcept, concept))
        graph.add((concept, SKOS.notation, Literal(kind.value)))
        graph.add((concept, RDFS.isDefinedBy, head))
        _both(graph, concept, SKOS.prefLabel, kind.label.ko, kind.label.en)
        _both(graph, concept, RDFS.label, kind.label.ko, kind.label.en)
    return graph


def vocabulary_turtle(onto: Ontology | None = None) -> str:
    """The vocabulary as canonical Turtle (``longturtle``: sorted, stable blank nodes)."""
    return vocabulary_graph(onto).serialize(format="longturtle")


def namespace_module(onto: Ontology | None = None) -> str:
    """Source of ``ontology/namespace.py``: a closed rdflib ``DefinedNamespace``."""
    onto = onto or load()
    lines = [
        '"""The closed ``gw:`` namespace: a typo raises instead of minting a junk IRI.',
        "",
        "GENERATED from ontology/schema.yaml by ``gwangye vocab --write``; do not edit by hand.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "from rdflib.term import URIRef",
        "",
        "",
        "class GW(DefinedNamespace):",
        f'    """{onto.title.en} ({onto.title.ko}): {onto.iri}"""',
        "",
        "    _fail = True",
        f'    _NS = Namespace("{onto.iri}")',
        "",
    ]
    for term in onto.terms.values():
        lines.append(f"    {term.name}: URIRef  # {term.label.ko} / {term.label.en} ({term.kind})")
    for kind in onto.kinds.values():
        lines.append(f"    {kind.term}: URIRef  # {kind.label.ko} / {kind.label.en} (concept)")
    lines.append("")
    return "\n".join(lines)


def write_artefacts(directory: Path = ONTOLOGY_DIR) -> list[Path]:
    """Regenerate vocab.ttl, shapes.ttl and namespace.py; return the files written."""
    from ontology.shapes import SHAPES_NAME, shapes_turtle

    onto = load()
    outputs = {
        directory / VOCAB_PATH.name: vocabulary_turtle(onto),
        directory / SHAPES_NAME: shapes_turtle(onto),
        directory / NAMESPACE_PATH.name: namespace_module(onto),
    }
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
        log.info("wrote %s", path)
    return list(outputs)
