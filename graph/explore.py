"""What the explorer does, without Streamlit: filters, parameters, export, ingest, overview.

The pages in ``graph/app_pages/`` wire widgets to these functions; everything here takes a
:class:`~graph.store.GraphStore` and plain values, so it is tested without a browser.
Every read is capped: no function loads the whole graph into the page.
"""

from __future__ import annotations

import importlib
import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from graph.records import NodeRecord, Subgraph
from graph.store import GraphStore
from ontology.errors import GwangyeError, InputError
from ontology.model import ENTITY_TYPES, RELATION_TYPES

log = logging.getLogger(__name__)

#: Neighbourhood size cap: pyvis slows badly past a few hundred nodes.
DEFAULT_NODE_CAP = 150
MAX_NODE_CAP = 500
#: Rows a Cypher console result may show.
QUERY_ROW_CAP = 1000

HELP_EMPTY = (
    "그래프가 비어 있습니다. 먼저 기사를 가져오세요: `gwangye ingest examples/articles` "
    "(또는 왼쪽 메뉴의 ‘가져오기’에서 기사 파일을 올리세요).\n\n"
    "The graph is empty. Load articles first: `gwangye ingest examples/articles`, "
    "or upload files on the ‘가져오기 (Ingest)’ page."
)


def help_unreachable(uri: str, error: str) -> str:
    """The message shown when the store cannot be opened: what failed and what to do."""
    return (
        f"그래프 저장소에 연결할 수 없습니다 (`{uri}`): {error}\n\n"
        "확인할 것: `gwangye db status`로 내장 서버 상태를 보거나, "
        "`GWANGYE_STORE`/`--store` 주소와 "
        "Neo4j 계정(`NEO4J_USER`, `NEO4J_PASSWORD`)을 확인한 뒤 `gwangye app`을 다시 실행하세요. "
        "그래프가 없다면 `gwangye ingest examples/articles`로 만드세요.\n\n"
        f"Cannot reach the graph store `{uri}`: {error}. Check `gwangye db status`, the "
        "`GWANGYE_STORE` / `--store` address and Neo4j credentials, then restart `gwangye app`; "
        "to build a graph run `gwangye ingest examples/articles`."
    )


# --- neighbourhood filters -----------------------------------------------------------------


@dataclass(slots=True)
class Filters:
    """The explorer's filter widgets, as keyword arguments of ``GraphStore.neighbourhood``."""

    depth: int = 1
    entity_types: list[str] = field(default_factory=list)
    relation_types: list[str] = field(default_factory=list)
    region: str = ""
    date_from: str | None = None
    date_to: str | None = None
    limit: int = DEFAULT_NODE_CAP

    def as_kwargs(self) -> dict[str, Any]:
        return {
            "depth": max(1, min(int(self.depth), 3)),
            "entity_types": list(self.entity_types) or None,
            "relation_types": list(self.relation_types) or None,
            "region": self.region.strip() or None,
            "date_from": self.date_from or None,
            "date_to": self.date_to or None,
            "limit": max(1, min(int(self.limit), MAX_NODE_CAP)),
        }


def neighbour_choices(subgraph: Subgraph, centre: str) -> list[NodeRecord]:
    """Nodes of the drawing one may re-centre on: the centre's direct neighbours first."""
    direct = {
        e.end if e.start == centre else e.start
        for e in subgraph.edges
        if centre in (e.start, e.end)
    }
    others = [n for n in subgraph.nodes if n.key != centre]
    return sorted(others, key=lambda n: (n.key not in direct, -n.mentions, n.name))


REGION_CAP = 500  # regions offered in the filter


def known_regions(store: GraphStore, limit: int = REGION_CAP) -> list[str]:
    """The ``region`` values entities carry, most common first, for the region filter."""
    result = store.query(
        "MATCH (n:Entity) WHERE n.region IS NOT NULL AND n.region <> '' "
        "RETURN n.region AS region, count(n) AS n ORDER BY n DESC, region LIMIT $limit",
        {"limit": int(limit)},
    )
    return [str(row[0]) for row in result.rows]


# --- the Cypher console ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExampleQuery:
    title: str
    cypher: str
    params: str = ""


# Korean column names need backticks: FalkorDB reads only ASCII identifiers bare.
EXAMPLE_QUERIES: tuple[ExampleQuery, ...] = (
    ExampleQuery(
        "누가 누구에게 요청했나 (who asked whom)",
        "MATCH (a:Entity)-[r:REQUESTED]->(b:Entity)\n"
        "RETURN a.name AS `요청한 쪽`, b.name AS `요청받은 쪽`, r.about AS `내용`,\n"
        "       size(r.articles) AS `기사 수`\n"
        "ORDER BY `기사 수` DESC LIMIT 50",
    ),
    ExampleQuery(
        "이름으로 찾은 인물의 직위 (posts of a person)",
        "MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organization)\n"
        "WHERE p.name CONTAINS $name\n"
        "RETURN p.name AS `인물`, r.title AS `직위`, o.name AS `기관` LIMIT 50",
        "name=한",
    ),
    ExampleQuery(
        "협약 관계 그래프 (agreements, as a graph)",
        "MATCH (a:Entity)-[r:AGREED_WITH]-(b:Entity)\nWHERE a.key < b.key\nRETURN a, r, b LIMIT 50",
    ),
    ExampleQuery(
        "지원 금액이 큰 사업 (largest funding)",
        "MATCH (f:Entity)-[r:FUNDS]->(p:Entity)\nWHERE r.amount_krw IS NOT NULL\n"
        "RETURN f.name AS `지원 주체`, p.name AS `대상`, r.amount_krw AS `금액(원)`\n"
        "ORDER BY `금액(원)` DESC LIMIT 20",
    ),
    ExampleQuery(
        "한 기관의 이웃 그래프 (one body and its neighbours)",
        "MATCH (o:Organization)-[r]-(n:Entity)\nWHERE o.name = $name\nRETURN o, r, n LIMIT 100",
        "name=해솔시",
    ),
)


_FINAL_LIMIT = re.compile(r"\bLIMIT\s+(\d+|\$\w+)\s*$", re.IGNORECASE)
_FINAL_RETURN = re.compile(
    r"\bRETURN\b(?![\s\S]*\b(?:MATCH|CREATE|MERGE|WITH|UNWIND|CALL)\b)", re.IGNORECASE
)


def capped_cypher(cypher: str, cap: int = QUERY_ROW_CAP) -> str:
    """``cypher`` with ``LIMIT cap+1`` appended when it ends in a RETURN without a LIMIT.

    The console must not pull a whole large graph into the page; one row more than the cap
    tells the page that rows were left out.
    """
    text = cypher.strip().rstrip(";").rstrip()
    if _FINAL_LIMIT.search(text) or not _FINAL_RETURN.search(text):
        return text
    return f"{text}\nLIMIT {cap + 1}"


def parse_params(text: str) -> dict[str, Any]:
    """Parse Cypher parameters: a JSON object, or ``name=value`` lines (values read as JSON).

    Raises:
        InputError: the text is neither.
    """
    text = text.strip()
    if not text:
        return {}
    if text.startswith("{"):
        try:
            value = json.loads(text)
        except json.JSONDecodeError as err:
            raise InputError("매개변수 (parameters)", f"JSON이 아닙니다: {err.msg}") from err
        if not isinstance(value, dict):
            raise InputError("매개변수 (parameters)", "JSON 객체여야 합니다 (a JSON object)")
        return value
    params: dict[str, Any] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, raw = line.partition("=")
        name = name.strip()
        if not sep or not name.isidentifier():
            raise InputError(
                "매개변수 (parameters)", f"{number}번째 줄은 name=value 꼴이어야 합니다: {line!r}"
            )
        raw = raw.strip()
        try:
            params[name] = json.loads(raw)
        except json.JSONDecodeError:
            params[name] = raw
    return params


# --- export ------------------------------------------------------------------------------------

EXPORT_FORMATS: dict[str, tuple[str, str, str]] = {
    # label: (format name of ontology/serialize.py and `gwangye export -f`, file suffix, MIME type)
    "Turtle": ("turtle", "ttl", "text/turtle"),
    "JSON-LD": ("jsonld", "jsonld", "application/ld+json"),
}


def rdf_available() -> bool:
    """Whether the RDF export (ontology/rdf.py, ontology/serialize.py) is installed."""
    try:
        importlib.import_module("ontology.rdf")
        importlib.import_module("ontology.serialize")
    except ImportError:
        return False
    return True


def export_bytes(
    store: GraphStore, fmt: str, *, entity: str | None = None, filters: Filters | None = None
) -> bytes:
    """Serialise the whole graph, or one neighbourhood, as RDF (the ``gwangye export`` mapping).

    Args:
        store: the graph store.
        fmt: a key of :data:`EXPORT_FORMATS`.
        entity: the centre of the neighbourhood to export; ``None`` for the whole graph.
        filters: the neighbourhood's filters (depth, types, cap) as the explorer shows it.

    Raises:
        GwangyeError: the RDF export is not available, or the store failed.
    """
    try:
        from ontology.rdf import RdfMapper, record_triples, subgraph_triples
        from ontology.serialize import build_graph, serialize_graph
    except ImportError as err:
        raise GwangyeError(
            f"RDF 내보내기를 쓸 수 없습니다 (RDF export not available): {err}"
        ) from err
    from graph import settings

    mapper = RdfMapper(str(settings.get("base_iri")))
    if entity is not None:
        kwargs = (filters or Filters()).as_kwargs()
        triples = subgraph_triples(mapper, store.neighbourhood(entity, **kwargs))
    else:
        triples = record_triples(
            mapper, store.iter_nodes(), store.iter_edges(), store.iter_articles()
        )
    text = serialize_graph(build_graph(triples), EXPORT_FORMATS[fmt][0], mapper.graph_name)
    return text.encode("utf-8")


# --- ingest ------------------------------------------------------------------------------------


@dataclass(slots=True)
class IngestReport:
    files: int = 0
    stories: int = 0
    articles: int = 0
    skipped: int = 0
    nodes: int = 0
    relationships: int = 0
    errors: list[str] = field(default_factory=list)


def ingest_uploads(
    store: GraphStore,
    extractor: Any,
    uploads: Sequence[tuple[str, bytes]],
    progress: Callable[[int, int, str], None] | None = None,
) -> IngestReport:
    """Read, extract and write uploaded files one by one; a bad file is reported, not fatal."""
    try:
        from extract.reading import read_bytes_stories  # the reading stage, imported when used
    except ImportError as err:
        raise GwangyeError(
            f"기사 읽기 모듈이 없습니다 (reading stage not available): {err}"
        ) from err

    report = IngestReport()
    for done, (name, data) in enumerate(uploads):
        if progress:
            progress(done, len(uploads), name)
        try:
            stories = list(read_bytes_stories(data, name))
            extractions = [extractor.extract(story) for story in stories]
            summary = store.write(extractions)
        except GwangyeError as err:
            log.warning("ingest of %s failed: %s", name, err)
            text = str(err)
            report.errors.append(text if text.startswith(name) else f"{name}: {text}")
            continue
        report.files += 1
        report.stories += len(stories)
        report.articles += summary.articles
        report.skipped += summary.skipped
        report.nodes += summary.nodes
        report.relationships += summary.relationships
    if progress:
        progress(len(uploads), len(uploads), "")
    return report


# --- overview ----------------------------------------------------------------------------------


def _counts(stats: dict[str, Any], *names: str) -> dict[str, int]:
    for name in names:
        value = stats.get(name)
        if isinstance(value, dict):
            return {str(k): int(v or 0) for k, v in value.items()}
    return {}


def entity_counts(stats: dict[str, Any]) -> dict[str, int]:
    """Entity nodes by type, from ``GraphStore.stats()`` (Article nodes left out)."""
    counts = _counts(stats, "nodes", "labels", "entities")
    return {k: v for k, v in counts.items() if k in ENTITY_TYPES}


def relation_counts(stats: dict[str, Any]) -> dict[str, int]:
    """Relationships by type (provenance links left out)."""
    counts = _counts(stats, "relationships", "relations", "edges")
    return {k: v for k, v in counts.items() if k in RELATION_TYPES}


def article_count(stats: dict[str, Any]) -> int:
    value = stats.get("articles")
    if isinstance(value, int):
        return value
    return _counts(stats, "nodes", "labels").get("Article", 0)


def is_empty(stats: dict[str, Any]) -> bool:
    """True when the store holds no entity at all."""
    return sum(entity_counts(stats).values()) == 0


def top_requested(stats: dict[str, Any]) -> list[tuple[NodeRecord, int]]:
    """``stats()["top_requested"]`` (when the store counts it) as (node, times asked) pairs."""
    out: list[tuple[NodeRecord, int]] = []
    for row in stats.get("top_requested") or []:
        if isinstance(row, dict) and row.get("key"):
            node = NodeRecord(
                str(row["key"]), str(row.get("label") or "Entity"), str(row.get("name") or "")
            )
            out.append((node, int(row.get("count") or 0)))
    return out


def most_requested(store: GraphStore, limit: int = 10) -> list[tuple[NodeRecord, int]]:
    """Who is asked most often: entities by the articles that state a REQUESTED towards them."""
    result = store.query(
        "MATCH (:Entity)-[r:REQUESTED]->(n:Entity) "
        "WITH n, sum(size(coalesce(r.articles, [1]))) AS times "
        "RETURN n.key AS key, labels(n) AS labels, n.name AS name, n.region AS region, "
        "n.mentions AS mentions, times ORDER BY times DESC, n.key LIMIT $limit",
        {"limit": int(limit)},
    )
    out: list[tuple[NodeRecord, int]] = []
    for key, labels, name, region, mentions, times in result.rows:
        label = next((lab for lab in labels or [] if lab in ENTITY_TYPES), "Entity")
        props = {"region": region} if region else {}
        out.append(
            (
                NodeRecord(str(key), label, str(name), props=props, mentions=int(mentions or 0)),
                int(times or 0),
            )
        )
    return out


def timeline(store: GraphStore, types: Sequence[str]) -> list[dict[str, Any]]:
    """Statements of ``types`` per month of their article: ``{"month": "2024-05", label: n}``."""
    from graph.view_style import relation_label

    result = store.query(
        "MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $types "
        "UNWIND coalesce(r.dates, []) AS d "
        "WITH type(r) AS type, d WHERE d IS NOT NULL AND size(d) >= 7 "
        "RETURN type, substring(d, 0, 7) AS month, count(*) AS n",
        {"types": list(types)},
    )
    months: dict[str, dict[str, Any]] = {}
    for type_, month, count in result.rows:
        row = months.setdefault(
            str(month), {"month": str(month), **{relation_label(t): 0 for t in types}}
        )
        row[relation_label(str(type_))] += int(count)
    return [months[m] for m in sorted(months)]
