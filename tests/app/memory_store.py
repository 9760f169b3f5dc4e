"""A tiny in-memory GraphStore, used only while no real backend can run (see conftest)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from graph.records import (
    ArticleRecord,
    EdgeRecord,
    EntityDetails,
    NodeRecord,
    Provenance,
    QueryResult,
    Subgraph,
    WriteSummary,
)
from graph.store import GraphStore
from ontology.errors import GraphStoreError, ReadOnlyError
from ontology.model import StoryExtraction


class MemoryStore(GraphStore):
    def __init__(self) -> None:
        self.nodes: dict[str, NodeRecord] = {}
        self.edges: dict[str, EdgeRecord] = {}
        self.articles: dict[str, ArticleRecord] = {}

    def ensure_schema(self) -> None: ...

    def close(self) -> None: ...

    def write(self, extractions: Iterable[StoryExtraction]) -> WriteSummary:
        summary = WriteSummary()
        for x in extractions:
            akey = f"{x.source}#{x.story}"
            if akey in self.articles:
                summary.skipped += 1
                continue
            self.articles[akey] = ArticleRecord(akey, x.source, x.story, x.title, x.date, x.outlet)
            summary.articles += 1
            keys = {}
            for e in x.entities:
                key = f"{e.type}:{e.name}"
                keys[e.id] = key
                node = self.nodes.get(key)
                if node is None:
                    node = self.nodes[key] = NodeRecord(key, e.type, e.name)
                    summary.nodes += 1
                node.aliases = sorted(set(node.aliases) | set(e.aliases))
                node.props.update(e.props)
                node.mentions += 1
            for r in x.relations:
                key = f"{keys[r.source]}|{r.type}|{keys[r.target]}"
                edge = self.edges.get(key)
                if edge is None:
                    edge = self.edges[key] = EdgeRecord(key, r.type, keys[r.source], keys[r.target], dict(r.props))
                    summary.relationships += 1
                edge.provenance.append(Provenance(akey, r.evidence, x.date, x.source, x.title, x.outlet))
        return summary

    def has_article(self, key: str) -> bool:
        return key in self.articles

    def merge_entities(self, keep: str, drop: str) -> None:
        raise GraphStoreError("not supported")

    def query(self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        if any(w in cypher.upper() for w in ("CREATE", "MERGE", "DELETE", " SET ")):
            raise ReadOnlyError("write refused")
        if "REQUESTED" in cypher and "count" in cypher:
            counts: dict[str, int] = {}
            for e in self.edges.values():
                if e.type == "REQUESTED":
                    counts[e.end] = counts.get(e.end, 0) + 1
            rows = [[self._node_dict(self.nodes[k]), n] for k, n in sorted(counts.items(), key=lambda x: -x[1])]
            return QueryResult(["node", "n"], rows)
        if "substring" in cypher:
            agg: dict[tuple[str, str], int] = {}
            for e in self.edges.values():
                if e.type in (params or {}).get("types", []):
                    for p in e.provenance:
                        agg[(e.type, (p.date or "")[:7])] = agg.get((e.type, (p.date or "")[:7]), 0) + 1
            return QueryResult(["type", "month", "n"], [[t, m, n] for (t, m), n in sorted(agg.items())])
        if "RETURN a, r, b" in cypher:
            rows = [[self._node_dict(self.nodes[e.start]), {"type": e.type, "start": e.start, "end": e.end,
                     "properties": e.props}, self._node_dict(self.nodes[e.end])] for e in self.edges.values()]
            return QueryResult(["a", "r", "b"], rows)
        if "bad" in cypher:
            raise GraphStoreError("syntax error near 'bad'")
        return QueryResult(["name"], [[n.name] for n in self.nodes.values()])

    @staticmethod
    def _node_dict(n: NodeRecord) -> dict[str, Any]:
        return {"labels": [n.label], "properties": {"key": n.key, "name": n.name, "mentions": n.mentions}}

    def search(self, text: str, limit: int = 20, types: Sequence[str] | None = None) -> list[NodeRecord]:
        hits = [n for n in self.nodes.values() if text in n.name or any(text in a for a in n.aliases)]
        return sorted(hits, key=lambda n: -n.mentions)[:limit]

    def neighbourhood(self, key: str, depth: int = 1, *, entity_types: Sequence[str] | None = None,
                      relation_types: Sequence[str] | None = None, region: str | None = None,
                      date_from: str | None = None, date_to: str | None = None, limit: int = 200) -> Subgraph:
        seen, frontier, edges = {key}, {key}, {}
        for _ in range(depth):
            nxt = set()
            for e in self.edges.values():
                if relation_types and e.type not in relation_types:
                    continue
                for a, b in ((e.start, e.end), (e.end, e.start)):
                    if a in frontier:
                        node = self.nodes[b]
                        if entity_types and node.label not in entity_types:
                            continue
                        edges[e.key] = e
                        if b not in seen:
                            nxt.add(b)
                            seen.add(b)
            frontier = nxt
        ordered = [key] + sorted(seen - {key})
        kept = ordered[:limit]
        return Subgraph([self.nodes[k] for k in kept], [e for e in edges.values() if e.start in kept and e.end in kept],
                        truncated=len(ordered) > limit, total_nodes=len(ordered))

    def entity(self, key: str) -> EntityDetails | None:
        node = self.nodes.get(key)
        if node is None:
            return None
        edges = [e for e in self.edges.values() if key in (e.start, e.end)]
        neighbours = [self.nodes[e.end if e.start == key else e.start] for e in edges]
        return EntityDetails(node, edges, neighbours, [])

    def most_connected(self, limit: int = 10) -> list[NodeRecord]:
        degree = {k: 0 for k in self.nodes}
        for e in self.edges.values():
            degree[e.start] += 1
            degree[e.end] += 1
        return [self.nodes[k] for k in sorted(degree, key=lambda k: (-degree[k], k))[:limit]]

    def stats(self) -> dict[str, Any]:
        nodes: dict[str, int] = {}
        rels: dict[str, int] = {}
        for n in self.nodes.values():
            nodes[n.label] = nodes.get(n.label, 0) + 1
        for e in self.edges.values():
            rels[e.type] = rels.get(e.type, 0) + 1
        return {"nodes": nodes, "relationships": rels, "articles": len(self.articles)}

    def iter_nodes(self) -> Iterator[NodeRecord]:
        return iter(self.nodes.values())

    def iter_edges(self) -> Iterator[EdgeRecord]:
        return iter(self.edges.values())

    def iter_articles(self) -> Iterator[ArticleRecord]:
        return iter(self.articles.values())
