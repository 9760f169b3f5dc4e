"""Mentions that look like programmes or bodies but are not, read from their context.

- Venues: a place where something happens is not a programme. A name used only as a location
  ("가온산업단지 내 부지에 투자", "‘나래꿈터’에서 협약을 체결") gives no Programme and no RUNS or
  FUNDS; one that something builds, funds or runs elsewhere in the story stays.
- Agreement items: the ▲ items of "협약에 따라 양 기관은 ▲A ▲B 등에 협력한다" are what the
  parties agreed on (``about``), not programmes either party runs.
- Common words that are also place names (강화 strengthening, 예산 budget) after a noun they
  compound with ("역량 강화를", "국비 예산") are not the place.

The first rule runs before the relation rules and takes such mentions out (``entity = -1``);
the last one removes relations that other rules still drew to what was taken out.
"""

from __future__ import annotations

import re

from extract.mentions import Mention
from extract.relations import Context, rule
from extract.words import LOCATIVE, WORD_RE, Word

INSIDE_RE = re.compile(r"^\s*(내|안|일원|일대|인근|부지)(?=[\s에의,.]|$)")
UNDER_AGREEMENT_RE = re.compile(r"협약에\s*따라|협약을\s*통해|협약으로")
COOPERATE_RE = re.compile(r"협력|협조|공동\s*대응|힘을\s*모")
TAKEN = "_not_mentions_taken"
HAPPENINGS = ("대회", "공모전", "축제", "박람회", "경연", "경연대회", "엑스포", "페스티벌", "캠프")
RUN_BEFORE_RE = re.compile(r"(주관|주최|개최|운영|조성|건립|구축|설립|추진|실시|시행|진행|마련)(한|하는|된|될|할|중인)\s*[‘'\"“]?$")


def _locative(ctx: Context, m: Mention, by_start: dict[int, Mention]) -> bool:
    if m.particle in LOCATIVE:
        return True
    tail = ctx.text[m.end + len(m.particle):m.end + len(m.particle) + 12]
    if not m.particle and INSIDE_RE.match(ctx.text[m.end:m.end + 8]):
        return True
    if re.match(r"^[’'”\"]\s*(에서|내\s)", ctx.text[m.end:m.end + 6]):
        return True  # ‘나래꿈터’에서
    if m.particle in ("와", "과"):
        nxt = by_start.get(m.end + len(m.particle) + (1 if tail.startswith(" ") else 0))
        if nxt is None:
            nxt = next((n for n in by_start.values() if 0 < n.start - m.end <= 3), None)
        return nxt is not None and nxt.type == m.type and _locative(ctx, nxt, {})
    return False


def _take(ctx: Context, mentions: list[Mention]) -> None:
    taken: set[int] = getattr(ctx, TAKEN, set())
    for m in mentions:
        taken.add(m.entity)
        m.entity = -1
    setattr(ctx, TAKEN, taken)


@rule(5)
def take_out(ctx: Context) -> None:
    progs = [m for m in ctx.mentions if m.entity >= 0 and m.type == "Programme"]
    by_start = {m.start: m for m in progs}
    by_entity: dict[int, list[Mention]] = {}
    for m in progs:
        by_entity.setdefault(m.entity, []).append(m)
    for ms in by_entity.values():
        name = ctx.res.entities[ms[0].entity].name
        if name.endswith(HAPPENINGS) or any(RUN_BEFORE_RE.search(ctx.text[max(0, m.start - 10):m.start])
                                            for m in ms):
            continue  # a contest or fair is held somewhere but is still a programme
        if all(_locative(ctx, m, by_start) for m in ms):
            _take(ctx, ms)
    # ▲ items the parties will cooperate on under an agreement
    agreed: dict[int, list[Mention]] = {}
    for m in progs:
        if m.entity < 0 or not m.props.get("item_span"):
            continue
        a, b = ctx.sents[m.sent] if 0 <= m.sent < len(ctx.sents) else (m.start, m.end)
        text = ctx.text[a:b]
        if UNDER_AGREEMENT_RE.search(text) and COOPERATE_RE.search(text[text.rfind(m.surface):]):
            agreed.setdefault(m.entity, []).append(m)
    for ent, ms in agreed.items():
        if len(ms) == len(by_entity.get(ent, [])):
            _take(ctx, ms)
    # 역량 강화, 국비 예산: a common word after a noun it compounds with
    for m in ctx.mentions:
        if m.entity < 0 or m.type != "Organization" or not ctx.gaz.is_common_word(m.surface):
            continue
        if m.start < 2 or ctx.text[m.start - 1] != " ":
            continue
        prev = list(WORD_RE.finditer(ctx.text, max(0, m.start - 12), m.start - 1))
        if not prev or prev[-1].end() != m.start - 1:
            continue
        word = prev[-1].group()
        if len(Word(0, len(word), word).stems()) == 1 and not ctx.gaz.lookup(word) \
                and re.fullmatch(r"[가-힣]{2,}", word):
            _take(ctx, [m])


@rule(90)
def drop_taken(ctx: Context) -> None:
    """Relations that other rules drew to what was taken out, unless it is still mentioned."""
    taken: set[int] = getattr(ctx, TAKEN, set())
    if not taken:
        return
    live = {m.entity for m in ctx.mentions if m.entity >= 0}
    gone = taken - live
    for r in list(ctx.relations):
        if r.source in gone or r.target in gone:
            ctx.relations.remove(r)
            key = (r.type, min(r.source, r.target), max(r.source, r.target)) \
                if r.type == "AGREED_WITH" else (r.type, r.source, r.target)
            ctx.seen.discard(key)


@rule(64)
def venue_relations(ctx: Context) -> None:
    """‘나래꿈터’에서 협약을 체결했다: a sentence that uses a programme only as the place where
    something happens says nothing about who runs or funds it."""
    progs = [m for m in ctx.mentions if m.entity >= 0 and m.type == "Programme"]
    by_start = {m.start: m for m in progs}
    for s in range(len(ctx.sents)):
        here = [m for m in progs if m.sent == s]
        if not here:
            continue
        places = {m.entity for m in here if _locative(ctx, m, by_start)
                  and not ctx.res.entities[m.entity].name.endswith(HAPPENINGS)
                  and not RUN_BEFORE_RE.search(ctx.text[max(0, m.start - 10):m.start])}
        places -= {m.entity for m in here if not _locative(ctx, m, by_start)}
        if not places:
            continue
        evidence = ctx.sent_text(s)
        for r in list(ctx.relations):
            if r.type in ("RUNS", "FUNDS") and r.target in places and r.evidence == evidence:
                ctx.relations.remove(r)
                ctx.seen.discard((r.type, r.source, r.target))
