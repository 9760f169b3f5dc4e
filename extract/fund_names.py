"""One fund per story: fold the short and anaphoric ways news names a fund into it.

How Korean news refers back to a fund (examples invented):

- a bare head after a date phrase: "지난해 말 기준 기금 조성액은 …", "이 기금은 …" — the
  fund last named, never a fund of its own;
- a time word glued to the name: "다음 달 가온 창업펀드를 결성한다" — the name starts after it;
- a headline or quote shortening: "가온마을 지원기금" (headline) for ‘가온지역 주민 상생
  지원 기금’, or "청년 창업 전용펀드" / "청년 창업 펀드" — one fund when the names share their
  head (기금, 펀드) and a leading word that is not a place (a place prefix such as 가온시
  may front two different funds of one city).
"""

from __future__ import annotations

import logging
import re

from extract.canonical import Resolver, norm
from extract.patterns import load_patterns

log = logging.getLogger(__name__)



def _head(name: str) -> str | None:
    n = norm(name)
    return next((h for h in load_patterns().fund_names.heads if n.endswith(h)), None)


def _fold(res: Resolver, src: int, dst: int, moved: dict[int, int], keep_alias: bool = True) -> None:
    host, gone = res.entities[dst], res.entities[src]
    if keep_alias:
        host.aliases.add(gone.name)
        host.aliases.update(gone.aliases)
    for k, v in gone.props.items():
        host.props.setdefault(k, v)
    host.first = min(host.first, gone.first)
    moved[src] = dst


def _lead_word(name: str) -> str:
    return re.split(r"\s+", name.strip())[0] if name.strip() else ""


def fold_funds(res: Resolver, moved: dict[int, int]) -> dict[int, int]:
    """Fold anaphoric and shortened fund names into the fund they mean; adds to ``moved``."""
    funds = sorted((i for i, e in enumerate(res.entities) if e.type == "Fund" and i not in moved),
                   key=lambda i: (res.entities[i].first, i))
    named: list[int] = []
    cue = load_patterns().fund_names
    for i in funds:
        e = res.entities[i]
        stripped = cue.time_lead.sub("", e.name).strip()
        if cue.bare.match(norm(stripped)):
            before = [j for j in named if res.entities[j].first < e.first]
            host = before[-1] if before else None
            if host is None:
                later = [j for j in funds if j != i and not cue.bare.match(norm(cue.time_lead.sub("", res.entities[j].name)))]
                host = later[0] if later else None
            if host is not None:
                _fold(res, i, host, moved, keep_alias=False)
            continue
        if stripped != e.name and len(norm(stripped)) >= 4:
            other = res.find("Fund", stripped)
            if other is not None and other != i and other not in moved:
                _fold(res, i, other, moved, keep_alias=False)
                continue
            e.name = stripped
            res.index.setdefault(("Fund", norm(stripped)), i)
        named.append(i)
    # One fund written two ways: same head, same non-place leading syllables.
    live = [i for i in named if i not in moved]
    for k, i in enumerate(live):
        if i in moved:
            continue
        a = norm(res.entities[i].name)
        for j in live[k + 1:]:
            if j in moved:
                continue
            b = norm(res.entities[j].name)
            if _head(res.entities[i].name) != _head(res.entities[j].name) or a in b or b in a:
                continue
            lead = _shared_lead(a, b)
            if len(lead) < 2 or res.gaz.lookup(lead) or res.gaz.lookup(lead[:2]):
                continue
            if len(lead) < 4 and _lead_word(res.entities[i].name)[:len(lead)] != lead[:len(lead)]:
                continue
            host, gone = (i, j) if len(a) >= len(b) else (j, i)
            _fold(res, gone, host, moved)
            if gone == i:
                break
    return moved


def _shared_lead(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]
