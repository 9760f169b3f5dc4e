"""Cypher 콘솔: read-only queries with parameters; a table, and a graph when nodes come back."""

from __future__ import annotations

import json
import logging

import streamlit as st

from graph import views
from graph.app_pages import common
from graph.app_pages.explore_page import draw
from graph.explore import EXAMPLE_QUERIES, QUERY_ROW_CAP, capped_cypher, parse_params
from graph.store import GraphStore
from ontology.errors import GwangyeError, ReadOnlyError

log = logging.getLogger(__name__)

RESULT = "cypher_result"
MAX_DRAWN = 300  # nodes drawn from a result (the table shows every row up to the cap)


def _load_example() -> None:
    title = st.session_state.get("cypher_example")
    for example in EXAMPLE_QUERIES:
        if example.title == title:
            st.session_state["cypher_text"] = example.cypher
            st.session_state["cypher_params"] = example.params
            st.session_state.pop(RESULT, None)


def _run(store: GraphStore) -> None:
    cypher = st.session_state.get("cypher_text", "").strip()
    if not cypher:
        st.session_state[RESULT] = {"error": "쿼리를 입력하세요. (enter a query)"}
        return
    try:
        params = parse_params(st.session_state.get("cypher_params", ""))
        result = common.query(
            store,
            common.sid(),
            capped_cypher(cypher),
            json.dumps(params, ensure_ascii=False, sort_keys=True),
        )
    except ReadOnlyError as err:
        st.session_state[RESULT] = {
            "error": f"읽기 전용 콘솔입니다: 쓰기 쿼리는 실행하지 않습니다. "
            f"(read-only console: {err})"
        }
        return
    except GwangyeError as err:
        st.session_state[RESULT] = {"error": f"쿼리 오류 (query error): {err}"}
        return
    st.session_state[RESULT] = {"result": result, "cypher": cypher}


def render(store: GraphStore) -> None:
    st.header("Cypher 콘솔 (read-only)")
    st.caption(
        "읽기 전용입니다: CREATE·MERGE·SET·DELETE 같은 쓰기는 거부됩니다. "
        "매개변수는 JSON 객체나 `name=value` 줄로 적습니다 (예: `name=김`). "
        "한글 열 이름은 백틱으로 감쌉니다: ``RETURN n.name AS `이름` ``."
    )
    st.selectbox(
        "예시 쿼리 (examples)",
        [e.title for e in EXAMPLE_QUERIES],
        index=None,
        key="cypher_example",
        placeholder="예시를 고르면 아래에 채워집니다",
        on_change=_load_example,
    )
    st.text_area(
        "Cypher",
        key="cypher_text",
        height=140,
        placeholder="MATCH (p:Person)-[r]->(o) RETURN p.name, type(r), o.name LIMIT 20",
    )
    st.text_area(
        "매개변수 (parameters)",
        key="cypher_params",
        height=68,
        placeholder='{"name": "김"}  또는  name=김',
    )
    if st.button("실행 (run)", key="cypher_run", type="primary"):
        _run(store)

    outcome = st.session_state.get(RESULT)
    if not outcome:
        return
    if "error" in outcome:
        st.error(outcome["error"])
        return
    result = outcome["result"]
    rows = views.query_rows(result)
    shown = rows[:QUERY_ROW_CAP]
    st.markdown(f"**결과 {len(shown):,}행** (rows)")
    if len(rows) > QUERY_ROW_CAP:
        st.warning(
            f"처음 {QUERY_ROW_CAP:,}행만 가져왔습니다: `LIMIT`로 좁혀 보세요. (the first rows only)"
        )
    if shown:
        st.dataframe(shown, width="stretch", hide_index=True)
    else:
        st.info("결과가 없습니다. (no rows)")
    subgraph = views.query_subgraph(result)
    if subgraph is not None:
        subgraph.nodes = subgraph.nodes[:MAX_DRAWN]
        st.markdown(
            f"**그래프로 보기** — 노드 {len(subgraph.nodes):,}개 · 관계 {len(subgraph.edges):,}개"
        )
        draw(subgraph, None)
