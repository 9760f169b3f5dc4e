"""개요 (Overview): counts by type, the most connected, the most asked, agreements and funding over time."""

from __future__ import annotations

import logging

import streamlit as st

from graph import explore, views
from graph.app_pages import common
from graph.records import NodeRecord
from graph.store import GraphStore

log = logging.getLogger(__name__)


@st.cache_data(ttl=common.READ_TTL, show_spinner=False)
def _most_requested(_store: GraphStore, sid: str, limit: int) -> list[tuple[NodeRecord, int]]:
    return explore.most_requested(_store, limit)


@st.cache_data(ttl=common.READ_TTL, show_spinner=False)
def _timeline(_store: GraphStore, sid: str) -> list[dict[str, object]]:
    return explore.timeline(_store, ("AGREED_WITH", "FUNDS"))


def _node_rows(nodes: list[NodeRecord], extra: dict[str, list[object]] | None = None) -> dict[str, list[object]]:
    table: dict[str, list[object]] = {
        "이름 (name)": [n.name for n in nodes],
        "유형 (type)": [views.entity_label(n.label) for n in nodes],
        "지역 (region)": [str(n.props.get("region") or "") for n in nodes],
        "언급 (mentions)": [n.mentions for n in nodes],
    }
    table.update(extra or {})
    return table


def render(store: GraphStore) -> None:
    st.header("개요 · Overview")
    stats = common.stats(store, common.sid())
    entities = explore.entity_counts(stats)
    relations = explore.relation_counts(stats)
    cols = st.columns(3)
    cols[0].metric("개체 (entities)", f"{sum(entities.values()):,}")
    cols[1].metric("관계 (relationships)", f"{sum(relations.values()):,}")
    cols[2].metric("기사 (articles)", f"{explore.article_count(stats):,}")

    left, right = st.columns(2)
    with left:
        st.subheader("유형별 개체 수")
        st.bar_chart({"개체 수": {views.entity_label(k): v for k, v in entities.items()}})
    with right:
        st.subheader("유형별 관계 수")
        st.bar_chart({"관계 수": {views.relation_label(k): v for k, v in relations.items()}})

    left, right = st.columns(2)
    with left:
        st.subheader("가장 많이 연결된 행위자 (most connected)")
        top = common.most_connected(store, common.sid(), 10)
        st.dataframe(_node_rows(top), hide_index=True, width="stretch")
    with right:
        st.subheader("가장 많이 요청받은 대상 (most asked)")
        asked = _most_requested(store, common.sid(), 10)
        if asked:
            st.dataframe(_node_rows([n for n, _ in asked], {"요청 받은 수 (requests)": [c for _, c in asked]}),
                         hide_index=True, width="stretch")
        else:
            st.info("요청 관계가 아직 없습니다. (no REQUESTED relationships yet)")

    st.subheader("시기별 협약과 지원 (agreements and funding over time)")
    series = _timeline(store, common.sid())
    if series:
        st.bar_chart(series, x="month", y=["협약", "지원"], stack=False)
    else:
        st.info("날짜가 있는 협약·지원 관계가 없습니다. (no dated agreements or funding)")
