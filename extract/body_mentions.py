"""Organization mentions: gazetteer names, story-level names, suffix-shaped names, places
sharing one suffix, marked companies and a body's branches."""

from __future__ import annotations

import itertools
import logging
import re

from extract.companies import context_companies
from extract.mention import Mention
from extract.name_shapes import NameShapes
from extract.words import BARE_PLACE_PARTICLES, Word, particle_after

log = logging.getLogger(__name__)

WORD_AFTER_RE = re.compile(r"\s?([0-9A-Za-z가-힣&]{2,40})")
# 보은.옥천.영동군: two-syllable place stems joined by dots, the suffix written once at the end.
SHARED_SUFFIX_RE = re.compile(r"(?<![가-힣.·ㆍ])((?:[가-힣]{2}[.·ㆍ]){1,9})([가-힣]{2})(군|시|구)(?![가-힣]{2})")
STEM_RE = re.compile(r"[가-힣]{2}")


class BodyMentions(NameShapes):
    """Finds Organization mentions."""

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
