"""SHACL shapes of a valid export, generated from ``ontology/schema.yaml``.

Checked in as ``ontology/shapes.ttl`` (a test keeps it equal to a fresh generation), so the
allowed endpoints of each relation are written once, in the YAML. The shapes say: every
entity has its key, one Korean name and its declared classes; every relationship names its
direct triple, ends of the allowed types, at least one article and evidence; articles have
a key and xsd:date dates; amounts are numbers in KRW.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from rdflib import RDF, RDFS, SKOS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, FOAF, PROV, SDO, SH
from rdflib.term import Node

from ontology.schema import Ontology, load
from ontology.vocab import bind_prefixes

log = logging.getLogger(__name__)

SHAPES_NAME = "shapes.ttl"


def shapes_namespace(onto: Ontology) -> Namespace:
    return Namespace(onto.iri.rstrip("#/") + "/shapes#")


class _Builder:
    def __init__(self, onto: Ontology) -> None:
        self.onto = onto
        self.g = Graph()
        bind_prefixes(self.g, onto)
        self.g.bind("gwsh", shapes_namespace(onto))
        self.ns = shapes_namespace(onto)

    def node_shape(self, name: str, target: URIRef, ko: str, en: str) -> URIRef:
        shape = self.ns[name]
        self.g.add((shape, RDF.type, SH.NodeShape))
        self.g.add((shape, SH.targetClass, target))
        self.g.add((shape, RDFS.label, Literal(ko, lang="ko")))
        self.g.add((shape, RDFS.label, Literal(en, lang="en")))
        return shape

    def prop(self, shape: URIRef, path: URIRef, **constraints: object) -> URIRef:
        # Property shapes get IRIs, not blank nodes, so longturtle's output is stable.
        prefix, _, local = self.g.namespace_manager.compute_qname(str(path))
        base = f"{shape}-{prefix}-{local}"
        node, n = URIRef(base), 1
        while (node, None, None) in self.g:
            n += 1
            node = URIRef(f"{base}-{n}")
        self.g.add((node, RDF.type, SH.PropertyShape))
        self.g.add((shape, SH.property, node))
        self.g.add((node, SH.path, path))
        for key, value in constraints.items():
            if key == "or_classes":
                self.g.add((node, SH["or"], self.alternatives(value)))  # type: ignore[arg-type]
            elif key == "or_datatypes":
                self.g.add((node, SH["or"], self.alternatives(value, SH.datatype)))  # type: ignore[arg-type]
            elif key in ("in_", "languageIn"):
                items: list[Node] = list(value)  # type: ignore[call-overload]
                head = BNode()
                Collection(self.g, head, items)
                self.g.add((node, SH["in"] if key == "in_" else SH.languageIn, head))
            else:
                term = value if isinstance(value, (URIRef, Literal)) else Literal(value)
                self.g.add((node, SH[key], term))
        return node

    def alternatives(self, terms: Iterable[URIRef], predicate: URIRef = SH["class"]) -> BNode:
        items: list[Node] = []
        for term in terms:
            alt = BNode()
            self.g.add((alt, predicate, term))
            items.append(alt)
        head = BNode()
        Collection(self.g, head, items)
        return head

    def classes(self, types: Iterable[str]) -> list[URIRef]:
        """Primary class of each entity type (the first of its rdf_types), without repeats."""
        out: list[URIRef] = []
        for name in types:
            cls = URIRef(self.onto.expand(self.onto.entities[name].rdf_types[0]))
            if cls not in out:
                out.append(cls)
        return out


def shapes_graph(onto: Ontology | None = None) -> Graph:
    """Build the SHACL shapes graph."""
    onto = onto or load()
    b = _Builder(onto)
    gw = Namespace(onto.iri)
    label = {"languageIn": [Literal("ko")], "datatype": RDF.langString}
    key = {"minCount": 1, "maxCount": 1, "datatype": XSD.string}
    money = b.node_shape("MonetaryAmountShape", SDO.MonetaryAmount, "금액", "monetary amount")
    b.prop(money, SDO.value, minCount=1, maxCount=1, or_datatypes=[XSD.integer, XSD.decimal])
    b.prop(money, SDO.currency, minCount=1, maxCount=1, hasValue=Literal("KRW"))

    for etype in onto.entities.values():
        shape = b.node_shape(f"{etype.name}Shape", URIRef(onto.expand(etype.rdf_types[0])),
                             etype.label.ko, etype.label.en)
        for cls in etype.rdf_types[1:]:
            b.prop(shape, RDF.type, hasValue=URIRef(onto.expand(cls)))
        b.prop(shape, DCTERMS.identifier, **key)
        b.prop(shape, RDFS.label, minCount=1, maxCount=1, **label)
        b.prop(shape, FOAF.name, minCount=1, **label)
        b.prop(shape, SDO.name, minCount=1, **label)
        b.prop(shape, SKOS.altLabel, **label)
        for pname in etype.properties:
            spec = onto.properties[pname]
            path = URIRef(onto.expand(spec.rdf))
            if spec.value == "text":
                b.prop(shape, path, **label)
            elif spec.value == "concept":
                b.prop(shape, path, maxCount=1, in_=[gw[k.term] for k in onto.kinds.values()])
            elif spec.value == "money":
                b.prop(shape, path, **{"class": SDO.MonetaryAmount})

    article = b.node_shape("ArticleShape", SDO.NewsArticle, "기사", "news article")
    b.prop(article, DCTERMS.identifier, **key)
    b.prop(article, DCTERMS.date, maxCount=1, datatype=XSD.date)
    b.prop(article, DCTERMS.title, maxCount=1, **label)
    b.prop(article, DCTERMS.source, maxCount=1, datatype=XSD.string)

    evidence = b.node_shape("EvidenceShape", gw.Evidence, "근거", "evidence")
    b.prop(evidence, PROV.entity, minCount=1, maxCount=1, **{"class": SDO.NewsArticle})
    b.prop(evidence, gw.sentence, **label)
    b.prop(evidence, DCTERMS.date, maxCount=1, datatype=XSD.date)

    directs = [URIRef(onto.expand(r.rdf.direct)) for r in onto.relations.values()]
    rel = b.node_shape("RelationshipShape", gw.Relationship, "관계", "relationship")
    b.prop(rel, DCTERMS.identifier, **key)
    b.prop(rel, RDF.subject, minCount=1, maxCount=1, nodeKind=SH.IRI)
    b.prop(rel, RDF.predicate, minCount=1, maxCount=1, in_=directs)
    b.prop(rel, RDF.object, minCount=1, maxCount=1, nodeKind=SH.IRI)
    b.prop(rel, PROV.wasDerivedFrom, minCount=1, **{"class": SDO.NewsArticle})
    b.prop(rel, PROV.qualifiedDerivation, minCount=1, **{"class": gw.Evidence})
    b.prop(rel, DCTERMS.date, datatype=XSD.date)

    for r in onto.relations.values():
        target = URIRef(onto.expand(r.rdf.qualified[0]))
        shape = b.node_shape(f"{r.name}Shape", target, r.label.ko, r.label.en)
        direct = URIRef(onto.expand(r.rdf.direct))
        b.prop(shape, RDF.predicate, hasValue=direct)
        subject_types, object_types = (r.target, r.source) if r.rdf.inverse else (r.source, r.target)
        if not r.directed:
            subject_types = object_types = tuple(dict.fromkeys(r.source + r.target))
        b.prop(shape, RDF.subject, or_classes=b.classes(subject_types))
        b.prop(shape, RDF.object, or_classes=b.classes(object_types))
        if r.rdf.source_role and r.rdf.source_role == r.rdf.target_role:
            b.prop(shape, URIRef(onto.expand(r.rdf.source_role)), minCount=1, maxCount=2,
                   or_classes=b.classes(dict.fromkeys(r.source + r.target)))
        else:
            for role, types in ((r.rdf.source_role, r.source), (r.rdf.target_role, r.target)):
                if role:
                    b.prop(shape, URIRef(onto.expand(role)), minCount=1, maxCount=1,
                           or_classes=b.classes(types))
        for pname in r.properties:
            spec = onto.properties[pname]
            path = URIRef(onto.expand(spec.rdf))
            if spec.value == "money":
                b.prop(shape, path, **{"class": SDO.MonetaryAmount})
            elif spec.value == "text":
                b.prop(shape, path, **label)
    return b.g


def shapes_turtle(onto: Ontology | None = None) -> str:
    return shapes_graph(onto).serialize(format="longturtle")
