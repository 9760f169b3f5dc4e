"""An entity's details a page at a time, and counts that stay true after a hand-written write.

Run on every backend (see conftest.py). The hub has 300 relationships: FalkorDB's Bolt
endpoint could not send them in one reply; a page of them it can.
"""

from __future__ import annotations

import pytest
from store_fixtures import HUB_ARTICLES, HUB_NAME, hub_date, hub_stories

from graph.keys import entity_key

HUB = entity_key("Organization", HUB_NAME)


def village(i: int) -> str:
    return entity_key("Organization", f"은하{i:03d}마을")


def expected_order(store) -> list[tuple[str, str, str]]:
    """(type, start, end) of the hub's relationships in the documented order, from raw rows."""
    rows = store.query(
        "MATCH (h:Entity {key: $key})-[r]-(o:Entity) "
        "RETURN type(r) AS type, startNode(r).key AS s, endNode(r).key AS t, r.dates AS dates, "
        "o.name AS name, o.key AS other", {"key": HUB}).rows
    rows.sort(key=lambda x: (x[0], x[4], x[5], x[1]))
    rows.sort(key=lambda x: max(x[3] or [""]), reverse=True)  # stable: newest first
    return [(x[0], x[1], x[2]) for x in rows]


def triples(details) -> list[tuple[str, str, str]]:
    return [(e.type, e.start, e.end) for e in details.edges]


@pytest.fixture
def hub(store):
    store.write(hub_stories())
    return store


def test_pages_follow_one_order_and_cover_every_relationship(hub):
    first = hub.entity(HUB, limit=40)
    assert len(first.edges) == 40 and first.edges_total == 300 and first.has_more
    assert (first.offset, first.limit) == (0, 40)
    # newest first: the repeated request of the last article, then that article's others
    assert first.edges[0].type == "FUNDS"  # FUNDS < REQUESTED among the newest
    newest = hub_date(HUB_ARTICLES - 1)
    assert {p.date for p in first.edges[0].provenance} == {newest}
    repeated = next(e for e in first.edges if e.start == village(0))
    assert sorted(p.date for p in repeated.provenance) == [hub_date(0), newest]
    assert repeated.provenance[0].title and repeated.provenance[0].outlet == "은하신문"
    seen = []
    for offset in range(0, 300, 40):
        page = hub.entity(HUB, limit=40, offset=offset)
        assert page.has_more == (offset + 40 < 300)
        seen += triples(page)
    assert seen == expected_order(hub) and len(set(seen)) == 300
    assert hub.entity(HUB, limit=40) == first  # deterministic
    # the neighbours are the page's other ends, properties included
    assert {n.key for n in first.neighbours} == {e.start if e.end == HUB else e.end
                                                 for e in first.edges}
    assert all(n.name for n in first.neighbours)


def test_counts_by_type_and_direction_and_articles(hub):
    details = hub.entity(HUB, limit=5)
    assert [(c.type, c.direction, c.count) for c in details.relation_counts] == [
        ("REQUESTED", "in", 200), ("FUNDS", "out", 100)]
    assert details.articles_total == HUB_ARTICLES == details.node.mentions
    assert [a.date for a in details.articles] == sorted(
        (hub_date(a) for a in range(HUB_ARTICLES)), reverse=True)[:5]
    village_details = hub.entity(village(0))
    assert [(c.type, c.direction, c.count) for c in village_details.relation_counts] == [
        ("REQUESTED", "out", 1)]
    assert village_details.articles_total == 2 and not village_details.has_more


def test_the_type_filter_is_applied_by_the_store(hub):
    funds = hub.entity(HUB, limit=30, relation_types=["FUNDS"])
    assert funds.edges_total == 100 and len(funds.edges) == 30
    assert {e.type for e in funds.edges} == {"FUNDS"} and funds.relation_types == ["FUNDS"]
    assert len(funds.relation_counts) == 2  # the counts still cover every type
    rest = hub.entity(HUB, limit=30, offset=90, relation_types=["FUNDS"])
    assert len(rest.edges) == 10 and not rest.has_more
    whole = [t for t in expected_order(hub) if t[0] == "FUNDS"]
    assert triples(funds) == whole[:30] and triples(rest) == whole[90:]
    nothing = hub.entity(HUB, relation_types=["NOT_A_TYPE"])
    assert nothing.edges == [] and nothing.edges_total == 0
    beyond = hub.entity(HUB, offset=5000)
    assert beyond.edges == [] and beyond.edges_total == 300 and not beyond.has_more


def test_the_page_size_comes_from_the_setting(hub, monkeypatch):
    assert len(hub.entity(HUB).edges) == 100  # the default
    monkeypatch.setenv("GWANGYE_DETAILS_LIMIT", "7")
    details = hub.entity(HUB)
    assert len(details.edges) == 7 and details.limit == 7 and len(details.articles) == 7
    assert len(hub.entity(HUB, limit=3).edges) == 3  # an explicit limit wins


def stored_counts(store) -> dict[str, tuple[int, int, int]]:
    rows = store.query("MATCH (n:Entity) RETURN n.key, n.degree, n.requested, n.mentions").rows
    return {key: (d, q, m) for key, d, q, m in rows}


def true_counts(store) -> dict[str, tuple[int, int, int]]:
    degree = dict(store.query("MATCH (n:Entity) OPTIONAL MATCH (n)-[r]-(:Entity) "
                              "RETURN n.key, count(r)").rows)
    mentions = dict(store.query("MATCH (n:Entity) OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(:Article) "
                                "RETURN n.key, count(m)").rows)
    asked = {key: sum(len(a) for a in lists) for key, lists in store.query(
        "MATCH (n:Entity) OPTIONAL MATCH (:Entity)-[q:REQUESTED]->(n) "
        "RETURN n.key, collect(q.articles)").rows}
    return {key: (degree[key], asked[key], mentions[key]) for key in degree}


def test_a_hand_written_delete_is_recounted(hub):
    assert stored_counts(hub) == true_counts(hub)
    assert stored_counts(hub)[HUB] == (300, 201, HUB_ARTICLES)
    hub.query("MATCH (:Entity)-[r:REQUESTED]->(h:Entity {key: $key}) DELETE r",
              {"key": HUB}, write=True)
    hub.query("MATCH (a:Article {source: $s}) DETACH DELETE a", {"s": "은하신문_000.txt"},
              write=True)
    assert stored_counts(hub) == true_counts(hub)
    assert stored_counts(hub)[HUB] == (100, 0, HUB_ARTICLES - 1)
    assert hub.most_connected(1)[0].props["degree"] == 100
    assert hub.stats()["top_requested"] == []
    details = hub.entity(HUB)
    assert details.edges_total == 100 and details.node.mentions == HUB_ARTICLES - 1
    # a renamed entity is found under its new name (the search text is derived too)
    hub.query("MATCH (n:Entity {key: $key}) SET n.name = $name", {"key": HUB, "name": "새은하도청"},
              write=True)
    assert [n.key for n in hub.search("새은하")] == [HUB]


def test_only_a_write_that_changed_something_recounts(hub):
    hub.query("MATCH (n:Entity {key: $key}) SET n.degree = 1", {"key": HUB}, write=True)
    assert stored_counts(hub)[HUB][0] == 300  # recounted: the stored count is derived
    hub._execute("MATCH (n:Entity {key: $key}) SET n.degree = 1", {"key": HUB}, write=True)
    hub.query("MATCH (n:Entity) RETURN count(n)", write=True)  # changes nothing: no recount
    assert stored_counts(hub)[HUB][0] == 1
    hub.recount()
    assert stored_counts(hub) == true_counts(hub)
