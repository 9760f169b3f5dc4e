"""``gwangye stories``, ``extract`` and ``evaluate`` through click's test runner."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main

REPO = Path(__file__).resolve().parents[2]
READING = REPO / "tests" / "data" / "reading"
SCORE_PY = REPO.parent / "shared" / "eval" / "score.py"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_two.txt").write_bytes((READING / "two_stories.txt").read_bytes())
    (folder / "b_page.html").write_bytes((READING / "page_with_chrome.html").read_bytes())
    (folder / "c_binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (folder / "d_empty.txt").write_bytes(b"")
    return folder


def test_stories_json_prints_one_object_per_story(runner: CliRunner) -> None:
    result = runner.invoke(main, ["stories", "--json", str(READING / "two_stories.txt")])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["source"], r["story"]) for r in rows] == [("two_stories.txt", 0), ("two_stories.txt", 1)]
    assert set(rows[0]) == {"source", "story", "title", "date", "outlet", "reporter", "text"}
    assert rows[0]["reporter"] == "정유나" and rows[0]["date"] == "2024-06-03"
    assert "1 file(s) read, 2 stories, 0 failure(s)" in result.stderr


def test_stories_summary_without_json(runner: CliRunner) -> None:
    result = runner.invoke(main, ["stories", str(READING / "chrome_dump.txt")])
    assert result.exit_code == 0
    assert "chrome_dump.txt #0  해남군, 땅끝 농산물 공동브랜드 출범" in result.stdout
    assert "date 2023-09-14" in result.stdout


def test_extract_writes_contract_lines_and_reports_bad_files(
    runner: CliRunner, inputs: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["extract", str(inputs), "-o", str(out)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("gwangye: ")]
    assert f"gwangye: {inputs / 'c_binary.txt'}: binary file (NUL bytes, not UTF-16 text)" in errors
    assert f"gwangye: {inputs / 'd_empty.txt'}: empty file" in errors
    assert errors[-1] == "gwangye: 2 file(s) read, 3 stories, 2 failure(s)"
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["source"], r["story"]) for r in rows] == [
        ("a_two.txt", 0), ("a_two.txt", 1), ("b_page.html", 0),
    ]
    for row in rows:
        assert {"source", "story", "title", "date", "outlet", "entities", "relations"} <= set(row)
    assert rows[2]["outlet"] == "서남해신문"


def test_extract_to_stdout_is_deterministic(runner: CliRunner, inputs: Path) -> None:
    good = [str(inputs / "a_two.txt"), str(inputs / "b_page.html")]
    first = runner.invoke(main, ["extract", *good])
    second = runner.invoke(main, ["extract", *good])
    assert first.exit_code == 0 and first.stdout == second.stdout
    assert len(first.stdout.splitlines()) == 3


def test_missing_path_is_one_error_and_the_rest_goes_through(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        main, ["stories", "--json", str(tmp_path / "nope.txt"), str(READING / "two_stories.txt")]
    )
    assert result.exit_code == 1
    assert f"gwangye: {tmp_path / 'nope.txt'}: no such file or directory" in result.stderr
    assert len(result.stdout.splitlines()) == 2


GOLD = [
    {"source": "g1.txt",
     "entities": [
         {"id": "p1", "type": "Person", "name": "윤가람", "aliases": ["윤 시장"], "props": {}},
         {"id": "o1", "type": "Organization", "name": "광주광역시", "aliases": ["광주시", "광주"], "props": {}},
         {"id": "o2", "type": "Organization", "name": "국민의힘", "aliases": [], "props": {}},
         {"id": "o3", "type": "Organization", "name": "늘봄다온(주)", "aliases": [], "props": {}},
         {"id": "g1", "type": "Programme", "name": "인공지능 드론실증단지 2단계 조성", "aliases": [], "props": {}},
         {"id": "f1", "type": "Fund", "name": "가온청년미래펀드", "aliases": [], "props": {}},
     ],
     "relations": [
         {"type": "HOLDS_POSITION", "source": "p1", "target": "o1", "evidence": "", "props": {}},
         {"type": "AGREED_WITH", "source": "o1", "target": "o3", "evidence": "", "props": {}},
         {"type": "RUNS", "source": "o1", "target": "g1", "evidence": "", "props": {}},
         {"type": "REQUESTED", "source": "o1", "target": "o2", "evidence": "", "props": {}},
         {"type": "FUNDS", "source": "o1", "target": "f1", "evidence": "", "props": {}},
     ]},
    {"source": "g2.txt",
     "entities": [{"id": "x", "type": "Person", "name": "문해든", "aliases": [], "props": {}}],
     "relations": []},
]

SYSTEM = [
    {"source": "g1.txt", "story": 0, "title": None, "date": None, "outlet": None,
     "entities": [
         {"id": "e1", "type": "Person", "name": "윤가람", "aliases": [], "props": {}},
         {"id": "e2", "type": "Organization", "name": "광주시", "aliases": [], "props": {}},
         {"id": "e3", "type": "Organization", "name": "늘봄다온㈜", "aliases": [], "props": {}},
         {"id": "e4", "type": "Programme", "name": "AI 드론실증단지", "aliases": [], "props": {}},
         {"id": "e5", "type": "Programme", "name": "드론실증단지 2단계 조성", "aliases": [], "props": {}},
         {"id": "e6", "type": "Organization", "name": "정부", "aliases": [], "props": {}},
     ],
     "relations": [
         {"type": "HOLDS_POSITION", "source": "e1", "target": "e2", "evidence": "", "props": {}},
         {"type": "HOLDS_POSITION", "source": "e1", "target": "e2", "evidence": "", "props": {}},
         {"type": "AGREED_WITH", "source": "e3", "target": "e2", "evidence": "", "props": {}},
         {"type": "RUNS", "source": "e2", "target": "e5", "evidence": "", "props": {}},
         {"type": "REQUESTED", "source": "e2", "target": "e6", "evidence": "", "props": {}},
     ]},
    {"source": "g1.txt", "story": 1, "title": None, "date": None, "outlet": None,
     "entities": [
         {"id": "e1", "type": "Organization", "name": "광주광역시", "aliases": ["광주시"], "props": {}},
         {"id": "e2", "type": "Fund", "name": "가온 청년미래펀드", "aliases": [], "props": {}},
         {"id": "e3", "type": "Organization", "name": "국민의 힘", "aliases": [], "props": {}},
     ],
     "relations": [
         {"type": "FUNDS", "source": "e1", "target": "e2", "evidence": "", "props": {}},
         {"type": "REQUESTED", "source": "e1", "target": "e3", "evidence": "", "props": {}},
         {"type": "PART_OF", "source": "e1", "target": "e9", "evidence": "", "props": {}},
     ]},
    {"source": "other.txt", "story": 0, "title": None, "date": None, "outlet": None,
     "entities": [{"id": "e1", "type": "Person", "name": "아무개", "aliases": [], "props": {}}],
     "relations": []},
]


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_evaluate_matches_the_reference_scorer(runner: CliRunner, tmp_path: Path) -> None:
    if not SCORE_PY.is_file():
        pytest.skip("../shared/eval/score.py is not beside this checkout")
    gold = _write_jsonl(tmp_path / "gold.jsonl", GOLD)
    system = _write_jsonl(tmp_path / "system.jsonl", SYSTEM)
    reference = subprocess.run(
        [sys.executable, str(SCORE_PY), str(gold), str(system), "--json", "--show-errors"],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    result = runner.invoke(main, ["evaluate", str(gold), str(system), "--json", "--show-errors"])
    assert result.exit_code == 0, result.stderr
    ours = result.stdout.splitlines()
    assert json.loads(ours[-1]) == json.loads(reference[-1])
    assert sorted(ours[:-1]) == sorted(reference[:-1])
    summary = json.loads(ours[-1])
    # the pair exercises every rule: aliases, markers, containment, symmetry, duplicates
    assert summary["entity"]["overall"]["tp"] >= 5
    assert summary["relation"]["by_type"]["AGREED_WITH"]["tp"] == 1


def test_evaluate_plain_text_report(runner: CliRunner, tmp_path: Path) -> None:
    gold = _write_jsonl(tmp_path / "gold.jsonl", GOLD)
    system = _write_jsonl(tmp_path / "system.jsonl", SYSTEM)
    result = runner.invoke(main, ["evaluate", str(gold), str(system)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("entity    P=") and any(l.startswith("relation  P=") for l in lines)
    if SCORE_PY.is_file():
        reference = subprocess.run(
            [sys.executable, str(SCORE_PY), str(gold), str(system)],
            capture_output=True, text=True, check=True,
        ).stdout
        assert result.stdout == reference


def test_evaluate_runs_extraction_on_articles(runner: CliRunner, tmp_path: Path) -> None:
    gold = _write_jsonl(
        tmp_path / "gold.jsonl",
        [{"source": "two_stories.txt", "entities": [
            {"id": "o", "type": "Organization", "name": "여수시", "aliases": [], "props": {}}],
          "relations": []}],
    )
    result = runner.invoke(main, ["evaluate", str(gold), str(READING / "two_stories.txt"), "--json"])
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout.splitlines()[-1])
    assert summary["entity"]["overall"]["tp"] + summary["entity"]["overall"]["fn"] == 1
