"""The one ``GraphStore`` interface, Cypher underneath, and the factory that opens one.

Backends: ``embedded`` (FalkorDB started by gwangye on a unix socket in the data directory),
``falkordb://host:port`` (a FalkorDB someone runs) and Neo4j (``bolt://``, ``neo4j://``,
``neo4j+s://``). Every Cypher statement lives in graph/queries.py; only schema DDL differs
between backends.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Self

from graph.records import (
    ArticleRecord,
    EdgeRecord,
    EntityDetails,
    NodeRecord,
    QueryResult,
    Subgraph,
    WriteSummary,
)
from ontology.model import StoryExtraction


class GraphStore(abc.ABC):
    """A property graph of entities, relationships and the articles that state them."""

    # --- lifecycle ---------------------------------------------------------------------
    @abc.abstractmethod
    def ensure_schema(self) -> None:
        """Create constraints and indexes (idempotent)."""

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -----------------------------------------------------------------------
    @abc.abstractmethod
    def write(self, extractions: Iterable[StoryExtraction]) -> WriteSummary:
        """Write extractions; each article whole or not at all; re-writing changes nothing."""

    @abc.abstractmethod
    def has_article(self, key: str) -> bool: ...

    def stored_articles(self, keys: Sequence[str]) -> set[str]:
        """The keys among ``keys`` whose article is stored (complete)."""
        return {key for key in keys if self.has_article(key)}

    def drop_all(self) -> None:
        """Delete the whole graph (tests and benchmarks only)."""
        from ontology.errors import GraphStoreError

        raise GraphStoreError(f"{type(self).__name__} cannot drop its graph")

    @abc.abstractmethod
    def merge_entities(self, keep: str, drop: str) -> None:
        """Merge ``drop`` into ``keep`` by hand; recorded so it survives re-ingesting."""

    # --- reading -----------------------------------------------------------------------
    @abc.abstractmethod
    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> QueryResult:
        """Run Cypher; read-only unless ``write`` (a write without it raises ReadOnlyError)."""

    @abc.abstractmethod
    def search(self, text: str, limit: int = 20, types: Sequence[str] | None = None) -> list[NodeRecord]:
        """Entities whose name or an alias contains ``text``, most mentioned first."""

    @abc.abstractmethod
    def neighbourhood(
        self,
        key: str,
        depth: int = 1,
        *,
        entity_types: Sequence[str] | None = None,
        relation_types: Sequence[str] | None = None,
        region: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int = 200,
    ) -> Subgraph:
        """The entities within ``depth`` (1-3) relationships of ``key``, at most ``limit``.

        Breadth-first; the filters apply while expanding (a node or relationship that fails
        them is not crossed). Each level is ordered by degree (most connected first), then
        key, and cut when the cap is reached; deeper levels are then not expanded, so
        ``total_nodes`` counts the nodes up to the level that was cut (a lower bound of the
        whole neighbourhood when ``depth`` goes further) and ``truncated`` is set. The centre
        comes first; edges are those among the returned nodes.
        """

    @abc.abstractmethod
    def entity(
        self,
        key: str,
        *,
        limit: int | None = None,
        offset: int = 0,
        relation_types: Sequence[str] | None = None,
    ) -> EntityDetails | None:
        """``key``'s properties, aliases and one page of its relationships, or None.

        The page holds at most ``limit`` relationships (default: the ``details_limit``
        setting) after skipping ``offset``, newest article first, then type, the other end's
        name and key; ``relation_types`` keeps only those types. ``relation_counts`` counts
        every relationship by type and direction, ``edges_total`` those the filter keeps.
        ``articles`` holds the ``limit`` newest of the ``articles_total`` that mention it.
        A key merged away by hand leads to the entity it was merged into.
        """

    @abc.abstractmethod
    def recount(self) -> None:
        """Recount the stored per-entity counts (degree, requested, mentions) and search text.

        ``query(..., write=True)`` calls it after a statement that changed the graph.
        """

    @abc.abstractmethod
    def most_connected(self, limit: int = 10) -> list[NodeRecord]:
        """Entities with the most relationships, ``props["degree"]`` set; ties by key."""

    @abc.abstractmethod
    def stats(self) -> dict[str, Any]:
        """Counts by node label and relationship type, articles, date range.

        Keys: ``nodes`` ({entity type: count}), ``relationships`` ({relation type: count}),
        ``entities``, ``facts``, ``articles``, ``sources``, ``date_from``, ``date_to``,
        ``top_requested`` ([{key, name, label, count}]: most requested entities, by
        articles), ``merges`` (hand merges recorded).
        """

    # --- export ------------------------------------------------------------------------
    @abc.abstractmethod
    def iter_nodes(self) -> Iterator[NodeRecord]: ...

    @abc.abstractmethod
    def iter_edges(self) -> Iterator[EdgeRecord]: ...

    @abc.abstractmethod
    def iter_articles(self) -> Iterator[ArticleRecord]: ...


NEO4J_SCHEMES: tuple[str, ...] = (
    "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc",
)


def open_store(uri: str | None = None, **options: Any) -> GraphStore:
    """Open the store named by ``uri`` (default: the ``store`` setting).

    Args:
        uri: ``embedded`` (FalkorDB started by gwangye in the data directory),
            ``falkordb://host:port``, or a Neo4j URI (``bolt://``, ``neo4j://``, ``neo4j+s://``).
        **options: backend options: ``home`` (data directory, embedded), ``graph`` (FalkorDB
            graph name), ``user``/``password``/``database`` (Neo4j), ``batch_size``.

    Raises:
        ConfigError: an unknown URI scheme.
        GraphStoreError: the server cannot be reached or started.
    """
    from graph import settings
    from ontology.errors import ConfigError

    target = str(settings.get("store", uri)).strip()
    scheme = target.split("://", 1)[0].lower() if "://" in target else target.lower()
    if scheme == "embedded" or scheme == "falkordb":
        from graph.falkordb_store import FalkorDBStore

        return FalkorDBStore("embedded" if scheme == "embedded" else target, **options)
    if scheme in NEO4J_SCHEMES:
        from graph.neo4j_store import Neo4jStore

        return Neo4jStore(target, **options)
    raise ConfigError(
        f"store {target!r}: expected `embedded`, falkordb://host:port, bolt://, neo4j:// or neo4j+s://"
    )
