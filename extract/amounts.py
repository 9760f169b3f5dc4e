"""Korean money amounts → integer won: 200억원, 1조3187억원, 3억5천만 원, 2,500만원."""

from __future__ import annotations

import re

_DIGITS = r"\d[\d,]*(?:\.\d+)?"
_SMALL = {"천": 1000, "백": 100, "십": 10}
_BIG = {"조": 10**12, "억": 10**8, "만": 10**4}

# A run of number+unit groups ending in 원: 1조 3187억 5천만 원, 200억원, 4억 원, 2,500만원.
# 여 (about): 2억5천여만원, 10여억원 read as the round sum.
_NUM = _DIGITS + r"\s*(?:[천백십]\s*)?(?:여\s*)?"
# Groups before the last must end in a big unit, so a run of digits can be read one way only
# (no catastrophic backtracking on long digit strings).
AMOUNT_RE = re.compile(
    r"(?<![\d.,])((?:" + _NUM + r"[조억만]\s*)*" + _NUM + r"(?:[조억만]\s*)?)원"
)
_GROUP_RE = re.compile(r"(" + _DIGITS + r")\s*([천백십]?)\s*(?:여\s*)?([조억만]?)")


def parse_amount(text: str) -> int | None:
    """The won value of an amount expression, or None when it is not one."""
    m = AMOUNT_RE.search(text)
    if not m:
        return None
    return _value(m.group(1))


def _value(body: str) -> int | None:
    total = 0
    section: float = 0  # the value below the current big unit (천, 백 groups and plain digits)
    found = False
    for number, small, big in _GROUP_RE.findall(body):
        try:
            value = float(number.replace(",", ""))
        except ValueError:
            return None
        found = True
        if small:
            value *= _SMALL[small]
        if big:
            total += round((section + value) * _BIG[big])
            section = 0
        else:
            section += value
    if not found:
        return None
    return round(total + section)


def find_amounts(text: str) -> list[tuple[int, int, int]]:
    """Every amount in text as ``(start, end, won)``."""
    out = []
    for m in AMOUNT_RE.finditer(text):
        value = _value(m.group(1))
        if value:
            out.append((m.start(), m.end(), value))
    return out
