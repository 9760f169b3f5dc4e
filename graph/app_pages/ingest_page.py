"""가져오기 (Ingest): upload article files; read, extract and write them with a progress bar."""

from __future__ import annotations

import logging
from typing import Any

import streamlit as st

from graph import explore
from graph.app_pages import common
from graph.store import GraphStore
from ontology.errors import GwangyeError

log = logging.getLogger(__name__)

SUMMARY = "ingest_summary"


@st.cache_resource(show_spinner="추출기를 준비하는 중… (loading the extractor)")
def extractor() -> Any:
    """The extraction pipeline, built once per server process (loading Kiwi is the slow part)."""
    from extract.pipeline import Extractor

    return Extractor()


def render(store: GraphStore) -> None:
    st.header("가져오기 · Ingest")
    st.caption(
        "기사 파일(.txt, .html)을 올리면 읽고, 추출해서 그래프에 씁니다. UTF-8, CP949/EUC-KR, "
        "UTF-16 모두 됩니다. 같은 기사를 다시 올려도 그래프는 바뀌지 않습니다."
    )
    files = st.file_uploader(
        "기사 파일 (article files)",
        type=["txt", "html", "htm"],
        accept_multiple_files=True,
        key="ingest_files",
    )
    if st.button("가져오기 (ingest)", key="ingest_run", type="primary", disabled=not files):
        uploads = [(f.name, f.getvalue()) for f in files or []]
        bar = st.progress(0.0, text="시작… (starting)")

        def progress(done: int, total: int, name: str) -> None:
            text = f"{done}/{total} {name}" if name else f"{total}/{total} 완료 (done)"
            bar.progress(done / max(total, 1), text=text)

        try:
            done = explore.ingest_uploads(store, extractor(), uploads, progress)
        except GwangyeError as err:
            st.error(f"가져오기 실패 (ingest failed): {err}")
            return
        common.clear_reads()
        st.session_state[SUMMARY] = done
    report: explore.IngestReport | None = st.session_state.get(SUMMARY)
    if report is None:
        return
    if report.files:
        st.success(
            f"파일 {report.files}개, 기사 {report.stories}건을 읽었습니다: "
            f"새 기사 {report.articles}건, 이미 있던 기사 {report.skipped}건, "
            f"새 노드 {report.nodes}개, 새 관계 {report.relationships}개."
        )
    cols = st.columns(4)
    cols[0].metric("새 기사 (articles)", report.articles)
    cols[1].metric("건너뜀 (already stored)", report.skipped)
    cols[2].metric("새 노드 (nodes)", report.nodes)
    cols[3].metric("새 관계 (relationships)", report.relationships)
    for line in report.errors:
        st.error(line)
