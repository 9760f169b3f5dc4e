"""The GraphStore contract, run on every backend (embedded FalkorDB, FalkorDB over Bolt, Neo4j)."""

from __future__ import annotations

import pytest
from store_fixtures import counts, story_a, story_b, story_c

from graph.keys import entity_key
from ontology.errors import GraphStoreError, ReadOnlyError

HANBIT_CITY = entity_key("Organization", "한빛시")
HANBIT_PROVINCE = entity_key("Organization", "한빛도")
DAWN_UNI = entity_key("Organization", "새벽대학교")
NEST = entity_key("Programme", "한빛 청년 둥지 사업")
MAYOR = entity_key("Person", "박한빛", "한빛시")
COUNCILLOR = entity_key("Person", "박한빛", "달빛군의회")
COUNCIL = entity_key("Organization", "달빛군의회")


def test_write_then_read_back(store, stories):
    summary = store.write(stories)
    assert summary.articles == 3 and summary.skipped == 0
    stats = store.stats()
    assert stats["nodes"] == {"Person": 3, "Organization": 4, "Programme": 1, "Fund": 1}
    assert stats["relationships"]["RUNS"] == 1  # the same fact from two articles is ONE edge
    assert stats["relationships"]["AGREED_WITH"] == 2
    assert stats["articles"] == 3
    assert (stats["date_from"], stats["date_to"]) == ("2024-03-05", "2024-05-20")
    assert stats["top_requested"][0]["key"] == HANBIT_PROVINCE
    assert stats["top_requested"][0]["count"] == 2


def test_same_fact_keeps_both_provenances(store, stories):
    store.write(stories)
    details = store.entity(NEST)
    runs = [e for e in details.edges if e.type == "RUNS"]
    assert len(runs) == 1
    edge = runs[0]
    assert (edge.start, edge.end) == (HANBIT_CITY, NEST)
    assert [p.article for p in edge.provenance] == ["a" * 32, "b" * 32]
    assert [p.date for p in edge.provenance] == ["2024-03-05", "2024-04-10"]
    assert edge.provenance[1].evidence == "한빛시가 운영하는 한빛 청년 둥지 사업도 함께한다."
    assert edge.provenance[0].source == "가상일보_001.txt"
    assert edge.provenance[0].title == "한빛시, 청년 정착 지원 확대"


def test_ingesting_twice_changes_nothing(store, stories):
    store.write(stories)
    before = counts(store)
    again = store.write(stories)
    assert again.articles == 0 and again.skipped == 3
    assert again.nodes == 0 and again.relationships == 0
    assert counts(store) == before


def test_namesakes_with_different_posts_stay_apart(store, stories):
    store.write(stories)
    people = {n.key: n for n in store.search("박한빛")}
    assert set(people) == {MAYOR, COUNCILLOR}
    assert people[MAYOR].props["title"] == "한빛시장"


def test_aliases_accumulate_and_korean_round_trips(store, stories):
    store.write(stories)
    province = store.entity(HANBIT_PROVINCE).node
    assert province.name == "한빛도"
    assert province.aliases == ["도"]
    assert province.mentions == 3
    city = store.entity(HANBIT_CITY).node
    assert city.aliases == ["한빛"]
    assert city.props == {"kind": "local_government", "region": "한빛도"}
    assert store.search("시\n한") == []  # never across the name/alias separator


def test_agreed_with_is_stored_once_in_key_order(store, stories):
    store.write(stories)
    agreements = [e for e in store.iter_edges() if e.type == "AGREED_WITH"]
    assert len(agreements) == 2
    for edge in agreements:
        assert edge.start < edge.end


def test_search_substring_types_and_limit(store, stories):
    store.write(stories)
    assert {n.key for n in store.search("새벽")} == {DAWN_UNI, entity_key("Person", "최새벽", "새벽대학교")}
    assert [n.key for n in store.search("새벽대")] == [DAWN_UNI]
    assert [n.key for n in store.search("최 총장")] == [entity_key("Person", "최새벽", "새벽대학교")]
    assert [n.label for n in store.search("새벽", types=["Organization"])] == ["Organization"]
    assert len(store.search("한빛", limit=2)) == 2
    assert store.search("") == []


INJECTIONS = [
    "'}) MATCH (n) DETACH DELETE n //",
    '"}) MATCH (n) DETACH DELETE n //',
    "` MATCH (n) DETACH DELETE n",
    "x\\' OR 1=1 //",
    "$text",
]


@pytest.mark.parametrize("attack", INJECTIONS)
def test_search_and_parameters_resist_injection(store, stories, attack):
    store.write(stories)
    before = counts(store)
    try:
        assert store.search(attack) == []
        result = store.query("MATCH (n:Entity) WHERE n.name = $name RETURN n.key AS key",
                             {"name": attack})
        assert result.rows == []
    except GraphStoreError:
        # FalkorDB's experimental Bolt endpoint fails on quotes in string parameters: it
        # refuses the statement; what matters is that nothing ran as Cypher
        assert store.backend == "falkordb-bolt"
    assert counts(store) == before


def test_neighbourhood_depth_filters_and_cap(store, stories):
    store.write(stories)
    one = store.neighbourhood(HANBIT_CITY, 1)
    assert {n.key for n in one.nodes} == {HANBIT_CITY, MAYOR, NEST, HANBIT_PROVINCE}
    assert one.nodes[0].key == HANBIT_CITY
    assert not one.truncated and one.total_nodes == 4
    two = store.neighbourhood(HANBIT_CITY, 2)
    assert DAWN_UNI in {n.key for n in two.nodes} and COUNCIL in {n.key for n in two.nodes}
    # edges among the shown nodes, each with provenance
    assert all(e.provenance for e in two.edges)
    assert {(e.type, e.start, e.end) for e in one.edges} >= {("PART_OF", HANBIT_CITY, HANBIT_PROVINCE)}
    only_runs = store.neighbourhood(HANBIT_CITY, 2, relation_types=["RUNS"])
    assert {n.key for n in only_runs.nodes} == {HANBIT_CITY, NEST}
    people = store.neighbourhood(HANBIT_CITY, 1, entity_types=["Person"])
    assert {n.key for n in people.nodes} == {HANBIT_CITY, MAYOR}
    in_april = store.neighbourhood(HANBIT_PROVINCE, 1, date_from="2024-04-01", date_to="2024-04-30")
    assert {n.key for n in in_april.nodes} == {HANBIT_PROVINCE, DAWN_UNI, HANBIT_CITY}
    region = store.neighbourhood(HANBIT_PROVINCE, 1, region="달빛군")
    assert {n.key for n in region.nodes} == {HANBIT_PROVINCE, COUNCIL}
    capped = store.neighbourhood(HANBIT_CITY, 3, limit=3)
    assert capped.truncated and len(capped.nodes) == 3 and capped.total_nodes > 3
    assert store.neighbourhood("org-doesnotexist", 1).nodes == []


def test_entity_details_and_most_connected(store, stories):
    store.write(stories)
    details = store.entity(HANBIT_PROVINCE)
    assert [a.key for a in details.articles] == ["c" * 32, "b" * 32, "a" * 32]  # newest first
    assert {n.key for n in details.neighbours} == {HANBIT_CITY, MAYOR, DAWN_UNI, COUNCIL}
    assert store.entity("org-doesnotexist") is None
    top = store.most_connected(2)
    assert top[0].key == HANBIT_PROVINCE and top[0].props["degree"] == 5


def test_export_iterators(store, stories):
    store.write(stories)
    nodes = list(store.iter_nodes())
    assert len(nodes) == 9 and [n.key for n in nodes] == sorted(n.key for n in nodes)
    edges = list(store.iter_edges())
    assert len(edges) == 10
    assert all(p.source for e in edges for p in e.provenance)
    articles = list(store.iter_articles())
    assert [a.key for a in articles] == ["a" * 32, "b" * 32, "c" * 32]
    assert articles[0].reporter == "오기자" and articles[2].story == 1


def test_query_is_read_only_unless_write(store, stories):
    store.write(stories)
    before = counts(store)
    with pytest.raises(ReadOnlyError):
        store.query("MATCH (n:Entity {key: $k}) SET n.name = 'x'", {"k": HANBIT_CITY})
    with pytest.raises(ReadOnlyError):
        store.query("CREATE (:Intruder {v: 1})")
    if store.backend != "falkordb-bolt":
        # FalkorDB over Bolt ignores access mode and rollback: the guard reports the write
        # there but cannot undo it. Embedded FalkorDB (RO_QUERY) and Neo4j refuse it.
        assert counts(store) == before
        assert store.entity(HANBIT_CITY).node.name == "한빛시"
    store.query("CREATE (:Scratch {v: 1})", write=True)
    assert store.query("MATCH (s:Scratch) RETURN count(s) AS c").rows == [[1]]


def test_query_errors_are_graph_store_errors(store):
    with pytest.raises(GraphStoreError):
        store.query("MATCH (n) RETRUN n")


def test_query_returns_plain_values(store, stories):
    store.write(stories)
    result = store.query(
        "MATCH (n:Entity {key: $k}) RETURN n AS node, n.aliases AS aliases, $list AS list",
        {"k": HANBIT_CITY, "list": [1, "둘"]},
    )
    assert result.columns == ["node", "aliases", "list"]
    node, aliases, values = result.rows[0]
    assert node["name"] == "한빛시" and "Organization" in node["_labels"]
    assert aliases == ["한빛"] and values == [1, "둘"]


def test_merge_by_hand_survives_reingest(store, stories):
    store.write(stories)
    store.merge_entities(MAYOR, COUNCILLOR)
    assert [n.key for n in store.search("박한빛")] == [MAYOR]
    details = store.entity(MAYOR)
    posts = sorted(e.end for e in details.edges if e.type == "HOLDS_POSITION")
    assert posts == sorted([HANBIT_CITY, COUNCIL])
    assert {a.key for a in details.articles} == {"a" * 32, "c" * 32}
    assert details.node.mentions == 2
    assert store.stats()["merges"] == 1
    # a new article naming the dropped person lands on the kept one
    later = story_c()
    later.hash = "d" * 32
    later.source = "새벽신문_008.txt"
    store.write([later])
    assert [n.key for n in store.search("박한빛")] == [MAYOR]
    holds = [e for e in store.entity(MAYOR).edges if e.type == "HOLDS_POSITION" and e.end == COUNCIL]
    assert [p.article for p in holds[0].provenance] == ["c" * 32, "d" * 32]
    with pytest.raises(GraphStoreError):
        store.merge_entities(MAYOR, HANBIT_CITY)  # a Person and an Organization


def test_merge_keeps_agreements_in_key_order(store, stories):
    store.write(stories)
    store.merge_entities(COUNCIL, DAWN_UNI)
    agreements = [e for e in store.iter_edges() if e.type == "AGREED_WITH"]
    assert len(agreements) == 1
    edge = agreements[0]
    assert edge.start < edge.end and {edge.start, edge.end} == {COUNCIL, HANBIT_PROVINCE}
    assert sorted(p.article for p in edge.provenance) == ["b" * 32, "c" * 32]
    assert "새벽대" in store.entity(COUNCIL).node.aliases
    assert [n.key for n in store.search("새벽대")] == [COUNCIL]  # the dropped name finds the kept


def test_write_summary_counts_new_things(store):
    first = store.write([story_a()])
    if store.backend == "falkordb-bolt":
        pytest.skip("FalkorDB's Bolt endpoint does not report node counters inside transactions")
    assert (first.nodes, first.relationships) == (5, 5)
    second = store.write([story_b()])
    assert (second.nodes, second.relationships) == (2, 3)


def test_an_article_with_nothing_extracted_is_still_stored(store):
    empty = story_a()
    empty.entities, empty.relations, empty.hash = [], [], "e" * 32
    assert store.write([empty]).articles == 1
    assert store.has_article("e" * 32)
    assert store.write([empty]).skipped == 1
    assert [a.key for a in store.iter_articles()] == ["e" * 32]


def test_date_range_needs_one_statement_inside_it(store, stories):
    store.write(stories)
    # RUNS 한빛시 → 둥지 사업 is stated on 2024-03-05 and 2024-04-10: neither is in late March
    late_march = store.neighbourhood(HANBIT_CITY, 1, date_from="2024-03-20", date_to="2024-03-31")
    assert [n.key for n in late_march.nodes] == [HANBIT_CITY] and late_march.edges == []
    open_ended = store.neighbourhood(HANBIT_CITY, 1, date_from="2024-04-01")
    assert {n.key for n in open_ended.nodes} == {HANBIT_CITY, NEST, HANBIT_PROVINCE}


def test_a_merged_away_key_leads_to_the_kept_entity(store, stories):
    store.write(stories)
    store.merge_entities(MAYOR, COUNCILLOR)
    assert store.entity(COUNCILLOR).node.key == MAYOR
    assert store.neighbourhood(COUNCILLOR, 1).nodes[0].key == MAYOR
    with pytest.raises(GraphStoreError):
        store.merge_entities(MAYOR, COUNCILLOR)  # already merged: nothing left to merge
