"""Write triples out: streamed line by line (N-Triples, N-Quads) or through an rdflib Graph.

N-Triples and N-Quads are written triple by triple as the source yields them, so exporting
a large store keeps memory flat: nothing is collected. Turtle, TriG, JSON-LD and RDF/XML
need the whole graph to group and abbreviate, so they build an rdflib ``Graph`` (or
``Dataset`` for TriG) in memory first, with the vocabulary's prefixes bound.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TextIO

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from ontology.errors import OntologyError
from ontology.rdf import Triple
from ontology.schema import Ontology, load
from ontology.vocab import bind_prefixes

log = logging.getLogger(__name__)

#: our format name → (rdflib serializer, default file suffix)
FORMATS: dict[str, tuple[str, str]] = {
    "turtle": ("longturtle", ".ttl"),
    "nt": ("nt", ".nt"),
    "nquads": ("nquads", ".nq"),
    "jsonld": ("json-ld", ".jsonld"),
    "xml": ("pretty-xml", ".rdf"),
    "trig": ("trig", ".trig"),
}
STREAMED = ("nt", "nquads")
#: our format name → rdflib parser name, for reading exports back
PARSERS: dict[str, str] = {
    "turtle": "turtle", "nt": "nt", "nquads": "nquads", "jsonld": "json-ld",
    "xml": "xml", "trig": "trig",
}
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_IRI_FORBIDDEN = frozenset('<>"{}|^`\\')


def _iri(term: URIRef) -> str:
    text = str(term)
    if any(ch in _IRI_FORBIDDEN or ord(ch) <= 0x20 for ch in text):
        text = "".join(f"\\u{ord(ch):04X}" if ch in _IRI_FORBIDDEN or ord(ch) <= 0x20 else ch
                       for ch in text)
    return f"<{text}>"


def _literal(term: Literal) -> str:
    body = "".join(
        _ESCAPES.get(ch) or (f"\\u{ord(ch):04X}" if ord(ch) < 0x20 or ord(ch) == 0x7F else ch)
        for ch in str(term)
    )
    if term.language:
        return f'"{body}"@{term.language}'
    if term.datatype is not None and term.datatype != XSD.string:
        return f'"{body}"^^{_iri(term.datatype)}'
    return f'"{body}"'


def nt_term(term: URIRef | Literal) -> str:
    """One term in N-Triples syntax (UTF-8, no blank nodes: every resource has an IRI)."""
    if isinstance(term, Literal):
        return _literal(term)
    if isinstance(term, URIRef):
        return _iri(term)
    raise OntologyError(f"cannot write {term!r} in N-Triples: only IRIs and literals are exported")


def write_stream(
    triples: Iterable[Triple], handle: TextIO, fmt: str = "nt", graph_name: URIRef | None = None
) -> int:
    """Write each triple as one line the moment it is produced; return the line count.

    Args:
        triples: any iterable, consumed lazily.
        handle: a text stream (UTF-8).
        fmt: ``nt`` or ``nquads``; N-Quads puts every triple in ``graph_name``.
    """
    if fmt not in STREAMED:
        raise OntologyError(f"format {fmt!r} is not streamed; use one of {STREAMED}")
    suffix = " ." if fmt == "nt" or graph_name is None else f" {_iri(graph_name)} ."
    count = 0
    for s, p, o in triples:
        handle.write(f"{nt_term(s)} {nt_term(p)} {nt_term(o)}{suffix}\n")
        count += 1
    return count


def build_graph(triples: Iterable[Triple], onto: Ontology | None = None) -> Graph:
    """Collect triples into a Graph with our prefixes bound (for the non-streamed formats)."""
    graph = Graph()
    bind_prefixes(graph, onto or load())
    for triple in triples:
        graph.add(triple)
    return graph


def serialize_graph(graph: Graph, fmt: str, graph_name: URIRef, onto: Ontology | None = None) -> str:
    """Serialise a built graph in one of :data:`FORMATS`."""
    if fmt not in FORMATS:
        raise OntologyError(f"unknown RDF format {fmt!r}; choose one of {', '.join(FORMATS)}")
    onto = onto or load()
    name = FORMATS[fmt][0]
    if fmt in ("trig", "nquads"):
        dataset = Dataset()
        bind_prefixes(dataset, onto)  # type: ignore[arg-type]
        named = dataset.graph(graph_name)
        for triple in graph:
            named.add(triple)
        return dataset.serialize(format=name)
    if fmt == "jsonld":
        context = {p: iri for p, iri in onto.all_prefixes().items() if p != "sh"}
        return graph.serialize(format=name, context=context, auto_compact=True)
    return graph.serialize(format=name)
