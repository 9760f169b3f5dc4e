"""Load ``ontology/schema.yaml`` into typed, validated objects.

Everything that names a type, a relation or an RDF term reads it through :func:`load`: the
contract's type lists (``ontology.model``), the RDF export, the vocabulary, the SHACL shapes,
the closed namespace and the app legend. A bad declaration raises :class:`OntologyError`
naming the entry.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ontology.errors import OntologyError

log = logging.getLogger(__name__)

SCHEMA_PATH = Path(__file__).with_name("schema.yaml")
VALUE_KINDS = ("text", "integer", "money", "concept", "date")
TERM_KINDS = ("class", "property", "scheme")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_CURIE = re.compile(r"^([a-z][a-z0-9]*):([A-Za-z_][A-Za-z0-9_]*)$")
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_SEGMENT = re.compile(r"^[a-z][a-z0-9-]*$")


@dataclass(frozen=True, slots=True)
class Labels:
    ko: str
    en: str


@dataclass(frozen=True, slots=True)
class Style:
    colour: str
    shape: str = ""
    symbol: str = ""
    edge_label: str = ""
    dashes: bool = False


@dataclass(frozen=True, slots=True)
class EntityType:
    name: str
    label: Labels
    description: Labels
    rdf_types: tuple[str, ...]
    properties: tuple[str, ...]
    style: Style


@dataclass(frozen=True, slots=True)
class OrganizationKind:
    value: str
    term: str
    label: Labels
    rdf_types: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PropertySpec:
    name: str
    label: Labels
    description: Labels
    rdf: str
    value: str


@dataclass(frozen=True, slots=True)
class RdfMapping:
    direct: str
    inverse: bool
    qualified: tuple[str, ...]
    source_role: str | None = None
    target_role: str | None = None
    from_source: str | None = None


@dataclass(frozen=True, slots=True)
class RelationType:
    name: str
    label: Labels
    description: Labels
    source: tuple[str, ...]
    target: tuple[str, ...]
    directed: bool
    properties: tuple[str, ...]
    rdf: RdfMapping
    style: Style

    def allows(self, source_type: str, target_type: str) -> bool:
        """Whether the endpoint types fit (either way round when undirected)."""
        if source_type in self.source and target_type in self.target:
            return True
        return not self.directed and target_type in self.source and source_type in self.target


@dataclass(frozen=True, slots=True)
class Term:
    name: str
    kind: str
    label: Labels
    comment: Labels
    subclass_of: tuple[str, ...] = ()
    domain: str | None = None
    range: str | None = None
    symmetric: bool = False


@dataclass(frozen=True, slots=True)
class Ontology:
    prefix: str
    iri: str
    title: Labels
    description: Labels
    prefixes: Mapping[str, str]
    iri_segments: Mapping[str, str]
    entities: Mapping[str, EntityType]
    kinds: Mapping[str, OrganizationKind]
    properties: Mapping[str, PropertySpec]
    relations: Mapping[str, RelationType]
    terms: Mapping[str, Term]

    def expand(self, curie: str) -> str:
        """``schema:Person`` → ``https://schema.org/Person``; raise on an unknown prefix."""
        match = _CURIE.match(curie)
        if not match:
            raise OntologyError(f"not a CURIE: {curie!r}")
        prefix, local = match.groups()
        if prefix == self.prefix:
            return self.iri + local
        if prefix not in self.prefixes:
            raise OntologyError(f"{curie}: undeclared prefix {prefix!r}")
        return self.prefixes[prefix] + local

    def own_term_names(self) -> tuple[str, ...]:
        """Every term of the closed ``gw:`` namespace, in declaration order."""
        return tuple(self.terms) + tuple(k.term for k in self.kinds.values())

    def all_prefixes(self) -> dict[str, str]:
        return {self.prefix: self.iri, **self.prefixes}


def _labels(raw: Any, where: str) -> Labels:
    if not isinstance(raw, Mapping):
        raise OntologyError(f"{where}: expected {{ko: ..., en: ...}}, got {raw!r}")
    ko, en = raw.get("ko"), raw.get("en")
    if not isinstance(ko, str) or not ko.strip() or not isinstance(en, str) or not en.strip():
        raise OntologyError(f"{where}: needs non-empty Korean (ko) and English (en) text")
    return Labels(ko=ko.strip(), en=en.strip())


def _style(raw: Any, where: str) -> Style:
    if not isinstance(raw, Mapping):
        raise OntologyError(f"{where}.style: missing")
    colour = str(raw.get("colour", ""))
    if not _COLOUR.match(colour):
        raise OntologyError(f"{where}.style.colour: {colour!r} is not #RRGGBB")
    return Style(
        colour=colour,
        shape=str(raw.get("shape", "")),
        symbol=str(raw.get("symbol", "")),
        edge_label=str(raw.get("edge_label", "")),
        dashes=bool(raw.get("dashes", False)),
    )


def _curies(raw: Any, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(c, str) for c in raw):
        raise OntologyError(f"{where}: expected a list of CURIEs, got {raw!r}")
    return tuple(raw)


def _section(data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    section = data.get(name)
    if not isinstance(section, Mapping) or not section:
        raise OntologyError(f"schema: section {name!r} is missing or empty")
    return section


def parse(data: Any) -> Ontology:
    """Build and validate an :class:`Ontology` from the parsed YAML document."""
    if not isinstance(data, Mapping):
        raise OntologyError("schema: the document is not a mapping")
    ns = _section(data, "namespace")
    prefix, iri = str(ns.get("prefix", "")), str(ns.get("iri", ""))
    if not _IDENT.match(prefix) or not iri.endswith(("#", "/")):
        raise OntologyError(f"namespace: bad prefix {prefix!r} or IRI {iri!r} (must end in # or /)")
    prefixes = {str(k): str(v) for k, v in _section(data, "prefixes").items()}
    segments = {str(k): str(v) for k, v in _section(data, "iri_segments").items()}

    properties: dict[str, PropertySpec] = {}
    for name, raw in _section(data, "properties").items():
        where = f"properties.{name}"
        value = raw.get("value")
        if value not in VALUE_KINDS:
            raise OntologyError(f"{where}.value: {value!r} is not one of {VALUE_KINDS}")
        properties[name] = PropertySpec(
            name=name,
            label=_labels(raw.get("label"), f"{where}.label"),
            description=_labels(raw.get("description"), f"{where}.description"),
            rdf=str(raw.get("rdf", "")),
            value=value,
        )

    entities: dict[str, EntityType] = {}
    for name, raw in _section(data, "entities").items():
        where = f"entities.{name}"
        entities[name] = EntityType(
            name=name,
            label=_labels(raw.get("label"), f"{where}.label"),
            description=_labels(raw.get("description"), f"{where}.description"),
            rdf_types=_curies(raw.get("rdf_types"), f"{where}.rdf_types"),
            properties=tuple(raw.get("properties") or ()),
            style=_style(raw.get("style"), where),
        )

    kinds: dict[str, OrganizationKind] = {}
    for value, raw in _section(data, "organization_kinds").items():
        where = f"organization_kinds.{value}"
        kinds[value] = OrganizationKind(
            value=value,
            term=str(raw.get("term", "")),
            label=_labels(raw.get("label"), f"{where}.label"),
            rdf_types=_curies(raw.get("rdf_types"), f"{where}.rdf_types"),
        )

    relations: dict[str, RelationType] = {}
    for name, raw in _section(data, "relations").items():
        where = f"relations.{name}"
        rdf = raw.get("rdf")
        if not isinstance(rdf, Mapping):
            raise OntologyError(f"{where}.rdf: missing RDF mapping")
        relations[name] = RelationType(
            name=name,
            label=_labels(raw.get("label"), f"{where}.label"),
            description=_labels(raw.get("description"), f"{where}.description"),
            source=tuple(raw.get("source") or ()),
            target=tuple(raw.get("target") or ()),
            directed=bool(raw.get("directed", True)),
            properties=tuple(raw.get("properties") or ()),
            rdf=RdfMapping(
                direct=str(rdf.get("direct", "")),
                inverse=bool(rdf.get("inverse", False)),
                qualified=_curies(rdf.get("qualified"), f"{where}.rdf.qualified"),
                source_role=rdf.get("source_role"),
                target_role=rdf.get("target_role"),
                from_source=rdf.get("from_source"),
            ),
            style=_style(raw.get("style"), where),
        )

    terms: dict[str, Term] = {}
    for name, raw in _section(data, "terms").items():
        where = f"terms.{name}"
        if raw.get("kind") not in TERM_KINDS:
            raise OntologyError(f"{where}.kind: {raw.get('kind')!r} is not one of {TERM_KINDS}")
        terms[name] = Term(
            name=name,
            kind=raw["kind"],
            label=_labels(raw.get("label"), f"{where}.label"),
            comment=_labels(raw.get("comment"), f"{where}.comment"),
            subclass_of=_curies(raw.get("subclass_of"), f"{where}.subclass_of"),
            domain=raw.get("domain"),
            range=raw.get("range"),
            symmetric=bool(raw.get("symmetric", False)),
        )

    onto = Ontology(
        prefix=prefix,
        iri=iri,
        title=_labels(ns.get("title"), "namespace.title"),
        description=_labels(ns.get("description"), "namespace.description"),
        prefixes=prefixes,
        iri_segments=segments,
        entities=entities,
        kinds=kinds,
        properties=properties,
        relations=relations,
        terms=terms,
    )
    _check(onto)
    return onto


def _check(onto: Ontology) -> None:
    """Cross-reference checks: every name used is declared, every CURIE resolves."""
    own = set(onto.own_term_names())

    def curie(value: str | None, where: str) -> None:
        if value is None:
            return
        onto.expand(value)
        if value.startswith(onto.prefix + ":") and value.split(":", 1)[1] not in own:
            raise OntologyError(f"{where}: {value} is not declared under terms")

    for name in ("entity", "relation", "article", "graph"):
        if not _SEGMENT.match(onto.iri_segments.get(name, "")):
            raise OntologyError(f"iri_segments.{name}: missing or not a lower-case path segment")
    if len(set(onto.iri_segments.values())) != len(onto.iri_segments):
        raise OntologyError("iri_segments: a segment is used twice")
    for spec in onto.properties.values():
        curie(spec.rdf, f"properties.{spec.name}.rdf")
    for e in onto.entities.values():
        where = f"entities.{e.name}"
        if not e.rdf_types:
            raise OntologyError(f"{where}.rdf_types: at least one class is needed")
        for c in e.rdf_types:
            curie(c, f"{where}.rdf_types")
        for pname in e.properties:
            if pname not in onto.properties:
                raise OntologyError(f"{where}.properties: {pname!r} is not declared under properties")
    for k in onto.kinds.values():
        if not _IDENT.match(k.term):
            raise OntologyError(f"organization_kinds.{k.value}.term: {k.term!r} is not a name")
        for c in k.rdf_types:
            curie(c, f"organization_kinds.{k.value}.rdf_types")
    if len(own) != len(onto.own_term_names()):
        raise OntologyError("terms: a name is declared twice (terms and organization kind terms)")
    for r in onto.relations.values():
        where = f"relations.{r.name}"
        for end in r.source + r.target:
            if end not in onto.entities:
                raise OntologyError(f"{where}: endpoint {end!r} is not a declared entity type")
        if not r.source or not r.target:
            raise OntologyError(f"{where}: source and target types are required")
        for pname in r.properties:
            if pname not in onto.properties:
                raise OntologyError(f"{where}.properties: {pname!r} is not declared under properties")
        if not r.rdf.direct or not r.rdf.qualified:
            raise OntologyError(f"{where}.rdf: direct and qualified are required")
        for used in (r.rdf.direct, r.rdf.source_role, r.rdf.target_role, r.rdf.from_source,
                     *r.rdf.qualified):
            curie(used, f"{where}.rdf")
        if not r.style.edge_label:
            raise OntologyError(f"{where}.style.edge_label: a Korean edge label is required")
    for t in onto.terms.values():
        for used in (*t.subclass_of, t.domain, t.range):
            curie(used, f"terms.{t.name}")
        if t.kind == "property" and (t.domain is None or t.range is None):
            raise OntologyError(f"terms.{t.name}: a property needs a domain and a range")


def load_file(path: Path) -> Ontology:
    """Load and validate a schema file; raise :class:`OntologyError` naming the file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise OntologyError(f"{path}: cannot read the schema: {err}") from err
    try:
        return parse(data)
    except OntologyError as err:
        raise OntologyError(f"{path}: {err}") from err
    except (AttributeError, TypeError) as err:
        raise OntologyError(f"{path}: malformed declaration: {err}") from err


@functools.lru_cache(maxsize=1)
def load() -> Ontology:
    """The project's ontology, loaded once from ``ontology/schema.yaml``."""
    return load_file(SCHEMA_PATH)
