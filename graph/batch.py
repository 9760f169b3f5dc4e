"""StoryExtraction(s) → the rows the store's UNWIND statements write (graphrag's GraphBatch).

A batch holds whole articles only. Rows are aggregated per key inside a batch (one row per
entity, one per fact with parallel provenance lists), because a MERGE that meets the same
new key twice in one UNWIND is not guaranteed to see its own first write on every backend.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from graph.keys import article_key, entity_key, relation_ends, relation_key
from ontology.model import StoryExtraction

log = logging.getLogger(__name__)

RESERVED_PROPS = frozenset(
    {"key", "name", "aliases", "mentions", "search", "degree", "requested", "articles", "evidence", "dates"}
)
_PROP_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(slots=True)
class GraphBatch:
    """Rows for a batch of whole articles, grouped by label / relationship type."""

    articles: list[dict[str, Any]] = field(default_factory=list)
    nodes: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    relations: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    @property
    def article_keys(self) -> list[str]:
        return [row["key"] for row in self.articles]

    def node_rows(self, label: str) -> list[dict[str, Any]]:
        return list(self.nodes.get(label, {}).values())

    def relation_rows(self, rel_type: str) -> list[dict[str, Any]]:
        return list(self.relations.get(rel_type, {}).values())

    def __len__(self) -> int:
        return len(self.articles)


def clean_props(props: Mapping[str, Any]) -> dict[str, Any]:
    """Property values both backends can store: scalars or homogeneous lists of scalars."""
    cleaned: dict[str, Any] = {}
    for name, value in sorted(props.items()):
        if not _PROP_NAME.match(str(name)) or name in RESERVED_PROPS or value is None:
            continue
        if isinstance(value, (str, int, float, bool)):
            cleaned[name] = value
        elif isinstance(value, (list, tuple)):
            items = [v for v in value if v is not None]
            if all(isinstance(v, str) for v in items) or all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in items):
                cleaned[name] = list(items)
            else:
                cleaned[name] = [json.dumps(v, ensure_ascii=False, sort_keys=True) for v in items]
        else:
            cleaned[name] = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return cleaned


def person_bodies(extraction: StoryExtraction) -> dict[str, str]:
    """Local entity id → name of the body the person holds a post in (smallest, for stability)."""
    by_id = {e.id: e for e in extraction.entities}
    bodies: dict[str, str] = {}
    for rel in extraction.relations:
        if rel.type != "HOLDS_POSITION":
            continue
        person, body = by_id.get(rel.source), by_id.get(rel.target)
        if person is None or body is None or person.type != "Person" or not body.name:
            continue
        if rel.source not in bodies or body.name < bodies[rel.source]:
            bodies[rel.source] = body.name
    return bodies


def local_keys(extraction: StoryExtraction, redirects: Mapping[str, str]) -> dict[str, str]:
    """Local entity id → global key, after hand merges (``redirects``: dropped → kept)."""
    bodies = person_bodies(extraction)
    keys: dict[str, str] = {}
    for e in extraction.entities:
        if not e.name.strip():
            continue
        key = entity_key(e.type, e.name, bodies.get(e.id))
        keys[e.id] = resolve(key, redirects)
    return keys


def resolve(key: str, redirects: Mapping[str, str]) -> str:
    seen = {key}
    while key in redirects:
        key = redirects[key]
        if key in seen:  # a cycle would be a bug in merge bookkeeping; stop rather than spin
            break
        seen.add(key)
    return key


def build_batch(
    extractions: Iterable[StoryExtraction], redirects: Mapping[str, str] | None = None
) -> GraphBatch:
    """Turn extractions (each a whole article) into aggregated rows."""
    redirects = redirects or {}
    batch = GraphBatch()
    seen_articles: set[str] = set()
    for ex in extractions:
        akey = article_key(ex.hash, ex.source, ex.story, ex.title)
        if akey in seen_articles:
            continue
        seen_articles.add(akey)
        keys = local_keys(ex, redirects)
        mentions: list[str] = []
        for e in ex.entities:
            key = keys.get(e.id)
            if key is None:
                continue
            if key not in mentions:
                mentions.append(key)
            rows = batch.nodes.setdefault(e.type, {})
            row = rows.get(key)
            if row is None:
                row = rows[key] = {"key": key, "name": e.name, "aliases": [], "props": {}}
            for alias in [e.name, *e.aliases]:
                if alias and alias != row["name"] and alias not in row["aliases"]:
                    row["aliases"].append(alias)
            row["props"].update(clean_props(e.props))
        for rel in ex.relations:
            start, end = keys.get(rel.source), keys.get(rel.target)
            if start is None or end is None or start == end:
                continue
            start, end = relation_ends(rel.type, start, end)
            rkey = relation_key(rel.type, start, end)
            rows = batch.relations.setdefault(rel.type, {})
            row = rows.get(rkey)
            if row is None:
                row = rows[rkey] = {
                    "key": rkey, "start": start, "end": end, "props": {},
                    "articles": [], "evidence": [], "dates": [],
                }
            row["props"].update(clean_props(rel.props))
            if akey not in row["articles"]:  # the first sentence of an article that states it
                row["articles"].append(akey)
                row["evidence"].append(rel.evidence or "")
                row["dates"].append(ex.date or "")
        batch.articles.append({
            "key": akey, "source": ex.source, "story": ex.story, "title": ex.title,
            "date": ex.date, "outlet": ex.outlet, "reporter": ex.reporter, "mentions": mentions,
        })
    return batch
