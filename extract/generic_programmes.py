"""Programme names that are only a generic kind of project (지역현안사업, 공공 발주 공사).

GUIDE: a programme is a *named* policy or project. A candidate whose words are all generic
modifiers before a generic head (사업, 공사, 기금 …) names no particular thing, and neither does
a counted bundle ("내년도 예산 12개 사업"). The word lists are data
(``extract/data/patterns/generic_programmes.yaml``).
"""

from __future__ import annotations

import functools
import logging
import re

from extract.patterns import _load

log = logging.getLogger(__name__)

# A lone short word before the rest of a two-word name (grammar; the lists are data).
WORD_LEAD = re.compile(r"^[가-힣]{2,3}\s+(?=[가-힣])")


@functools.lru_cache(maxsize=1)
def _lists() -> tuple[tuple[str, ...], frozenset[str], re.Pattern[str], re.Pattern[str]]:
    data = _load("generic_programmes.yaml")
    heads = tuple(sorted((h.replace(" ", "") for h in data.get("heads", [])), key=len, reverse=True))
    mods = frozenset(m.replace(" ", "") for m in data.get("modifiers", []))
    counted = re.compile(data.get("counted", r"(?!x)x"))
    place_lead = re.compile(data.get("place_lead", r"(?!x)x"))
    return heads, mods, counted, place_lead


@functools.lru_cache(maxsize=4096)
def _all_modifiers(rest: str) -> bool:
    """True when ``rest`` splits into generic modifiers only."""
    if not rest:
        return True
    _, mods, _, _ = _lists()
    return any(rest.startswith(m) and _all_modifiers(rest[len(m):]) for m in mods)


def is_generic_programme(name: str) -> bool:
    """True for 지역현안사업, 국가 주도 용역사업, 민간 기금, 내년도 예산 45개 사업 …"""
    heads, _, counted, place_lead = _lists()
    if counted.search(name):
        return True
    # 대구 현안사업, 가온 특화사업: a short place word in front names no particular project
    name = WORD_LEAD.sub("", name, count=1) if name.count(" ") == 1 else name
    flat = place_lead.sub("", re.sub(r"[\s·ㆍ‧・]", "", name))
    for head in heads:
        if flat.endswith(head):
            return _all_modifiers(flat[: -len(head)])
    return False
