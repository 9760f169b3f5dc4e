"""The explorer in a real browser: Debian's headless Chromium driven by Playwright.

``gwangye app`` serves the example graph (embedded store) in a subprocess; the browser
searches an official, checks the vis network drew its nodes on a canvas, re-centres on a
neighbour, turns the pages of the details panel and runs a Cypher query. Screenshots go to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from app_support import REPO, free_port

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
GRAPH_FRAME = "iframe[title*='관계 그래프']"
DETAILS_LIMIT = 4

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed (make browser)"
    ),
]
sync_api = pytest.importorskip("playwright.sync_api")


def _wait_healthy(
    url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 60
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"gwangye app exited with {process.returncode}:\n{log.read_text(errors='replace')}"
            )
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"gwangye app did not answer within {timeout}s:\n{log.read_text(errors='replace')}")


@pytest.fixture(scope="module")
def app_url(example_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``gwangye app`` on a free port, serving the example graph."""
    port = free_port()
    log = tmp_path_factory.mktemp("app_log") / "app.log"
    env = {
        **os.environ,
        "GWANGYE_HOME": str(example_home),
        "PYTHONUNBUFFERED": "1",
        "GWANGYE_DETAILS_LIMIT": str(DETAILS_LIMIT),  # so that 해솔시's details have pages
    }
    gwangye = Path(sys.executable).with_name("gwangye")
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                str(gwangye),
                "app",
                "--store",
                "embedded",
                "--port",
                str(port),
                "--address",
                "127.0.0.1",
            ],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=REPO,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, app_url: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1100}, locale="ko-KR")
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto(app_url)
    yield page
    context.close()


def _shot(page: Any, name: str) -> Path:
    """Screenshot once Streamlit has finished the run (its running indicator is gone)."""
    page.locator("[data-testid='stStatusWidget']").wait_for(state="hidden")
    page.wait_for_timeout(300)  # the last elements' layout
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path))
    return path


def _graph(page: Any, centre: str) -> Any:
    """The graph iframe once vis has drawn the neighbourhood of ``centre``; returns its frame.

    Streamlit swaps the iframe's document when the centre changes, so poll until the drawn
    centre (the node with the thick border) is the one expected.
    """
    deadline = time.monotonic() + 30
    while True:
        try:
            page.wait_for_selector(GRAPH_FRAME)
            frame = page.locator(GRAPH_FRAME).first.element_handle().content_frame()
            drawn = frame.evaluate(
                """() => (typeof network === 'undefined') ? null :
                         network.body.data.nodes.get()
                           .filter(n => n.borderWidth === 4).map(n => n.label)"""
            )
            if drawn == [centre]:
                return frame
        except sync_api.Error:
            pass  # the frame was being replaced
        if time.monotonic() > deadline:
            pytest.fail(f"the graph never showed {centre!r} as its centre")
        time.sleep(0.2)


def _drawn(frame: Any) -> set[str]:
    return set(frame.evaluate("network.body.data.nodes.get().map(n => n.label)"))


def _double_click_node(page: Any, frame: Any, label: str) -> None:
    """Double-click the drawn node called ``label`` where vis placed it on the canvas."""
    frame.wait_for_function("() => window.gwangyeSettled === true")
    spot = frame.evaluate(
        """(label) => {
             const ids = network.body.data.nodes.getIds({filter: n => n.label === label});
             const at = network.canvasToDOM(network.getPositions(ids)[ids[0]]);
             const area = document.getElementById('mynetwork').getBoundingClientRect();
             return {x: area.left + at.x, y: area.top + at.y}; }""",
        label,
    )
    box = page.locator(GRAPH_FRAME).first.bounding_box()
    page.mouse.dblclick(box["x"] + spot["x"], box["y"] + spot["y"])


def _pick(page: Any, label: str, option: str) -> None:
    box = page.locator("[data-testid='stSelectbox']").filter(has_text=label)
    box.locator("input").first.click()
    page.get_by_role("option").filter(has_text=option).first.click()


def test_search_draw_and_recentre(page: Any) -> None:
    frame = _graph(page, "해솔시")  # the most connected entity on first load
    assert frame.locator("canvas").count() == 1
    frame.wait_for_function(
        "() => window.gwangyeSettled === true"
    )  # physics settled and switched off
    assert frame.evaluate("network.physics.options.enabled") is False
    assert frame.locator("#gwangye-legend").inner_text().count("인물") == 1
    # the canvas is really painted: some pixels differ from the white background
    painted = frame.evaluate(
        """() => { const c = document.querySelector('canvas');
                   const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                   let n = 0;
                   for (let i = 0; i < d.length; i += 4) { if (d[i] < 200) n++; }
                   return n; }"""
    )
    assert painted > 500
    _shot(page, "explore_first_load.png")

    search = page.get_by_label("이름 검색 (이름이나 별칭의 일부)")
    search.fill("서하")
    search.press("Enter")
    _pick(page, "검색 결과", "서하람")
    page.get_by_text("서하람의 이웃").wait_for()
    frame = _graph(page, "서하람")
    assert _drawn(frame) == {"서하람", "행정안전부", "한결"}
    _shot(page, "explore_search_official.png")

    _pick(page, "이웃으로 이동", "행정안전부")
    page.get_by_text("행정안전부의 이웃").wait_for()
    frame = _graph(page, "행정안전부")
    assert {"행정안전부", "서하람", "해솔시"} <= _drawn(frame)
    _shot(page, "explore_recentred.png")

    # a double-click on a drawn node re-centres on it, keeping the session (the search stays)
    _double_click_node(page, frame, "해솔시")
    page.get_by_text("해솔시의 이웃").wait_for()
    assert "centre=" in page.url
    assert search.input_value() == "서하"
    frame = _graph(page, "해솔시")
    assert "해솔경찰서" in _drawn(frame)
    _shot(page, "explore_double_click.png")


def test_details_turn_pages(page: Any) -> None:
    _graph(page, "해솔시")
    page.get_by_text("관계 9건 중 1–4번째", exact=False).wait_for()
    page.get_by_role("button", name="다음 4건 (next) ▶").click()
    page.get_by_text("관계 9건 중 5–8번째", exact=False).wait_for()
    page.get_by_role("button", name="다음 1건 (next) ▶").wait_for()
    _shot(page, "explore_details_page.png")
    page.get_by_role("button", name="◀ 이전 4건 (previous)").click()
    page.get_by_text("관계 9건 중 1–4번째", exact=False).wait_for()


def test_cypher_console_shows_a_table(page: Any) -> None:
    page.get_by_text("Cypher 콘솔", exact=True).click()
    page.get_by_text("Cypher 콘솔 (read-only)").wait_for()
    page.get_by_label("Cypher", exact=True).fill(
        "MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organization) "
        "RETURN p.name AS `인물`, r.title AS `직위`, "
        "o.name AS `기관` ORDER BY `인물`"
    )
    page.get_by_role("button", name="실행 (run)").click()
    page.get_by_text("결과 4행").wait_for()
    table = page.locator("[data-testid='stDataFrame']")
    table.wait_for()
    assert table.count() == 1
    table.get_by_text("서하람").first.wait_for(
        state="attached"
    )  # the grid is drawn on a canvas with an accessible copy
    _shot(page, "cypher_table.png")


def test_overview_export_and_ingest_pages_render(page: Any) -> None:
    page.get_by_text("개요 · Overview", exact=True).click()
    page.get_by_text("요청을 많이 받은 대상 (most asked)").wait_for()
    charts = page.locator("[data-testid='stVegaLiteChart']")
    charts.nth(2).wait_for()  # by entity type, by relation type, by month
    assert charts.count() == 3
    _shot(page, "overview.png")

    page.get_by_text("내보내기 · Export", exact=True).click()
    page.get_by_role("button", name="내보낼 파일 만들기 (prepare the file)").click()
    page.get_by_role("button", name="내려받기 (download)").wait_for()
    _shot(page, "export.png")

    page.get_by_text("가져오기 · Ingest", exact=True).click()
    page.get_by_text("기사 파일 (article files)").wait_for()
    _shot(page, "ingest.png")
