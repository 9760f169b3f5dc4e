"""Session-wide fixtures shared by every test folder."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout; tests that read it skip when it is absent."""
    if not (SHARED / "spec" / "EXTRACTION.md").exists():
        pytest.skip("../shared is not beside this checkout")
    return SHARED
