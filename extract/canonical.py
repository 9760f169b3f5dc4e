"""One entity per real thing in a story: canonical names, aliases, anaphora, the story's place.

- Bodies take the gazetteer's canonical name; an ambiguous surface (서구, 광주시) is settled by
  the story's region (the first unambiguous local government it names).
- Short references (구는, 시의회, 교육청, 윤 시장) point to the entity they stand for and add
  no entity of their own; only multi-syllable ones are kept as aliases.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from extract.gazetteer import Body, Gazetteer
from extract.mention import Mention
from extract.patterns import Patterns, load_patterns
from extract.words import AT, GENITIVE, LOCATIVE_AT, OBJECT, SUBJECT, WITH, Word, particle_after

log = logging.getLogger(__name__)

# Particles after a one-syllable anaphor (시는, 도의, 군에서) that make it point at a body.
ANAPHOR_PARTICLES = SUBJECT | {GENITIVE, *OBJECT, *WITH, LOCATIVE_AT, AT[0]}

NORM_RE = re.compile(r"[\s·‧ㆍ・\-–~()\[\]'\"‘’“”.,:]")
# Company markers dropped before names are compared (mentions.yaml `norm_marker`).
MARKERS_RE = load_patterns().mentions.norm_marker


def norm(name: str) -> str:
    return NORM_RE.sub("", MARKERS_RE.sub("", name)).lower()


@dataclass
class EntityDraft:
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    props: dict[str, Any] = field(default_factory=dict)
    body: Body | None = None
    first: int = 10**9
    mentions: list[Mention] = field(default_factory=list)


class Resolver:
    """Turns chosen mentions into entity drafts; keeps the story's place for later rules."""

    def __init__(self, pat: Patterns, gaz: Gazetteer) -> None:
        self.pat = pat
        self.gaz = gaz
        self.common = set(gaz.words("common_word_aliases"))
        self.entities: list[EntityDraft] = []
        self.index: dict[tuple[str, str], int] = {}
        self.region: str | None = None
        self.place: str | None = None  # the most specific local government of the story

    # -- entity table ---------------------------------------------------------------------------
    def add(self, type_: str, name: str, surface: str | None, pos: int,
            props: dict[str, Any] | None = None, body: Body | None = None) -> int:
        key = (type_, norm(name) if type_ in ("Programme", "Fund") else name)
        idx = self.index.get(key)
        if idx is None:
            idx = len(self.entities)
            self.entities.append(EntityDraft(type_, name, body=body))
            self.index[key] = idx
        ent = self.entities[idx]
        ent.first = min(ent.first, pos)
        if surface and surface != name and len(norm(surface)) >= 2:
            ent.aliases.add(surface)
        for k, v in (props or {}).items():
            ent.props.setdefault(k, v)
        return idx

    def merge_programmes(self) -> dict[int, int]:
        """Fold a programme or fund written shorter (치매안심센터) into the one fuller name
        that contains it (나래구치매안심센터); returns the old → new entity map."""
        moved: dict[int, int] = {}
        progs = [i for i, e in enumerate(self.entities) if e.type in ("Programme", "Fund")]
        for i in progs:
            a = norm(self.entities[i].name)
            if len(a) < 3:
                continue
            hosts = []
            for j in progs:
                if j == i or j in moved or self.entities[j].type != self.entities[i].type:
                    continue
                b = norm(self.entities[j].name)
                if len(b) > len(a) and (a in b or _subsequence(a, b) and len(a) >= 0.75 * len(b)):
                    hosts.append(j)
            if len(hosts) > 1:  # nested hosts (가온 상생 / 나래형 가온 상생 통합기획): the fullest
                top = max(hosts, key=lambda j: len(norm(self.entities[j].name)))
                if all(norm(self.entities[j].name) in norm(self.entities[top].name) for j in hosts):
                    hosts = [top]
            if len(hosts) == 1:
                host = self.entities[hosts[0]]
                host.aliases.add(self.entities[i].name)
                host.aliases.update(self.entities[i].aliases)
                for k, v in self.entities[i].props.items():
                    host.props.setdefault(k, v)
                host.first = min(host.first, self.entities[i].first)
                moved[i] = hosts[0]
        return moved

    def find(self, type_: str, name: str) -> int | None:
        key = (type_, norm(name) if type_ in ("Programme", "Fund") else name)
        return self.index.get(key)

    def org_for_body(self, body: Body, surface: str | None, pos: int) -> int:
        props = {"kind": body.kind}
        if body.region:
            props["region"] = body.region
        idx = self.add("Organization", body.name, surface, pos, props, body)
        parent = self.gaz.get(body.parent) if body.parent else None
        if parent is not None and body.kind == "local_government" and body.level == "basic" \
                and not body.name.startswith(parent.name):
            self.entities[idx].aliases.add(f"{parent.name} {body.name}")
        return idx

    # -- the story's place ----------------------------------------------------------------------
    def settle_place(self, orgs: list[Mention]) -> None:
        for m in orgs:
            if m.type != "Organization" or not m.bodies or m.props.get("inside"):
                continue
            lgs = [b for b in m.bodies if b.kind in ("local_government", "council", "education")]
            if len(m.bodies) != 1 or not lgs or m.surface in self.common:
                continue
            b = lgs[0]
            if b.kind != "local_government":
                parent = self.gaz.get(b.of) if b.of else None
                if parent:
                    b = parent
            self.region = self.region or (b.region or b.name)
            if self.place is None:
                self.place = b.name
            if self.region and (b.region == self.region or b.name == self.region):
                break

    def pick(self, m: Mention) -> Body | None:
        bodies = m.bodies
        if not bodies:
            return None
        if len(bodies) == 1:
            b = bodies[0]
            if m.surface in self.common and self.region and b.region not in (self.region, None) \
                    and b.name != self.region:
                return None
            return b
        if self.region:
            local = [b for b in bodies if b.region == self.region or b.name == self.region]
            if local:
                return local[0]
        if m.surface in self.common or self.gaz.is_common_word(m.surface):
            return None
        exact = [b for b in bodies if b.name == m.surface]
        return exact[0] if exact else bodies[0]

    # -- anaphora -------------------------------------------------------------------------------
    def level_target(self, level: str, pos: int) -> int | None:
        """The entity a bare 구/시/도/교육청/시의회 stands for in this story."""
        def ends(e: EntityDraft, suffix: str) -> bool:
            return e.type == "Organization" and e.body is not None \
                and e.body.kind == "local_government" and e.name.endswith(suffix)

        suffix = self.pat.posts.level_suffix.get(level)
        if suffix:
            cands = [(i, e) for i, e in enumerate(self.entities) if ends(e, suffix)]
            if level == "lg_province":
                cands += [(i, e) for i, e in enumerate(self.entities)
                          if e.body is not None and e.body.kind == "local_government"
                          and e.body.level == "metropolitan" and e.name.endswith(self.pat.mentions.self_governing_province)]
            if not cands and self.place:
                b = self.gaz.get(self.place)
                while b is not None and not b.name.endswith(suffix):
                    b = self.gaz.get(b.parent) if b.parent else None
                if b is not None:
                    return None  # the place is named only as a qualifier: not a mention
            if not cands:
                return None
            before = [c for c in cands if c[1].first <= pos]
            return (before or cands)[0][0]
        return None

    def named_before(self, head: str, pos: int) -> int | None:
        """이 재단은: the Organization named last before ``pos`` whose name ends in ``head``."""
        best = None
        for i, e in enumerate(self.entities):
            if e.type == "Organization" and e.name.endswith(head) and e.name != head and e.first < pos \
                    and (best is None or e.first > self.entities[best].first):
                best = i
        return best

    def generic_target(self, word: str) -> Body | None:
        if not self.place:
            return None
        try:
            return self.gaz.resolve_generic(word, self.place)
        except Exception as err:  # noqa: BLE001 - the gazetteer may not know the place
            log.debug("resolve_generic %s/%s: %s", word, self.place, err)
            return None

    def anaphors(self, text: str, words: list[Word], taken: list[tuple[int, int]]) -> list[Mention]:
        """구는 / 도는 / 시의회 / 교육청: mentions pointing at the story's bodies."""
        out = []
        covered = sorted(taken)
        starts = [a for a, _ in covered]
        reach = list(itertools.accumulate((b for _, b in covered), max))  # furthest end so far
        for w in words:
            k = bisect.bisect_right(starts, w.start)
            if k and reach[k - 1] > w.start:  # inside a mention already taken
                continue
            for stem, particle in w.stems():
                level = self.pat.anaphors.get(stem)
                if level is None:
                    continue
                if len(stem) == 1 and not particle:
                    continue
                if len(stem) == 1 and particle not in ANAPHOR_PARTICLES:
                    continue
                before = text[w.start - 1] if w.start > 0 else " "
                if before not in " \n\t\"'‘“(":
                    continue
                end = w.start + len(stem)
                out.append(Mention(w.start, end, "Anaphor", stem, "org_anaphor",
                                   particle=particle or particle_after(text, end),
                                   props={"level": level}))
                break
        return out


def _subsequence(a: str, b: str) -> bool:
    it = iter(b)
    return all(ch in it for ch in a)
