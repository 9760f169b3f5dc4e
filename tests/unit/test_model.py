"""The JSON Lines contract: shape, determinism, and refusal of broken records."""

from __future__ import annotations

import io
import json

import pytest

from ontology.errors import ContractError
from ontology.model import (
    Entity,
    Relation,
    Story,
    StoryExtraction,
    read_jsonl,
    write_jsonl,
)


def make_extraction() -> StoryExtraction:
    story = Story(source="a.txt", index=0, text="박서연 한빛시장이 장관에게 지원을 요청했다.",
                  title="제목", date="2026-03-02", outlet="한빛일보")
    extraction = StoryExtraction.empty(story)
    extraction.entities = [
        Entity("e1", "Person", "박서연", ["박 시장"], {"title": "시장"}),
        Entity("e2", "Organization", "행정안전부", ["행안부"], {"kind": "central_government"}),
    ]
    extraction.relations = [
        Relation("REQUESTED", "e1", "e2", story.text, {}),
    ]
    return extraction


def test_line_has_the_contract_keys_in_order() -> None:
    row = json.loads(make_extraction().to_json())
    assert list(row)[:5] == ["source", "story", "title", "date", "outlet"]
    assert row["entities"][0] == {
        "id": "e1", "type": "Person", "name": "박서연", "aliases": ["박 시장"],
        "props": {"title": "시장"},
    }
    assert row["relations"][0]["type"] == "REQUESTED"


def test_round_trip_is_byte_identical() -> None:
    first = io.StringIO()
    write_jsonl([make_extraction()], first)
    again = io.StringIO()
    write_jsonl(read_jsonl(io.StringIO(first.getvalue())), again)
    assert first.getvalue() == again.getvalue()


@pytest.mark.parametrize(
    "line, cause",
    [
        ('{"source": "x", "entities": [{"id": "e1", "type": "Thing", "name": "a"}]}', "unknown entity type"),
        ('{"source": "x", "entities": [], "relations": [{"type": "RUNS", "source": "e1", "target": "e2"}]}',
         "missing entity"),
        ('{"source": "x", "relations": [{"type": "LIKES", "source": "e1", "target": "e1"}]}',
         "unknown relation type"),
        ("{not json", "not JSON"),
        ('{"entities": []}', "not an extraction record"),
    ],
)
def test_broken_lines_are_refused_with_their_line_number(line: str, cause: str) -> None:
    with pytest.raises(ContractError, match=cause) as info:
        list(read_jsonl(io.StringIO("\n" + line + "\n"), name="bad.jsonl"))
    assert "bad.jsonl:2" in str(info.value)
