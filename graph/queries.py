"""Every Cypher statement of the store, as constants and pure functions; values are parameters.

The same text runs on FalkorDB and Neo4j (only the schema DDL differs, see the ``*_ddl``
functions). Labels and relationship types are formatted into query text only after
:func:`checked_label` / :func:`checked_type` confirmed they belong to the ontology's closed
lists; nothing a user typed ever becomes query text.

Graph layout:

- ``(:Entity:<Type> {key, name, aliases, mentions, degree, requested, search, <props>})`` for
  the four entity types; ``degree`` counts the node's relationships to other entities (kept
  by the statement that creates a relationship, only when it creates one, so re-writing
  changes nothing), ``requested`` the articles that state a REQUESTED fact towards it (kept
  by the same statement, for the articles it appends); both are recounted around a hand
  merge. They make ``most_connected`` and the most requested an index lookup;
- ``(:Article {key, source, story, title, date, outlet, reporter})``; the article node and its
  ``MENTIONED_IN`` links are written in one statement, last, so an Article exists only once
  everything its extraction says is stored (the commit marker, see graph/batch.py);
- ``(:Entity)-[:<TYPE> {key, articles, evidence, dates, <props>}]->(:Entity)``: one
  relationship per fact, the parallel lists hold one entry per article that states it;
- ``(:MergeDecision {drop, keep, at})``: hand merges, replayed on every later ingest.
"""

from __future__ import annotations

from ontology.model import ENTITY_TYPES, RELATION_TYPES

NODE_LABELS: tuple[str, ...] = ("Entity", "Article", "MergeDecision", *ENTITY_TYPES)


def checked_label(label: str) -> str:
    if label not in ENTITY_TYPES:
        raise ValueError(f"not an entity type: {label!r}")
    return label


def checked_type(rel_type: str) -> str:
    if rel_type not in RELATION_TYPES:
        raise ValueError(f"not a relation type: {rel_type!r}")
    return rel_type


# --- schema ---------------------------------------------------------------------------------

def falkordb_index_ddl() -> list[str]:
    """Range indexes FalkorDB needs before it can enforce unique constraints."""
    return [f"CREATE INDEX FOR (n:{label}) ON (n.key)" for label in NODE_LABELS if label != "MergeDecision"] + [
        "CREATE INDEX FOR (n:MergeDecision) ON (n.drop)"
    ]


# range indexes beyond the keys, Neo4j only: most_connected reads the top of `degree` (ORDER BY
# … LIMIT over `degree >= $floor`, see graph/cypher_store.py). FalkorDB does without: its
# scan of 100k nodes for `degree >= 256` takes ~10 ms, and keeping the index up to date cost
# ingest a measured ~10% of its throughput.
EXTRA_INDEXES: tuple[tuple[str, str], ...] = (("Entity", "degree"), ("Entity", "requested"))


def falkordb_unique_constraints() -> list[tuple[str, str]]:
    """(label, property) pairs for ``GRAPH.CONSTRAINT CREATE … UNIQUE NODE label``."""
    return [(label, "key") for label in NODE_LABELS if label != "MergeDecision"] + [
        ("MergeDecision", "drop")
    ]


def neo4j_schema_ddl() -> list[str]:
    """Neo4j 5 constraints (each backed by an index); idempotent with IF NOT EXISTS."""
    statements = [
        f"CREATE CONSTRAINT gwangye_{label.lower()}_key IF NOT EXISTS "
        f"FOR (n:{label}) REQUIRE n.key IS UNIQUE"
        for label in NODE_LABELS
        if label != "MergeDecision"
    ]
    statements.append(
        "CREATE CONSTRAINT gwangye_mergedecision_drop IF NOT EXISTS "
        "FOR (n:MergeDecision) REQUIRE n.drop IS UNIQUE"
    )
    statements += [
        f"CREATE INDEX gwangye_{label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
        for label, prop in EXTRA_INDEXES
    ]
    return statements


# --- writing --------------------------------------------------------------------------------

def upsert_entities(label: str) -> str:
    """One row per entity key: create or update, aliases accumulate (never the name itself)."""
    return (
        "UNWIND $rows AS row "
        f"MERGE (n:Entity:{checked_label(label)} {{key: row.key}}) "
        "ON CREATE SET n.name = row.name, n.aliases = [], n.mentions = 0, n.degree = 0, "
        "n.requested = 0 "
        "SET n += row.props "
        "SET n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | "
        "CASE WHEN a IN acc OR a = n.name THEN acc ELSE acc + a END) "
        # WITH: FalkorDB evaluates consecutive SET clauses against the values before them
        f"WITH n SET n.search = {SEARCH_TEXT}"
    )


# name and aliases, lower-cased, one per line: search is one CONTAINS per node (a substring
# cannot use an index; this is ~15x faster than lower-casing every name at query time)
SEARCH_TEXT = "toLower(reduce(t = n.name, a IN coalesce(n.aliases, []) | t + '\\n' + a))"


def upsert_relations(rel_type: str) -> str:
    """One row per fact: provenance entries whose article is not listed yet are appended."""
    return (
        "UNWIND $rows AS row "
        "MATCH (s:Entity {key: row.start}) "
        "MATCH (t:Entity {key: row.end}) "
        f"MERGE (s)-[r:{checked_type(rel_type)}]->(t) "
        "ON CREATE SET r.key = row.key, r.articles = [], r.evidence = [], r.dates = [] "
        "SET r += row.props "
        "WITH r, row, [i IN range(0, size(row.articles) - 1) "
        "WHERE NOT row.articles[i] IN r.articles] AS fresh "
        "SET r.evidence = r.evidence + [i IN fresh | row.evidence[i]], "
        "r.dates = r.dates + [i IN fresh | row.dates[i]], "
        "r.articles = r.articles + [i IN fresh | row.articles[i]]"
    )


# The commit marker: article node + MENTIONED_IN in one statement (atomic on FalkorDB).
COMMIT_ARTICLES = (
    "UNWIND $rows AS row "
    "MERGE (a:Article {key: row.key}) "
    "SET a.source = row.source, a.story = row.story, a.title = row.title, a.date = row.date, "
    "a.outlet = row.outlet, a.reporter = row.reporter "
    "WITH a, row "
    "UNWIND row.mentions AS entity_key "
    "MATCH (n:Entity {key: entity_key}) "
    "MERGE (n)-[:MENTIONED_IN]->(a) "
    "ON CREATE SET n.mentions = coalesce(n.mentions, 0) + 1"
)

STORED_ARTICLES = "UNWIND $keys AS k MATCH (a:Article {key: k}) RETURN a.key AS key"

MERGE_DECISIONS = "MATCH (m:MergeDecision) RETURN m.drop AS drop, m.keep AS keep"

RECORD_MERGE = (
    "MERGE (m:MergeDecision {drop: $drop}) SET m.keep = $keep, m.at = $at "
    "WITH m MATCH (o:MergeDecision) WHERE o.keep = $drop SET o.keep = $keep"
)

# --- merging two entities by hand -------------------------------------------------------------

ENTITY_BY_KEY = (
    "MATCH (n:Entity {key: $key}) RETURN n.key AS key, labels(n) AS labels, properties(n) AS props"
)


def move_relations(rel_type: str) -> list[str]:
    """Re-attach ``drop``'s relationships of one type to ``keep``, provenance lists merged.

    AGREED_WITH is stored once with its ends ordered by key, so its moves pick the stored
    direction from how the other end compares with ``keep``.
    """
    t = checked_type(rel_type)
    out, into = f"(d)-[r:{t}]->(o)", f"(o)-[r:{t}]->(d)"
    if rel_type != "AGREED_WITH":
        return [_move(out, f"(k)-[x:{t}]->(o)", ""), _move(into, f"(o)-[x:{t}]->(k)", "")]
    return [
        _move(match, merge, cond)
        for match in (out, into)
        for cond, merge in (
            ("AND o.key > $keep ", f"(k)-[x:{t}]->(o)"),
            ("AND o.key < $keep ", f"(o)-[x:{t}]->(k)"),
        )
    ]


def _move(match: str, merge: str, condition: str) -> str:
    return (
        "MATCH (d:Entity {key: $drop}) MATCH (k:Entity {key: $keep}) WITH d, k "
        f"MATCH {match} WHERE o.key <> $keep AND o.key <> $drop {condition}"
        f"MERGE {merge} "
        "ON CREATE SET x = properties(r) "
        "WITH r, x, [i IN range(0, size(r.articles) - 1) WHERE NOT r.articles[i] IN x.articles] AS fresh "
        "SET x.evidence = x.evidence + [i IN fresh | r.evidence[i]], "
        "x.dates = x.dates + [i IN fresh | r.dates[i]], "
        "x.articles = x.articles + [i IN fresh | r.articles[i]] "
        "DELETE r"
    )


MOVE_MENTIONS = (
    "MATCH (d:Entity {key: $drop}) MATCH (k:Entity {key: $keep}) WITH d, k "
    "MATCH (d)-[m:MENTIONED_IN]->(a:Article) "
    "MERGE (k)-[:MENTIONED_IN]->(a) "
    "DELETE m"
)

# relationships left between the two (a fact between the merged pair) and the node itself
DELETE_DROPPED = "MATCH (d:Entity {key: $drop}) DETACH DELETE d"

UPDATE_KEPT = (
    "MATCH (k:Entity {key: $keep}) SET k += $props, k.aliases = $aliases "
    "WITH k AS n SET n.search = " + SEARCH_TEXT + " WITH n AS k "
    "WITH k OPTIONAL MATCH (k)-[:MENTIONED_IN]->(a:Article) "
    "WITH k, count(a) AS c SET k.mentions = c"
)

# `degree` and `requested` of nodes `n`, recounted; written only when they changed (a node
# update costs FalkorDB an index update, and re-writing a batch must change nothing)
_RECOUNT = (
    "OPTIONAL MATCH (n)-[r]-(:Entity) WITH n, count(r) AS d "
    "OPTIONAL MATCH (:Entity)-[q:REQUESTED]->(n) "
    "WITH n, d, toInteger(sum(coalesce(size(q.articles), 0))) AS asked "
    "WHERE n.degree IS NULL OR n.requested IS NULL OR n.degree <> d OR n.requested <> asked "
    "SET n.degree = d, n.requested = asked"
)

# the ends of a batch's facts, once per batch (not once per fact: far fewer node updates)
RECOUNT_KEYS = "UNWIND $rows AS row MATCH (n:Entity {key: row.key}) WITH n " + _RECOUNT

# the kept entity and every neighbour: a moved relationship may have met one already there
RECOUNT_AROUND = (
    "MATCH (k:Entity {key: $keep}) WITH k "
    "OPTIONAL MATCH (k)-[]-(o:Entity) WITH k, collect(DISTINCT o) AS others "
    "UNWIND others + [k] AS n WITH DISTINCT n " + _RECOUNT
)

# graphs written before `degree` and `requested` existed: counted once, when a store opens them
MISSING_COUNTS = (
    "MATCH (n:Entity) WHERE n.degree IS NULL OR n.requested IS NULL RETURN n.key AS key LIMIT 1"
)

RECOUNT_ALL = "MATCH (n:Entity) WITH n " + _RECOUNT

# after a hand-written write (`gwangye query --write`): every derived property of every
# entity, each statement writing only the nodes whose value changed (see CypherStore.recount)
RECOUNT_MENTIONS = (
    "MATCH (n:Entity) WITH n "
    "OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(:Article) WITH n, count(m) AS c "
    "WHERE n.mentions IS NULL OR n.mentions <> c SET n.mentions = c"
)

RESET_SEARCH = (
    f"MATCH (n:Entity) WITH n, {SEARCH_TEXT} AS text "
    "WHERE n.search IS NULL OR n.search <> text SET n.search = text"
)

RECOUNT_EVERYTHING: tuple[str, ...] = (RECOUNT_ALL, RECOUNT_MENTIONS, RESET_SEARCH)

REKEY_EDGES = (
    "MATCH (k:Entity {key: $keep}) WITH k MATCH (k)-[r]-(:Entity) "
    "RETURN DISTINCT type(r) AS type, startNode(r).key AS start, endNode(r).key AS end, "
    "r.key AS key"
)

SET_EDGE_KEY = (
    "MATCH (s:Entity {key: $start}) WITH s "
    "MATCH (s)-[r]->(t:Entity) WHERE t.key = $end AND type(r) = $type "
    "SET r.key = $key"
)

# --- reading --------------------------------------------------------------------------------

_NODE = "n.key AS key, labels(n) AS labels, properties(n) AS props"

SEARCH = (
    "MATCH (n:Entity) "
    "WHERE (n.search CONTAINS $text OR (n.search IS NULL AND (toLower(n.name) CONTAINS $text "
    "OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $text)))) "
    "AND ($types IS NULL OR any(l IN labels(n) WHERE l IN $types)) "
    f"RETURN {_NODE} "
    "ORDER BY coalesce(n.mentions, 0) DESC, n.name, n.key LIMIT $limit"
)

NODES_BY_KEYS = f"UNWIND $keys AS k MATCH (n:Entity {{key: k}}) RETURN {_NODE}"

# one article's date must fall in the range (not one date after `from` and another before `to`)
_IN_DATE_RANGE = (
    "(($date_from IS NULL AND $date_to IS NULL) OR any(d IN r.dates WHERE d <> '' "
    "AND ($date_from IS NULL OR d >= $date_from) AND ($date_to IS NULL OR d <= $date_to)))"
)

# one breadth-first step: the filtered neighbours of a frontier, as keys and degrees only
# (the caller keeps the first of them by degree and fetches just those nodes' properties)
EXPAND = (
    "UNWIND $frontier AS k "
    "MATCH (a:Entity {key: k}) WITH a "  # anchor on the index first: FalkorDB's planner
    "MATCH (a)-[r]-(n:Entity) "  # otherwise scans the far end's label
    "WHERE type(r) IN $rel_types "
    "AND ($types IS NULL OR any(l IN labels(n) WHERE l IN $types)) "
    "AND ($region IS NULL OR n.region = $region) "
    f"AND {_IN_DATE_RANGE} "
    "RETURN DISTINCT n.key AS key, coalesce(n.degree, 0) AS degree"
)

_EDGE = (
    "type(r) AS type, s.key AS start, t.key AS end, r.key AS key, properties(r) AS props"
)

EDGES_AMONG = (
    "UNWIND $keys AS k "
    "MATCH (s:Entity {key: k}) WITH s "
    "MATCH (s)-[r]->(t:Entity) "
    "WHERE type(r) IN $rel_types AND t.key IN $keys "
    f"AND {_IN_DATE_RANGE} "
    f"RETURN {_EDGE}"
)

# the newest date among a relationship's articles ('' when none is known: sorts last)
LATEST_DATE = "reduce(m = '', d IN coalesce(r.dates, []) | CASE WHEN d > m THEN d ELSE m END)"

# one page of an entity's relationships, with the other end: newest article first, then type,
# the other end's name and key, then the start (a fact each way between the same pair). Only
# the page's rows carry properties; the sort reads just dates and names.
EDGES_PAGE = (
    "MATCH (n:Entity {key: $key}) WITH n "
    "MATCH (n)-[r]-(o:Entity) "
    "WHERE $types IS NULL OR type(r) IN $types "
    f"WITH r, o, startNode(r) AS s, endNode(r) AS t, {LATEST_DATE} AS latest "
    "ORDER BY latest DESC, type(r), o.name, o.key, s.key "
    "SKIP $offset LIMIT $limit "
    f"RETURN {_EDGE}, "
    "o.key AS other_key, labels(o) AS other_labels, properties(o) AS other_props"
)

# every relationship of an entity by type and direction, MENTIONED_IN (its articles) included:
# a count per type reads no property, so it stays cheap on a hub of thousands
RELATION_COUNTS = (
    "MATCH (n:Entity {key: $key}) WITH n "
    "MATCH (n)-[r]->() RETURN type(r) AS type, 'out' AS direction, count(r) AS count "
    "UNION ALL "
    "MATCH (n:Entity {key: $key}) WITH n "
    "MATCH (n)<-[r]-() RETURN type(r) AS type, 'in' AS direction, count(r) AS count"
)

EDGES_FROM = (
    "UNWIND $keys AS k MATCH (s:Entity {key: k}) WITH s "
    f"MATCH (s)-[r]->(t:Entity) RETURN {_EDGE}"
)

ARTICLES_OF = (
    "MATCH (n:Entity {key: $key}) WITH n "
    "MATCH (n)-[:MENTIONED_IN]->(a:Article) "
    "RETURN properties(a) AS props ORDER BY a.date DESC, a.key LIMIT $limit"
)

ARTICLES_BY_KEYS = "UNWIND $keys AS k MATCH (a:Article {key: k}) RETURN properties(a) AS props"

# `$floor` lets the degree index cut the scan to the few candidates at the top
MOST_CONNECTED = (
    "MATCH (n:Entity) WHERE n.degree >= $floor "
    f"RETURN {_NODE}, n.degree AS degree "
    "ORDER BY degree DESC, n.key LIMIT $limit"
)

# one label or one type per statement: both backends answer these from their counts
# (FalkorDB's label and relation matrices, Neo4j's count store) without a scan
def count_label(label: str) -> str:
    return f"MATCH (n:{checked_label(label)}) RETURN count(n) AS count"


def count_type(rel_type: str) -> str:
    return f"MATCH ()-[r:{checked_type(rel_type)}]->() RETURN count(r) AS count"

ARTICLE_SPAN = (
    "MATCH (a:Article) RETURN count(a) AS articles, count(DISTINCT a.source) AS sources, "
    "min(a.date) AS first, max(a.date) AS last"
)

COUNT_MERGES = "MATCH (m:MergeDecision) RETURN count(m) AS merges"

# the same floors as MOST_CONNECTED, over the indexed count of REQUESTED statements
TOP_REQUESTED = (
    "MATCH (n:Entity) WHERE n.requested >= $floor "
    f"RETURN {_NODE}, n.requested AS times ORDER BY times DESC, n.key LIMIT $limit"
)

PAGE_NODES = (
    "MATCH (n:Entity) WHERE n.key > $after "
    f"RETURN {_NODE} ORDER BY n.key LIMIT $limit"
)

PAGE_ARTICLES = (
    "MATCH (a:Article) WHERE a.key > $after "
    "RETURN properties(a) AS props ORDER BY a.key LIMIT $limit"
)

COUNT_ALL = "MATCH (n) RETURN count(n) AS nodes"
