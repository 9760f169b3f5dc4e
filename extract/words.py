"""Words of a story: runs of Hangul, Latin and digits with their offsets, particles split off.

Korean names are written as words followed by case particles (광주시는, 여성가족과에); the
rules look at the bare stem and at the particle that follows it. Stripping is done on the
surface, longest particle first, because Kiwi sometimes reads the last syllable of a name as
a particle (여성가족과에 → 여성가족 + 과 + 에).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

WORD_RE = re.compile(r"[0-9A-Za-z가-힣&]+(?:/[A-Z]+)?")
HANGUL_RE = re.compile(r"^[가-힣]+$")

# Longest first. Each entry is a particle (or particle chain) that can end a noun.
PARTICLES: tuple[str, ...] = tuple(sorted({
    "에서는", "에게는", "으로는", "로부터", "에서도", "에게서", "께서는", "으로부터", "에서의",
    "과의", "와의", "에서", "에게", "으로", "에는", "에도", "께서", "까지", "부터", "이나", "처럼",
    "보다", "마저", "조차", "로서", "으로서", "와는", "과는", "이며", "이고", "이다", "과도", "와도", "로는", "에의", "이라는", "라는",
    "와", "과", "은", "는", "이", "가", "을", "를", "의", "에", "도", "로", "만", "께", "랑",
}, key=len, reverse=True))

SUBJECT = frozenset({"은", "는", "이", "가", "께서", "께서는", "에서는", "이나"})
OBJECT = frozenset({"을", "를"})
DATIVE = frozenset({"에게", "께", "에", "에게는", "에는", "에도", "에게서"})
LOCATIVE = frozenset({"에서", "에서는", "에서도", "에서의"})
CONJ = frozenset({"와", "과", "와의", "과의", "와는", "과는", "와도", "과도", "랑"})
# Narrower particle groups the rules compare against (grammar, so they stay in code; the
# cue words of the rules live in extract/data/patterns/*.yaml). Tuples keep the order the
# rules were written with.
TOPIC = ("은", "는")
NOMINATIVE = ("이", "가")
TOPIC_OR_NOMINATIVE = ("은", "는", "이", "가")
GENITIVE = "의"
LOCATIVE_AT = "에서"
LOCATIVE_TOPIC = "에서는"
AT = ("에", "에는")  # a unit named as the place of another ("기획실에 …")
WITH = ("와", "과")
PARTNER = ("와", "과", "와의", "과의")
PARTNER_ALL = ("와", "과", "와의", "과의", "와도", "과도")
INSTRUMENTAL = ("으로", "로")
AND = "및"  # the conjunction word of a list ("A 및 B")
# Particles after a bare place name that make it a body of its own ("광주는").
BARE_PLACE_PARTICLES = frozenset({"은", "는", "이", "가", "을", "를", "에", "에게", "와", "과", "의",
                                  "으로", "로", "도", "에는", "께서"})


@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str

    def stems(self) -> list[tuple[str, str]]:
        """``(stem, particle)`` readings, the whole word first."""
        return list(_stems(self.text))


_PARTICLE_SET = frozenset(PARTICLES)
_PARTICLE_LENGTHS = sorted({len(p) for p in PARTICLES}, reverse=True)


@functools.lru_cache(maxsize=65536)
def _stems(text: str) -> tuple[tuple[str, str], ...]:
    out = [(text, "")]
    for n in _PARTICLE_LENGTHS:
        if len(text) > n and text[-n:] in _PARTICLE_SET:
            out.append((text[:-n], text[-n:]))
    return tuple(out)


def words_of(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Every word of ``text[start:end]`` with absolute offsets."""
    end = len(text) if end is None else end
    return [Word(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, start, end)]


def particle_after(text: str, end: int) -> str:
    """The particle written right after a name ending at ``end`` (or '')."""
    tail = text[end:end + 8]
    etc = re.match(r"\s*등(?=[^가-힣]|[을를이은는의에과와도])", tail)
    if etc:  # …예산과 등을: the particle after 등 belongs to the whole list
        tail = tail[etc.end():]
        if not tail or not tail[0].strip() or not HANGUL_RE.match(tail[0]):
            return ""
    m = WORD_RE.match(tail)
    if not m:
        return ""
    chunk = m.group()
    for p in PARTICLES:
        if chunk == p:
            return p
    for p in PARTICLES:
        if chunk.startswith(p) and not HANGUL_RE.match(chunk[len(p):len(p) + 1] or "x"):
            return p
    return ""


def gap(text: str, a: int, b: int) -> str:
    """The characters between two offsets (what separates two words)."""
    return text[a:b] if 0 <= a <= b else ""


def is_hangul(s: str) -> bool:
    return bool(HANGUL_RE.match(s))
