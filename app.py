"""gwangye (관계) explorer: ``streamlit run app.py`` or ``gwangye app``.

Thin on purpose: it opens the store and hands it to the page chosen in the sidebar; the
pages live in ``graph/app_pages/`` and the logic they call in ``graph/explore.py`` and
``graph/views.py``.
"""

from __future__ import annotations

import logging

import streamlit as st

from graph.app_pages import (
    common,
    cypher_page,
    explore_page,
    export_page,
    ingest_page,
    overview_page,
)
from graph.explore import HELP_EMPTY, help_unreachable, is_empty
from ontology.errors import GwangyeError

log = logging.getLogger("gwangye.app")

PAGES = {
    "탐색 · Explore": explore_page.render,
    "개요 · Overview": overview_page.render,
    "Cypher 콘솔": cypher_page.render,
    "내보내기 · Export": export_page.render,
    "가져오기 · Ingest": ingest_page.render,
}
NEEDS_DATA = {"탐색 · Explore", "개요 · Overview", "Cypher 콘솔", "내보내기 · Export"}

st.set_page_config(page_title="관계 gwangye", page_icon="🕸️", layout="wide")
st.sidebar.title("관계 gwangye")
st.sidebar.caption("지역 뉴스 속 인물·기관·사업·기금의 관계")
page = st.sidebar.radio("페이지 (page)", list(PAGES), key="page")
common.keep_widget_state()

store, error = common.connect()
if store is None:
    st.error(help_unreachable(common.store_identity()[0], error or "?"))
    st.stop()

try:
    if page in NEEDS_DATA and is_empty(common.stats(store, common.sid())):
        st.info(HELP_EMPTY)
        st.stop()
    PAGES[page](store)
except GwangyeError as err:
    log.warning("page %s failed: %s", page, err)
    st.error(
        f"그래프 저장소 오류 (graph store error): {err}\n\n"
        "잠시 후 다시 시도하거나 `gwangye db status`로 저장소를 확인하세요."
    )
except Exception as err:
    log.exception("page %s failed", page)
    st.error(help_unreachable(common.store_identity()[0], f"{type(err).__name__}: {err}"))
