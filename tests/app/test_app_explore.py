"""graph/explore.py without a store: parameters, filters, re-centre choices, counts, the CLI."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from graph import cli_app, explore
from graph.cli import main
from graph.records import EdgeRecord, NodeRecord, Subgraph
from ontology.errors import InputError


@pytest.mark.parametrize(
    ("text", "params"),
    [
        ("", {}),
        ('{"name": "한결", "limit": 5}', {"name": "한결", "limit": 5}),
        ("name=한결\nlimit=5\n# 주석\nflag=true", {"name": "한결", "limit": 5, "flag": True}),
        ('types=["REQUESTED", "FUNDS"]', {"types": ["REQUESTED", "FUNDS"]}),
        ("about = 청년 주거", {"about": "청년 주거"}),
    ],
)
def test_parse_params(text: str, params: dict) -> None:
    assert explore.parse_params(text) == params


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", "이름 없음", "1x=3"])
def test_parse_params_rejects(text: str) -> None:
    with pytest.raises(InputError):
        explore.parse_params(text)


def test_filters_are_clamped_and_empty_means_all() -> None:
    kwargs = explore.Filters(depth=7, region="  ", limit=10_000).as_kwargs()
    assert kwargs["depth"] == 3 and kwargs["limit"] == explore.MAX_NODE_CAP
    assert (
        kwargs["entity_types"] is None
        and kwargs["relation_types"] is None
        and kwargs["region"] is None
    )
    kwargs = explore.Filters(
        entity_types=["Person"], region="해솔", date_from="2024-01-01"
    ).as_kwargs()
    assert kwargs["entity_types"] == ["Person"] and kwargs["region"] == "해솔"
    assert kwargs["date_from"] == "2024-01-01" and kwargs["date_to"] is None


def test_neighbour_choices_put_direct_neighbours_first() -> None:
    nodes = [
        NodeRecord("c", "Person", "가운데", mentions=1),
        NodeRecord("far", "Organization", "먼 기관", mentions=9),
        NodeRecord("near", "Organization", "가까운 기관", mentions=1),
    ]
    edges = [
        EdgeRecord("e1", "HOLDS_POSITION", "c", "near"),
        EdgeRecord("e2", "PART_OF", "near", "far"),
    ]
    choices = explore.neighbour_choices(Subgraph(nodes=nodes, edges=edges), "c")
    assert [n.key for n in choices] == ["near", "far"]


def test_counts_from_stats() -> None:
    stats = {
        "nodes": {"Person": 2, "Organization": 3, "Article": 4},
        "relationships": {"REQUESTED": 1, "MENTIONED_IN": 9},
        "articles": 4,
    }
    assert explore.entity_counts(stats) == {"Person": 2, "Organization": 3}
    assert explore.relation_counts(stats) == {"REQUESTED": 1}
    assert explore.article_count(stats) == 4
    assert not explore.is_empty(stats)
    assert explore.is_empty({"nodes": {"Article": 1}})


def test_unreachable_message_says_what_to_do() -> None:
    text = explore.help_unreachable("falkordb://127.0.0.1:1", "refused")
    assert "연결할 수 없습니다" in text and "gwangye ingest examples/articles" in text
    assert "Cannot reach" in text


def test_app_command_builds_a_headless_streamlit_run() -> None:
    script = cli_app.app_script()
    assert script.name == "app.py" and script.is_file()
    command = cli_app.streamlit_command(script, 8600)
    assert command[1:4] == ["-m", "streamlit", "run"]
    assert command[command.index("--server.headless") + 1] == "true"
    assert command[command.index("--server.port") + 1] == "8600"
    env = cli_app.app_environment("falkordb://db:6379", {"PATH": "/bin"})
    assert env == {"PATH": "/bin", "GWANGYE_STORE": "falkordb://db:6379"}
    assert cli_app.app_environment(None, {"PATH": "/bin"}) == {"PATH": "/bin"}


def test_app_command_is_registered() -> None:
    result = CliRunner().invoke(main, ["app", "--help"])
    assert result.exit_code == 0 and "--store" in result.output and "--port" in result.output


@pytest.mark.parametrize(
    ("cypher", "capped"),
    [
        ("MATCH (n) RETURN n", "MATCH (n) RETURN n\nLIMIT 1001"),
        (
            "MATCH (n) RETURN n.name ORDER BY n.name;",
            "MATCH (n) RETURN n.name ORDER BY n.name\nLIMIT 1001",
        ),
        ("MATCH (n) RETURN n LIMIT 5", "MATCH (n) RETURN n LIMIT 5"),
        ("MATCH (n) RETURN n limit $k", "MATCH (n) RETURN n limit $k"),
        ("MATCH (n) WITH n LIMIT 3 RETURN n", "MATCH (n) WITH n LIMIT 3 RETURN n\nLIMIT 1001"),
        ("CALL db.labels()", "CALL db.labels()"),
    ],
)
def test_console_queries_are_capped(cypher: str, capped: str) -> None:
    assert explore.capped_cypher(cypher) == capped
