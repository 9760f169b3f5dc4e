"""Command-line inputs (files, directories, globs) → the article files they name."""

from __future__ import annotations

import glob
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from ontology.errors import InputError

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm")
_GLOB_CHARS = set("*?[")


def is_article_file(path: Path) -> bool:
    """True for the file types read from directories and globs."""
    return path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES


def expand_input(spec: str) -> list[Path]:
    """One input argument → its article files, sorted; :class:`InputError` if it names none.

    A file named explicitly is taken whatever its suffix (the user asked for it); directories
    are searched recursively and globs expanded for ``.txt``, ``.html`` and ``.htm`` only.
    """
    path = Path(spec)
    if path.is_file():
        return [path]
    if path.is_dir():
        found = sorted(
            (p for p in path.rglob("*") if is_article_file(p)),
            key=lambda p: p.as_posix(),
        )
        if not found:
            log.warning("%s: directory holds no .txt/.html/.htm file", spec)
        return found
    if _GLOB_CHARS & set(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        found = []
        for match in matches:
            candidate = Path(match)
            if is_article_file(candidate):
                found.append(candidate)
            elif candidate.is_dir():
                found.extend(expand_input(match))
        if not found:
            raise InputError(spec, "no .txt/.html/.htm file matches")
        return found
    raise InputError(spec, "no such file or directory")


def iter_input_files(paths: Iterable[str]) -> Iterator[Path]:
    """Files, directories (recursive) or globs → article files, each once, in a stable order.

    Raises:
        InputError: for an argument that names no file.
    """
    seen: set[Path] = set()
    for spec in paths:
        for path in expand_input(str(spec)):
            key = path.resolve()
            if key in seen:
                continue
            seen.add(key)
            yield path
