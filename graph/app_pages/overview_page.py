"""개요 (Overview): counts by type, the most connected and most asked, activity by month."""

from __future__ import annotations

import logging
from typing import Any

import altair as alt
import streamlit as st

from graph import explore, views
from graph.app_pages import common
from graph.records import NodeRecord
from graph.store import GraphStore

log = logging.getLogger(__name__)

TIMELINE_TYPES = ("AGREED_WITH", "FUNDS")


@st.cache_data(ttl=common.AGGREGATE_TTL, show_spinner=False)
def _most_requested(_store: GraphStore, sid: str, limit: int) -> list[tuple[NodeRecord, int]]:
    return explore.most_requested(_store, limit)


@st.cache_data(ttl=common.AGGREGATE_TTL, show_spinner=False)
def _timeline(_store: GraphStore, sid: str) -> list[dict[str, Any]]:
    return explore.timeline(_store, TIMELINE_TYPES)


def _count_chart(counts: dict[str, int], label: Any, colour: Any) -> alt.Chart:
    """Horizontal bars, largest first, each type in its own colour."""
    rows = [{"유형": label(k), "수": v, "색": colour(k)} for k, v in counts.items()]
    return (
        alt.Chart(alt.Data(values=rows))
        .mark_bar()
        .encode(
            x=alt.X("수:Q", title=None, axis=alt.Axis(tickMinStep=1, format="d")),
            y=alt.Y("유형:N", sort="-x", title=None),
            color=alt.Color("색:N", scale=None, legend=None),
            tooltip=["유형:N", "수:Q"],
        )
        .properties(height=max(90, 34 * len(rows)))
    )


def _timeline_chart(rows: list[dict[str, Any]]) -> alt.Chart:
    long = [
        {"월": r["month"], "관계": views.relation_label(t), "수": r[views.relation_label(t)]}
        for r in rows
        for t in TIMELINE_TYPES
    ]
    labels = [views.relation_label(t) for t in TIMELINE_TYPES]
    colours = [views.style().relation(t).colour for t in TIMELINE_TYPES]
    return (
        alt.Chart(alt.Data(values=long))
        .mark_bar()
        .encode(
            x=alt.X("월:O", title=None, axis=alt.Axis(labelAngle=0)),
            xOffset="관계:N",
            y=alt.Y("수:Q", title=None, axis=alt.Axis(tickMinStep=1, format="d")),
            color=alt.Color(
                "관계:N",
                scale=alt.Scale(domain=labels, range=colours),
                legend=alt.Legend(title=None, orient="top"),
            ),
            tooltip=["월:O", "관계:N", "수:Q"],
        )
        .properties(height=260)
    )


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
        st.markdown("##### 유형별 개체 수 (entities by type)")
        st.altair_chart(
            _count_chart(entities, views.entity_label, lambda t: views.style().entity(t).colour),
            width="stretch",
        )
    with right:
        st.markdown("##### 유형별 관계 수 (relationships by type)")
        st.altair_chart(
            _count_chart(
                relations, views.relation_label, lambda t: views.style().relation(t).colour
            ),
            width="stretch",
        )

    left, right = st.columns(2)
    with left:
        st.markdown("##### 연결이 많은 행위자 (most connected)")
        top = common.most_connected(store, common.sid(), common.TOP_LIMIT)
        st.dataframe(
            {
                "이름 (name)": [n.name for n in top],
                "유형 (type)": [views.entity_label(n.label) for n in top],
                "지역 (region)": [str(n.props.get("region") or "") for n in top],
                "언급 (mentions)": [n.mentions for n in top],
            },
            hide_index=True,
            width="stretch",
        )
    with right:
        st.markdown("##### 요청을 많이 받은 대상 (most asked)")
        asked = explore.top_requested(stats) or _most_requested(store, common.sid(), 10)
        if asked:
            st.dataframe(
                {
                    "이름 (name)": [n.name for n, _ in asked],
                    "유형 (type)": [views.entity_label(n.label) for n, _ in asked],
                    "요청 받은 수 (requests)": [c for _, c in asked],
                },
                hide_index=True,
                width="stretch",
            )
        else:
            st.info("요청 관계가 아직 없습니다. (no REQUESTED relationships yet)")

    st.markdown("##### 월별 협약과 지원 (agreements and funding per month)")
    series = _timeline(store, common.sid())
    if series:
        st.altair_chart(_timeline_chart(series), width="stretch")
    else:
        st.info("날짜가 있는 협약·지원 관계가 없습니다. (no dated agreements or funding)")
