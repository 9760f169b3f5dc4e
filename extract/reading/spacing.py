"""Lost word spacing: detect it by a statistic, repair it with Kiwi, keep the offset map.

Newspaper columns copied from PDF often lose their spaces and break lines inside words.
:func:`spacing_lost` measures how much Hangul stands in long space-free runs;
:func:`respace` re-spaces text with Kiwi's spacing model and carries ``origin`` (for each
character, its offset in the decoded file) through every inserted space.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from dataclasses import dataclass
from typing import Any

from extract.reading.patterns import load_pattern_file

log = logging.getLogger(__name__)

_HANGUL = re.compile(r"[가-힣]+")
_kiwi_lock = threading.Lock()
_kiwi: Any = None


@dataclass(frozen=True)
class SpacingRules:
    long_run: int
    lost_share: float
    min_token: int
    keep_together: tuple[str, ...]
    surnames: frozenset[str]
    titles: tuple[str, ...]
    admin_suffixes: frozenset[str]
    particles: frozenset[str]
    place_titles: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def spacing_rules() -> SpacingRules:
    """The rules of ``spacing.yaml`` (cached)."""
    data = load_pattern_file("spacing.yaml")
    return SpacingRules(
        long_run=int(data.get("long_run", 8)),
        lost_share=float(data.get("lost_share", 0.35)),
        min_token=int(data.get("min_token", 6)),
        keep_together=tuple(data.get("keep_together") or ()),
        surnames=frozenset(str(data.get("surnames") or "").split()),
        titles=tuple(sorted(str(data.get("titles") or "").split(), key=len, reverse=True)),
        admin_suffixes=frozenset(str(data.get("admin_suffixes") or "").split()),
        particles=frozenset(str(data.get("particles") or "").split()),
        place_titles=tuple(str(data.get("place_titles") or "").split()),
    )


def kiwi() -> Any:
    """The process's one Kiwi instance (loading the model takes about a second)."""
    global _kiwi
    with _kiwi_lock:
        if _kiwi is None:
            from kiwipiepy import Kiwi

            log.debug("loading Kiwi")
            _kiwi = Kiwi()
        return _kiwi


def long_run_share(text: str) -> float:
    """Share of Hangul syllables inside space-free runs of at least ``long_run`` syllables."""
    rules = spacing_rules()
    total = long = 0
    for token in text.split():
        count = sum(len(run) for run in _HANGUL.findall(token))
        total += count
        if count >= rules.long_run:
            long += count
    return long / total if total else 0.0


def spacing_lost(text: str) -> bool:
    """True when the text reads like newspaper text whose word spacing was lost."""
    return long_run_share(text) >= spacing_rules().lost_share


def _protected(paragraph: str, rules: SpacingRules) -> set[int]:
    """Positions before which no space may be inserted (inside a keep-together name)."""
    blocked: set[int] = set()
    for word in rules.keep_together:
        for match in re.finditer(re.escape(word), paragraph):
            blocked.update(range(match.start() + 1, match.end()))
    return blocked


def _token_lengths(paragraph: str) -> list[int]:
    lengths = [0] * len(paragraph)
    for match in re.finditer(r"\S+", paragraph):
        for i in range(match.start(), match.end()):
            lengths[i] = match.end() - match.start()
    return lengths


_NUMERIC_UNITS = set("조억만천백십")


def _may_insert(
    paragraph: str, i: int, lengths: list[int], blocked: set[int], rules: SpacingRules
) -> bool:
    """May a space go before ``paragraph[i]``? Only inside long tokens, never in numbers."""
    if paragraph[i - 1].isspace() or lengths[i] < rules.min_token or i in blocked:
        return False
    before, after = paragraph[i - 1], paragraph[i]
    if before.isdigit() or (after.isdigit() and before in _NUMERIC_UNITS):
        return False  # 1조3187억원, 5대 분야, 2단계 stay whole
    # 3187억원: the currency stays on its number
    return not (after == "원" and before in _NUMERIC_UNITS and i >= 2 and paragraph[i - 2].isdigit())


def _space_paragraph(paragraph: str, origin: list[int]) -> tuple[str, list[int]]:
    rules = spacing_rules()
    spaced = kiwi().space(paragraph, reset_whitespace=False)
    lengths = _token_lengths(paragraph)
    blocked = _protected(paragraph, rules)
    chars: list[Any] = []
    offsets: list[int] = []
    inserted: list[bool] = []
    i = j = 0
    while i < len(paragraph) or j < len(spaced):
        if i < len(paragraph) and j < len(spaced) and spaced[j] == paragraph[i]:
            chars.append(paragraph[i])
            offsets.append(origin[i])
            inserted.append(False)
            i += 1
            j += 1
        elif j < len(spaced) and spaced[j].isspace():
            if 0 < i < len(paragraph) and _may_insert(paragraph, i, lengths, blocked, rules):
                chars.append(" ")
                offsets.append(origin[i])
                inserted.append(True)
            j += 1
        elif i < len(paragraph) and paragraph[i].isspace():
            # Kiwi glued a particle to the word before it: keep the space the text had.
            chars.append(paragraph[i])
            offsets.append(origin[i])
            inserted.append(False)
            i += 1
        else:
            log.debug("Kiwi changed characters; keeping the paragraph as it was")
            return paragraph, origin
    _rejoin_names(chars, inserted, rules)
    kept = [k for k, ch in enumerate(chars) if ch is not None]
    return "".join(chars[k] for k in kept), [offsets[k] for k in kept]  # type: ignore[misc]


def _rejoin_names(chars: list[Any], inserted: list[bool], rules: SpacingRules) -> None:
    """Undo inserted spaces that split a name: 윤 가 람 → 윤가람, 문 해든 대표 → 문해든 대표."""
    text = "".join(chars)
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]

    def joined_by_insertion(k: int) -> bool:
        return all(inserted[g] for g in range(tokens[k][1], tokens[k + 1][0]))

    def token(k: int) -> str:
        return text[tokens[k][0]:tokens[k][1]] if 0 <= k < len(tokens) else ""

    def join(k: int) -> None:
        for g in range(tokens[k][1], tokens[k + 1][0]):
            chars[g] = None

    for k in range(len(tokens) - 1):
        a, b = token(k), token(k + 1)
        if not joined_by_insertion(k) or not _HANGUL.fullmatch(a[-1:]):
            continue
        # a place and its suffix or post (광산 구 → 광산구, 광산 구청장 → 광산구청장)
        suffixed = b[:1] in rules.admin_suffixes and (
            len(b) == 1 or (len(b) == 2 and b[1] in rules.particles)
        )
        place_post = len(a) > 1 and any(b.startswith(t) for t in rules.place_titles)
        if suffixed or place_post:
            join(k)
            continue
        if a[:1] not in rules.surnames:
            continue
        # three single syllables in a row starting with a surname: a full name (윤 가 람)
        if (
            len(a) == 1
            and len(b) == 1
            and len(token(k + 2)) >= 1
            and k + 2 < len(tokens)
            and joined_by_insertion(k + 1)
            and len(token(k + 2).rstrip("과와은는이가을를의도")) == 1
            and _HANGUL.fullmatch(b + token(k + 2)[:1])
            and (k == 0 or not (joined_by_insertion(k - 1) and len(token(k - 1)) == 1))
        ):
            join(k)
            join(k + 1)
        # a three-syllable name split before a title (문 해든 대표, 서하 준 장관)
        elif (
            len(a) + len(b) == 3
            and _HANGUL.fullmatch(a + b)
            and any(token(k + 2).startswith(t) for t in rules.titles)
        ):
            join(k)


def respace(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Re-space every line of ``text`` with Kiwi; ``origin`` follows each character."""
    if len(origin) != len(text):
        raise ValueError("origin must give one offset per character")
    out: list[str] = []
    out_origin: list[int] = []
    position = 0
    for number, paragraph in enumerate(text.split("\n")):
        if number:
            out.append("\n")
            out_origin.append(origin[position - 1])
        para_origin = origin[position:position + len(paragraph)]
        position += len(paragraph) + 1
        if paragraph.strip():
            paragraph, para_origin = _space_paragraph(paragraph, para_origin)
        out.append(paragraph)
        out_origin.extend(para_origin)
    return "".join(out), out_origin


__all__ = ["kiwi", "long_run_share", "respace", "spacing_lost", "spacing_rules"]
