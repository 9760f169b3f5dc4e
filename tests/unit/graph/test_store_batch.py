"""StoryExtraction → rows (graph/batch.py) and the exact Cypher the writer sends (graphrag style)."""

from __future__ import annotations

import pytest

from graph import queries as Q
from graph.batch import build_batch, clean_props
from graph.cypher_store import CypherStore, Outcome
from graph.keys import entity_key, relation_key
from ontology.model import RELATION_TYPES, Entity, Relation, StoryExtraction


def extraction(hash_: str, *, date: str | None = "2024-03-05", evidence: str = "증거 문장.") -> StoryExtraction:
    return StoryExtraction(
        source=f"{hash_[:3]}.txt", story=0, title="제목", date=date, outlet="가상일보", hash=hash_,
        entities=[
            Entity("e1", "Person", "박한빛", ["박 시장"], {"title": "한빛시장", "bad-name": 1, "key": "x"}),
            Entity("e2", "Organization", "한빛시", ["한빛"], {"region": "한빛도", "nested": {"a": 1}}),
            Entity("e3", "Organization", "한빛 시", [], {}),  # same key as e2 after normalising
        ],
        relations=[
            Relation("HOLDS_POSITION", "e1", "e2", evidence),
            Relation("AGREED_WITH", "e2", "e1", "협약 문장."),
            Relation("HOLDS_POSITION", "e1", "e3", "두 번째 문장."),  # same fact again
            Relation("RUNS", "e2", "e3", "자기 자신."),  # a self-loop after keying: dropped
        ],
    )


MAYOR = entity_key("Person", "박한빛", "한빛 시")
CITY = entity_key("Organization", "한빛시")


def test_rows_are_aggregated_per_key() -> None:
    batch = build_batch([extraction("a" * 32)])
    assert batch.article_keys == ["a" * 32]
    cities = batch.node_rows("Organization")
    assert [r["key"] for r in cities] == [CITY]
    assert cities[0]["name"] == "한빛시" and cities[0]["aliases"] == ["한빛", "한빛 시"]
    assert cities[0]["props"] == {"nested": '{"a": 1}', "region": "한빛도"}
    person = batch.node_rows("Person")[0]
    assert person["key"] == MAYOR
    assert person["props"] == {"title": "한빛시장"}  # bad names and reserved props dropped
    holds = batch.relation_rows("HOLDS_POSITION")
    assert len(holds) == 1
    assert holds[0]["articles"] == ["a" * 32] and holds[0]["evidence"] == ["증거 문장."]
    assert batch.relation_rows("RUNS") == []
    agreed = batch.relation_rows("AGREED_WITH")[0]
    assert (agreed["start"], agreed["end"]) == tuple(sorted([CITY, MAYOR]))
    assert agreed["key"] == relation_key("AGREED_WITH", MAYOR, CITY)
    assert batch.articles[0]["mentions"] == [MAYOR, CITY]


def test_two_articles_in_one_batch_give_one_fact_with_two_provenances() -> None:
    batch = build_batch([extraction("a" * 32), extraction("b" * 32, date=None, evidence="다른 문장.")])
    row = batch.relation_rows("HOLDS_POSITION")[0]
    assert row["articles"] == ["a" * 32, "b" * 32]
    assert row["evidence"] == ["증거 문장.", "다른 문장."]
    assert row["dates"] == ["2024-03-05", ""]  # lists hold no nulls (Neo4j refuses them)
    assert len(build_batch([extraction("a" * 32), extraction("a" * 32)])) == 1


def test_redirects_map_dropped_keys_onto_kept_ones() -> None:
    kept = entity_key("Organization", "한빛광역시")
    batch = build_batch([extraction("a" * 32)], {CITY: kept})
    rows = batch.node_rows("Organization")
    assert [r["key"] for r in rows] == [kept]
    assert rows[0]["name"] == "한빛시"  # becomes an alias when the kept node already exists


def test_clean_props() -> None:
    assert clean_props({"about": ["가", None, "나"], "amount_krw": 5, "mixed": [1, "a"],
                        "flag": True, "none": None}) == {
        "about": ["가", "나"], "amount_krw": 5, "flag": True, "mixed": ["1", '"a"']}


class RecordingStore(CypherStore):
    """Captures statements instead of sending them (the server-side behaviour is tested in
    tests/integration against real servers)."""

    def __init__(self) -> None:
        super().__init__(batch_size=2)
        self.sent: list[tuple[str, dict, bool]] = []

    def _execute(self, cypher, params, *, write):  # type: ignore[override]
        self.sent.append((cypher, dict(params or {}), write))
        return Outcome()

    def ensure_schema(self) -> None: ...

    def close(self) -> None: ...


def test_writer_sends_parameterised_unwind_batches_ending_with_the_commit() -> None:
    store = RecordingStore()
    store.write([extraction("a" * 32)])
    texts = [c for c, _, _ in store.sent]
    assert texts[0] == Q.MERGE_DECISIONS and texts[1] == Q.STORED_ARTICLES
    writes = [(c, p) for c, p, w in store.sent if w]
    assert writes[-1][0] == Q.COMMIT_ARTICLES  # the article is written last
    assert writes[-1][1]["rows"][0]["key"] == "a" * 32
    for cypher, params in writes:
        assert cypher.startswith("UNWIND $rows AS row ")
        assert "박한빛" not in cypher and "한빛" not in cypher  # values only as parameters
        assert len(params["rows"]) <= 2
    assert Q.upsert_entities("Person") in texts
    assert Q.upsert_relations("HOLDS_POSITION") in texts


def test_types_come_only_from_the_closed_lists() -> None:
    for rel_type in RELATION_TYPES:
        assert f"[r:{rel_type}]" in Q.upsert_relations(rel_type)
    with pytest.raises(ValueError):
        Q.upsert_relations("KNOWS]->() DETACH DELETE n //")
    with pytest.raises(ValueError):
        Q.upsert_entities("Person {key: 1}) DETACH DELETE n //")
    assert all("AGREED_WITH" in q for q in Q.move_relations("AGREED_WITH"))
    assert len(Q.move_relations("AGREED_WITH")) == 4 and len(Q.move_relations("FUNDS")) == 2


def test_schema_ddl_per_backend() -> None:
    assert "CREATE INDEX FOR (n:Person) ON (n.key)" in Q.falkordb_index_ddl()
    assert ("Article", "key") in Q.falkordb_unique_constraints()
    assert any("FOR (n:Entity) REQUIRE n.key IS UNIQUE" in s for s in Q.neo4j_schema_ddl())
    assert all("IF NOT EXISTS" in s for s in Q.neo4j_schema_ddl())
