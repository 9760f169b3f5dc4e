"""``gwangye ingest | query | db | merge`` on the embedded server."""

from __future__ import annotations

import itertools
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_fixtures import story_a, story_b, story_c

from graph.cli import main
from graph.keys import entity_key
from ontology.model import write_jsonl

_names = itertools.count()


@pytest.fixture
def cli(gw_home: Path, monkeypatch: pytest.MonkeyPatch):
    graph = f"cli{os.getpid()}_{next(_names)}"
    monkeypatch.setenv("GWANGYE_GRAPH", graph)
    monkeypatch.setenv("GWANGYE_STORE", "embedded")
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(main, list(args), catch_exceptions=False)

    yield run
    from graph.falkordb_store import FalkorDBStore

    with FalkorDBStore("embedded", home=str(gw_home), graph=graph) as store:
        store.drop_all()


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "stories.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        write_jsonl([story_a(), story_b(), story_c()], handle)
    return path


def test_ingest_twice_and_summary(cli, jsonl: Path):
    first = cli("ingest", str(jsonl))
    assert first.exit_code == 0, first.output
    assert "1 files, 3 stories: 3 articles written, 0 already stored; 9 nodes and 10 relationships added" in first.output
    second = cli("ingest", str(jsonl))
    assert second.exit_code == 0
    assert "0 articles written, 3 already stored; 0 nodes and 0 relationships added" in second.output


def test_bad_input_is_one_line_and_the_rest_is_stored(cli, jsonl: Path, tmp_path: Path):
    bad = tmp_path / "broken.jsonl"
    good_line = story_a().to_json()
    bad.write_text(good_line + "\n{not json\n", encoding="utf-8")
    result = cli("ingest", str(bad), str(tmp_path / "missing.txt"), str(jsonl))
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("gwangye: ")]
    assert len(errors) == 2
    assert f"gwangye: {bad}:2: not JSON" in errors[0] or f"gwangye: {bad}:2: not JSON" in errors[1]
    assert "Traceback" not in result.output
    count = cli("query", "MATCH (a:Article) RETURN count(a) AS n", "--format", "json")
    assert json.loads(count.output) == [{"n": 3}]


def test_ingest_article_files_through_the_extractor(cli, tmp_path: Path):
    article = tmp_path / "가상기사.txt"
    article.write_text(
        "한빛시, 청년 둥지 사업 추진\n\n"
        "박한빛 한빛시장은 5일 시청에서 기자회견을 열고 한빛 청년 둥지 사업을 추진한다고 밝혔다.\n"
        "한빛시는 올해 사업비 15억원을 투입할 계획이다.\n",
        encoding="utf-8",
    )
    result = cli("ingest", str(article))
    assert result.exit_code == 0, result.output
    assert "1 files, 1 stories: 1 articles written" in result.output
    again = cli("ingest", str(article))
    assert "0 articles written, 1 already stored" in again.output


def test_query_formats_and_parameters(cli, jsonl: Path):
    cli("ingest", str(jsonl))
    cypher = ("MATCH (n:Entity) WHERE n.name CONTAINS $part RETURN n.name AS name, "
              "n.aliases AS aliases ORDER BY name")
    as_json = cli("query", cypher, "-p", "part=새벽", "--format", "json")
    assert json.loads(as_json.output) == [
        {"name": "새벽대학교", "aliases": ["새벽대"]}, {"name": "최새벽", "aliases": ["최 총장"]}]
    as_csv = cli("query", cypher, "-p", "part=새벽", "--format", "csv")
    assert as_csv.output.splitlines() == ["name,aliases", '새벽대학교,"[""새벽대""]"',
                                          '최새벽,"[""최 총장""]"']
    table = cli("query", cypher, "-p", "part=새벽")
    assert "새벽대학교" in table.output and "(2 rows)" in table.output
    number = cli("query", "RETURN $n + 1 AS m, $s AS s", "-p", "n=41", "-p", "s=가'나",
                 "--format", "json")
    assert json.loads(number.output) == [{"m": 42, "s": "가'나"}]


def test_query_write_needs_the_flag(cli, jsonl: Path):
    cli("ingest", str(jsonl))
    refused = cli("query", "MATCH (n:Entity) DETACH DELETE n")
    assert refused.exit_code != 0
    assert refused.output.strip().startswith("gwangye: write refused")
    count = cli("query", "MATCH (n:Entity) RETURN count(n) AS n", "--format", "json")
    assert json.loads(count.output) == [{"n": 9}]
    done = cli("query", "CREATE (:Note {text: $t})", "-p", "t=메모", "--write")
    assert done.exit_code == 0
    notes = cli("query", "MATCH (x:Note) RETURN x.text AS t", "--format", "json")
    assert json.loads(notes.output) == [{"t": "메모"}]


def test_query_write_keeps_the_stored_counts_true(cli, jsonl: Path):
    cli("ingest", str(jsonl))
    province = entity_key("Organization", "한빛도")
    degree = "MATCH (n:Entity {key: $k}) RETURN n.degree AS d, n.mentions AS m"
    before = json.loads(cli("query", degree, "-p", f"k={province}", "--format", "json").output)
    assert before == [{"d": 5, "m": 3}]
    done = cli("query", "MATCH (:Entity {key: $k})-[r:AGREED_WITH]-() DELETE r",
               "-p", f"k={province}", "--write")
    assert done.exit_code == 0
    cli("query", "MATCH (a:Article {source: $s}) DETACH DELETE a", "-p", "s=새벽신문_007.txt",
        "--write")
    after = json.loads(cli("query", degree, "-p", f"k={province}", "--format", "json").output)
    assert after == [{"d": 3, "m": 2}]
    top = cli("query", "MATCH (n:Entity) RETURN n.key AS k ORDER BY n.degree DESC, n.key LIMIT 1",
              "--format", "json")
    assert json.loads(top.output) == [{"k": entity_key("Organization", "한빛시")}]


def test_recount_command(cli, jsonl: Path):
    from graph.falkordb_store import FalkorDBStore

    cli("ingest", str(jsonl))
    province = entity_key("Organization", "한빛도")
    with FalkorDBStore("embedded") as store:  # a change made behind gwangye's back
        store._execute("MATCH (n:Entity {key: $k}) SET n.degree = 0, n.mentions = 0",
                       {"k": province}, write=True)
    result = cli("recount")
    assert result.exit_code == 0 and result.output.strip() == "recounted"
    degree = "MATCH (n:Entity {key: $k}) RETURN n.degree AS d, n.mentions AS m"
    after = json.loads(cli("query", degree, "-p", f"k={province}", "--format", "json").output)
    assert after == [{"d": 5, "m": 3}]


def test_syntax_error_is_one_line(cli):
    result = cli("query", "MATCH (n) RETRUN n")
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("gwangye: ")


def test_merge_command(cli, jsonl: Path):
    cli("ingest", str(jsonl))
    keep = entity_key("Person", "박한빛", "한빛시")
    drop = entity_key("Person", "박한빛", "달빛군의회")
    result = cli("merge", keep, drop)
    assert result.exit_code == 0, result.output
    assert f"merged {drop} into {keep}" in result.output
    missing = cli("merge", keep, "per-00000000000000000000")
    assert missing.exit_code == 1 and missing.output.startswith("gwangye: ")


def test_db_status_stop_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("GWANGYE_HOME", str(tmp_path / "dbhome"))
    runner = CliRunner()
    try:
        started = runner.invoke(main, ["db", "start"])
        assert started.exit_code == 0 and "running (pid" in started.output
        status = runner.invoke(main, ["db", "status", "--json"])
        assert json.loads(status.output)["state"] == "up"
        stopped = runner.invoke(main, ["db", "stop"])
        assert stopped.output.strip() == "stopped"
        assert json.loads(runner.invoke(main, ["db", "status", "--json"]).output)["state"] == "down"
        assert runner.invoke(main, ["db", "stop"]).output.strip() == "not running"
    finally:
        from graph.embedded import stop_server

        stop_server(tmp_path / "dbhome")


@pytest.mark.parametrize("param", ["a`b=1", 'm={"k`": 1}', "x) MATCH (n) DETACH DELETE n //=1"])
def test_hostile_parameter_names_are_refused_or_inert(cli, jsonl: Path, param: str):
    cli("ingest", str(jsonl))
    result = cli("query", "RETURN 1 AS one", "-p", param, "--format", "json")
    assert "Traceback" not in result.output
    if result.exit_code != 0:
        assert result.output.startswith("gwangye: ")
    count = cli("query", "MATCH (n:Entity) RETURN count(n) AS n", "--format", "json")
    assert json.loads(count.output) == [{"n": 9}]
