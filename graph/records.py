"""What the store hands to its readers (CLI, RDF export, app): plain typed records.

These shapes are the store's read contract. The app and the RDF export depend only on
them and on :class:`graph.store.GraphStore`, never on a backend.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class NodeRecord:
    """An entity node. ``key`` is the stable global key (see graph/keys.py)."""

    key: str
    label: str  # Person | Organization | Programme | Fund
    name: str
    aliases: list[str] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)  # title, kind, region, amount_krw …
    mentions: int = 0  # number of articles that name it


@dataclass(slots=True)
class Provenance:
    """One article's statement of a relationship."""

    article: str  # Article key
    evidence: str
    date: str | None = None
    source: str | None = None  # input file base name
    title: str | None = None
    outlet: str | None = None


@dataclass(slots=True)
class EdgeRecord:
    """A relationship between two entity nodes, with every article that states it."""

    key: str
    type: str  # one of ontology.model.RELATION_TYPES
    start: str  # NodeRecord.key
    end: str
    props: dict[str, Any] = field(default_factory=dict)  # title, amount_krw, about …
    provenance: list[Provenance] = field(default_factory=list)


@dataclass(slots=True)
class ArticleRecord:
    key: str
    source: str
    story: int
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    reporter: str | None = None


@dataclass(slots=True)
class Subgraph:
    """A neighbourhood or query result drawn as a graph."""

    nodes: list[NodeRecord] = field(default_factory=list)
    edges: list[EdgeRecord] = field(default_factory=list)
    truncated: bool = False  # True when the cap cut nodes away
    total_nodes: int = 0  # size before the cap


@dataclass(slots=True)
class RelationCount:
    """How many relationships of one type an entity has in one direction."""

    type: str  # one of ontology.model.RELATION_TYPES
    direction: str  # "out": the entity is the start; "in": it is the end
    count: int


@dataclass(slots=True)
class EntityDetails:
    """One entity and one page of its relationships (see ``GraphStore.entity``).

    ``edges`` is the page: newest article first, then type, the other end's name and key.
    ``relation_counts`` counts every relationship of the entity (not only the page, not only
    the types asked for); ``edges_total`` those of the types asked for, so the page is
    ``offset + 1`` to ``offset + len(edges)`` of ``edges_total``.
    """

    node: NodeRecord
    edges: list[EdgeRecord] = field(default_factory=list)  # with provenance
    neighbours: list[NodeRecord] = field(default_factory=list)  # the other ends of `edges`
    articles: list[ArticleRecord] = field(default_factory=list)  # newest first, at most `limit`
    relation_counts: list[RelationCount] = field(default_factory=list)
    edges_total: int = 0
    articles_total: int = 0
    offset: int = 0
    limit: int = 0
    relation_types: list[str] | None = None  # the type filter of the page; None: every type

    @property
    def has_more(self) -> bool:
        """Whether relationships follow this page."""
        return self.offset + len(self.edges) < self.edges_total


@dataclass(slots=True)
class QueryResult:
    columns: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)  # plain values; nodes as dicts


@dataclass(slots=True)
class WriteSummary:
    articles: int = 0  # articles newly written
    skipped: int = 0  # articles already stored (idempotent re-ingest)
    nodes: int = 0  # nodes created
    relationships: int = 0  # relationships created
