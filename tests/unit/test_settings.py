"""Settings are declared once; the README documents every one of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import settings
from ontology.errors import ConfigError


def test_environment_overrides_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GWANGYE_BATCH_SIZE", "77")
    assert settings.get("batch_size") == 77
    assert settings.get("batch_size", 5) == 5


def test_bad_value_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GWANGYE_WORKERS", "many")
    with pytest.raises(ConfigError, match="GWANGYE_WORKERS"):
        settings.get("workers")


def test_readme_documents_every_setting(repo_root: Path) -> None:
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    for s in settings.SETTINGS:
        assert f"`{s.env}`" in readme, f"README lacks {s.env}"
