"""Cypher console results → table rows, and → a Subgraph when they hold nodes and relationships.

The store hands query values over as plain maps: a node is ``{"_labels": [...], key, name,
…}``, a relationship ``{"_type": "REQUESTED", key, …}`` and a path ``{"nodes": [...],
"edges": [...]}`` (graph/falkordb_store.py ``plain``); maps of the shape ``{"labels",
"properties"}`` / ``{"type", "start", "end"}`` are read too. A relationship map does not name
its ends, so they are found among the nodes of the same row: the relationship key is
``relation_key(type, start, end)`` (graph/keys.py), which also gives the direction.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from typing import Any

from graph.keys import relation_ends, relation_key
from graph.records import EdgeRecord, NodeRecord, QueryResult, Subgraph
from graph.view_style import entity_label, relation_label, style

log = logging.getLogger(__name__)

_META = {"_labels", "_type", "_id", "_start", "_end"}
_NODE_FIELDS = {"key", "name", "aliases", "mentions"}


def _is_node(value: Any) -> bool:
    return isinstance(value, Mapping) and (
        "_labels" in value or ("labels" in value and "type" not in value)
    )


def _is_relationship(value: Any) -> bool:
    return isinstance(value, Mapping) and (
        "_type" in value or ("type" in value and "start" in value)
    )


def _props(value: Mapping[str, Any]) -> dict[str, Any]:
    inner = value.get("properties")
    if isinstance(inner, Mapping):
        return dict(inner)
    return {k: v for k, v in value.items() if k not in _META}


def _node_record(value: Mapping[str, Any]) -> NodeRecord:
    props = _props(value)
    labels = list(value.get("_labels") or value.get("labels") or [])
    label = next((lab for lab in labels if lab in style().entities), labels[0] if labels else "?")
    key = str(
        props.get("key")
        or value.get("_id")
        or json.dumps(props, ensure_ascii=False, sort_keys=True)
    )
    name = props.get("name") or props.get("title") or props.get("source") or key
    aliases = props.get("aliases")
    mentions = props.get("mentions")
    return NodeRecord(
        key=key,
        label=str(label),
        name=str(name),
        aliases=[str(a) for a in aliases] if isinstance(aliases, list) else [],
        props={k: v for k, v in props.items() if k not in _NODE_FIELDS},
        mentions=int(mentions) if isinstance(mentions, (int, float)) else 0,
    )


def _relationship_type(value: Mapping[str, Any]) -> str:
    return str(value.get("_type") or value.get("type"))


def _ends(value: Mapping[str, Any], candidates: list[str]) -> tuple[str, str] | None:
    """The (start, end) node keys of a relationship map, explicit or found among ``candidates``."""
    for a, b in (("_start", "_end"), ("start", "end")):
        if value.get(a) is not None and value.get(b) is not None:
            return str(value[a]), str(value[b])
    rel_type = _relationship_type(value)
    key = _props(value).get("key")
    if not key or rel_type not in style().relations:
        return None
    for a in candidates:
        for b in candidates:
            if a != b and relation_key(rel_type, a, b) == key:
                return relation_ends(rel_type, a, b)  # directed: (a, b); undirected: as stored
    return None


def _items(value: Any) -> Iterable[Mapping[str, Any]]:
    """Every node and relationship map inside a cell (paths and lists hold several)."""
    if _is_node(value) or _is_relationship(value):
        yield value
    elif isinstance(value, Mapping):
        for part in ("nodes", "edges", "relationships"):
            inner = value.get(part)
            if isinstance(inner, list):
                for item in inner:
                    yield from _items(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _items(item)


def query_subgraph(result: QueryResult) -> Subgraph | None:
    """The nodes and relationships a Cypher result holds, or ``None`` when it holds no node."""
    nodes: dict[str, NodeRecord] = {}
    edges: dict[str, EdgeRecord] = {}
    for row in result.rows:
        items = [item for cell in row for item in _items(cell)]
        row_nodes = [_node_record(item) for item in items if _is_node(item)]
        for node in row_nodes:
            nodes.setdefault(node.key, node)
        keys = [n.key for n in row_nodes]
        for item in items:
            if not _is_relationship(item):
                continue
            ends = _ends(item, keys)
            if ends is None:
                continue
            props = _props(item)
            rel_type = _relationship_type(item)
            key = str(props.pop("key", None) or f"{ends[0]}|{rel_type}|{ends[1]}")
            edges[key] = EdgeRecord(
                key=key,
                type=rel_type,
                start=ends[0],
                end=ends[1],
                props={
                    k: v for k, v in props.items() if k not in {"articles", "evidence", "dates"}
                },
            )
    if not nodes:
        return None
    kept = [e for e in edges.values() if e.start in nodes and e.end in nodes]
    return Subgraph(nodes=list(nodes.values()), edges=kept, total_nodes=len(nodes))


def _cell(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if _is_node(value):
        record = _node_record(value)
        return f"({entity_label(record.label)}) {record.name}"
    if _is_relationship(value):
        return f"[{relation_label(_relationship_type(value))}]"
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def query_rows(result: QueryResult) -> list[dict[str, Any]]:
    """Rows of a Cypher result as column → display value (nodes, lists and maps as text)."""
    width = max((len(r) for r in result.rows), default=0)
    columns = result.columns or [f"col{i}" for i in range(width)]
    return [{col: _cell(value) for col, value in zip(columns, row)} for row in result.rows]
