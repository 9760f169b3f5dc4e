"""Inputs: files, directories and globs become a stable list of article files."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.reading import iter_input_files
from ontology.errors import InputError


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    for name in ("b.txt", "a.html", "sub/c.htm", "sub/deeper/d.txt", "notes.md", "img.png"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("본문", encoding="utf-8")
    return tmp_path


def names(paths: list[Path], root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in paths]


def test_directory_is_searched_recursively_in_sorted_order(tree: Path) -> None:
    found = list(iter_input_files([str(tree)]))
    assert names(found, tree) == ["a.html", "b.txt", "sub/c.htm", "sub/deeper/d.txt"]


def test_glob_keeps_article_files_only(tree: Path) -> None:
    found = list(iter_input_files([str(tree / "*")]))
    assert names(found, tree) == ["a.html", "b.txt", "sub/c.htm", "sub/deeper/d.txt"]


def test_explicit_file_of_any_suffix_is_taken_and_duplicates_dropped(tree: Path) -> None:
    found = list(iter_input_files([str(tree / "notes.md"), str(tree / "b.txt"), str(tree)]))
    assert names(found, tree) == ["notes.md", "b.txt", "a.html", "sub/c.htm", "sub/deeper/d.txt"]


@pytest.mark.parametrize("spec", ["missing.txt", "nowhere/*.txt"])
def test_missing_path_raises_input_error(tmp_path: Path, spec: str) -> None:
    with pytest.raises(InputError) as caught:
        list(iter_input_files([str(tmp_path / spec)]))
    assert spec.split("/")[-1] in caught.value.path
