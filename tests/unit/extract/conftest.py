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
