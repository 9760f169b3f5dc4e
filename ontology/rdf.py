"""Store records → RDF triples on the published vocabulary.

Takes plain iterables of :mod:`graph.records` objects (no store import), so it runs on
anything that yields them. Every relation is written twice over: a direct triple between the
two entities (``gw:requested``, ``org:memberOf``, ``schema:funder`` …) for simple SPARQL,
and a qualified resource (``gw:Request``, ``org:Post``, ``schema:MonetaryGrant`` …) carrying
the relation's key, ends, properties, dates, articles and one ``gw:Evidence`` per
provenance entry with its sentence. The mapping is data: ``ontology/schema.yaml``.

IRIs come from the store's keys under a base IRI (setting ``base_iri``), so the same fact
gets the same IRI on every export::

    {base}entity/{NodeRecord.key}     {base}relation/{EdgeRecord.key}
    {base}article/{ArticleRecord.key} {relation}/evidence/{article key}
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, SDO

from graph.records import ArticleRecord, EdgeRecord, NodeRecord, Provenance, Subgraph
from ontology.errors import OntologyError
from ontology.namespace import GW
from ontology.schema import Ontology, PropertySpec, RelationType, load

log = logging.getLogger(__name__)

Triple = tuple[URIRef, URIRef, URIRef | Literal]
CURRENCY = "KRW"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Characters kept as they are in an IRI path segment (RFC 3987 iunreserved + a few
# sub-delims); everything else, spaces included, is percent-encoded as UTF-8.
_KEEP_ASCII = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@")


def iri_segment(text: str) -> str:
    """Encode ``text`` as one IRI path segment, keeping Hangul and other letters readable.

    >>> iri_segment("광주광역시 서구")
    '광주광역시%20서구'
    """
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", str(text)):
        if ch in _KEEP_ASCII or ord(ch) > 0x7F and not ch.isspace() and unicodedata.category(ch)[0] not in "CZ":
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out)


def is_iso_date(value: Any) -> bool:
    return isinstance(value, str) and bool(_DATE.match(value))


def _values(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set)):
        return [v for v in value if v is not None and v != ""]
    return [] if value == "" else [value]


def _number(value: Any) -> Literal | None:
    """An amount as xsd:integer (or xsd:decimal when it has a fraction); None if not a number."""
    if isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    if number == number.to_integral_value():
        return Literal(int(number), datatype=XSD.integer)
    return Literal(number, datatype=XSD.decimal)


class RdfMapper:
    """Turns records into triples; one instance per export (holds the base IRI)."""

    def __init__(self, base_iri: str, onto: Ontology | None = None) -> None:
        if not base_iri.startswith(("http://", "https://", "urn:")):
            raise OntologyError(f"base IRI {base_iri!r}: must be an http(s) or urn IRI")
        self.base = base_iri if base_iri.endswith(("/", "#", ":")) else base_iri + "/"
        self.onto = onto or load()
        self._terms: dict[str, URIRef] = {}
        seg = self.onto.iri_segments
        self._entity, self._relation, self._article = seg["entity"], seg["relation"], seg["article"]
        self.graph_name = URIRef(self.base + seg["graph"])

    # --- IRIs ----------------------------------------------------------------------------
    def term(self, curie: str) -> URIRef:
        """A declared CURIE as a URIRef (own terms go through the closed ``GW`` namespace)."""
        cached = self._terms.get(curie)
        if cached is None:
            prefix, local = curie.split(":", 1)
            cached = GW[local] if prefix == self.onto.prefix else URIRef(self.onto.expand(curie))
            self._terms[curie] = cached
        return cached

    def entity_iri(self, key: str) -> URIRef:
        return URIRef(f"{self.base}{self._entity}/{iri_segment(key)}")

    def relation_iri(self, key: str) -> URIRef:
        return URIRef(f"{self.base}{self._relation}/{iri_segment(key)}")

    def article_iri(self, key: str) -> URIRef:
        return URIRef(f"{self.base}{self._article}/{iri_segment(key)}")

    # --- records ---------------------------------------------------------------------------
    def node_triples(self, node: NodeRecord) -> Iterator[Triple]:
        """Type(s), key, Korean name and aliases, and the declared properties of one entity."""
        etype = self.onto.entities.get(node.label)
        if etype is None:
            raise OntologyError(f"node {node.key!r}: unknown entity type {node.label!r}")
        s = self.entity_iri(node.key)
        for cls in etype.rdf_types:
            yield s, RDF.type, self.term(cls)
        yield s, DCTERMS.identifier, Literal(node.key)
        name = Literal(node.name, lang="ko")
        yield s, RDFS.label, name
        yield s, FOAF.name, name
        yield s, SDO.name, name
        for alias in sorted(set(node.aliases) - {node.name}):
            yield s, SKOS.altLabel, Literal(alias, lang="ko")
        yield from self._properties(s, node.props, etype.properties, f"node {node.key}")

    def edge_triples(self, edge: EdgeRecord, *, describe_articles: bool = False) -> Iterator[Triple]:
        """The direct triple(s) and the qualified resource of one relationship."""
        rel = self.onto.relations.get(edge.type)
        if rel is None:
            raise OntologyError(f"edge {edge.key!r}: unknown relation type {edge.type!r}")
        start, end = self.entity_iri(edge.start), self.entity_iri(edge.end)
        direct = self.term(rel.rdf.direct)
        subject, obj = (end, start) if rel.rdf.inverse else (start, end)
        yield subject, direct, obj
        if not rel.directed:
            # Undirected relations are written both ways, so a query needs no UNION.
            yield obj, direct, subject
        r = self.relation_iri(edge.key)
        yield from self._qualified(r, rel, edge, start, end, subject, direct, obj)
        for prov in edge.provenance:
            yield from self._evidence(r, prov)
            if describe_articles:
                yield from self.article_triples(
                    ArticleRecord(key=prov.article, source=prov.source or "", story=-1,
                                  title=prov.title, date=prov.date, outlet=prov.outlet)
                )

    def article_triples(self, article: ArticleRecord) -> Iterator[Triple]:
        """A news article (provenance): title, date, outlet, source file, story index."""
        a = self.article_iri(article.key)
        yield a, RDF.type, SDO.NewsArticle
        yield a, RDF.type, PROV.Entity
        yield a, DCTERMS.identifier, Literal(article.key)
        if article.source:
            yield a, DCTERMS.source, Literal(article.source)
        if article.story >= 0:
            yield a, SDO.position, Literal(article.story, datatype=XSD.integer)
        if article.title:
            yield a, DCTERMS.title, Literal(article.title, lang="ko")
        if is_iso_date(article.date):
            yield a, DCTERMS.date, Literal(article.date, datatype=XSD.date)
        if article.outlet:
            yield a, DCTERMS.publisher, Literal(article.outlet, lang="ko")
        if article.reporter:
            yield a, SDO.author, Literal(article.reporter, lang="ko")

    # --- parts -----------------------------------------------------------------------------
    def _qualified(
        self, r: URIRef, rel: RelationType, edge: EdgeRecord, start: URIRef, end: URIRef,
        subject: URIRef, direct: URIRef, obj: URIRef,
    ) -> Iterator[Triple]:
        yield r, RDF.type, GW.Relationship
        for cls in rel.rdf.qualified:
            yield r, RDF.type, self.term(cls)
        yield r, DCTERMS.identifier, Literal(edge.key)
        # The reified direct triple: generic queries over every relation type use these.
        yield r, RDF.subject, subject
        yield r, RDF.predicate, direct
        yield r, RDF.object, obj
        if rel.rdf.source_role:
            yield r, self.term(rel.rdf.source_role), start
        if rel.rdf.target_role:
            yield r, self.term(rel.rdf.target_role), end
        if rel.rdf.from_source:
            yield start, self.term(rel.rdf.from_source), r
        yield from self._properties(r, edge.props, rel.properties, f"edge {edge.key}")
        for date in sorted({p.date for p in edge.provenance if p.date and is_iso_date(p.date)}):
            yield r, DCTERMS.date, Literal(date, datatype=XSD.date)

    def _evidence(self, r: URIRef, prov: Provenance) -> Iterator[Triple]:
        article = self.article_iri(prov.article)
        d = URIRef(f"{r}/evidence/{iri_segment(prov.article)}")
        yield r, PROV.wasDerivedFrom, article
        yield r, PROV.qualifiedDerivation, d
        yield d, RDF.type, GW.Evidence
        yield d, RDF.type, PROV.Derivation
        yield d, PROV.entity, article
        if prov.evidence:
            yield d, GW.sentence, Literal(prov.evidence, lang="ko")
        if is_iso_date(prov.date):
            yield d, DCTERMS.date, Literal(prov.date, datatype=XSD.date)

    def _properties(
        self, s: URIRef, props: dict[str, Any], allowed: Sequence[str], where: str
    ) -> Iterator[Triple]:
        for name in sorted(props):
            spec = self.onto.properties.get(name)
            if spec is None or name not in allowed:
                log.debug("%s: property %r has no RDF mapping here; not exported", where, name)
                continue
            for value in _values(props[name]):
                yield from self._property_value(s, spec, value, where)

    def _property_value(self, s: URIRef, spec: PropertySpec, value: Any, where: str) -> Iterator[Triple]:
        predicate = self.term(spec.rdf)
        if spec.value == "text":
            yield s, predicate, Literal(str(value), lang="ko")
        elif spec.value == "concept":
            kind = self.onto.kinds.get(str(value))
            if kind is None:
                log.warning("%s: unknown %s %r; not exported", where, spec.name, value)
                return
            yield s, predicate, GW[kind.term]
            for cls in kind.rdf_types:
                yield s, RDF.type, self.term(cls)
        elif spec.value in ("money", "integer"):
            number = _number(value)
            if number is None:
                log.warning("%s: %s %r is not a number; not exported", where, spec.name, value)
                return
            if spec.value == "integer":
                yield s, predicate, number
                return
            amount = URIRef(f"{s}/amount/{number}")
            yield s, predicate, amount
            yield amount, RDF.type, SDO.MonetaryAmount
            yield amount, SDO.value, number
            yield amount, SDO.currency, Literal(CURRENCY)
        elif spec.value == "date" and is_iso_date(value):
            yield s, predicate, Literal(value, datatype=XSD.date)


def record_triples(
    mapper: RdfMapper,
    nodes: Iterable[NodeRecord] = (),
    edges: Iterable[EdgeRecord] = (),
    articles: Iterable[ArticleRecord] = (),
    *,
    describe_articles: bool = False,
) -> Iterator[Triple]:
    """Triples of every record, lazily, record by record (articles, nodes, then edges)."""
    for article in articles:
        yield from mapper.article_triples(article)
    for node in nodes:
        yield from mapper.node_triples(node)
    for edge in edges:
        yield from mapper.edge_triples(edge, describe_articles=describe_articles)


def subgraph_triples(mapper: RdfMapper, subgraph: Subgraph) -> Iterator[Triple]:
    """Triples of one neighbourhood: its nodes, the edges between them, their articles."""
    keys = {n.key for n in subgraph.nodes}
    edges = [e for e in subgraph.edges if e.start in keys and e.end in keys]
    if len(edges) < len(subgraph.edges):
        log.info("left out %d edges whose ends are outside the subgraph", len(subgraph.edges) - len(edges))
    return record_triples(mapper, subgraph.nodes, edges, describe_articles=True)
