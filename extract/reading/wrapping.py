"""Hard-wrapped text with normal word spacing (broadcast scripts, pasted columns).

Some sources break every 20–40 characters inside sentences while keeping the spaces between
words. Left alone, every line would be read as a sentence (or a headline). When most lines of
a story are short and do not end a sentence, a line that does not end in sentence
punctuation is joined to the next one with a space, unless the next line opens a new block
(a list marker, a bracketed tag, a date).
"""

from __future__ import annotations

import re

LINE_END_SENTENCE = re.compile(r"[.!?…][\"”’')]?\s*$|[다요]\s*$")
NEW_BLOCK = re.compile(r"^\s*([▲△•∆◇○◆■□▶▷☞◎●\-*※\[【<〈(]|\d{4}[.\-/년]|\d{1,2}[.)]\s)")
CUT_AFTER_PARTICLE = re.compile(r"[가이은는을를와과의에도로며고서해여아어면]$")
# A story counts as hard-wrapped when at least this many lines are this short and this
# share of them stop mid-sentence.
MIN_LINES = 4
MAX_MEDIAN = 42
MIN_UNFINISHED = 0.5


def hard_wrapped(lines: list[str]) -> bool:
    """True when the lines look like one text broken at a fixed width."""
    body = [line.strip() for line in lines if line.strip()]
    if len(body) < MIN_LINES:
        return False
    lengths = sorted(len(line) for line in body)
    if lengths[len(lengths) // 2] > MAX_MEDIAN:
        return False
    unfinished = sum(1 for line in body[:-1] if not LINE_END_SENTENCE.search(line))
    return unfinished / max(1, len(body) - 1) >= MIN_UNFINISHED


def continues(previous: str, line: str, first: bool = False) -> bool:
    """True when ``line`` carries on the sentence that ``previous`` broke off.

    The first line of a story may be its headline ("한빛시, 국비 확보 총력"): it is joined only
    when it stops on a particle or a connective ending ("한빛시장이", "…를 만나").
    """
    if not previous.strip() or not line.strip():
        return False
    if first and not CUT_AFTER_PARTICLE.search(previous.strip()):
        return False
    return not LINE_END_SENTENCE.search(previous) and not NEW_BLOCK.match(line)
