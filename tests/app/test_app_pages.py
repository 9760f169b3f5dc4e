"""Every page of app.py through Streamlit's AppTest, on the example graph in the embedded store."""

from __future__ import annotations

import json
import re
from pathlib import Path

from app_support import go_to, graph_html, no_trouble
from streamlit.testing.v1 import AppTest

from graph import explore


def _drawn_labels(html: str) -> set[str]:
    nodes = json.loads(
        re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", html, re.DOTALL).group(1)
    )
    return {n["label"] for n in nodes}


def _drawn_edge_labels(html: str) -> list[str]:
    edges = json.loads(
        re.search(r"edges = new vis\.DataSet\((\[.*?\])\);", html, re.DOTALL).group(1)
    )
    return sorted(e["label"] for e in edges)


def _centre_heading(at: AppTest) -> str:
    return next(m.value for m in at.markdown if m.value.startswith("#### "))


# --- explore --------------------------------------------------------------------------


def test_first_load_shows_the_most_connected_entity(example_app: AppTest) -> None:
    at = example_app
    no_trouble(at)
    assert _centre_heading(at) == "#### 해솔시의 이웃 (깊이 1)"
    labels = _drawn_labels(graph_html(at))
    assert {"해솔시", "한결", "해솔시의회", "해솔경찰서", "해솔미래펀드", "행정안전부"} <= labels
    assert "서하람" not in labels  # two steps away
    assert at.slider(key="depth").value == 1
    assert {w.label for w in at.multiselect} == {
        "개체 유형 (entity types)",
        "관계 유형 (relations)",
        "관계 유형으로 거르기 (filter by relation)",  # the details panel's list
    }


def test_search_by_part_of_a_name_shows_type_region_and_mentions(example_app: AppTest) -> None:
    at = example_app
    at.text_input(key="q").input("해솔시").run()
    no_trouble(at)
    options = at.selectbox(key="search_pick").options
    assert any(o.startswith("해솔시 · 기관 · 해솔 · 언급 ") for o in options)
    assert any(o.startswith("해솔시의회 · 기관") for o in options)


def test_search_by_alias_and_recentre(example_app: AppTest, key_of) -> None:
    at = example_app
    at.text_input(key="q").input("서 장관").run()  # an alias of 서하람
    box = at.selectbox(key="search_pick")
    assert len(box.options) == 1 and box.options[0].startswith("서하람 · 인물")
    box.set_value(key_of("서하람")).run()
    no_trouble(at)
    assert _centre_heading(at) == "#### 서하람의 이웃 (깊이 1)"
    assert _drawn_labels(graph_html(at)) == {"서하람", "행정안전부", "한결"}


def test_search_without_hits_says_so(example_app: AppTest) -> None:
    at = example_app
    at.text_input(key="q").input("없는이름").run()
    no_trouble(at)
    assert any("해당하는 개체가 없습니다" in i.value for i in at.info)


def test_recentre_on_a_neighbour_from_the_picker(example_app: AppTest, key_of) -> None:
    at = example_app
    picker = at.selectbox(key="neighbour_pick")
    assert any(o.startswith("해솔경찰서 · 기관") for o in picker.options)
    picker.set_value(key_of("해솔경찰서")).run()
    no_trouble(at)
    assert _centre_heading(at) == "#### 해솔경찰서의 이웃 (깊이 1)"
    assert _drawn_labels(graph_html(at)) == {"해솔경찰서", "해솔시", "도윤서"}


def test_centre_comes_from_and_goes_to_the_url(app_on, example_home: Path, key_of) -> None:
    # a double-click on a node reloads the app with ?centre=KEY; a shared link does the same
    at = app_on(example_home, query={"centre": key_of("해솔대학교")})
    no_trouble(at)
    assert _centre_heading(at) == "#### 해솔대학교의 이웃 (깊이 1)"
    at.selectbox(key="neighbour_pick").set_value(key_of("해솔 창업 도약 프로그램")).run()
    assert at.query_params["centre"] == key_of("해솔 창업 도약 프로그램")


def test_details_show_properties_aliases_and_evidence_with_articles(example_app: AppTest) -> None:
    at = example_app
    assert at.subheader[0].value == "해솔시"
    assert any("해솔시청" in m.value for m in at.markdown if m.value.startswith("**별칭"))
    table = at.table[0].value
    assert "지방자치단체" in table.to_string()
    expanders = [e.label for e in at.expander]
    assert any(label.startswith("**협약** 해솔시 ↔ 해솔경찰서") for label in expanders)
    # the same fact from two articles is one relationship with both provenances
    assert any(
        label.startswith("**지원** 해솔시 → 해솔 청년 둥지 사업") and label.endswith("근거 2건")
        for label in expanders
    )
    quotes = [m.value for m in at.markdown if m.value.startswith("> ")]
    assert "> 해솔시와 해솔경찰서는 22일 어린이 보호구역 안전 강화 업무협약을 맺었다." in quotes
    captions = [c.value for c in at.caption]
    assert any(
        "해솔시-해솔경찰서 안전 협약" in c and "2024-07-22" in c and "해솔일보" in c
        for c in captions
    )


def test_filters_depth_types_and_relations(example_app: AppTest) -> None:
    at = example_app
    at.multiselect(key="relation_types").set_value(["REQUESTED"]).run()
    no_trouble(at)
    assert set(_drawn_edge_labels(graph_html(at))) == {"요청"}
    at.multiselect(key="relation_types").set_value([]).run()
    at.slider(key="depth").set_value(2).run()
    no_trouble(at)
    assert "서하람" in _drawn_labels(graph_html(at))
    at.multiselect(key="entity_types").set_value(["Organization"]).run()
    no_trouble(at)
    assert _drawn_labels(graph_html(at)) == {
        "해솔시",
        "해솔시의회",
        "해솔경찰서",
        "해솔대학교",
        "해솔시 청년정책과",
        "행정안전부",
    }


def test_region_filter_offers_the_known_regions(example_app: AppTest) -> None:
    at = example_app
    box = at.selectbox(key="region")
    assert box.options == ["모든 지역 (all)", "해솔"]
    assert "행정안전부" in _drawn_labels(graph_html(at))
    box.set_value("해솔").run()
    no_trouble(at)
    labels = _drawn_labels(graph_html(at))
    assert "행정안전부" not in labels and "해솔경찰서" in labels  # 행정안전부 has no region


def test_articles_of_the_selected_entity(example_app: AppTest) -> None:
    at = example_app
    assert any(e.label == "이 개체를 언급한 기사 5건 (articles)" for e in at.expander)
    table = next(d.value for d in at.dataframe if "제목 (title)" in d.value.columns)
    assert "해솔시-해솔경찰서 안전 협약" in set(table["제목 (title)"])


def test_date_range_filter(example_app: AppTest) -> None:
    at = example_app
    at.checkbox(key="use_dates").check().run()
    no_trouble(at)
    import datetime as dt

    at.date_input(key="dates").set_value((dt.date(2024, 7, 1), dt.date(2024, 7, 31))).run()
    no_trouble(at)
    edges = _drawn_edge_labels(graph_html(at))
    assert edges == ["협약"]  # only the agreement with the police station is from July 2024


def test_filters_and_search_survive_a_page_switch(example_app: AppTest) -> None:
    at = example_app
    at.slider(key="depth").set_value(2).run()
    at.multiselect(key="relation_types").set_value(["REQUESTED", "HOLDS_POSITION"]).run()
    at.text_input(key="q").input("해솔").run()
    go_to(at, "개요 · Overview")
    go_to(at, "탐색 · Explore")
    no_trouble(at)
    assert at.slider(key="depth").value == 2
    assert at.multiselect(key="relation_types").value == ["REQUESTED", "HOLDS_POSITION"]
    assert at.text_input(key="q").value == "해솔"
    assert set(_drawn_edge_labels(graph_html(at))) <= {"요청", "직위"}


def test_size_cap_note(example_app: AppTest) -> None:
    at = example_app
    at.slider(key="depth").set_value(3).run()
    at.slider(key="cap").set_value(5).run()
    no_trouble(at)
    assert any("5개 노드만 그렸습니다" in w.value for w in at.warning)
    assert len(_drawn_labels(graph_html(at))) == 5


# --- overview -------------------------------------------------------------------------


def test_overview_counts_connected_asked_and_timeline(example_app: AppTest) -> None:
    at = go_to(example_app, "개요 · Overview")
    no_trouble(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["개체 (entities)"] == "14"
    assert metrics["관계 (relationships)"] == "17"
    assert metrics["기사 (articles)"] == "6"
    most_connected = at.dataframe[0].value
    assert most_connected.iloc[0]["이름 (name)"] == "해솔시"
    asked = at.dataframe[1].value
    assert set(asked["이름 (name)"]) == {"서하람", "행정안전부", "해솔대학교", "해솔시"}
    charts = at.get("vega_lite_chart")
    assert len(charts) == 3  # entities by type, relations by type, agreements and funding by month


# --- Cypher ---------------------------------------------------------------------------


def test_cypher_example_runs_as_table_and_graph(example_app: AppTest) -> None:
    at = go_to(example_app, "Cypher 콘솔")
    no_trouble(at)
    examples = at.selectbox(key="cypher_example")
    examples.set_value(explore.EXAMPLE_QUERIES[2].title).run()
    assert "AGREED_WITH" in at.text_area(key="cypher_text").value
    at.button(key="cypher_run").click().run()
    no_trouble(at)
    rows = at.dataframe[0].value
    assert len(rows) == 2
    labels = _drawn_labels(graph_html(at))
    assert {"해솔시", "해솔경찰서", "해솔대학교"} <= labels


def test_every_example_query_runs(example_graph) -> None:
    store = example_graph[1]
    for example in explore.EXAMPLE_QUERIES:
        result = store.query(example.cypher, explore.parse_params(example.params))
        assert result.rows, example.title


def test_cypher_with_parameters(example_app: AppTest) -> None:
    at = go_to(example_app, "Cypher 콘솔")
    at.text_area(key="cypher_text").input(
        "MATCH (p:Person)-[r:HOLDS_POSITION]->(o) WHERE p.name CONTAINS $name "
        "RETURN p.name AS `인물`, o.name AS `기관`"
    )
    at.text_area(key="cypher_params").input("name=한")
    at.button(key="cypher_run").click().run()
    no_trouble(at)
    rows = at.dataframe[0].value
    assert rows.to_dict("records") == [{"인물": "한결", "기관": "해솔시"}]
    assert not at.get("iframe")  # no nodes in the result: a table only


def test_cypher_refuses_writes_and_reports_errors(example_app: AppTest) -> None:
    at = go_to(example_app, "Cypher 콘솔")
    at.text_area(key="cypher_text").input("CREATE (n:Person {name: '침입자'}) RETURN n")
    at.button(key="cypher_run").click().run()
    assert not at.exception
    assert any("읽기 전용" in e.value for e in at.error)
    at.text_area(key="cypher_text").input("MATCH (n RETURN bad")
    at.button(key="cypher_run").click().run()
    assert not at.exception
    assert any("쿼리 오류" in e.value for e in at.error)
    at.text_area(key="cypher_text").input("MATCH (n) RETURN n.name")
    at.text_area(key="cypher_params").input("{broken")
    at.button(key="cypher_run").click().run()
    assert any("매개변수" in e.value for e in at.error)


# --- export ---------------------------------------------------------------------------


def test_export_page_whole_graph_and_neighbourhood(example_app: AppTest) -> None:
    at = go_to(example_app, "내보내기 · Export")
    no_trouble(at)
    scope = at.radio(key="export_scope")
    assert scope.options[0].startswith("그래프 전체") and scope.options[1].startswith(
        "현재 이웃: 해솔시"
    )
    scope.set_value("whole").run()
    at.radio(key="export_format").set_value("Turtle").run()
    at.button(key="export_prepare").click().run()
    no_trouble(at)
    name, data, _ = at.session_state["export_ready"]
    assert name == "gwangye.ttl"
    whole = data.decode("utf-8")
    assert '"해솔시"@ko' in whole and '"서하람"@ko' in whole
    assert at.get("download_button")

    at.radio(key="export_scope").set_value("neighbourhood").run()
    at.radio(key="export_format").set_value("JSON-LD").run()
    at.button(key="export_prepare").click().run()
    no_trouble(at)
    name, data, _ = at.session_state["export_ready"]
    assert name == "gwangye-해솔시.jsonld"
    part = json.loads(data)
    text = json.dumps(part, ensure_ascii=False)
    assert "해솔경찰서" in text and "서하람" not in text  # depth 1 around 해솔시


# --- empty and unreachable stores, ingest ---------------------------------------------


def test_unreachable_store_is_a_message_not_a_trace(app_on) -> None:
    from app_support import free_port

    at = app_on(None, store=f"falkordb://127.0.0.1:{free_port()}")
    assert not at.exception
    text = " ".join(e.value for e in at.error)
    assert (
        "연결할 수 없습니다" in text
        and "Cannot reach" in text
        and "gwangye ingest examples/articles" in text
    )


def test_empty_store_says_what_to_do_then_ingest_fills_it(app_on, empty_home: Path) -> None:
    at = app_on(empty_home)
    no_trouble(at)
    assert any("gwangye ingest examples/articles" in i.value for i in at.info)
    at = go_to(at, "가져오기 · Ingest")
    no_trouble(at)
    article = (
        "해솔시, 꽃길 정원 조성\n\n해솔일보 김바람 기자\n\n"
        "한결 해솔시장은 3일 해솔시가 꽃길 정원 사업을 추진한다고 밝혔다. "
        "해솔시는 이 사업에 5억원을 지원한다.\n\n입력 2025-03-03\n"
    )
    at.file_uploader(key="ingest_files").set_value(
        [
            ("꽃길.txt", article.encode("cp949"), "text/plain"),
            ("broken.txt", b"\x00\x01\x02\x03" * 50, "text/plain"),
        ]
    ).run()
    at.button(key="ingest_run").click().run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["새 기사 (articles)"] == "1"
    assert any(e.value.startswith("broken.txt") for e in at.error)
    # the same file again changes nothing
    at.button(key="ingest_run").click().run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["새 기사 (articles)"] == "0" and metrics["건너뜀 (already stored)"] == "1"


# --- the demo articles, through the real reader and extractor -------------------------


def test_every_page_on_the_ingested_example_articles(app_on, articles_home: Path) -> None:
    at = app_on(articles_home)
    no_trouble(at)
    assert len(_drawn_labels(graph_html(at))) >= 2  # first load: a real neighbourhood, never empty
    centre = at.subheader[0].value
    at.text_input(key="q").input(centre[:2]).run()
    no_trouble(at)
    assert any(o.startswith(centre + " · ") for o in at.selectbox(key="search_pick").options)
    for page in ("개요 · Overview", "Cypher 콘솔", "내보내기 · Export", "가져오기 · Ingest"):
        go_to(at, page)
        no_trouble(at)
    go_to(at, "개요 · Overview")
    assert int(at.metric[2].value) >= 8  # articles
    go_to(at, "Cypher 콘솔")
    for example in explore.EXAMPLE_QUERIES[:3]:
        at.selectbox(key="cypher_example").set_value(example.title).run()
        at.button(key="cypher_run").click().run()
        no_trouble(at)


def test_details_list_one_page_at_a_time_with_counts(
    app_on, example_home: Path, key_of, monkeypatch
) -> None:
    monkeypatch.setenv("GWANGYE_DETAILS_LIMIT", "3")  # the details_limit setting
    at = app_on(example_home)
    no_trouble(at)
    captions = [c.value for c in at.caption]
    assert "직위 ← 1 · 요청 → 1 · 요청 ← 1 · 협약 ↔ 2 · 지원 → 1 · 운영 → 2 · 소속 ← 1" in captions
    assert "관계 9건 중 1–3번째, 최근 기사 순 (relationships 1–3 of 9, newest first)" in captions
    relations = [e.label for e in at.expander if not e.label.startswith("이 개체를")]
    assert len(relations) == 3 and relations[0].startswith("**지원** 해솔시 → 해솔 청년 둥지 사업")
    assert "이 개체를 언급한 기사 5건 (articles) — 최근 3건" in [e.label for e in at.expander]
    assert not any(b.key == "details_previous" for b in at.button)

    at.button(key="details_next").click().run()
    no_trouble(at)
    assert any(c.value.startswith("관계 9건 중 4–6번째") for c in at.caption)
    following = [e.label for e in at.expander if not e.label.startswith("이 개체를")]
    assert len(following) == 3 and not set(following) & set(relations)
    at.button(key="details_next").click().run()
    assert any(c.value.startswith("관계 9건 중 7–9번째") for c in at.caption)
    assert not any(b.key == "details_next" for b in at.button)

    # the type filter is read by the store and starts again at the first page
    at.multiselect(key="details_types").set_value(["AGREED_WITH"]).run()
    no_trouble(at)
    assert any(c.value.startswith("관계 2건 중 1–2번째") for c in at.caption)
    assert all(e.label.startswith("**협약**") for e in at.expander if not e.label.startswith("이 개체를"))

    # another centre: the first page of all its relationships
    at.selectbox(key="neighbour_pick").set_value(key_of("해솔경찰서")).run()
    no_trouble(at)
    assert at.multiselect(key="details_types").value == []
    assert any(c.value.startswith("관계 2건 중 1–2번째") for c in at.caption)
