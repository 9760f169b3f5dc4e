"""The reading stage's pattern data (``extract/data/patterns/*.yaml``), loaded once."""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ontology.errors import ExtractionError

log = logging.getLogger(__name__)

PATTERN_DIR = Path(__file__).resolve().parent.parent / "data" / "patterns"


def load_pattern_file(name: str) -> dict[str, Any]:
    """One YAML file of ``extract/data/patterns`` as a mapping (ExtractionError if broken)."""
    path = PATTERN_DIR / name
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle) or {}
    except (OSError, yaml.YAMLError) as err:
        raise ExtractionError(f"{path}: cannot read pattern file: {err}") from err
    if not isinstance(data, dict):
        raise ExtractionError(f"{path}: expected a mapping of pattern lists")
    return data


def _compile(source: str, key: str, raw: list[str] | None, full: bool) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for pattern in raw or []:
        try:
            compiled.append(re.compile(rf"(?:{pattern})\Z" if full else pattern))
        except re.error as err:
            raise ExtractionError(f"{source}: {key}: bad pattern {pattern!r}: {err}") from err
    return tuple(compiled)


@dataclass(frozen=True)
class ReadingPatterns:
    """Compiled patterns; ``full`` lists match a whole (trimmed) line."""

    drop_lines: tuple[re.Pattern[str], ...]
    stop_lines: tuple[re.Pattern[str], ...]
    strip_prefix: tuple[re.Pattern[str], ...]
    strip_suffix: tuple[re.Pattern[str], ...]
    story_start: tuple[re.Pattern[str], ...]
    dateline: tuple[re.Pattern[str], ...]
    meta_lines: tuple[re.Pattern[str], ...]
    date_lines: tuple[re.Pattern[str], ...]
    signature: tuple[re.Pattern[str], ...]
    copyright_outlet: tuple[re.Pattern[str], ...]


@functools.lru_cache(maxsize=1)
def reading_patterns() -> ReadingPatterns:
    """Load and compile ``chrome.yaml`` and ``bylines.yaml`` (cached)."""
    chrome = load_pattern_file("chrome.yaml")
    bylines = load_pattern_file("bylines.yaml")
    return ReadingPatterns(
        drop_lines=_compile("chrome.yaml", "drop_lines", chrome.get("drop_lines"), True),
        stop_lines=_compile("chrome.yaml", "stop_lines", chrome.get("stop_lines"), True),
        strip_prefix=_compile(
            "chrome.yaml", "strip_prefix", [f"^(?:{p})" for p in chrome.get("strip_prefix") or []], False
        ),
        strip_suffix=_compile("chrome.yaml", "strip_suffix", chrome.get("strip_suffix"), False),
        story_start=_compile("bylines.yaml", "story_start", bylines.get("story_start"), False),
        dateline=_compile("bylines.yaml", "dateline", bylines.get("dateline"), False),
        meta_lines=_compile("bylines.yaml", "meta_lines", bylines.get("meta_lines"), False),
        date_lines=_compile("bylines.yaml", "date_lines", bylines.get("date_lines"), False),
        signature=_compile("bylines.yaml", "signature", bylines.get("signature"), False),
        copyright_outlet=_compile(
            "bylines.yaml", "copyright_outlet", bylines.get("copyright_outlet"), False
        ),
    )
