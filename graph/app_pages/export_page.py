"""내보내기 (Export): the whole graph or the current neighbourhood as Turtle or JSON-LD."""

from __future__ import annotations

import logging

import streamlit as st

from graph import explore
from graph.app_pages import common
from graph.store import GraphStore
from ontology.errors import GwangyeError

log = logging.getLogger(__name__)

READY = "export_ready"  # session-state: (file name, bytes, MIME type) of the prepared file


def _current_filters() -> explore.Filters:
    """The explorer's filters as last set (widget values survive page switches in session state)."""
    state = st.session_state
    return explore.Filters(
        depth=int(state.get("depth", 1)),
        entity_types=list(state.get("entity_types") or []),
        relation_types=list(state.get("relation_types") or []),
        region=str(state.get("region") or ""),
        limit=int(state.get("cap", explore.DEFAULT_NODE_CAP)),
    )


def render(store: GraphStore) -> None:
    st.header("내보내기 · Export (RDF)")
    if not explore.rdf_available():
        st.warning(
            "RDF 내보내기 모듈(ontology/rdf.py)이 없습니다. 명령줄에서 "
            "`gwangye export -f turtle -o graph.ttl`를 쓰세요. (RDF export not installed)"
        )
        return
    st.caption(
        "`gwangye export`와 같은 어휘(W3C ORG, schema.org, PROV-O)로 내보냅니다. "
        "전체 그래프는 클 수 있으니 큰 그래프는 명령줄의 `-f nt` 스트리밍을 쓰세요."
    )
    centre = common.centre_key(store)
    details = common.entity(store, common.sid(), centre) if centre else None
    filters = _current_filters()
    labels = {"whole": "그래프 전체 (whole graph)"}
    if details is not None:
        labels["neighbourhood"] = (
            f"현재 이웃: {details.node.name}, 깊이 {filters.depth}, "
            f"최대 {filters.limit}개 (current neighbourhood)"
        )
    scope = st.radio(
        "범위 (scope)",
        list(labels),
        format_func=labels.__getitem__,
        key="export_scope",
        index=len(labels) - 1,
    )
    fmt = st.radio(
        "형식 (format)", list(explore.EXPORT_FORMATS), key="export_format", horizontal=True
    )
    if st.button("내보낼 파일 만들기 (prepare the file)", key="export_prepare"):
        entity = centre if scope == "neighbourhood" else None
        try:
            with st.spinner("RDF로 바꾸는 중… (serialising)"):
                data = explore.export_bytes(store, fmt, entity=entity, filters=filters)
        except GwangyeError as err:
            st.error(f"내보내기 실패 (export failed): {err}")
            return
        _, suffix, mime = explore.EXPORT_FORMATS[fmt]
        stem = "gwangye" if entity is None or details is None else f"gwangye-{details.node.name}"
        st.session_state[READY] = (f"{stem}.{suffix}", data, mime)
    ready = st.session_state.get(READY)
    if ready:
        name, data, mime = ready
        st.success(f"{name}: {len(data):,} bytes")
        st.download_button(
            "내려받기 (download)", data, file_name=name, mime=mime, key="export_download"
        )
