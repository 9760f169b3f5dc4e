"""Statement text rules the store's reads at scale depend on (no server needed)."""

from __future__ import annotations

from graph import queries as Q
from graph.batch import clean_props
from ontology.model import RELATION_TYPES


def test_degree_is_counted_only_when_a_relationship_is_created() -> None:
    for rel_type in RELATION_TYPES:
        text = Q.upsert_relations(rel_type)
        on_create = text.index("ON CREATE SET")
        after = text.index("SET r += row.props")
        assert on_create < text.index("s.degree = coalesce(s.degree, 0) + 1") < after
        assert on_create < text.index("t.degree = coalesce(t.degree, 0) + 1") < after
    assert "n.degree = 0" in Q.upsert_entities("Person").split("SET n +=")[0]
    assert "n.requested = 0" in Q.upsert_entities("Person").split("SET n +=")[0]
    # the articles appended (`fresh`), not the row's: re-writing adds none
    assert "t.requested = coalesce(t.requested, 0) + size(fresh)" in Q.upsert_relations("REQUESTED")
    assert "requested" not in Q.upsert_relations("RUNS")


def test_degree_has_an_index_on_both_backends() -> None:
    assert {("Entity", "degree"), ("Entity", "requested")} <= set(Q.EXTRA_INDEXES)
    assert any("ON (n.degree)" in s and "IF NOT EXISTS" in s for s in Q.neo4j_schema_ddl())
    assert "$floor" in Q.MOST_CONNECTED and "LIMIT $limit" in Q.MOST_CONNECTED


def test_an_extracted_degree_property_cannot_overwrite_the_count() -> None:
    assert clean_props({"degree": 5, "title": "시장"}) == {"title": "시장"}


def test_counts_are_one_label_or_type_per_statement() -> None:
    assert Q.count_label("Person") == "MATCH (n:Person) RETURN count(n) AS count"
    assert Q.count_type("RUNS") == "MATCH ()-[r:RUNS]->() RETURN count(r) AS count"
