"""Programmes enumerated in running text: "A, B, C 등 5개 사업", "A 설립·B 개선 등 용역 사업".

Korean news lists projects without markers, separated by ", " or "·", and closes the list
with "등" and a generic head (사업, 현안, 과제, 용역 사업, 사업추진). Each item is then a
programme even when it does not end in 사업 (가온로 확·포장, 나래항 재개발, 마을만들기).

- the list starts after the last word that carries a particle or a verb ending (…사업으로,
  …을 찾아) or after an opening quote;
- ", " always separates items; "·" separates them only between words of two or more
  syllables (확·포장 stays one item).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from extract.amounts import find_amounts
from extract.mention import Mention
from extract.patterns import load_patterns
from extract.words import WORD_RE, particle_after

if TYPE_CHECKING:
    from extract.programmes import ProgrammeFinder

log = logging.getLogger(__name__)

TagsIn = Callable[[int, int], list[tuple[int, int, str]]]

MARKERS = "▲△•∆◇○◆■□▶▷☞◎●"
# A word ending like this closes the clause before the list.
CLAUSE_WORD_RE = re.compile(
    r"(은|는|이|가|을|를|에|에서|에게|으로|로|와|과|도|께|께서|며|고|서|아|어|여|해|했다|하고|하며|통해|위해|대해)$")
OPENERS = "“\"‘'(「『:"
MAX_ITEM = 40
# A sum closing an item, and a bracket closing it (grammar).
AMOUNT_TAIL = re.compile(r"\s*\d[\d,.]*\s*[조억만천][\d,.조억만천백십\s]*원?\s*$")
PAREN_END = re.compile(r"\(([^()]*)\)\s*$")


def _closes_clause(text: str, a: int, b: int, tags_in: TagsIn | None) -> bool:
    """The word text[a:b] ends with a particle or a verb ending (Kiwi's tags when known)."""
    if tags_in is None:
        return len(text[a:b]) >= 2 and CLAUSE_WORD_RE.search(text[a:b]) is not None
    tags = [t for _, _, t in tags_in(a, b)]
    if not tags:
        return False
    last = tags[-1].split("+")[-1]
    return (last.startswith(("J", "E", "XSV", "XSA", "VV", "VA", "MAG")) and last not in ("JKG", "ETN")) \
        or any(t.split("+")[-1] in ("EC", "EF") for t in tags)


def _list_start(text: str, lo: int, end: int, tags_in: TagsIn | None = None) -> int:
    """Where the enumeration that ends at ``end`` begins (sentence start at the earliest)."""
    start = lo
    for m in WORD_RE.finditer(text, lo, end):
        if _closes_clause(text, m.start(), m.end(), tags_in):
            start = m.end()
    for k in range(end - 1, start - 1, -1):
        if text[k] in OPENERS or text[k] in ".!?\n":
            start = max(start, k + 1)
            break
    return start


def _pieces(span: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    last = 0
    for k, ch in enumerate(span):
        cut = ch == "," or (ch in "·ㆍ‧・" and 0 < k < len(span) - 1
                           and re.search(r"[가-힣A-Za-z0-9]{2}$", span[:k]) is not None
                           and re.match(r"[가-힣A-Za-z0-9]{2}", span[k + 1:]) is not None)
        if cut:
            out.append((last, span[last:k]))
            last = k + 1
    out.append((last, span[last:]))
    return out


def enumerated(text: str, finder: ProgrammeFinder, tags_in: TagsIn | None = None) -> list[Mention]:
    """Programme mentions for the items of "A, B, C 등 … 사업" lists."""

    out: list[Mention] = []
    for tail in finder.pat.lists.tail.finditer(text):
        end = tail.start()
        lo = max(text.rfind("\n", 0, end) + 1, end - 300)
        start = _list_start(text, lo, end, tags_in)
        span = text[start:end]
        if any(ch in MARKERS for ch in span):
            continue  # a marked list: extract.programmes reads its items
        pieces = _pieces(span)
        if len(pieces) < 2:
            continue
        for offset, piece in pieces:
            lead = len(piece) - len(piece.lstrip())
            name = finder._clean(piece)
            if not name or len(name) > MAX_ITEM or finder.kind_of(name) != "Programme":
                continue
            at = text.find(name, start + offset + lead - 1, end)
            if at < 0:
                continue
            out.append(Mention(at, at + len(name), "Programme", name, "item",
                               particle=particle_after(text, at + len(name)), priority=3,
                               props={"name": name, "enumerated": True}))
    return out


def headed(text: str, finder: ProgrammeFinder, tags_in: TagsIn | None = None) -> list[Mention]:
    """Programme mentions for the items of a list that follows a generic head: "해당 사업은
    A(가온), B(나래) 등이다", "전출 사업으로는 A(3억 원), B(1억 원) 등으로". A sum in the
    item's bracket is its ``amount_krw``; a place there (``place_note``) says whose item it is."""

    out: list[Mention] = []
    for m in finder.pat.lists.headed.finditer(text):
        span, base = m.group(1), m.start(1)
        if any(ch in MARKERS for ch in span):
            continue  # a marked list: extract.programmes reads its items
        pos = 0
        for piece in span.split(","):
            at = base + pos + len(piece) - len(piece.lstrip())
            pos += len(piece) + 1
            raw = piece.strip()
            cost = AMOUNT_TAIL.search(raw)  # 가온복지관 증축사업 10억원: the sum is not the name
            if cost and not raw.endswith(")"):
                raw = raw[: cost.start()].rstrip()
            words = list(WORD_RE.finditer(text, at, at + len(raw)))
            if any(_closes_clause(text, w.start(), w.end(), tags_in) for w in words[:-1]):
                continue  # 폐회식이 열리는 가온체육관 건립: a clause, not a name
            paren = PAREN_END.search(raw)
            amounts = find_amounts(paren.group(1)) if paren else find_amounts(piece[len(raw):]) if cost else []
            name = finder._clean(raw)
            if not name or len(name) > MAX_ITEM or finder.kind_of(name) != "Programme":
                continue
            if text.find(name, at, at + len(raw) + 1) != at:
                continue
            props: dict[str, object] = {"name": name, "enumerated": True}
            if amounts and not (paren and finder.pat.per_recipient.search(paren.group(1)[: amounts[0][0]])):
                props["amount_krw"] = amounts[0][2]
            if paren and not amounts:
                props["place_note"] = paren.group(1).strip()
            out.append(Mention(at, at + len(name), "Programme", name, "item",
                               particle=particle_after(text, at + len(raw)), priority=3, props=props))
    return out


def costed_agreements(text: str) -> list[Mention]:
    """Programme mentions for listed agreements that carry a sum: △가온군 농촌협약(390억원) is a
    programme (a contract-based grant line), unlike the title of an agreement being signed."""

    out: list[Mention] = []
    for m in load_patterns().lists.costed_agreement.finditer(text):
        name = m.group(1).strip()
        if len(name.replace(" ", "")) < 4:
            continue
        amounts = find_amounts(m.group(2))
        props = {"name": name, "item": True, "item_span": (m.start(1), m.end())}
        if amounts:
            props["amount_krw"] = amounts[0][2]
        out.append(Mention(m.start(1), m.start(1) + len(name), "Programme", name, "item",
                           particle=particle_after(text, m.end()), priority=3, props=props))
    return out


def relocations(text: str) -> list[Mention]:
    """Programme mentions for "X의 REGION 이전/유치": moving an institution to a region is a
    project a region asks for."""

    out: list[Mention] = []
    for m in load_patterns().lists.relocation.finditer(text):
        name = m.group(0)
        out.append(Mention(m.start(), m.end(), "Programme", name, "item", particle=particle_after(text, m.end()),
                           priority=3, props={"name": name, "enumerated": True}))
    return out


def costed_budget(text: str, finder: ProgrammeFinder, tags_in: TagsIn | None = None) -> list[Mention]:
    """A budget broken down by item: "A 지원비 96억원, B 운영비 52억원, C 사업비 20억원". Two
    or more costed items in a row are programmes (the cost word's 비/금/예산 dropped from the
    name), each with its sum as ``amount_krw``."""

    cue = finder.pat.lists
    anchors = cue.cost_anchor.finditer(text)
    if next(anchors, None) is None or next(anchors, None) is None:
        return []  # fewer than two costed items: no breakdown (and no slow scan)
    hits = list(cue.costed_budget.finditer(text))
    out: list[Mention] = []
    for k, m in enumerate(hits):
        joined = (k > 0 and text[hits[k - 1].end():m.start()].strip() == ",") or \
            (k + 1 < len(hits) and text[m.end():hits[k + 1].start()].strip() == ",")
        if not joined:
            continue
        raw, at = m.group(1), m.start(1)
        words = list(WORD_RE.finditer(text, at, at + len(raw)))
        cut = next((w.end() for w in reversed(words[:-1]) if _closes_clause(text, w.start(), w.end(), tags_in)), None)
        if cut is not None:
            raw, at = text[cut:m.end(1)].lstrip(), cut + len(text[cut:m.end(1)]) - len(text[cut:m.end(1)].lstrip())
        name = finder._clean(cue.cost_drop.sub("", raw))
        if not name or len(name.split()) < 2 or len(name) > MAX_ITEM:
            continue
        start = text.find(name, at, m.end(1))
        if start < 0:
            continue
        amounts = find_amounts(text[m.end(1):m.end()])
        dropped = cue.cost_drop.search(raw)
        props: dict[str, object] = {"name": name, "enumerated": True, "costed": True,
                                    "item_span": (start, at + (dropped.start() if dropped else len(raw)))}
        if amounts:
            props["amount_krw"] = amounts[0][2]
        out.append(Mention(start, start + len(name), "Programme", name, "item",
                           particle=particle_after(text, m.end(1)), priority=3, props=props))
    return out
