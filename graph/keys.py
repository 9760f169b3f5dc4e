"""Stable global keys for graph nodes and relationships (followthemoney ``make_entity_id`` style).

One rule, decided here and nowhere else:

- an entity's key is a SHA-1 over its type and its *normalised* canonical name, prefixed by
  a short type tag (``per-``, ``org-``, ``prg-``, ``fnd-``): 광주광역시 and 광주 광역시 are one
  key, 광주광역시 the Organization and a Programme of the same name are two;
- a ``Person`` is also keyed by the normalised name of the body they hold a post in, when the
  same extraction says so (a ``HOLDS_POSITION`` relation), so two 김민수 in two councils stay
  two people. A person whose post is not stated gets the name-only key;
- a relationship's key is a SHA-1 over its type and its two end keys, the ends sorted for the
  undirected ``AGREED_WITH``;
- an article's key is the story's content hash (``Story.hash``), carried in the extraction line.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from ontology.model import ENTITY_TYPES, RELATION_TYPES

UNDIRECTED: frozenset[str] = frozenset({"AGREED_WITH"})

TYPE_PREFIX: dict[str, str] = {
    "Person": "per",
    "Organization": "org",
    "Programme": "prg",
    "Fund": "fnd",
}

# company / association markers that do not change what a name refers to
_MARKERS = re.compile(r"㈜|㈔|\((?:주|사|재|유|합)\)|（(?:주|사|재)）")
# spaces, punctuation and symbols (middle dots, quotes, brackets) — anything not a letter/digit
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)

KEY_PATTERN = re.compile(r"^(?:per|org|prg|fnd)-[0-9a-f]{20}$")


def normalise_name(name: str) -> str:
    """Name as compared for identity: NFKC, markers, spaces and punctuation removed, casefolded."""
    text = unicodedata.normalize("NFKC", name or "")
    text = _MARKERS.sub("", text)
    return _NOT_WORD.sub("", text).casefold()


def make_key(prefix: str, *parts: str | None) -> str | None:
    """SHA-1 over the non-empty parts; None when there are none."""
    kept = [p for p in parts if p]
    if not kept:
        return None
    digest = hashlib.sha1("\x1f".join(kept).encode("utf-8")).hexdigest()[:20]
    return f"{prefix}-{digest}"


def entity_key(entity_type: str, name: str, body: str | None = None) -> str:
    """Global key of an entity; ``body`` (a Person's post-holding organisation) disambiguates."""
    if entity_type not in ENTITY_TYPES:
        raise ValueError(f"unknown entity type {entity_type!r}")
    norm = normalise_name(name) or (name or "").strip()
    qualifier = normalise_name(body) if body and entity_type == "Person" else None
    key = make_key(TYPE_PREFIX[entity_type], entity_type, norm, qualifier)
    if key is None:  # pragma: no cover - empty names are dropped before keying
        raise ValueError("an entity needs a name")
    return key


def relation_ends(rel_type: str, start: str, end: str) -> tuple[str, str]:
    """The stored order of a relationship's ends: sorted for undirected types."""
    if rel_type in UNDIRECTED and end < start:
        return end, start
    return start, end


def relation_key(rel_type: str, start: str, end: str) -> str:
    """Global key of the fact (type, start, end); the same fact from two articles shares it."""
    if rel_type not in RELATION_TYPES:
        raise ValueError(f"unknown relation type {rel_type!r}")
    a, b = relation_ends(rel_type, start, end)
    return make_key("rel", rel_type, a, b) or ""


def article_key(content_hash: str | None, source: str, story: int, title: str | None) -> str:
    """The story's content hash; for older lines without one, a hash of where it came from."""
    if content_hash:
        return content_hash
    digest = hashlib.sha256(f"{source}\x1f{story}\x1f{title or ''}".encode()).hexdigest()
    return digest[:32]


def is_entity_key(text: str) -> bool:
    return bool(KEY_PATTERN.match(text))
