"""Settle overlapping candidate mentions: one reading per stretch of text."""

from __future__ import annotations

from extract.mention import Mention
from extract.patterns import load_patterns

# Higher wins when two candidates overlap without one containing the other.
RANK = {
    ("Person", "title"): 9, ("Person", "paren_title"): 9,
    ("Organization", "branch"): 8, ("Organization", "quote_unit"): 8,
    ("Programme", "quote"): 7, ("Fund", "quote"): 7,
    ("Organization", "gazetteer"): 6, ("Organization", "story"): 6,
    ("Organization", "company"): 6, ("Organization", "title_body"): 6,
    ("Programme", "item"): 5, ("Fund", "item"): 5,
    ("Organization", "suffix"): 4,
    ("Fund", "phrase"): 3, ("Programme", "phrase"): 2,
}


def rank(m: Mention) -> int:
    return RANK.get((m.type, m.source), 1)


def choose(mentions: list[Mention]) -> list[Mention]:
    """Keep a non-overlapping set; a programme that contains a body's name keeps its span."""
    # 가온펀드 출자사업: a programme investing in funds is named after them; it is the programme
    cue = load_patterns().programmes
    progs = [m for m in mentions if m.type == "Programme" and m.source == "phrase"]
    mentions = [m for m in mentions if not (
        m.type == "Fund" and m.source == "phrase" and cue.fund_word in m.surface
        and any(p.surface.replace(" ", "").endswith(cue.fund_investment_programme) and p.start <= m.start and m.end <= p.end and p.end - p.start > m.end - m.start for p in progs))]
    order = sorted(mentions, key=lambda m: (-rank(m), -(m.end - m.start), m.start, m.type))
    kept: list[Mention] = []
    for m in order:
        clash = False
        for k in kept:
            if m.end <= k.start or k.end <= m.start:
                continue
            if m.start == k.start and m.end == k.end and m.type == k.type:
                clash = True
                break
            # A longer programme containing a body name (가온 AI 드론 사업): keep both spans;
            # the body inside is marked so relation rules do not read it as an actor.
            if m.type in ("Programme", "Fund") and k.type == "Organization" \
                    and m.start <= k.start and k.end <= m.end and (m.end - m.start) > (k.end - k.start) \
                    and k.source != "branch":
                k.props["inside"] = True
                continue
            if k.type in ("Programme", "Fund") and m.type == "Organization" \
                    and k.start <= m.start and m.end <= k.end and k.source in ("quote", "item"):
                m.props["inside"] = True
                kept.append(m)
                clash = True
                break
            clash = True
            break
        if not clash:
            kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end, m.type))
    return kept
