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

from extract.words import WORD_RE

if TYPE_CHECKING:
    from extract.mentions import Mention
    from extract.programmes import ProgrammeFinder

log = logging.getLogger(__name__)

TagsIn = Callable[[int, int], list[tuple[int, int, str]]]

TAIL_RE = re.compile(
    r"\s등\s+(?:\d+\s*개\s*)?(?:[가-힣]*[^\s해고며서을를에]\s+){0,3}[가-힣]*(?:사업|프로젝트|용역)(?:추진)?"
    r"(?=[\s은는이가을를에과와의도으로,.]|$)")
MARKERS = "▲△•∆◇○◆■□▶▷☞◎●"
# A word ending like this closes the clause before the list.
CLAUSE_WORD_RE = re.compile(
    r"(은|는|이|가|을|를|에|에서|에게|으로|로|와|과|도|께|께서|며|고|서|아|어|여|해|했다|하고|하며|통해|위해|대해)$")
OPENERS = "“\"‘'(「『:"
MAX_ITEM = 40


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
    from extract.mentions import Mention
    from extract.words import particle_after

    out: list[Mention] = []
    for tail in TAIL_RE.finditer(text):
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


# △가온군 농촌협약(390억원): a listed, costed 협약 is a programme (a contract-based grant
# line), unlike the title of an agreement being signed.
COSTED_AGREEMENT_RE = re.compile(r"[▲△•∆◇○◆■□]\s*([가-힣A-Za-z0-9 ]{2,30}?협약)\s*\(\s*(\d[\d,.]*\s*[조억만천][^)]*원)\s*\)")


def costed_agreements(text: str) -> list[Mention]:
    """Programme mentions for listed agreements that carry a sum."""
    from extract.amounts import find_amounts
    from extract.mentions import Mention
    from extract.words import particle_after

    out: list[Mention] = []
    for m in COSTED_AGREEMENT_RE.finditer(text):
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


# 가온연구원의 한빛 이전: moving an institution to a region is a project a region asks for.
RELOCATION_RE = re.compile(
    r"([가-힣]{2,20}(?:학교|대학교|대학|공사|공단|연구원|진흥원|청|본부|센터|부대|기관|사령부))의\s"
    r"([가-힣]{2,6})\s(이전|유치)(?=[과와을를이가은는의,\s]|$)")


def relocations(text: str) -> list[Mention]:
    """Programme mentions for "X의 REGION 이전/유치"."""
    from extract.mentions import Mention
    from extract.words import particle_after

    out: list[Mention] = []
    for m in RELOCATION_RE.finditer(text):
        name = m.group(0)
        out.append(Mention(m.start(), m.end(), "Programme", name, "item", particle=particle_after(text, m.end()),
                           priority=3, props={"name": name, "enumerated": True}))
    return out
