"""The app's reads at scale: kept degrees, index-backed most_connected, per-level capped
neighbourhoods. Run on every backend (see conftest.py)."""

from __future__ import annotations

import pytest
from store_fixtures import counts, story_a, story_c

from graph.keys import entity_key
from ontology.model import Entity, Relation, StoryExtraction

HANBIT_CITY = entity_key("Organization", "한빛시")
HANBIT_PROVINCE = entity_key("Organization", "한빛도")
MAYOR = entity_key("Person", "박한빛", "한빛시")
COUNCILLOR = entity_key("Person", "박한빛", "달빛군의회")
COUNCIL = entity_key("Organization", "달빛군의회")
DAWN_UNI = entity_key("Organization", "새벽대학교")

LEAVES = 300
HUB = entity_key("Organization", "별빛도청")


def star() -> list[StoryExtraction]:
    """Articles: a hub (별빛도청) asked by 300 fictional villages, the first five in a chain.

    Thirty villages an article: FalkorDB's experimental Bolt endpoint crashes on much larger
    statements.
    """
    articles = []
    for a in range(LEAVES // 30):
        entities = [Entity("h", "Organization", "별빛도청", [], {"region": "별빛도"})]
        relations = []
        for i in range(30 * a, 30 * a + 30):
            entities.append(Entity(f"v{i}", "Organization", f"별빛{i:03d}마을", [], {"region": "별빛도"}))
            relations.append(Relation("REQUESTED", f"v{i}", "h", f"별빛{i:03d}마을이 도청에 요청했다."))
            if i < 4:
                entities.append(Entity(f"v{i + 1}", "Organization", f"별빛{i + 1:03d}마을", [], {}))
                relations.append(Relation("PART_OF", f"v{i}", f"v{i + 1}",
                                          f"별빛{i:03d}마을은 이웃 마을 소속이다."))
        entities = list({e.id: e for e in entities}.values())
        articles.append(StoryExtraction(
            source=f"별빛신문_{a:03d}.txt", story=0, title="별빛도 마을 요청", date="2024-06-01",
            outlet="별빛신문", hash=f"{a:032x}", entities=entities, relations=relations))
    return articles


def village(i: int) -> str:
    return entity_key("Organization", f"별빛{i:03d}마을")


def stored_degrees(store) -> dict[str, int]:
    rows = store.query("MATCH (n:Entity) RETURN n.key AS key, n.degree AS degree").rows
    return {key: degree for key, degree in rows}


def counted_degrees(store) -> dict[str, int]:
    rows = store.query("MATCH (n:Entity) OPTIONAL MATCH (n)-[r]-(:Entity) "
                       "RETURN n.key AS key, count(r) AS degree").rows
    return {key: degree for key, degree in rows}


def stored_requested(store) -> dict[str, int]:
    rows = store.query("MATCH (n:Entity) RETURN n.key AS key, n.requested AS times").rows
    return {key: times for key, times in rows}


def counted_requested(store) -> dict[str, int]:
    rows = store.query("MATCH (n:Entity) OPTIONAL MATCH ()-[r:REQUESTED]->(n) "
                       "RETURN n.key AS key, collect(r.articles) AS lists").rows
    return {key: sum(len(a) for a in lists) for key, lists in rows}


def test_degree_counts_relationships_once_even_within_one_batch(store, stories):
    store.batch_size = 1000  # all three articles in one UNWIND per type: the same node many times
    store.write(stories)
    degrees = stored_degrees(store)
    assert degrees == counted_degrees(store)
    assert degrees[HANBIT_PROVINCE] == 5
    assert stored_requested(store) == counted_requested(store)
    assert stored_requested(store)[HANBIT_PROVINCE] == 2
    before = counts(store)
    store.write(stories)
    store.batch_size = 1
    store.write([*stories, story_c()])
    assert stored_degrees(store) == degrees  # ingesting again changes nothing
    assert stored_requested(store) == counted_requested(store)
    assert counts(store) == before


def test_degree_is_recounted_around_a_hand_merge(store, stories):
    store.write(stories)
    store.merge_entities(COUNCIL, DAWN_UNI)  # both agreed with 한빛도: the two facts become one
    degrees = stored_degrees(store)
    assert degrees == counted_degrees(store)
    assert degrees[HANBIT_PROVINCE] == 4
    store.merge_entities(MAYOR, COUNCILLOR)
    assert stored_degrees(store) == counted_degrees(store)
    assert stored_requested(store) == counted_requested(store)
    store.merge_entities(HANBIT_PROVINCE, HANBIT_CITY)  # 한빛시 asked 한빛도: that fact goes
    assert stored_requested(store) == counted_requested(store)
    assert stored_degrees(store) == counted_degrees(store)


def test_a_graph_without_degrees_is_counted_when_opened(store, stories):
    store.write(stories)
    # behind the store's back: its own `query(write=True)` would recount at once
    store._execute("MATCH (n:Entity) SET n.degree = NULL, n.requested = NULL", {}, write=True)
    assert set(stored_degrees(store).values()) == {None}
    store.ensure_schema()
    assert stored_degrees(store) == counted_degrees(store)
    assert stored_requested(store) == counted_requested(store)
    assert store.most_connected(1)[0].key == HANBIT_PROVINCE
    assert store.stats()["top_requested"][0] == {
        "key": HANBIT_PROVINCE, "name": "한빛도", "label": "Organization", "count": 2}


def test_most_connected_is_exact_at_every_floor(store):
    store.write([*star(), story_a()])
    degrees = {k: d for k, d in counted_degrees(store).items() if d > 0}
    expected = sorted(degrees, key=lambda k: (-degrees[k], k))
    for limit in (1, 2, 5, 12, 1000):
        top = store.most_connected(limit)
        assert [n.key for n in top] == expected[:limit]
        assert [n.props["degree"] for n in top] == [degrees[k] for k in expected[:limit]]
    assert store.most_connected(1)[0].key == HUB and degrees[HUB] == LEAVES
    # bookkeeping, not a fact to export (a small entity: FalkorDB's Bolt endpoint crashes on
    # the hub's 300 edges in one reply)
    assert "degree" not in store.entity(HANBIT_CITY).node.props


def test_neighbourhood_is_cut_inside_a_level_by_degree_then_key(store):
    store.write(star())
    sub = store.neighbourhood(HUB, 1, limit=50)
    assert len(sub.nodes) == 50 and sub.truncated and sub.total_nodes == LEAVES + 1
    assert sub.nodes[0].key == HUB
    # villages 1..3 sit inside the chain (degree 3), 0 and 4 at its ends (2), the rest 1
    chain = sorted([village(i) for i in (1, 2, 3)]) + sorted([village(0), village(4)])
    assert [n.key for n in sub.nodes[1:6]] == chain
    rest = [n.key for n in sub.nodes[6:]]
    assert rest == sorted(rest)
    # edges only among the drawn nodes
    drawn = {n.key for n in sub.nodes}
    assert all(e.start in drawn and e.end in drawn for e in sub.edges)
    assert len([e for e in sub.edges if e.type == "REQUESTED"]) == 49
    # deeper levels are not expanded once the cap is reached inside a level
    deep = store.neighbourhood(HUB, 3, limit=50)
    assert [n.key for n in deep.nodes] == [n.key for n in sub.nodes]
    assert deep.truncated and deep.total_nodes == LEAVES + 1
    assert store.neighbourhood(HUB, 3, limit=50) == deep  # deterministic


def test_neighbourhood_filled_exactly_by_a_level_still_notes_what_lies_beyond(store, stories):
    store.write(stories)
    one = store.neighbourhood(HANBIT_CITY, 1)
    assert len(one.nodes) == 4 and not one.truncated
    full = store.neighbourhood(HANBIT_CITY, 2, limit=4)
    assert [n.key for n in full.nodes] == [n.key for n in one.nodes]
    assert full.truncated and full.total_nodes > 4
    whole = store.neighbourhood(HANBIT_CITY, 3, limit=500)
    assert not whole.truncated and whole.total_nodes == len(whole.nodes)
    only_one = store.neighbourhood(HANBIT_CITY, 1, limit=1)
    assert [n.key for n in only_one.nodes] == [HANBIT_CITY]
    assert only_one.truncated and only_one.total_nodes == 4


def test_filters_apply_while_expanding(store):
    store.write([*star(), story_a()])
    # the chain is PART_OF only: from village 0, REQUESTED is not followed to the hub
    chain = store.neighbourhood(village(0), 3, relation_types=["PART_OF"])
    assert [n.key for n in chain.nodes] == [village(0), village(1), village(2), village(3)]
    assert not chain.truncated
    elsewhere = store.neighbourhood(HUB, 2, region="한빛도", limit=10)
    assert [n.key for n in elsewhere.nodes] == [HUB] and not elsewhere.truncated


@pytest.mark.parametrize("limit", [1, 20])
def test_stats_count_by_label_and_type(store, stories, limit):
    store.batch_size = limit
    store.write(stories)
    stats = store.stats()
    assert stats["nodes"] == {"Person": 3, "Organization": 4, "Programme": 1, "Fund": 1}
    assert stats["relationships"] == {"REQUESTED": 2, "AGREED_WITH": 2, "FUNDS": 1, "RUNS": 1,
                                      "HOLDS_POSITION": 3, "PART_OF": 1}
    assert (stats["entities"], stats["facts"]) == (9, 10)
    assert [(t["key"], t["count"]) for t in stats["top_requested"]] == [(HANBIT_PROVINCE, 2)]


def test_most_requested_counts_articles_at_every_floor(store):
    store.write([*star(), story_a()])
    top = store.stats()["top_requested"]
    assert [(t["key"], t["count"]) for t in top[:1]] == [(HUB, LEAVES)]  # one article per fact
    assert len(top) == 2 and top[1]["count"] == 1
