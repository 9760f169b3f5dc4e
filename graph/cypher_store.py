"""What every Cypher backend shares: writing batches, merging, and the app's read functions.

A backend supplies three things: :meth:`CypherStore._execute` (one statement, read or write),
:meth:`CypherStore._write_group` (statements that must commit together when the backend can),
and the schema. Every statement comes from graph/queries.py.
"""

from __future__ import annotations

import abc
import datetime as dt
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from graph import queries as Q
from graph import settings
from graph.batch import GraphBatch, build_batch, resolve
from graph.details import read_details
from graph.keys import article_key, relation_key
from graph.records import (
    ArticleRecord,
    EdgeRecord,
    EntityDetails,
    NodeRecord,
    QueryResult,
    Subgraph,
    WriteSummary,
)
from graph.rows import article_record, edge_record, fill_provenance, node_record
from graph.store import GraphStore
from ontology.errors import GraphStoreError
from ontology.model import ENTITY_TYPES, RELATION_TYPES, StoryExtraction

log = logging.getLogger(__name__)

PAGE = 1000
# most_connected asks for nodes of at least this degree first, then lower floors: on a large
# graph the first (index) range holds enough, on a small one the last floor scans it all
DEGREE_FLOORS = (256, 32, 4, 1)


@dataclass(slots=True)
class Outcome:
    """One statement's rows and write counters, backend-neutral."""

    columns: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    nodes_created: int = 0
    relationships_created: int = 0
    updates: bool = False  # the statement changed the graph in any way

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


Statement = tuple[str, dict[str, Any]]


class CypherStore(GraphStore, abc.ABC):
    """Shared logic over a backend's ``_execute``."""

    batch_size: int = 500

    def __init__(self, batch_size: int | None = None) -> None:
        self.batch_size = max(1, int(settings.get("batch_size", batch_size)))

    # --- backend hooks -----------------------------------------------------------------
    @abc.abstractmethod
    def _execute(self, cypher: str, params: Mapping[str, Any] | None, *, write: bool) -> Outcome:
        """Run one statement; a read must be refused by the server if it writes."""

    def _write_group(self, statements: Sequence[Statement]) -> list[Outcome]:
        """Statements that belong together; backends with transactions commit them as one."""
        return [self._execute(cypher, params, write=True) for cypher, params in statements]

    def _rows(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self._execute(cypher, dict(params or {}), write=False).dicts()

    def _ensure_degrees(self) -> None:
        """Count ``degree``/``requested`` on a graph written before they were kept (once)."""
        if self._rows(Q.MISSING_COUNTS):
            log.info("counting the relationships of every entity (once, for most_connected)")
            self._execute(Q.RECOUNT_ALL, {}, write=True)

    # --- writing -------------------------------------------------------------------------
    def redirects(self) -> dict[str, str]:
        return {r["drop"]: r["keep"] for r in self._rows(Q.MERGE_DECISIONS)}

    def stored_articles(self, keys: Sequence[str]) -> set[str]:
        if not keys:
            return set()
        return {r["key"] for r in self._rows(Q.STORED_ARTICLES, {"keys": list(keys)})}

    def has_article(self, key: str) -> bool:
        return bool(self.stored_articles([key]))

    def write(self, extractions: Iterable[StoryExtraction]) -> WriteSummary:
        summary = WriteSummary()
        redirects = self.redirects()
        pending: list[StoryExtraction] = []
        size = 0
        for extraction in extractions:
            pending.append(extraction)
            size += 1 + len(extraction.entities) + len(extraction.relations)
            if size >= self.batch_size:
                self._write_batch(pending, redirects, summary)
                pending, size = [], 0
        if pending:
            self._write_batch(pending, redirects, summary)
        return summary

    def _write_batch(
        self, extractions: list[StoryExtraction], redirects: Mapping[str, str], summary: WriteSummary
    ) -> None:
        keys = [article_key(e.hash, e.source, e.story, e.title) for e in extractions]
        stored = self.stored_articles(keys)
        fresh = [e for e, k in zip(extractions, keys) if k not in stored]
        summary.skipped += len(extractions) - len(fresh)
        if not fresh:
            return
        batch = build_batch(fresh, redirects)
        statements, kinds = self.batch_statements(batch)
        for kind, outcome in zip(kinds, self._write_group(statements)):
            if kind == "node":
                summary.nodes += outcome.nodes_created
            elif kind == "relation":
                summary.relationships += outcome.relationships_created
        summary.articles += len(batch)

    def batch_statements(self, batch: GraphBatch) -> tuple[list[Statement], list[str]]:
        """Entities, then facts, then the articles with their mentions (the commit marker)."""
        statements: list[Statement] = []
        kinds: list[str] = []
        for label in ENTITY_TYPES:
            for rows in _chunks(batch.node_rows(label), self.batch_size):
                statements.append((Q.upsert_entities(label), {"rows": rows}))
                kinds.append("node")
        for rel_type in RELATION_TYPES:
            for rows in _chunks(batch.relation_rows(rel_type), self.batch_size):
                statements.append((Q.upsert_relations(rel_type), {"rows": rows}))
                kinds.append("relation")
        ends = sorted({key for rel_type in RELATION_TYPES for row in batch.relation_rows(rel_type)
                       for key in (row["start"], row["end"])})
        for rows in _chunks([{"key": k} for k in ends], self.batch_size):
            statements.append((Q.RECOUNT_KEYS, {"rows": rows}))
            kinds.append("count")
        # one statement for every article of the batch: all of them commit at once
        statements.append((Q.COMMIT_ARTICLES, {"rows": batch.articles}))
        kinds.append("article")
        return statements, kinds

    # --- merging ---------------------------------------------------------------------------
    def merge_entities(self, keep: str, drop: str) -> None:
        keep = resolve(keep, self.redirects())
        if keep == drop:
            raise GraphStoreError(f"{drop}: cannot merge an entity into itself")
        kept, dropped = self._entity_row(keep), self._entity_row(drop)
        if kept is None or dropped is None:
            raise GraphStoreError(f"no entity with key {keep if kept is None else drop}")
        if kept.label != dropped.label:
            raise GraphStoreError(
                f"cannot merge a {dropped.label} ({drop}) into a {kept.label} ({keep})"
            )
        aliases = list(kept.aliases)
        for name in [dropped.name, *dropped.aliases]:
            if name != kept.name and name not in aliases:
                aliases.append(name)
        props = {k: v for k, v in dropped.props.items() if k not in kept.props}
        params = {"keep": keep, "drop": drop}
        # recorded first: a merge cut short can be run again, and an ingest in between
        # already maps the dropped key onto the kept one
        statements: list[Statement] = [
            (Q.RECORD_MERGE, {**params, "at": dt.datetime.now(dt.UTC).isoformat()}),
        ]
        for rel_type in RELATION_TYPES:
            statements += [(cypher, params) for cypher in Q.move_relations(rel_type)]
        statements += [
            (Q.MOVE_MENTIONS, params),
            (Q.DELETE_DROPPED, params),
            (Q.UPDATE_KEPT, {"keep": keep, "props": props, "aliases": aliases}),
            (Q.RECOUNT_AROUND, {"keep": keep}),
        ]
        # each statement is idempotent, so a merge cut short can simply be run again
        self._write_group(statements)
        for row in self._rows(Q.REKEY_EDGES, {"keep": keep}):
            key = relation_key(row["type"], row["start"], row["end"])
            if row["key"] != key:
                self._execute(Q.SET_EDGE_KEY, {**row, "key": key}, write=True)

    def _entity_row(self, key: str) -> NodeRecord | None:
        rows = self._rows(Q.ENTITY_BY_KEY, {"key": key})
        return node_record(rows[0]) if rows else None

    # --- reading ---------------------------------------------------------------------------
    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> QueryResult:
        outcome = self._execute(cypher, dict(params or {}), write=write)
        if write and outcome.updates:
            # a hand-written change (a deleted relationship, a renamed entity) would leave
            # the stored degrees, mention counts and search text as they were
            self.recount()
        return QueryResult(columns=outcome.columns, rows=outcome.rows)

    def recount(self) -> None:
        """Recount every entity's ``degree``, ``requested``, ``mentions`` and search text.

        Each statement writes only the nodes whose value changed, so on a graph already
        right it only reads.
        """
        log.info("recounting the derived properties of every entity")
        for statement in Q.RECOUNT_EVERYTHING:
            self._execute(statement, {}, write=True)

    def search(self, text: str, limit: int = 20, types: Sequence[str] | None = None) -> list[NodeRecord]:
        # one line: names and aliases are stored one per line in the search text
        needle = " ".join((text or "").split()).lower()
        if not needle:
            return []
        rows = self._rows(Q.SEARCH, {"text": needle, "limit": int(limit),
                                     "types": list(types) if types else None})
        return [node_record(r) for r in rows]

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
        depth = min(max(int(depth), 1), 3)
        filters = {
            "rel_types": [t for t in (relation_types or RELATION_TYPES) if t in RELATION_TYPES],
            "types": list(entity_types) if entity_types else None,
            "region": region or None,
            "date_from": date_from or None,
            "date_to": date_to or None,
        }
        order, total = self._breadth_first(key, depth, filters, max(1, int(limit)))
        nodes = {r["key"]: node_record(r) for r in self._rows(Q.NODES_BY_KEYS, {"keys": order})}
        if key not in nodes:  # no such entity, or a key merged away by hand
            merged = resolve(key, self.redirects())
            if merged == key:
                return Subgraph()
            return self.neighbourhood(merged, depth, entity_types=entity_types,
                                      relation_types=relation_types, region=region,
                                      date_from=date_from, date_to=date_to, limit=limit)
        kept = [k for k in order if k in nodes]
        edges = [
            edge_record(r)
            for r in self._rows(Q.EDGES_AMONG, {"keys": kept, **{k: filters[k] for k in
                                ("rel_types", "date_from", "date_to")}})
        ]
        fill_provenance(self._rows, edges)
        edges.sort(key=lambda e: (e.type, e.start, e.end))
        return Subgraph(nodes=[nodes[k] for k in kept], edges=edges,
                        truncated=total > len(kept), total_nodes=total)

    def _breadth_first(
        self, key: str, depth: int, filters: Mapping[str, Any], cap: int
    ) -> tuple[list[str], int]:
        """Keys within ``depth`` of ``key``, at most ``cap``, and how many were found.

        Each level is cut to what the cap has room for, highest degree first, then key; once
        a level is cut the levels beyond it are not expanded, so a hub's neighbourhood costs
        what is drawn, not the graph around it (the count then stops at the cut level).
        """
        order, seen, frontier, total = [key], {key}, [key], 1
        for _ in range(depth):
            if not frontier:
                break
            rows = self._rows(Q.EXPAND, {"frontier": frontier, **filters})
            fresh = sorted((-int(r["degree"] or 0), r["key"]) for r in rows if r["key"] not in seen)
            total += len(fresh)
            frontier = [k for _, k in fresh[: cap - len(order)]]
            order += frontier
            seen.update(frontier)
            if len(fresh) > len(frontier):
                break
        return order, total

    def entity(
        self,
        key: str,
        *,
        limit: int | None = None,
        offset: int = 0,
        relation_types: Sequence[str] | None = None,
    ) -> EntityDetails | None:
        """Details of ``key`` (or of the entity it was merged into), one page of relationships."""
        node = self._entity_row(key)
        if node is None:
            merged = resolve(key, self.redirects())
            node = self._entity_row(merged) if merged != key else None
            if node is None:
                return None
        return read_details(self._rows, node, limit=limit, offset=offset,
                            relation_types=relation_types)

    def most_connected(self, limit: int = 10) -> list[NodeRecord]:
        """Entities with the most relationships (``props["degree"]``), ties by key."""
        limit = max(1, int(limit))
        out = []
        for row in self._top(Q.MOST_CONNECTED, limit):
            node = node_record(row)
            node.props["degree"] = row["degree"]
            out.append(node)
        return out

    def stats(self) -> dict[str, Any]:
        nodes = {label: self._rows(Q.count_label(label))[0]["count"] for label in ENTITY_TYPES}
        rels = {t: self._rows(Q.count_type(t))[0]["count"] for t in RELATION_TYPES}
        span = self._rows(Q.ARTICLE_SPAN)[0]
        top = []
        for row in self._top(Q.TOP_REQUESTED, 10):
            node = node_record(row)
            top.append({"key": node.key, "name": node.name, "label": node.label, "count": row["times"]})
        return {
            "nodes": nodes,
            "relationships": rels,
            "entities": sum(nodes.values()),
            "facts": sum(rels.values()),
            "articles": span["articles"],
            "sources": span["sources"],
            "date_from": span["first"] or None,
            "date_to": span["last"] or None,
            "top_requested": top,
            "merges": self._rows(Q.COUNT_MERGES)[0]["merges"],
        }

    def _top(self, cypher: str, limit: int) -> list[dict[str, Any]]:
        """The first ``limit`` rows of an indexed count read above a floor, lowered until enough
        come back: every node left out counts less than every node read, so the top is exact."""
        rows: list[dict[str, Any]] = []
        for floor in DEGREE_FLOORS:
            rows = self._rows(cypher, {"limit": limit, "floor": floor})
            if len(rows) >= limit:
                break
        return rows

    # --- export ----------------------------------------------------------------------------
    def iter_nodes(self) -> Iterator[NodeRecord]:
        for rows in self._pages(Q.PAGE_NODES):
            yield from (node_record(r) for r in rows)

    def iter_edges(self) -> Iterator[EdgeRecord]:
        articles = {a.key: a for a in self.iter_articles()}
        for rows in self._pages(Q.PAGE_NODES):
            keys = [r["key"] for r in rows]
            edges = [edge_record(r) for r in self._rows(Q.EDGES_FROM, {"keys": keys})]
            fill_provenance(self._rows, edges, articles)
            edges.sort(key=lambda e: (e.start, e.type, e.end))
            yield from edges

    def iter_articles(self) -> Iterator[ArticleRecord]:
        for rows in self._pages(Q.PAGE_ARTICLES):
            yield from (article_record(r["props"]) for r in rows)

    def _pages(self, cypher: str) -> Iterator[list[dict[str, Any]]]:
        after = ""
        while True:
            rows = self._rows(cypher, {"after": after, "limit": PAGE})
            if not rows:
                return
            yield rows
            last = rows[-1]
            after = last["key"] if "key" in last else last["props"]["key"]
            if len(rows) < PAGE:
                return

def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]
