"""Fixtures of the reading tests: the fixture folder and the read-only shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
DATA = REPO / "tests" / "data" / "reading"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def reading_data() -> Path:
    return DATA


@pytest.fixture(scope="session")
def shared_data() -> Path:
    seeds = SHARED / "data" / "seeds"
    if not seeds.is_dir():
        pytest.skip("the shared corpus (../shared/data) is not present")
    return SHARED / "data"
