"""Rules are data: every pattern file loads, cue vocabulary lives in YAML, not in rule code."""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest

from extract import patterns as patterns_module
from extract.cues import build, regex, text, words
from extract.patterns import Patterns, load_patterns
from extract.reading import patterns as reading_module
from extract.reading.patterns import PATTERN_DIR, load_pattern_file
from ontology.errors import ExtractionError

EXTRACT = Path(__file__).resolve().parents[3] / "extract"
# Hangul syllables and jamo; ㆍ (U+318D) is written as a middle dot, so it is punctuation here.
HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318c]")
# The range "any Hangul syllable" in a character class is grammar, not a word.
SYLLABLE_RANGE = "가-힣"
# Rule modules that may keep a Hangul literal, with the reason. Keep it short.
ALLOWED: dict[str, set[str]] = {}


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def _log_arguments(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("debug", "info", "warning", "error", "exception"):
            out.update(id(sub) for sub in ast.walk(node))
    return out


def hangul_literals(path: Path) -> list[str]:
    """Hangul string constants of a module, outside docstrings and log calls."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree) | _log_arguments(tree)
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
            and HANGUL.search(node.value.replace(SYLLABLE_RANGE, ""))]


@pytest.mark.parametrize("path", sorted((EXTRACT / "rules").glob("*.py")), ids=lambda p: p.name)
def test_rule_module_has_no_hangul_cue_literal(path: Path) -> None:
    found = set(hangul_literals(path)) - ALLOWED.get(path.name, set())
    assert not found, f"{path.name}: move these cue words to extract/data/patterns/*.yaml: {sorted(found)}"


def test_scan_finds_a_hangul_literal(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('"""독스트링은 괜찮다."""\nX = re.compile(r"[가-힣]+")\nY = ("가온", "x")\n', encoding="utf-8")
    assert hangul_literals(module) == ["가온"]


@pytest.mark.parametrize("path", sorted(PATTERN_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_every_pattern_file_loads(path: Path) -> None:
    data = load_pattern_file(path.name)
    assert isinstance(data, dict) and data


def test_patterns_build_every_cue_set() -> None:
    pat = load_patterns()
    cue_sets = [f.name for f in dataclasses.fields(Patterns) if dataclasses.is_dataclass(getattr(pat, f.name))]
    assert {"fund_roles", "agreements", "posts", "runs", "requests", "meetings", "venues"} <= set(cue_sets)
    for name in cue_sets:
        cues = getattr(pat, name)
        for f in dataclasses.fields(cues):
            value = getattr(cues, f.name)
            assert value, f"{name}.{f.name} is empty"
            if f.metadata["kind"] == "regex":
                assert isinstance(value, re.Pattern)


@dataclasses.dataclass(frozen=True)
class _Cues:
    verbs: re.Pattern[str] = dataclasses.field(metadata=regex(r"({verbs})(했다|한다)"))
    nouns: tuple[str, ...] = dataclasses.field(metadata=words())
    head: str = dataclasses.field(metadata=text())


def test_build_fills_the_skeleton_in_file_order() -> None:
    cues = build(_Cues, "x.yaml", {"verbs": ["추진", "추진계획"], "nouns": ["사업"], "head": "기금"})
    assert cues.verbs.pattern == "(추진|추진계획)(했다|한다)"
    assert cues.nouns == ("사업",) and cues.head == "기금"


@pytest.mark.parametrize("data, key", [
    ({"nouns": ["사업"], "head": "기금"}, "verbs"),
    ({"verbs": ["추진"], "nouns": "사업", "head": "기금"}, "nouns"),
    ({"verbs": ["추진("], "nouns": ["사업"], "head": "기금"}, "verbs"),
    ({"verbs": ["추진"], "nouns": ["사업"]}, "head"),
])
def test_a_broken_cue_entry_names_the_file_and_key(data: dict[str, object], key: str) -> None:
    with pytest.raises(ExtractionError, match=rf"^broken\.yaml: {key}: "):
        build(_Cues, "broken.yaml", data)


def test_a_missing_section_names_the_file() -> None:
    with pytest.raises(ExtractionError, match=r"broken\.yaml"):
        build(_Cues, "broken.yaml", None)


def test_a_broken_pattern_file_names_its_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "funding.yaml").write_text("fund_roles: [unclosed\n", encoding="utf-8")
    monkeypatch.setattr(reading_module, "PATTERN_DIR", tmp_path)
    monkeypatch.setattr(patterns_module, "PATTERN_DIR", tmp_path)
    with pytest.raises(ExtractionError, match=re.escape(str(tmp_path / "funding.yaml"))):
        load_pattern_file("funding.yaml")


def _broken_copy(tmp_path: Path, name: str, text: str) -> Path:
    for path in PATTERN_DIR.glob("*.yaml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("name, text, named", [
    ("funding.yaml", "fund_roles: {operator: [운용사]}\n", "funding.yaml"),
    ("posts.yaml", "other: {}\n", "posts.yaml"),
    ("relations.yaml", "requested: {}\n", "relations.yaml"),
])
def test_load_patterns_names_a_broken_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           name: str, text: str, named: str) -> None:
    folder = _broken_copy(tmp_path, name, text)
    monkeypatch.setattr(reading_module, "PATTERN_DIR", folder)
    monkeypatch.setattr(patterns_module, "PATTERN_DIR", folder)
    load_patterns.cache_clear()
    try:
        with pytest.raises(ExtractionError, match=re.escape(named)):
            load_patterns()
    finally:
        load_patterns.cache_clear()
