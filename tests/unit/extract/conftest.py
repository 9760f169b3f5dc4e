"""Shared fixtures for the extraction tests: one real Kiwi-backed Extractor per session."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ontology.model import Story, StoryExtraction


@pytest.fixture(scope="session")
def extractor():
    from extract.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def run(extractor) -> Callable[..., StoryExtraction]:
    def _run(text: str, **meta: object) -> StoryExtraction:
        return extractor.extract(Story(source="t.txt", index=0, text=text, **meta))  # type: ignore[arg-type]

    return _run


def _labels(result: StoryExtraction) -> tuple[set[str], set[str]]:
    names = {e.id: e.name for e in result.entities}
    entities = {f"{e.type}:{e.name}" for e in result.entities}
    relations = {f"{r.type} {names[r.source]}→{names[r.target]}" for r in result.relations}
    return entities, relations


@pytest.fixture(scope="session")
def labels() -> Callable[[StoryExtraction], tuple[set[str], set[str]]]:
    """``{"Person:김민수", …}`` and ``{"REQUESTED 김민수→행정안전부", …}`` of an extraction."""
    return _labels


Expectation = Callable[[str, str, set[str], set[str]], None]


def _expect(which: int) -> Callable[..., Expectation]:
    def fixture(run: Callable[..., StoryExtraction]) -> Expectation:
        def check(rule: str, text: str, want: set[str], never: set[str]) -> None:
            found = _labels(run(text))[which]
            assert want <= found, (rule, want - found, found)
            assert not (never & found), (rule, never & found)

        return check

    return fixture


# one row of a sentence → expected table: what must be found in the text and what must not
expect_entities = pytest.fixture(_expect(0))
expect_relations = pytest.fixture(_expect(1))
