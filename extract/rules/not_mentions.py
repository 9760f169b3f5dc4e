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

from extract.mention import Mention
from extract.relations import Context, rule
from extract.words import LOCATIVE, WITH, WORD_RE, Word

TAKEN = "_not_mentions_taken"


def _locative(ctx: Context, m: Mention, by_start: dict[int, Mention]) -> bool:
    if m.particle in LOCATIVE:
        return True
    tail = ctx.text[m.end + len(m.particle):m.end + len(m.particle) + 12]
    if not m.particle and ctx.pat.venues.inside.match(ctx.text[m.end:m.end + 8]):
        return True
    if ctx.pat.venues.quoted_place.match(ctx.text[m.end:m.end + 6]):
        return True  # ‘나래꿈터’에서
    if m.particle in WITH:
        nxt = by_start.get(m.end + len(m.particle) + (1 if tail.startswith(" ") else 0))
        if nxt is None:
            nxt = next((n for n in by_start.values() if 0 < n.start - m.end <= 3), None)
        return nxt is not None and nxt.type == m.type and _locative(ctx, nxt, {})
    return False


def _in_seat(ctx: Context, m: Mention) -> bool:
    """Inside the parenthesis right after a member's title: 의원(충남 서산.태안)."""
    open_at = ctx.text.rfind("(", max(0, m.start - 12), m.start)
    if open_at < 0 or ")" in ctx.text[open_at:m.start] or not ctx.pat.venues.seat.search(ctx.text, 0, open_at):
        return False
    return ctx.text.find(")", m.end, m.end + 15) >= 0


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
        if name.endswith(ctx.pat.venues.happenings) or any(ctx.pat.venues.run_before.search(ctx.text[max(0, m.start - 10):m.start])
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
        if ctx.pat.venues.under_agreement.search(text) and ctx.pat.venues.cooperate.search(text[text.rfind(m.surface):]):
            agreed.setdefault(m.entity, []).append(m)
    for ent, ms in agreed.items():
        if len(ms) == len(by_entity.get(ent, [])):
            _take(ctx, ms)
    # 이장우 의원(대전 동구): the place of a member's constituency is not a body in the story
    seats: dict[int, list[Mention]] = {}
    for m in ctx.mentions:
        if m.entity >= 0 and m.type == "Organization" and _in_seat(ctx, m):
            seats.setdefault(m.entity, []).append(m)
    for ent, ms in seats.items():
        if len(ms) == sum(1 for m in ctx.mentions if m.entity == ent):
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
    ctx.drop(lambda r: r.source in gone or r.target in gone)


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
                  and not ctx.res.entities[m.entity].name.endswith(ctx.pat.venues.happenings)
                  and not ctx.pat.venues.run_before.search(ctx.text[max(0, m.start - 10):m.start])}
        places -= {m.entity for m in here if not _locative(ctx, m, by_start)}
        if not places:
            continue
        evidence = ctx.sent_text(s)
        ctx.drop_where(("RUNS", "FUNDS"), targets=places, evidence=evidence)
