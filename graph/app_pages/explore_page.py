"""탐색 (Explore): search, the neighbourhood drawing, filters, details and re-centring."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import streamlit as st

from graph import views
from graph.app_pages import common
from graph.explore import DEFAULT_NODE_CAP, MAX_NODE_CAP, Filters, neighbour_choices
from graph.records import EdgeRecord, EntityDetails, NodeRecord, Subgraph
from graph.store import GraphStore
from ontology.model import ENTITY_TYPES, RELATION_TYPES

log = logging.getLogger(__name__)

GRAPH_HEIGHT = 620
# the details panel lists one page of relationships (the `details_limit` setting) at a time
DETAILS_TYPES = "details_types"  # the panel's relation-type filter (a widget key)
DETAILS_OFFSET = "details_offset"  # session key: where the page shown starts
DETAILS_OF = "details_of"  # session key: the entity the page and the filter belong to
PROVENANCE_SHOWN = 20  # statements quoted per relationship, newest first


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


def filters_sidebar(date_range: tuple[Any, Any] | None, regions: list[str]) -> Filters:
    """The filter widgets, in the sidebar."""
    sb = st.sidebar
    sb.subheader("필터 (filters)")
    depth = sb.slider("깊이 (depth)", 1, 3, 1, key="depth")
    types = sb.multiselect(
        "개체 유형 (entity types)",
        ENTITY_TYPES,
        key="entity_types",
        format_func=lambda t: f"{views.entity_label(t)} ({t})",
        placeholder="모든 유형",
    )
    rels = sb.multiselect(
        "관계 유형 (relations)",
        RELATION_TYPES,
        key="relation_types",
        format_func=lambda t: f"{views.relation_label(t)} ({t})",
        placeholder="모든 관계",
    )
    region = sb.selectbox(
        "지역 (region)",
        ["", *regions],
        key="region",
        format_func=lambda r: r or "모든 지역 (all)",
    )
    date_from = date_to = None
    if sb.checkbox("기간으로 거르기 (date range)", key="use_dates"):
        low = _date(date_range[0]) if date_range else None
        high = _date(date_range[1]) if date_range else None
        high = high or dt.date.today()
        low = low or high - dt.timedelta(days=365)
        picked = sb.date_input("기간", value=(low, high), key="dates")
        if isinstance(picked, (tuple, list)) and len(picked) == 2:
            date_from, date_to = picked[0].isoformat(), picked[1].isoformat()
    cap = sb.slider("최대 노드 수 (size cap)", 5, MAX_NODE_CAP, DEFAULT_NODE_CAP, step=5, key="cap")
    return Filters(
        depth=depth,
        entity_types=list(types),
        relation_types=list(rels),
        region=region,
        date_from=date_from,
        date_to=date_to,
        limit=cap,
    )


def _pick_search_result() -> None:
    common.set_centre(st.session_state.get("search_pick"))


def search_box(store: GraphStore) -> None:
    """Search by part of a name or alias; choosing a candidate re-centres the graph."""
    text = st.text_input(
        "이름 검색 (이름이나 별칭의 일부)", key="q", placeholder="예: 시장, 재단, 펀드 …"
    )
    if not text.strip():
        return
    candidates = common.search(store, common.sid(), text.strip(), 20)
    if not candidates:
        st.info(f"‘{text}’에 해당하는 개체가 없습니다. (no entity matches)")
        return
    captions = {n.key: views.node_caption(n) for n in candidates}
    st.selectbox(
        f"검색 결과 {len(candidates)}건 — 골라서 중심으로 (pick one to centre on)",
        list(captions),
        index=None,
        key="search_pick",
        format_func=captions.__getitem__,
        placeholder="후보를 고르세요 (choose a candidate)",
        on_change=_pick_search_result,
    )


GRAPH_PICK = "graph_pick"  # hidden text input the drawing types a double-clicked node's key into
_HIDE_GRAPH_PICK = (
    f"<style>.st-key-{GRAPH_PICK} "
    "{position: absolute; left: -10000px; height: 0; overflow: hidden}</style>"
)


def _recentre_from_graph() -> None:
    common.set_centre(st.session_state.get(GRAPH_PICK))
    st.session_state[GRAPH_PICK] = ""  # so that the same node can be picked again later


def graph_pick_input() -> None:
    """The hidden input behind double-click re-centring (see ``views.subgraph_html``)."""
    st.html(_HIDE_GRAPH_PICK)
    st.text_input(
        "graph pick", key=GRAPH_PICK, label_visibility="collapsed", on_change=_recentre_from_graph
    )


def _recentre_from_picker() -> None:
    common.set_centre(st.session_state.get("neighbour_pick"))


def _edge_line(edge: EdgeRecord, names: dict[str, str]) -> str:
    """``**요청** 해솔시 → 행정안전부 (대상: 특별교부세)``."""
    arrow = "↔" if not views.style().relation(edge.type).directed else "→"
    text = (
        f"**{views.relation_label(edge.type)}** {names.get(edge.start, edge.start)} {arrow} "
        f"{names.get(edge.end, edge.end)}"
    )
    extra = [
        f"{views.property_label(k)}: {views.format_property(k, v)}"
        for k, v in sorted(edge.props.items())
        if v not in (None, "", [])
    ]
    return text + (f" ({'; '.join(extra)})" if extra else "")


def details_page(centre: str) -> tuple[int, tuple[str, ...]]:
    """The offset and type filter of the details page to read; a new centre starts afresh."""
    if st.session_state.get(DETAILS_OF) != centre:
        st.session_state[DETAILS_OF] = centre
        st.session_state[DETAILS_TYPES] = []
        st.session_state[DETAILS_OFFSET] = 0
    types = tuple(t for t in st.session_state.get(DETAILS_TYPES) or () if t in RELATION_TYPES)
    return int(st.session_state.get(DETAILS_OFFSET) or 0), types


def _turn_page(offset: int) -> None:
    st.session_state[DETAILS_OFFSET] = max(0, offset)


def _relation_filter(details: EntityDetails) -> None:
    """The relation-type filter of the list (each type with its count); filtering reads again."""
    counts: dict[str, int] = {}
    for c in details.relation_counts:
        counts[c.type] = counts.get(c.type, 0) + c.count
    st.multiselect(
        "관계 유형으로 거르기 (filter by relation)",
        RELATION_TYPES,
        key=DETAILS_TYPES,
        format_func=lambda t: f"{views.relation_label(t)} ({counts.get(t, 0):,})",
        placeholder="모든 관계",
        on_change=_turn_page,
        args=(0,),
    )


def _pager(details: EntityDetails) -> None:
    if details.offset <= 0 and not details.has_more:
        return
    back, forward = st.columns(2)
    if details.offset > 0:
        back.button(
            f"◀ 이전 {details.limit:,}건 (previous)",
            key="details_previous",
            on_click=_turn_page,
            args=(details.offset - details.limit,),
        )
    if details.has_more:
        following = min(details.limit, details.edges_total - details.offset - len(details.edges))
        forward.button(
            f"다음 {following:,}건 (next) ▶",
            key="details_next",
            on_click=_turn_page,
            args=(details.offset + details.limit,),
        )


def details_panel(details: EntityDetails, neighbours: list[NodeRecord]) -> None:
    """Properties, aliases, relationships with evidence and articles, the re-centre picker."""
    node = details.node
    st.subheader(f"{node.name}")
    st.caption(
        f"{views.entity_label(node.label)} ({node.label}) · 언급 {node.mentions}회 · `{node.key}`"
    )
    if node.aliases:
        st.markdown("**별칭 (aliases):** " + ", ".join(node.aliases))
    props = {
        views.property_label(k): views.format_property(k, v)
        for k, v in sorted(node.props.items())
        if v not in (None, "", [])
    }
    if props:
        st.table({"속성 (property)": list(props), "값 (value)": list(props.values())})

    if neighbours:
        captions = {n.key: views.node_caption(n) for n in neighbours}
        st.selectbox(
            "이웃으로 이동 (re-centre on a neighbour)",
            list(captions),
            index=None,
            key="neighbour_pick",
            format_func=captions.__getitem__,
            placeholder="이웃을 고르세요",
            on_change=_recentre_from_picker,
        )

    names = {n.key: n.name for n in details.neighbours}
    names[node.key] = node.name
    total = sum(c.count for c in details.relation_counts)
    st.markdown(f"**관계 {total:,}건 (relationships)**")
    if details.relation_counts:
        st.caption(views.relation_counts_line(details))
        _relation_filter(details)
    st.caption(views.details_page_note(details))
    for edge in details.edges:
        with st.expander(_edge_line(edge, names) + f" · 근거 {len(edge.provenance)}건"):
            if not edge.provenance:
                st.caption("근거 문장이 없습니다.")
            newest = sorted(edge.provenance, key=lambda p: p.date or "", reverse=True)
            for prov in newest[:PROVENANCE_SHOWN]:
                st.markdown(f"> {prov.evidence}")
                where = " · ".join(x for x in (prov.title, prov.date, prov.outlet) if x)
                st.caption(f"📰 {where or prov.source or prov.article}")
            if len(newest) > PROVENANCE_SHOWN:
                st.caption(f"… 외 {len(newest) - PROVENANCE_SHOWN:,}건 (older statements)")
    _pager(details)
    if details.articles:
        shown = details.articles
        title = f"이 개체를 언급한 기사 {details.articles_total:,}건 (articles)"
        if details.articles_total > len(shown):
            title += f" — 최근 {len(shown):,}건"
        with st.expander(title):
            st.dataframe(
                {
                    "날짜 (date)": [a.date or "" for a in shown],
                    "제목 (title)": [a.title or "" for a in shown],
                    "매체 (outlet)": [a.outlet or "" for a in shown],
                    "파일 (source)": [a.source for a in shown],
                },
                hide_index=True,
                width="stretch",
            )


def draw(subgraph: Subgraph, centre: str | None) -> None:
    """The pyvis drawing in an iframe (``st.iframe`` when Streamlit has it).

    Double-clicking a node reloads the app centred on it (see ``views.subgraph_html``).
    """
    html = views.subgraph_html(
        subgraph,
        centre=centre,
        height_px=GRAPH_HEIGHT,
        recentre_param=common.CENTRE_PARAM,
        recentre_input=GRAPH_PICK,
    )
    iframe = getattr(st, "iframe", None)
    if iframe is not None:
        iframe(
            html,
            height=GRAPH_HEIGHT + views.LEGEND_HEIGHT + 12,
            alt="관계 그래프 (relationship graph)",
        )
    else:  # Streamlit before st.iframe
        import streamlit.components.v1 as components

        components.html(html, height=GRAPH_HEIGHT + views.LEGEND_HEIGHT + 12)


def render(store: GraphStore) -> None:
    st.header("탐색 · Explore")
    stats = common.stats(store, common.sid())
    regions = common.regions(store, common.sid())
    filters = filters_sidebar((stats.get("date_from"), stats.get("date_to")), regions)
    search_box(store)
    graph_pick_input()

    centre = common.centre_key(store)
    if centre is None:
        st.info("그래프에 개체가 없습니다. (no entities)")
        return
    details = common.entity(store, common.sid(), centre, *details_page(centre))
    if details is None:  # the centre vanished (a merge, another store): start again
        common.forget_centre()
        st.warning("선택한 개체를 찾을 수 없어 처음 화면으로 돌아갑니다. (entity not found)")
        centre = common.centre_key(store)
        if centre is None:
            return
        details = common.entity(store, common.sid(), centre, *details_page(centre))
        if details is None:
            return

    subgraph = common.neighbourhood(store, common.sid(), centre, filters)
    left, right = st.columns([3, 2], gap="medium")
    with left:
        st.markdown(f"#### {details.node.name}의 이웃 (깊이 {filters.depth})")
        note = views.cap_note(subgraph)
        if note:
            st.warning(note)
        if len(subgraph.nodes) <= 1:
            st.info(
                "필터에 맞는 이웃이 없습니다. 필터를 넓혀 보세요. (no neighbours match the filters)"
            )
        draw(subgraph, centre)
        st.caption(
            f"노드 {len(subgraph.nodes):,}개 · 관계 {len(subgraph.edges):,}개 — "
            "노드를 두 번 누르면 그 노드가 중심이 되고, 마우스를 올리면 근거가 보입니다. "
            "(double-click a node to re-centre; hover for evidence)"
        )
    with right:
        details_panel(details, neighbour_choices(subgraph, centre))
