"""What one word is shaped like: a person's name, a title, a body's name, a gazetteer name.

:class:`NameShapes` holds the patterns and the gazetteer and answers these questions for the
person and body finders (:mod:`extract.person_mentions`, :mod:`extract.body_mentions`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from extract.gazetteer import Body, Gazetteer
from extract.patterns import Patterns, Title
from extract.word_memo import WordMemo
from extract.words import Word, is_hangul

log = logging.getLogger(__name__)


class NameShapes:
    """Word-level predicates shared by the person and body finders."""

    def __init__(self, pat: Patterns, gaz: Gazetteer) -> None:
        self.pat = pat
        self.cue = pat.mentions
        self._list_end = " " + pat.mentions.list_end
        self.gaz = gaz
        self.never = {w for w in gaz.words("never_bodies")}
        self.common = {w for w in gaz.words("common_word_aliases")}
        self.anaphor_words = set(pat.anaphors) | set(gaz.words("anaphors"))
        self.tags_of: Callable[[Word], list[str]] | None = None
        # Character spans of gazetteer names the pipeline's PhraseMatcher found in this story
        # (None: matcher off); counted: names only the word lookup found (Kiwi split them
        # differently in context than alone).
        self.phrase_hits: frozenset[tuple[int, int]] | None = None
        self.lookup_only = 0
        self._title_lengths = sorted({len(t.title) for t in pat.titles}, reverse=True)
        self._suffixes = {suf: (kind, least) for suf, kind, least in pat.org_suffixes}
        self._suffix_lengths = sorted({len(suf) for suf in self._suffixes}, reverse=True)
        # Both depend on the word alone and are asked of every word of every story.
        self._titles = WordMemo(self._find_title)
        self._suffix_shapes = WordMemo(self._find_suffix)

    # -- small predicates -------------------------------------------------------------------
    def title_of(self, stem: str) -> tuple[str, Title] | None:
        """``(prefix, title)`` when the stem ends with a known title (longest title wins)."""
        return self._titles(stem)

    def _find_title(self, stem: str) -> tuple[str, Title] | None:
        if stem.endswith(self.pat.not_titles):
            return None  # 공영주차장 ends like 차장 but names a place
        for n in self._title_lengths:
            if len(stem) >= n:
                t = self.pat.title_by_name.get(stem[-n:])
                if t is not None:
                    return stem[:-n], t
        return None

    def is_name(self, w: str, word: Word | None = None) -> bool:
        if not is_hangul(w) or not 2 <= len(w) <= 4 or w in self.pat.not_names:
            return False
        if not (w[0] in self.pat.surnames or w[:2] in self.pat.surnames):
            return False
        if w[:2] in self.pat.not_names or w.endswith(self.cue.not_name_endings):
            return False
        if self.tags_of is not None and word is not None:
            full = self.tags_of(word)
            tags = [t.split("+")[0] for t in full]
            last = full[-1].split("+")[-1] if full else ""
            # A name may be misread as determiner + noun (이/MM 한/MM 승); it never ends in a
            # particle or an ending, and holds no verb.
            if last[:1] in ("J", "E") or last.startswith(("XSV", "XSA", "VCP")) \
                    or any(t[0] == "V" for t in tags):
                return False
            if len(w) == 4 and tags != ["NNP"]:
                return False
        return not (self.gaz.lookup(w) or self.title_of(w) or self.org_suffix(w))

    def _listed_name(self, w: str) -> bool:
        """Inside a dotted list of names (가나다·이상진·라마바 의원) a name that reads as a word
        (이상…) still counts when it is three syllables and starts with a surname."""
        return is_hangul(w) and len(w) == 3 and w[0] in self.pat.surnames \
            and not (self.gaz.lookup(w) or self.title_of(w) or self.org_suffix(w))

    def org_suffix(self, stem: str) -> tuple[str, str] | None:
        """``(suffix, kind)`` when the stem is shaped like a body's name."""
        return self._suffix_shapes(stem)

    def _find_suffix(self, stem: str) -> tuple[str, str] | None:
        for n in self._suffix_lengths:
            hit = self._suffixes.get(stem[-n:]) if len(stem) >= n else None
            if hit is not None and len(stem) >= hit[1]:
                break
        else:
            return None
        # the exclusions, only for the few words shaped like a body's name
        if stem in self.pat.not_orgs or stem in self.never or self.pat.not_org_endings.search(stem):
            return None
        return stem[-n:], hit[0]

    def _bare_place(self, surface: str, bodies: list[Body]) -> bool:
        """광주, 서울, 경북: a place name without its 시/도 — usually a qualifier."""
        return all(b.kind == "local_government" for b in bodies) and surface not in \
            [b.name for b in bodies] and not surface.endswith(self.cue.place_endings)

    def _gazetteer(self, start: int, end: int, surface: str, date: str | None) -> list[Body]:
        """Bodies named at ``text[start:end]``. The PhraseMatcher's hits are the tokenizer's
        view; the word lookup stays the decider, since it also finds names Kiwi segments
        differently in context (particles glued, spacing variants) — those are counted."""
        bodies = self.lookup(surface, date)
        if bodies and self.phrase_hits is not None and (start, end) not in self.phrase_hits:
            self.lookup_only += 1
            log.debug("gazetteer name the PhraseMatcher missed: %s at %d", surface, start)
        return bodies

    def lookup(self, surface: str, date: str | None = None) -> list[Body]:
        if surface in self.never or surface in self.anaphor_words:
            return []
        return self.gaz.lookup(surface, date)
