"""Person mentions: a name before a title (김하늘 가온시장), bracketed titles (회장 김하늘),
anaphors (윤 시장), and posts named without a person that point at their body."""

from __future__ import annotations

import logging
import re

from extract.mention import Mention
from extract.name_shapes import NameShapes
from extract.patterns import Title
from extract.words import Word, particle_after

log = logging.getLogger(__name__)

# "(회장 김하늘)" or "(조합장:김하늘)": a colon may stand between the title and the name.
PAREN_TITLE_RE = re.compile(r"\(\s*([가-힣0-9]{1,12})(?:\s*[:：]\s*|\s+)([가-힣]{2,4})\s*\)")
AFTER_TITLE_BRACKET_RE = re.compile(r"\([^()]{1,15}\)")
PAREN_LIST_GAP_RE = re.compile(r"(?:, ?|[·ㆍ・‧])$")


class PersonMentions(NameShapes):
    """Finds Person mentions (and the Anaphor and title-body mentions met on the way)."""

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
