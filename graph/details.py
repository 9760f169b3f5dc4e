"""One entity's details, a page at a time: what ``GraphStore.entity`` returns on Cypher stores.

A hub (a 도청, a ministry) has thousands of relationships; the details read one page of them
(newest first, ``details_limit`` by default) and count the rest per type and direction with
a query that reads no property, so the cost follows the page, not the hub.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from graph import queries as Q
from graph import settings
from graph.records import EntityDetails, NodeRecord, RelationCount
from graph.rows import Rows, article_record, edge_record, fill_provenance, node_record
from ontology.model import RELATION_TYPES

log = logging.getLogger(__name__)

ARTICLE_LINK = "MENTIONED_IN"


def details_limit(limit: int | None) -> int:
    """The page size: ``limit``, else the ``details_limit`` setting; at least 1."""
    return max(1, int(settings.get("details_limit", limit)))


def read_details(
    rows: Rows,
    node: NodeRecord,
    *,
    limit: int | None = None,
    offset: int = 0,
    relation_types: Sequence[str] | None = None,
) -> EntityDetails:
    """The details of ``node`` (already read): one page of relationships, counts, articles.

    Args:
        rows: runs one read statement and returns its rows as dicts.
        node: the entity.
        limit: relationships (and articles) per page; default: the ``details_limit`` setting.
        offset: relationships to skip (the page starts after them).
        relation_types: only relationships of these types (pushed into the query); ``None``
            or empty: every type. Types outside the ontology match nothing.
    """
    size = details_limit(limit)
    start = max(0, int(offset))
    types = sorted({t for t in relation_types if t in RELATION_TYPES}) if relation_types else None
    if relation_types and not types:  # only unknown types asked for: an empty page
        types = []
    key = node.key
    counts, articles_total = relation_counts(rows(Q.RELATION_COUNTS, {"key": key}))
    wanted = set(RELATION_TYPES if types is None else types)
    total = sum(c.count for c in counts if c.type in wanted)
    page: list[dict[str, Any]] = []
    if total > start and wanted:
        page = rows(Q.EDGES_PAGE, {"key": key, "types": types, "offset": start, "limit": size})
    edges = [edge_record(r) for r in page]
    fill_provenance(rows, edges)
    neighbours: dict[str, NodeRecord] = {}
    for row in page:
        if row["other_key"] not in neighbours:
            neighbours[row["other_key"]] = node_record(
                {"key": row["other_key"], "labels": row["other_labels"], "props": row["other_props"]})
    articles = [article_record(r["props"]) for r in rows(Q.ARTICLES_OF, {"key": key, "limit": size})]
    return EntityDetails(
        node=node, edges=edges, neighbours=list(neighbours.values()), articles=articles,
        relation_counts=counts, edges_total=total, articles_total=articles_total,
        offset=start, limit=size, relation_types=types,
    )


def relation_counts(rows: Sequence[Mapping[str, Any]]) -> tuple[list[RelationCount], int]:
    """RELATION_COUNTS rows → counts in ontology order (out before in), and the articles."""
    articles = 0
    counts = []
    for row in rows:
        if row["type"] == ARTICLE_LINK:
            articles += int(row["count"]) if row["direction"] == "out" else 0
        elif row["type"] in RELATION_TYPES and int(row["count"]):
            counts.append(RelationCount(str(row["type"]), str(row["direction"]), int(row["count"])))
    counts.sort(key=lambda c: (RELATION_TYPES.index(c.type), c.direction != "out"))
    return counts, articles
