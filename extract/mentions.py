"""Candidate mentions of people and bodies: title patterns, the gazetteer, name suffixes.

A :class:`Mention` is a character span of the story with a type and what the rule learnt
about it (a person's title and the span of the body the title names, an organisation's
gazetteer candidates and kind). Programmes and funds are found in :mod:`extract.programmes`;
overlaps are settled in :mod:`extract.choose`.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from extract.companies import context_companies
from extract.gazetteer import Body, Gazetteer
from extract.patterns import Patterns, Title
from extract.words import AND, BARE_PLACE_PARTICLES, SUBJECT, Word, is_hangul, particle_after

log = logging.getLogger(__name__)

# "(회장 김하늘)" or "(조합장:김하늘)": a colon may stand between the title and the name.
PAREN_TITLE_RE = re.compile(r"\(\s*([가-힣0-9]{1,12})(?:\s*[:：]\s*|\s+)([가-힣]{2,4})\s*\)")
AFTER_TITLE_BRACKET_RE = re.compile(r"\([^()]{1,15}\)")
WORD_AFTER_RE = re.compile(r"\s?([0-9A-Za-z가-힣&]{2,40})")
LIST_SEPS = (", ", ",", "·", "ㆍ", "・", "‧", f" {AND} ", "/")
# 보은.옥천.영동군: two-syllable place stems joined by dots, the suffix written once at the end.
SHARED_SUFFIX_RE = re.compile(r"(?<![가-힣.·ㆍ])((?:[가-힣]{2}[.·ㆍ]){1,9})([가-힣]{2})(군|시|구)(?![가-힣]{2})")
STEM_RE = re.compile(r"[가-힣]{2}")
PAREN_LIST_GAP_RE = re.compile(r"(?:, ?|[·ㆍ・‧])$")
ORG_SPLIT = "·,ㆍ・‧/"
# Per-word caches are dropped when they reach this size (a long run meets ever new words).
CACHE_SIZE = 1 << 14
T = TypeVar("T")


@dataclass
class Mention:
    start: int
    end: int
    type: str  # Person | Organization | Programme | Fund | Anaphor
    surface: str
    source: str
    name: str = ""  # canonical name once resolved
    kind: str | None = None
    bodies: list[Body] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)
    particle: str = ""
    sent: int = -1
    priority: int = 0
    entity: int = -1  # index of the resolved entity

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


class WordMemo(Generic[T]):
    """Answers of a function of one word, kept until there are ``size`` of them (then dropped
    whole: a long run keeps meeting new words)."""

    def __init__(self, compute: Callable[[str], T], size: int = CACHE_SIZE) -> None:
        self.compute = compute
        self.size = size
        self.known: dict[str, T] = {}

    def __call__(self, word: str) -> T:
        try:
            return self.known[word]
        except KeyError:
            pass
        if len(self.known) >= self.size:
            self.known.clear()
        found = self.known[word] = self.compute(word)
        return found


class MentionFinder:
    """Finds Person and Organization mentions in one story's text."""

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

    # -- people -----------------------------------------------------------------------------
    def persons(self, text: str, words: list[Word], reporter: str | None) -> list[Mention]:
        out: list[Mention] = []
        n = len(words)
        for i, w in enumerate(words):
            for stem, particle in w.stems():
                hit = self.title_of(stem)
                if hit:
                    break
            else:
                continue
            prefix, title = hit
            if title.title in self.pat.not_actor_titles:
                continue
            if not prefix and w.start > 0 and PAREN_TITLE_RE.match(text, w.start - 1):
                continue  # 가온휠(회장 김하늘): the name follows; _paren_persons reads it
            stem_end = w.start + len(stem)
            # Anaphor: 윤 시장 / 윤시장 (a lone surname before the title); in re-spaced text an
            # adverb may stay glued to it (우선윤 시장, 이어윤 시장): the adverb is not a name.
            lone = words[i - 1].text if i > 0 else ""
            glued = next((a for a in self.cue.lead_adverbs if lone.startswith(a) and len(lone) == len(a) + 1), "")
            # 김하늘 전 도의원: 전 after a name marks a former post, not the surname of an anaphor
            former = i > 1 and lone in self.cue.former_markers and text[words[i - 1].end:w.start] == " " \
                and text[words[i - 2].end:words[i - 1].start] == " " and self.is_name(words[i - 2].text, words[i - 2])
            if not former and not prefix and i > 0 and len(lone) - len(glued) == 1 and not title.title[0].isdigit() \
                    and lone[len(glued):] in self.pat.surnames \
                    and text[words[i - 1].end:w.start].strip() == "":
                a0 = words[i - 1].start + len(glued)
                out.append(Mention(a0, stem_end, "Anaphor", text[a0:stem_end],
                                   "person_anaphor", particle=particle or particle_after(text, stem_end), props={"surname": lone[len(glued):],
                                                            "title": title.title}))
                continue
            if len(prefix) == 1 and prefix in self.pat.surnames and len(stem) <= 6 \
                    and not self.lookup(prefix + title.suffix) and title.suffix not in self.cue.no_anaphor_suffixes:
                out.append(Mention(w.start, stem_end, "Anaphor", stem, "person_anaphor",
                                   particle=particle or particle_after(text, stem_end), props={"surname": prefix, "title": title.title}))
                continue
            # Fused name + title (윤가람시장): a three-syllable name glued to the title.
            names: list[Word] = []
            between: list[Word] = []
            fused = self._fused_name(prefix, title) if len(prefix) >= 3 and not self.lookup(prefix) else None
            if fused is not None:
                k, place = fused
                names = [Word(w.start + k, w.start + k + 3, prefix[k:k + 3])]
                prefix = place
            else:
                names, between = self._name_before(text, words, i)
            outer = bool(names) and not between and text[names[-1].end:names[-1].end + 1] == "(" \
                and text[:w.start].rstrip().endswith(")")
            if not names:
                body = self._title_body(text, words, i, w, prefix, title, stem_end, particle)
                if body is not None:
                    out.append(body)
                continue
            if reporter and any(nm.text == reporter for nm in names):
                continue
            if i + 1 < n and words[i + 1].text in self.pat.not_actor_titles:
                continue
            # 김하늘 전 가온그룹 전무: the marker is no part of the body and the post is a past one
            former = any(x.text in self.cue.former_markers for x in between)
            between = [x for x in between if x.text not in self.cue.former_markers]
            body_span = self._body_span(words, w, prefix, between)
            shown = title.title if (not prefix or self._placeish(prefix, title)) else prefix + title.title
            title_particle = particle or particle_after(text, stem_end)
            bracket = AFTER_TITLE_BRACKET_RE.match(text, stem_end) if not title_particle else None
            if bracket:  # 김하늘 가온시장(왼쪽 가운데)이: a caption's or party's bracket is skipped
                title_particle = particle_after(text, bracket.end())
            for nm in names:
                out.append(Mention(nm.start, nm.end, "Person", nm.text, "title", particle=title_particle,
                                   props={"title": shown, "title_rule": title,
                                          "prefix": prefix, "body_span": body_span,
                                          "between_span": ((between[0].start, between[-1].end)
                                                           if between else None),
                                          "title_span": (w.start, stem_end), "paren_outer": outer,
                                          "former": former,
                                          "before": self._word_before(words, nm)}))
        out.extend(self._paren_persons(text, reporter))
        return self._party_label_posts(text, out)

    def _party_label_posts(self, text: str, out: list[Mention]) -> list[Mention]:
        """박구름(나래당 간사) 의원: a post labelled by a party inside the bracket yields to the
        title after it (GUIDE: a party label beside a post in another body gives no post in the
        party); a bracketed post in a named committee (예결위원장) stays the more specific one."""
        outer = {m.start: m for m in out if m.props.get("paren_outer")}
        if not outer:
            return out
        drop: set[int] = set()
        for k, m in enumerate(out):
            o = outer.get(m.start)
            if o is None or o is m or m.type != "Person":
                continue
            span = m.props.get("between_span")
            party = span is not None and any(b.kind == "party" for part in text[span[0]:span[1]].split()
                                             for b in self.lookup(part))
            drop.add(k if party else out.index(o))
        return [m for k, m in enumerate(out) if k not in drop]

    def _fused_name(self, prefix: str, title: Title) -> tuple[int, str] | None:
        """Lost spacing (…김민수원주시장): a three-syllable name glued before a place and title.

        Returns the name's offset in ``prefix`` and the place left before the title.
        """
        for k in range(len(prefix) - 3, -1, -1):
            name, place = prefix[k:k + 3], prefix[k + 3:]
            if not self.is_name(name):
                continue
            if not place:
                if k == 0:
                    return k, place
                continue
            if self.lookup(place) or (title.suffix and self.lookup(place + title.suffix)):
                return k, place
        return None

    def _title_body(self, text: str, words: list[Word], i: int, w: Word, prefix: str,
                    title: Title, stem_end: int, particle: str) -> Mention | None:
        """국토교통부장관, 국회의장, 대통령 비서실장: a post named without a person points at
        its body (an addressee of a request)."""
        tries: list[tuple[int, str]] = []
        if title.title == self.cue.office_title:
            return None  # 지역 국회의원실을 찾아: no MP named, no addressee
        if title.body:
            tries.append((w.start, title.body))
        if prefix and prefix not in self.cue.not_body_prefixes:
            if title.suffix:
                tries.append((w.start, prefix + title.suffix))
            tries.append((w.start, prefix))
        if i > 0 and text[words[i - 1].end:w.start] == " " and title.suffix:
            tries.append((words[i - 1].start, words[i - 1].text + prefix + title.suffix))
        for start, surface in tries:
            bodies = self.lookup(surface)
            if bodies:
                return Mention(start, stem_end, "Organization", text[start:stem_end], "title_body",
                               bodies=list(bodies), kind=bodies[0].kind,
                               particle=particle or particle_after(text, stem_end), priority=3,
                               props={"title_body": True})
        return None

    def _placeish(self, prefix: str, title: Title) -> bool:
        return bool(self.lookup(prefix) or (title.suffix and self.lookup(prefix + title.suffix))
                    or prefix in self.cue.placeish_prefixes)

    def _word_before(self, words: list[Word], w: Word) -> tuple[int, int] | None:
        for k, x in enumerate(words):
            if x is w or (x.start == w.start):
                return (words[k - 1].start, words[k - 1].end) if k > 0 else None
        return None

    def _paren_names(self, text: str, words: list[Word], i: int) -> list[Word]:
        """김하늘(가온·나래) 의원, 박구름(나래당 간사)·서하준 의원 등: the names before a closing
        bracket share the title after it; the bracket (a seat, a party, a side post) is no name."""
        w = words[i]
        head = text[:w.start].rstrip(" ")
        if not head.endswith(")") or len(text[len(head):w.start]) > 1:
            return []
        by_end = {x.end: k for k, x in enumerate(words[:i])}
        names: list[Word] = []
        pos = len(head)
        while True:
            if text[pos - 1] == ")":
                open_ = text.rfind("(", max(0, pos - 32), pos - 1)
                if open_ < 0 or "\n" in text[open_:pos] or ")" in text[open_:pos - 1]:
                    break
                k = by_end.get(open_)
            else:
                k = by_end.get(pos)
            if k is None or not self.is_name(words[k].text, words[k]):
                break
            names.insert(0, words[k])
            gap = PAREN_LIST_GAP_RE.search(text, max(0, words[k].start - 3), words[k].start)
            if gap is None:
                break
            pos = gap.start()
        return names

    def _name_before(self, text: str, words: list[Word], i: int) -> tuple[list[Word], list[Word]]:
        """The name(s) before the title word, skipping up to three body words between."""
        paren = self._paren_names(text, words, i)
        if paren:
            return paren, []
        between: list[Word] = []
        k = i
        for back in range(1, 5):
            k -= 1
            if k < 0:
                break
            cand = words[k]
            sep = text[cand.end:words[k + 1].start]
            if back > 1 and sep.strip() == ")" and between:
                # 김하늘(나래당·가온1) 도의회 가온위원장: the bracket after the name is skipped whole
                open_ = text.rfind("(", max(0, cand.end - 24), cand.end)
                jump = next((j for j in range(k, -1, -1) if words[j].end == open_), None)
                if jump is not None and self.is_name(words[jump].text, words[jump]):
                    return [words[jump]], list(reversed(between))
            if sep.strip(" ()㈜") and back > 1 and not sep.strip() in ("(", ")", ")(", "㈜"):
                break
            if "\n" in sep:
                break
            if self.is_name(cand.text, cand):
                names = [cand]
                # 서하준·문해든 의원: names joined by a middle dot share the title.
                j = k
                while j > 0 and text[words[j - 1].end:words[j].start] in ("·", "ㆍ", "・", "‧", ", ") \
                        and (self.is_name(words[j - 1].text, words[j - 1])
                             or (j > 1 and self._listed_name(words[j - 1].text)
                                 and text[words[j - 2].end:words[j - 1].start] in ("·", "ㆍ", "・", "‧")
                                 and self.is_name(words[j - 2].text, words[j - 2]))):
                    names.insert(0, words[j - 1])
                    j -= 1
                return names, list(reversed(between))
            if cand.text == self.cue.ordinal or cand.text.isdigit():
                continue
            if self.tags_of is not None:
                tags = [t.split("+")[-1] for t in self.tags_of(cand)]
                if tags and (tags[-1][0] in "JE" or tags[-1].startswith(("XSV", "XSA", "VCP"))) \
                        and not self.lookup(cand.text) and not self.org_suffix(cand.text):
                    break
            if any(cand.text.endswith(p) and len(cand.text) > 2 and not self.org_suffix(cand.text)
                   and not self.lookup(cand.text) for p in self.cue.clause_endings):
                break
            if cand.text in self.cue.former_markers and sep == " ":
                between.append(cand)  # 김하늘 전 도의원: read past the marker (persons() drops it)
                continue
            if back == 1 and not (self.lookup(cand.text) or self.org_suffix(cand.text)
                                  or re.search(r"[A-Za-z]", cand.text) or len(cand.text) >= 2):
                break
            between.append(cand)
        return [], []

    def _body_span(self, words: list[Word], w: Word, prefix: str,
                   between: list[Word]) -> tuple[int, int] | None:
        if between:
            return (between[0].start, between[-1].end)
        if prefix:
            return (w.start, w.start + len(prefix))
        return None

    def _paren_persons(self, text: str, reporter: str | None) -> list[Mention]:
        out = []
        for m in PAREN_TITLE_RE.finditer(text):
            title_word, name = m.group(1), m.group(2)
            hit = self.title_of(title_word)
            if not hit or hit[0] or not self.is_name(name) or name == reporter:
                continue
            out.append(Mention(m.start(2), m.end(2), "Person", name, "paren_title",
                               particle=particle_after(text, m.end()),
                               props={"title": hit[1].title, "title_rule": hit[1], "prefix": "",
                                      "body_before": m.start(), "title_span": (m.start(1), m.end(1))}))
        return out

    # -- bodies -----------------------------------------------------------------------------
    def organizations(self, text: str, words: list[Word], extra: dict[str, str],
                      date: str | None) -> list[Mention]:
        """Gazetteer names (up to three words), story-level names, suffix-shaped names."""
        out: list[Mention] = []
        n = len(words)
        i = 0
        while i < n:
            hit = None
            # Most words start no longer name at all: then only the word itself is tried.
            first = words[i].text
            longer = self.gaz.may_continue(first) or bool(extra) and any(k.startswith(first) for k in extra)
            for span in (3, 2, 1) if longer else (1,):
                if i + span > n:
                    continue
                group = words[i:i + span]
                joined = "".join(x.text for x in group[:-1])
                if span == 3 and not self.gaz.may_continue(joined) \
                        and not (extra and any(k.startswith(joined) for k in extra)):
                    continue
                dotted = False
                if span > 1:
                    gaps = [text[a.end:b.start] for a, b in itertools.pairwise(group)]
                    dotted = span == 2 and gaps[0] in ("·", "ㆍ", "・", "‧")
                    if any(g not in ("", " ") for g in gaps) and not dotted:
                        continue
                for stem, particle in group[-1].stems():
                    surface = joined + stem
                    # words hold no spaces or dots: the surface is its own lookup key
                    if len(surface) < 2 or surface not in self.gaz.keys and surface not in extra:
                        continue
                    bodies = self._gazetteer(group[0].start, group[-1].start + len(stem), surface, date)
                    if dotted and any(b.kind == "local_government" for b in bodies):
                        bodies = []  # 가온·한빛: a pair of places, not one body's name
                    key = "gazetteer"
                    if dotted and not bodies:
                        continue  # only a joint office (가온·한빛교육지원청) spans the dot
                    if not bodies and surface in extra:
                        key = "story"
                    elif not bodies:
                        continue
                    end = group[-1].start + len(stem)
                    if bodies and span == 1 and self._bare_place(surface, bodies):
                        real = particle or particle_after(text, end)
                        if real not in BARE_PLACE_PARTICLES:
                            continue
                    hit = Mention(group[0].start, end, "Organization", text[group[0].start:end], key,
                                  bodies=list(bodies), kind=(bodies[0].kind if bodies else extra.get(surface)),
                                  particle=particle or particle_after(text, end), priority=3)
                    break
                if hit:
                    break
            if hit:
                hit.props["span_words"] = span
                out.append(hit)
                i += span
                continue
            w = words[i]
            readings = w.stems()
            for stem, particle in readings[1:] + readings[:1]:
                suf = self.org_suffix(stem)
                if not suf or self.title_of(stem) or stem in self.anaphor_words:
                    continue
                end = w.start + len(stem)
                if suf[0] in self.pat.unit_needs_particle and not particle:
                    nxt = text[end:end + 1]
                    if nxt and nxt not in ",)’'\"”.·\n" and not text.startswith(self._list_end, end) \
                            and not self._title_next(text, end):  # 가온과 나래담당은: a unit
                        continue
                start = w.start
                if stem in self.pat.generic_org_heads and i > 0 and text[words[i - 1].end:w.start] == " ":
                    start = words[i - 1].start
                out.append(Mention(start, end, "Organization", text[start:end], "suffix", kind=suf[1],
                                   particle=particle or particle_after(text, end), priority=2))
                break
            i += 1
        out.extend(self._shared_suffix_places(text, date))
        out.extend(self._companies(text))
        out.extend(context_companies(text))  # 농업회사법인 X, X(회장 NAME), ABC 금융그룹
        return self._branches(text, words, out)

    def _shared_suffix_places(self, text: str, date: str | None) -> list[Mention]:
        """보은.옥천.영동군, 가온·나래구: places listed with one shared 군/시/구 at the end."""
        out: list[Mention] = []
        for m in SHARED_SUFFIX_RE.finditer(text):
            suffix = m.group(3)
            for stem in STEM_RE.finditer(m.group(1)):
                bodies = [b for b in self.lookup(stem.group() + suffix, date) if b.kind == "local_government"]
                if not bodies:
                    continue
                start = m.start(1) + stem.start()
                out.append(Mention(start, start + len(stem.group()), "Organization", stem.group(), "gazetteer",
                                   bodies=bodies, kind=bodies[0].kind, particle="", priority=3,
                                   props={"span_words": 1, "listed": True}))
        return out

    def _title_next(self, text: str, end: int) -> bool:
        """A post written right after the word (…과 주무관, …팀 팀장): the word is a unit."""
        nxt = re.match(r" ([가-힣]{2,12})", text[end:end + 14])
        if nxt is None:
            return False
        word = Word(end + 1, end + 1 + len(nxt.group(1)), nxt.group(1))
        for stem, _ in word.stems():
            hit = self.title_of(stem)
            # a bare head title (과장, 팀장) or a staff post (…담당, 주무관); "X과 Y과장" is "and"
            if hit and hit[1].unit and (not hit[0] or hit[1].title in self.cue.unit_staff_titles):
                return True
        return False

    def _companies(self, text: str) -> list[Mention]:
        """㈜가온솔루션, 늘봄다온㈜, (사)나래나눔: a name next to a company or association marker."""
        out = []
        for m in self.cue.marker.finditer(text):
            after = WORD_AFTER_RE.match(text, m.end())
            before = None
            if m.start() > 0 and text[m.start() - 1] not in " \n\t":
                k = m.start()
                while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "&") and m.start() - k < 40:
                    k -= 1
                before = (k, m.start()) if k < m.start() else None
            prefix_marker = m.group().strip() in self.cue.prefix_markers
            if after and (prefix_marker and not before):
                start, name = after.start(1), after.group(1)
                particle = ""
                for stem, p in Word(0, len(name), name).stems()[1:]:
                    if len(stem) >= 2:
                        name, particle = stem, p
                        break
            elif before:
                start, name = before[0], text[before[0]:before[1]]
                particle = particle_after(text, m.end())
            else:
                continue
            if len(name) < 2 or name in self.never:
                continue
            kind = "civic" if m.group().strip() in self.cue.civic_markers else "company"
            out.append(Mention(start, start + len(name), "Organization", name, "company", kind=kind,
                               particle=particle or particle_after(text, start + len(name)), priority=3,
                               props={"marked": text[min(start, m.start()):max(start + len(name), m.end())].strip()}))
        return out

    def _branches(self, text: str, words: list[Word], orgs: list[Mention]) -> list[Mention]:
        """한국전력 광명지사, 한양대학교 ERICA: a body followed by a part of it."""
        by_end = {m.end: m for m in orgs}
        out = list(orgs)
        for k, w in enumerate(words):
            parent = by_end.get(w.start - 1)
            if parent is None or text[w.start - 1] != " " or parent.type != "Organization":
                continue
            if parent.kind in ("unit",) or parent.particle:
                continue
            for stem, particle in w.stems():
                is_branch = (stem.endswith(self.pat.branch_suffixes) and len(stem) >= 3) \
                    or (re.fullmatch(r"[A-Z]{2,10}", stem) is not None)
                if not is_branch or stem in self.pat.title_by_name:
                    continue
                if parent.kind == "local_government" and not stem.endswith(self.cue.lg_branch_suffix):
                    continue
                if stem.endswith(self.cue.committee_ending) and parent.kind not in ("council", "party"):
                    continue
                if parent.kind in ("council", "party") and not stem.endswith(self.cue.committee_ending):
                    continue
                end = w.start + len(stem)
                out.append(Mention(parent.start, end, "Organization", text[parent.start:end], "branch",
                                   kind=parent.kind if parent.kind != "local_government" else "unit",
                                   particle=particle or particle_after(text, end), priority=4,
                                   props={"parent_span": (parent.start, parent.end)}))
                break
        return out


def subject_like(m: Mention) -> bool:
    return m.particle in SUBJECT
