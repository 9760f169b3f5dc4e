"""Cue vocabulary of the extraction rules, read from ``extract/data/patterns/*.yaml``.

Each rule family has a small frozen dataclass in this package whose fields' metadata say how
a YAML entry is used: :func:`words` (a tuple), :func:`word_set` (a frozenset),
:func:`mapping` (a dict), :func:`text` (one string) or :func:`regex` — a grammar skeleton
written in code whose ``{key}`` slots are filled with the YAML list ``key`` joined by ``|``
(in file order, so a pattern matches exactly as it did when it was one literal). An empty
skeleton is the field's own list, joined. :func:`build` compiles everything once, when
:func:`extract.patterns.load_patterns` runs; a missing or malformed entry raises
:class:`~ontology.errors.ExtractionError` naming the file and the key.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import TYPE_CHECKING, Any, TypeVar

from ontology.errors import ExtractionError

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")
_SLOT = re.compile(r"\{([a-z_]+)\}")


def words(key: str = "") -> dict[str, str]:
    """Field metadata: the YAML list ``key`` (default: the field's name) as a tuple."""
    return {"kind": "words", "key": key}


def word_set(key: str = "") -> dict[str, str]:
    """Field metadata: the YAML list ``key`` as a frozenset."""
    return {"kind": "set", "key": key}


def mapping(key: str = "") -> dict[str, str]:
    """Field metadata: the YAML mapping ``key`` as a dict."""
    return {"kind": "map", "key": key}


def text(key: str = "") -> dict[str, str]:
    """Field metadata: the YAML string ``key`` (one word the code compares against)."""
    return {"kind": "text", "key": key}


def regex(skeleton: str = "") -> dict[str, str]:
    """Field metadata: a pattern compiled from ``skeleton``; each ``{key}`` is the YAML list
    ``key`` joined by ``|``. An empty skeleton means the field's own list, joined."""
    return {"kind": "regex", "skeleton": skeleton}


def _list(source: str, data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(x, str) for x in value):
        raise ExtractionError(f"{source}: {key}: expected a non-empty list of strings")
    return value


def _compile(source: str, name: str, skeleton: str, data: dict[str, Any]) -> re.Pattern[str]:
    text = _SLOT.sub(lambda m: "|".join(_list(source, data, m.group(1))), skeleton or f"{{{name}}}")
    try:
        return re.compile(text)
    except re.error as err:
        raise ExtractionError(f"{source}: {name}: bad pattern {text!r}: {err}") from err


def build(cls: type[T], source: str, data: Any) -> T:
    """An instance of the cue dataclass ``cls`` from the mapping ``data`` read from ``source``."""
    if not isinstance(data, dict):
        raise ExtractionError(f"{source}: expected a mapping for {cls.__name__}")
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        kind = f.metadata["kind"]
        key = f.metadata.get("key") or f.name
        if kind == "regex":
            values[f.name] = _compile(source, f.name, f.metadata["skeleton"], data)
        elif kind == "words":
            values[f.name] = tuple(_list(source, data, key))
        elif kind == "set":
            values[f.name] = frozenset(_list(source, data, key))
        elif kind == "text":
            value = data.get(key)
            if not isinstance(value, str) or not value:
                raise ExtractionError(f"{source}: {key}: expected a non-empty string")
            values[f.name] = value
        else:
            value = data.get(key)
            if not isinstance(value, dict) or not value:
                raise ExtractionError(f"{source}: {key}: expected a non-empty mapping")
            values[f.name] = dict(value)
    return cls(**values)
