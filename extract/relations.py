"""Run the registered relation rules over a story's sentences.

Each rule family lives in ``extract/rules/`` and registers itself with :func:`rule`; a rule
gets the :class:`Context` (sentences, resolved mentions, entity table) and adds relations
through it. A rule that fails is logged and skipped: the other rules still run.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from extract.canonical import Resolver
from extract.gazetteer import Gazetteer
from extract.mention import Mention
from extract.patterns import Patterns
from extract.words import CONJ, LOCATIVE_TOPIC, SUBJECT

log = logging.getLogger(__name__)

RuleFn = Callable[["Context"], None]
DATED = frozenset({"REQUESTED", "AGREED_WITH"})
DAY_RE = re.compile(r"(?:(?<!\d)(\d{1,2})월\s*)?(?<![\d.])(\d{1,2})일(?![가-힣]*간)")


def resolve_date(sentence: str, story_date: str | None) -> str | None:
    """The ISO date of an event written as 13일 or 11월 24일, against the story's date.

    A bare day later than the story's day points to the month before (news reports the past).
    """
    if not story_date or not re.match(r"^\d{4}-\d{2}-\d{2}$", story_date):
        return None
    m = DAY_RE.search(sentence)
    if not m:
        return None
    year, month, day = (int(x) for x in story_date.split("-"))
    d = int(m.group(2))
    if not 1 <= d <= 31:
        return None
    if m.group(1):
        mo = int(m.group(1))
        if not 1 <= mo <= 12:
            return None
        y = year - 1 if mo > month else year
        return f"{y:04d}-{mo:02d}-{d:02d}"
    if d > day:
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return f"{year:04d}-{month:02d}-{d:02d}"
RULES: list[tuple[int, str, RuleFn]] = []


def rule(order: int) -> Callable[[RuleFn], RuleFn]:
    """Register a relation rule; lower ``order`` runs first (positions before the rest)."""
    def wrap(fn: RuleFn) -> RuleFn:
        RULES.append((order, f"{fn.__module__}.{fn.__name__}", fn))
        RULES.sort(key=lambda r: (r[0], r[1]))
        return fn
    return wrap


@dataclass
class RelDraft:
    type: str
    source: int
    target: int
    evidence: str
    props: dict[str, Any] = field(default_factory=dict)


def relation_key(type_: str, src: int, tgt: int) -> tuple[str, int, int]:
    """What makes a relation the same one: an agreement is the same whichever side leads."""
    if type_ == "AGREED_WITH":
        return (type_, min(src, tgt), max(src, tgt))
    return (type_, src, tgt)


@dataclass
class Context:
    text: str
    sents: list[tuple[int, int]]
    mentions: list[Mention]
    res: Resolver
    pat: Patterns
    gaz: Gazetteer
    date: str | None = None
    holds: dict[int, int] = field(default_factory=dict)  # person entity → body entity
    relations: list[RelDraft] = field(default_factory=list)
    seen: set[tuple[str, int, int]] = field(default_factory=set)
    main_actor: int | None = None
    sent_actor: dict[int, int] = field(default_factory=dict)

    # -- sentences ------------------------------------------------------------------------------
    def sent_text(self, s: int) -> str:
        a, b = self.sents[s]
        return self.text[a:b].strip()

    def sent_of(self, pos: int) -> int:
        for i, (a, b) in enumerate(self.sents):
            if a <= pos < b:
                return i
        return len(self.sents) - 1

    def in_sent(self, s: int, types: tuple[str, ...] = ("Person", "Organization", "Programme", "Fund")) -> list[Mention]:
        return [m for m in self.mentions if m.sent == s and m.type in types and m.entity >= 0]

    def actors(self, s: int) -> list[Mention]:
        return [m for m in self.in_sent(s, ("Person", "Organization")) if not m.props.get("inside")]

    def subject(self, s: int, exclude: tuple[str, ...] = ()) -> Mention | None:
        """The first person or body marked as subject or topic, outside quotes and clauses."""
        for m in self.actors(s):
            # "김 시장과 관계 공무원들은": a named actor joined by unnamed staff is the subject
            if m.particle in CONJ and m.type not in exclude and \
                    self.pat.subject_companion.match(self.text, m.end + len(m.particle)):
                return m
            if m.particle in SUBJECT and m.particle != LOCATIVE_TOPIC and m.type not in exclude:
                if self.pat.not_subject_after.match(self.text[m.end:m.end + 8]):
                    continue
                return m
        return None

    def reported_by(self, s: int) -> Mention | None:
        for m in self.actors(s):
            if self.pat.reporting.match(self.text[m.end:m.end + 8]):
                return m
        return None

    def body_of(self, ent: int) -> int | None:
        """A person's body for rules that credit the body (GUIDE: a head's words)."""
        e = self.res.entities[ent]
        if e.type == "Person":
            return self.holds.get(ent)
        if e.type == "Organization":
            return ent
        return None

    def drop(self, unwanted: Callable[[RelDraft], bool]) -> None:
        """Take back the relations ``unwanted`` picks (a later rule may draw them again)."""
        kept = []
        for r in self.relations:
            if unwanted(r):
                self.seen.discard(relation_key(r.type, r.source, r.target))
            else:
                kept.append(r)
        self.relations[:] = kept

    def drop_where(self, types: Collection[str], *, source: int | None = None,
                   targets: Collection[int] | None = None, evidence: str | None = None,
                   except_target: int | None = None) -> None:
        """Take back the relations of ``types`` that match every criterion given."""
        self.drop(lambda r: r.type in types
                  and (source is None or r.source == source)
                  and (targets is None or r.target in targets)
                  and (evidence is None or r.evidence == evidence)
                  and (except_target is None or r.target != except_target))

    # -- output ---------------------------------------------------------------------------------
    def add(self, type_: str, src: int | None, tgt: int | None, s: int,
            props: dict[str, Any] | None = None) -> bool:
        if src is None or tgt is None or src == tgt or src < 0 or tgt < 0:
            return False
        key = relation_key(type_, src, tgt)
        if key in self.seen:
            for r in self.relations:
                if (r.type, r.source, r.target) == (type_, src, tgt) or \
                        (type_ == "AGREED_WITH" and {r.source, r.target} == {src, tgt} and r.type == type_):
                    for k, v in (props or {}).items():
                        if k == "about" and isinstance(v, list):
                            merged = list(dict.fromkeys(list(r.props.get("about", [])) + v))
                            r.props["about"] = merged
                        else:
                            r.props.setdefault(k, v)
            return False
        self.seen.add(key)
        evidence = self.sent_text(s) if 0 <= s < len(self.sents) else ""
        props = dict(props or {})
        if type_ in DATED and "date" not in props:
            when = resolve_date(evidence, self.date)
            if when:
                props["date"] = when
        self.relations.append(RelDraft(type_, src, tgt, evidence, props))
        return True


def run_rules(ctx: Context) -> None:
    from extract import rules  # noqa: F401  (registers the built-in rule families)

    for _, name, fn in RULES:
        try:
            fn(ctx)
        except Exception:  # one broken rule must not lose the others' relations
            log.exception("relation rule %s failed on a story; skipped", name)
