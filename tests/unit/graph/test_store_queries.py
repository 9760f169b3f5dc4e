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
