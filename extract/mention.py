"""The :class:`Mention`: a typed character span of a story and what a rule learnt about it.

A person's mention keeps its title and the span of the body the title names; an
organisation's its gazetteer candidates and kind. Mentions are found in
:mod:`extract.mentions` (people, bodies) and :mod:`extract.programmes`; overlaps are settled
in :mod:`extract.choose`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from extract.gazetteer import Body
from extract.words import AND, SUBJECT

log = logging.getLogger(__name__)

LIST_SEPS = (", ", ",", "·", "ㆍ", "・", "‧", f" {AND} ", "/")
ORG_SPLIT = "·,ㆍ・‧/"


@dataclass
class Mention:
    start: int
    end: int
    type: str  # Person | Organization | Programme | Fund | Anaphor
    surface: str
    source: str
    name: str = ""  # canonical name once resolved
    kind: str | None = None
    bodies: list[Body] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)
    particle: str = ""
    sent: int = -1
    priority: int = 0
    entity: int = -1  # index of the resolved entity

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def subject_like(m: Mention) -> bool:
    return m.particle in SUBJECT
