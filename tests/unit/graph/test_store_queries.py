"""Statement text rules the store's reads at scale depend on (no server needed)."""

from __future__ import annotations

from graph import queries as Q
from graph.batch import clean_props
from ontology.model import RELATION_TYPES


def test_counts_are_recounted_once_per_batch_and_written_only_when_changed() -> None:
    for rel_type in RELATION_TYPES:  # a fact's MERGE leaves its ends alone
        assert "degree" not in Q.upsert_relations(rel_type)
        assert "requested" not in Q.upsert_relations(rel_type)
    created = Q.upsert_entities("Person").split("SET n +=")[0]
    assert "n.degree = 0" in created and "n.requested = 0" in created
    for statement in (Q.RECOUNT_KEYS, Q.RECOUNT_AROUND, Q.RECOUNT_ALL):
        assert "n.degree <> d OR n.requested <> asked" in statement


def test_degree_has_an_index_on_neo4j() -> None:
    assert {("Entity", "degree"), ("Entity", "requested")} <= set(Q.EXTRA_INDEXES)
    assert any("ON (n.degree)" in s and "IF NOT EXISTS" in s for s in Q.neo4j_schema_ddl())
    assert "$floor" in Q.MOST_CONNECTED and "LIMIT $limit" in Q.MOST_CONNECTED


def test_an_extracted_degree_property_cannot_overwrite_the_count() -> None:
    assert clean_props({"degree": 5, "title": "시장"}) == {"title": "시장"}


def test_counts_are_one_label_or_type_per_statement() -> None:
    assert Q.count_label("Person") == "MATCH (n:Person) RETURN count(n) AS count"
    assert Q.count_type("RUNS") == "MATCH ()-[r:RUNS]->() RETURN count(r) AS count"


def test_details_read_one_page_ordered_and_filtered_by_the_store() -> None:
    assert Q.EDGES_PAGE == (
        "MATCH (n:Entity {key: $key}) WITH n "
        "MATCH (n)-[r]-(o:Entity) "
        "WHERE $types IS NULL OR type(r) IN $types "
        "WITH r, o, startNode(r) AS s, endNode(r) AS t, "
        "reduce(m = '', d IN coalesce(r.dates, []) | CASE WHEN d > m THEN d ELSE m END) AS latest "
        "ORDER BY latest DESC, type(r), o.name, o.key, s.key "
        "SKIP $offset LIMIT $limit "
        "RETURN type(r) AS type, s.key AS start, t.key AS end, r.key AS key, "
        "properties(r) AS props, "
        "o.key AS other_key, labels(o) AS other_labels, properties(o) AS other_props"
    )
    assert Q.ARTICLES_OF.endswith("ORDER BY a.date DESC, a.key LIMIT $limit")


def test_relation_counts_read_no_property() -> None:
    assert Q.RELATION_COUNTS == (
        "MATCH (n:Entity {key: $key}) WITH n "
        "MATCH (n)-[r]->() RETURN type(r) AS type, 'out' AS direction, count(r) AS count "
        "UNION ALL "
        "MATCH (n:Entity {key: $key}) WITH n "
        "MATCH (n)<-[r]-() RETURN type(r) AS type, 'in' AS direction, count(r) AS count"
    )
    assert "r." not in Q.RELATION_COUNTS and "properties(" not in Q.RELATION_COUNTS


def test_the_recount_covers_every_derived_property_and_writes_only_changes() -> None:
    assert Q.RECOUNT_EVERYTHING == (Q.RECOUNT_ALL, Q.RECOUNT_MENTIONS, Q.RESET_SEARCH)
    assert "WHERE n.mentions IS NULL OR n.mentions <> c SET n.mentions = c" in Q.RECOUNT_MENTIONS
    assert Q.RESET_SEARCH.startswith(f"MATCH (n:Entity) WITH n, {Q.SEARCH_TEXT} AS text ")
    assert Q.RESET_SEARCH.endswith("WHERE n.search IS NULL OR n.search <> text SET n.search = text")


def test_relation_count_rows_become_ordered_counts_and_articles() -> None:
    from graph.details import relation_counts
    from graph.records import RelationCount

    rows = [
        {"type": "FUNDS", "direction": "out", "count": 4},
        {"type": "MENTIONED_IN", "direction": "out", "count": 9},
        {"type": "REQUESTED", "direction": "out", "count": 1},
        {"type": "REQUESTED", "direction": "in", "count": 1800},
        {"type": "SOMETHING_ELSE", "direction": "in", "count": 5},
    ]
    counts, articles = relation_counts(rows)
    assert articles == 9
    assert counts == [RelationCount("REQUESTED", "out", 1), RelationCount("REQUESTED", "in", 1800),
                      RelationCount("FUNDS", "out", 4)]


def test_the_page_size_is_a_setting(monkeypatch) -> None:
    from graph.details import details_limit

    assert details_limit(None) == 100
    monkeypatch.setenv("GWANGYE_DETAILS_LIMIT", "25")
    assert details_limit(None) == 25 and details_limit(3) == 3 and details_limit(0) == 1
