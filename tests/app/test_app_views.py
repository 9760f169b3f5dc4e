"""graph/views.py on hand-built records: the drawing, captions, notes and Cypher results."""

from __future__ import annotations

import json
import re

import pytest

from graph import views
from graph.records import EdgeRecord, NodeRecord, Provenance, QueryResult, Subgraph
from ontology.model import ENTITY_TYPES, RELATION_TYPES


def _subgraph() -> Subgraph:
    nodes = [
        NodeRecord(
            "person:한결", "Person", "한결", ["한 시장"], {"title": "해솔시장", "region": "해솔"}, 4
        ),
        NodeRecord(
            "org:해솔시", "Organization", "해솔시", ["해솔"], {"kind": "local_government"}, 6
        ),
        NodeRecord(
            "prog:청년", "Programme", "해솔 청년 둥지 사업", [], {"amount_krw": 700000000}, 2
        ),
        NodeRecord("fund:미래", "Fund", "해솔미래펀드", [], {}, 1),
    ]
    prov = Provenance(
        "art1",
        "한결 해솔시장은 청년 둥지 사업에 7억원을 지원한다고 밝혔다.",
        "2024-03-05",
        "a.txt",
        "해솔시, 청년 주거 지원",
        "해솔일보",
    )
    edges = [
        EdgeRecord("e1", "HOLDS_POSITION", "person:한결", "org:해솔시", {"title": "시장"}, [prov]),
        EdgeRecord("e2", "FUNDS", "org:해솔시", "prog:청년", {"amount_krw": 700000000}, [prov]),
        EdgeRecord("e3", "AGREED_WITH", "org:해솔시", "fund:미래", {}, []),
        EdgeRecord(
            "e4", "REQUESTED", "person:한결", "person:없는사람", {}, []
        ),  # end cut by the cap
    ]
    return Subgraph(nodes=nodes, edges=edges, truncated=True, total_nodes=412)


def _vis_data(html: str, kind: str) -> list[dict]:
    match = re.search(rf"{kind} = new vis\.DataSet\((\[.*?\])\);", html, re.DOTALL)
    assert match, f"no {kind} DataSet in the page"
    return json.loads(match.group(1))


def test_every_type_has_a_korean_label_and_a_distinct_style() -> None:
    assert [views.relation_label(t) for t in RELATION_TYPES] == [
        "직위",
        "요청",
        "협약",
        "지원",
        "운영",
        "소속",
    ]
    assert [views.entity_label(t) for t in ENTITY_TYPES] == ["인물", "기관", "사업", "기금"]
    styles = [views.style().entity(t) for t in ENTITY_TYPES]
    assert len({(s.colour, s.shape) for s in styles}) == len(ENTITY_TYPES)
    assert len({views.style().relation(t).colour for t in RELATION_TYPES}) == len(RELATION_TYPES)


def test_html_draws_nodes_and_edges_with_styles_and_korean_labels() -> None:
    html = views.subgraph_html(_subgraph(), centre="person:한결")
    nodes = _vis_data(html, "nodes")
    edges = _vis_data(html, "edges")
    assert {n["id"] for n in nodes} == {"person:한결", "org:해솔시", "prog:청년", "fund:미래"}
    by_id = {n["id"]: n for n in nodes}
    assert by_id["org:해솔시"]["shape"] == views.style().entity("Organization").shape
    assert by_id["prog:청년"]["color"]["background"] == views.style().entity("Programme").colour
    assert (
        by_id["person:한결"]["borderWidth"] > by_id["org:해솔시"]["borderWidth"]
    )  # the centre stands out
    # the edge to a node outside the drawing is dropped, the others carry Korean labels
    assert sorted(e["label"] for e in edges) == ["지원", "직위", "협약"]
    agreed = next(e for e in edges if e["label"] == "협약")
    assert agreed["arrows"] == ""  # AGREED_WITH is undirected
    funds = next(e for e in edges if e["label"] == "지원")
    assert "7억원" in funds["title"] and "해솔일보" in funds["title"]


def test_html_is_offline_and_settles() -> None:
    html = views.subgraph_html(_subgraph())
    assert "vis.Network" in html and "gwangye-legend" in html
    assert not re.search(r"<(link|script)[^>]+(href|src)=\"https?://", html)
    assert "bootstrap" not in html.lower()
    assert "stabilizationIterationsDone" in html and "physics: {enabled: false}" in html
    options = json.loads(re.search(r"var options = (\{.*?\});\n", html, re.DOTALL).group(1))
    assert options["physics"]["solver"] == "barnesHut"
    assert options["physics"]["stabilization"]["enabled"] is True


def test_double_click_recentres_through_the_url_only_when_asked() -> None:
    assert 'network.on("doubleClick"' not in views.subgraph_html(_subgraph())
    html = views.subgraph_html(_subgraph(), recentre_param="centre", recentre_input="graph_pick")
    assert 'network.on("doubleClick"' in html
    assert 'var inputKey = "graph_pick", param = "centre";' in html


def test_legend_names_every_type_in_korean() -> None:
    legend = views.legend_html()
    for word in ("인물", "기관", "사업", "기금", "요청", "협약", "지원", "운영", "직위", "소속"):
        assert word in legend


def test_names_cannot_break_out_of_the_script() -> None:
    evil = NodeRecord("x", "Person", "</script><script>alert(1)</script>", [], {}, 0)
    html = views.subgraph_html(Subgraph(nodes=[evil]))
    assert "<script>alert(1)</script>" not in html


def test_caption_and_cap_note() -> None:
    node = _subgraph().nodes[0]
    assert views.node_caption(node) == "한결 · 인물 · 해솔 · 언급 4회"
    note = views.cap_note(_subgraph())
    assert note and "412" in note and "4개" in note
    assert views.cap_note(Subgraph(nodes=[node])) is None


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (700000000, "700,000,000"),
        (["해솔", "해솔시"], "해솔, 해솔시"),
        (True, "예"),
        ("시장", "시장"),
    ],
)
def test_format_value(value: object, shown: str) -> None:
    assert views.format_value(value) == shown


def test_query_rows_and_subgraph_from_store_maps() -> None:
    from graph.keys import relation_key

    a = {"_labels": ["Entity", "Person"], "key": "p1", "name": "한결", "mentions": 2}
    b = {"_labels": ["Entity", "Organization"], "key": "o1", "name": "해솔시"}
    r = {
        "_type": "HOLDS_POSITION",
        "key": relation_key("HOLDS_POSITION", "p1", "o1"),
        "title": "시장",
        "articles": ["a1"],
        "evidence": ["…"],
        "dates": ["2024-01-02"],
    }
    result = QueryResult(columns=["a", "r", "b", "n"], rows=[[a, r, b, 3]])
    assert views.query_rows(result) == [
        {"a": "(인물) 한결", "r": "[직위]", "b": "(기관) 해솔시", "n": 3}
    ]
    sub = views.query_subgraph(result)
    assert sub is not None
    assert {n.key for n in sub.nodes} == {"p1", "o1"} and sub.nodes[0].mentions == 2
    assert [(e.type, e.start, e.end, e.props) for e in sub.edges] == [
        ("HOLDS_POSITION", "p1", "o1", {"title": "시장"})
    ]


def test_query_relationship_direction_comes_from_its_key() -> None:
    from graph.keys import relation_key

    a = {"_labels": ["Entity", "Organization"], "key": "o1", "name": "해솔시의회"}
    b = {"_labels": ["Entity", "Organization"], "key": "o2", "name": "해솔시"}
    r = {"_type": "REQUESTED", "key": relation_key("REQUESTED", "o1", "o2")}
    sub = views.query_subgraph(
        QueryResult(columns=["b", "r", "a"], rows=[[b, r, a]])
    )  # listed backwards
    assert sub is not None and [(e.start, e.end) for e in sub.edges] == [("o1", "o2")]


def test_query_generic_maps_with_explicit_ends() -> None:
    a = {"labels": ["Person"], "properties": {"key": "p1", "name": "한결"}}
    b = {"labels": ["Programme"], "properties": {"key": "g1", "name": "둥지 사업"}}
    r = {"type": "RUNS", "start": "p1", "end": "g1", "properties": {}}
    sub = views.query_subgraph(
        QueryResult(columns=["p"], rows=[[{"nodes": [a, b], "relationships": [r]}]])
    )
    assert (
        sub is not None
        and len(sub.nodes) == 2
        and [(e.start, e.end) for e in sub.edges] == [("p1", "g1")]
    )


def test_query_without_nodes_is_a_table_only() -> None:
    result = QueryResult(columns=["name", "n"], rows=[["한결", 1], ["해솔시", 2]])
    assert views.query_subgraph(result) is None
    assert views.query_rows(result)[1] == {"name": "해솔시", "n": 2}
    assert views.query_rows(QueryResult(columns=["xs"], rows=[[["가", 1]]])) == [
        {"xs": '["가", 1]'}
    ]


def test_details_notes_count_by_type_and_say_which_page() -> None:
    from graph.records import EntityDetails, RelationCount

    node = NodeRecord("org:도청", "Organization", "은하도청")
    edges = [EdgeRecord(f"e{i}", "REQUESTED", f"v{i}", "org:도청") for i in range(100)]
    details = EntityDetails(
        node=node, edges=edges, edges_total=2134, offset=100, limit=100,
        relation_counts=[RelationCount("REQUESTED", "out", 3), RelationCount("REQUESTED", "in", 2031),
                         RelationCount("AGREED_WITH", "out", 60), RelationCount("AGREED_WITH", "in", 40)],
    )
    assert views.relation_counts_line(details) == "요청 → 3 · 요청 ← 2,031 · 협약 ↔ 100"
    assert views.details_page_note(details) == (
        "관계 2,134건 중 101–200번째, 최근 기사 순 (relationships 101–200 of 2,134, newest first)")
    assert details.has_more
    details.edges, details.offset = [], 3000
    assert not details.has_more
    assert views.details_page_note(details) == "관계 2,134건 (relationships: 2,134)"
    details.edges_total = 0
    assert views.details_page_note(details) == "관계가 없습니다. (none)"
