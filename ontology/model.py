"""The hand-over objects between stages: articles → stories → extractions.

``StoryExtraction`` *is* one line of the JSON Lines contract in ``shared/spec/EXTRACTION.md``;
extraction, the store, RDF export and evaluation all meet on it. Output is deterministic:
the same extraction always serialises to the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

from ontology.errors import ContractError
from ontology.schema import load as _load_ontology

# Declared once, in ontology/schema.yaml: ("Person", "Organization", "Programme", "Fund") and
# ("HOLDS_POSITION", "REQUESTED", "AGREED_WITH", "FUNDS", "RUNS", "PART_OF").
ENTITY_TYPES: tuple[str, ...] = tuple(_load_ontology().entities)
RELATION_TYPES: tuple[str, ...] = tuple(_load_ontology().relations)


@dataclass(slots=True)
class Story:
    """One news story found in an input file.

    ``text`` is the clean body (chrome removed, spacing repaired). ``origin`` maps each
    character of ``text`` to its offset in the decoded file, or is ``None`` when the text was
    not rewritten, so evidence can be traced back to the original characters.
    """

    source: str
    index: int
    text: str
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    reporter: str | None = None
    origin: list[int] | None = field(default=None, repr=False)

    @property
    def hash(self) -> str:
        """Content hash of the story body: the natural key of its Article node."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:32]

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "story": self.index,
            "title": self.title,
            "date": self.date,
            "outlet": self.outlet,
            "reporter": self.reporter,
            "text": self.text,
        }


@dataclass(slots=True)
class Entity:
    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "aliases": list(self.aliases),
            "props": dict(sorted(self.props.items())),
        }


@dataclass(slots=True)
class Relation:
    type: str
    source: str
    target: str
    evidence: str = ""
    props: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "source": self.source,
            "target": self.target,
            "evidence": self.evidence,
            "props": dict(sorted(self.props.items())),
        }


@dataclass(slots=True)
class StoryExtraction:
    """Everything extracted from one story: one line of the JSON Lines contract."""

    source: str
    story: int
    title: str | None
    date: str | None
    outlet: str | None
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    reporter: str | None = None
    hash: str | None = None

    @classmethod
    def empty(cls, story: Story) -> StoryExtraction:
        return cls(
            source=story.source,
            story=story.index,
            title=story.title,
            date=story.date,
            outlet=story.outlet,
            reporter=story.reporter,
            hash=story.hash,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "story": self.story,
            "title": self.title,
            "date": self.date,
            "outlet": self.outlet,
            "reporter": self.reporter,
            "hash": self.hash,
            "entities": [e.to_dict() for e in self.entities],
            "relations": [r.to_dict() for r in self.relations],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(", ", ": "))

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> StoryExtraction:
        """Read one contract line back, checking what the store and RDF export rely on."""
        try:
            entities = [
                Entity(
                    id=str(e["id"]),
                    type=str(e["type"]),
                    name=str(e["name"]),
                    aliases=[str(a) for a in e.get("aliases") or []],
                    props=dict(e.get("props") or {}),
                )
                for e in row.get("entities") or []
            ]
            relations = [
                Relation(
                    type=str(r["type"]),
                    source=str(r["source"]),
                    target=str(r["target"]),
                    evidence=str(r.get("evidence") or ""),
                    props=dict(r.get("props") or {}),
                )
                for r in row.get("relations") or []
            ]
            extraction = cls(
                source=str(row["source"]),
                story=int(row.get("story") or 0),
                title=row.get("title"),
                date=row.get("date"),
                outlet=row.get("outlet"),
                entities=entities,
                relations=relations,
                reporter=row.get("reporter"),
                hash=row.get("hash"),
            )
        except (KeyError, TypeError, ValueError) as err:
            raise ContractError(f"not an extraction record: {err!r}") from err
        extraction.check()
        return extraction

    def check(self) -> None:
        """Raise :class:`ContractError` when types or references break the contract."""
        ids = set()
        for e in self.entities:
            if e.type not in ENTITY_TYPES:
                raise ContractError(f"{self.source}: unknown entity type {e.type!r}")
            ids.add(e.id)
        for r in self.relations:
            if r.type not in RELATION_TYPES:
                raise ContractError(f"{self.source}: unknown relation type {r.type!r}")
            if r.source not in ids or r.target not in ids:
                raise ContractError(f"{self.source}: relation {r.type} refers to a missing entity")


def write_jsonl(extractions: Iterable[StoryExtraction], handle: TextIO) -> int:
    """Write extractions one per line; return how many were written."""
    count = 0
    for extraction in extractions:
        handle.write(extraction.to_json())
        handle.write("\n")
        count += 1
    return count


def read_jsonl(handle: TextIO, name: str = "<stdin>") -> Iterator[StoryExtraction]:
    """Read extraction JSON Lines, naming the line of any record that breaks the contract."""
    for number, line in enumerate(handle, 1):
        line = line.strip()
        if not line:
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise ContractError(f"{name}:{number}: not JSON: {err.msg}") from err
        try:
            yield StoryExtraction.from_dict(row)
        except ContractError as err:
            raise ContractError(f"{name}:{number}: {err}") from err
