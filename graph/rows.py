"""Store rows → records: what every Cypher backend's reads turn into (see graph/records.py).

The rows are those of graph/queries.py's ``_NODE`` and ``_EDGE`` projections (key, labels,
properties) and ``properties(a)`` of an Article; bookkeeping properties (counts, the search
text, the parallel provenance lists) never reach a record's ``props``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from graph import queries as Q
from graph.keys import relation_key
from graph.records import ArticleRecord, EdgeRecord, NodeRecord, Provenance
from ontology.model import ENTITY_TYPES

log = logging.getLogger(__name__)

NODE_FIELDS = frozenset({"key", "name", "aliases", "mentions", "search", "degree", "requested"})
EDGE_FIELDS = frozenset({"key", "articles", "evidence", "dates"})

Rows = Callable[[str, Mapping[str, Any]], list[dict[str, Any]]]


def entity_label(labels: Sequence[str]) -> str:
    for label in labels:
        if label in ENTITY_TYPES:
            return label
    return "Entity"


def node_record(row: Mapping[str, Any]) -> NodeRecord:
    props = dict(row.get("props") or {})
    return NodeRecord(
        key=str(row.get("key") or props.get("key") or ""),
        label=entity_label(row.get("labels") or []),
        name=props.get("name") or "",
        aliases=list(props.get("aliases") or []),
        props={k: v for k, v in sorted(props.items()) if k not in NODE_FIELDS},
        mentions=int(props.get("mentions") or 0),
    )


def article_record(props: Mapping[str, Any]) -> ArticleRecord:
    return ArticleRecord(
        key=props["key"], source=props.get("source") or "", story=int(props.get("story") or 0),
        title=props.get("title"), date=props.get("date"), outlet=props.get("outlet"),
        reporter=props.get("reporter"),
    )


def edge_record(row: Mapping[str, Any]) -> EdgeRecord:
    """An ``_EDGE`` row; provenance from the parallel lists, article details still missing."""
    props = dict(row.get("props") or {})
    articles = list(props.get("articles") or [])
    evidence = list(props.get("evidence") or [])
    dates = list(props.get("dates") or [])
    provenance = [
        Provenance(article=a, evidence=evidence[i] if i < len(evidence) else "",
                   date=(dates[i] or None) if i < len(dates) else None)
        for i, a in enumerate(articles)
    ]
    return EdgeRecord(
        key=row.get("key") or relation_key(row["type"], row["start"], row["end"]),
        type=row["type"], start=row["start"], end=row["end"],
        props={k: v for k, v in sorted(props.items()) if k not in EDGE_FIELDS},
        provenance=provenance,
    )


def fill_provenance(
    rows: Rows, edges: Sequence[EdgeRecord], known: Mapping[str, ArticleRecord] | None = None
) -> None:
    """Give each provenance entry its article's source, title, outlet (and date if missing)."""
    wanted = sorted({p.article for e in edges for p in e.provenance})
    if known is None:
        found = rows(Q.ARTICLES_BY_KEYS, {"keys": wanted}) if wanted else []
        known = {a.key: a for a in (article_record(r["props"]) for r in found)}
    for edge in edges:
        for p in edge.provenance:
            article = known.get(p.article)
            if article is not None:
                p.source, p.title, p.outlet = article.source, article.title, article.outlet
                p.date = p.date or article.date
