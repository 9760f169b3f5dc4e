"""Candidate Programme and Fund mentions: quoted names, list items, name-shaped phrases.

GUIDE: a programme is a named policy, project, subsidy, service, facility or plan; typically
quoted (‘…’), listed after ▲ △ • ∆, or ending in 사업, 프로젝트, 수당 …; one-off meetings,
laws, slogans and goals are not programmes. A named fund or 기금 is a Fund.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from extract.amounts import find_amounts
from extract.generic_programmes import is_generic_programme
from extract.lists import (  # lists in running text
    costed_agreements,
    costed_budget,
    enumerated,
    headed,
    relocations,
)
from extract.mention import Mention
from extract.patterns import Patterns
from extract.words import Word, particle_after

log = logging.getLogger(__name__)

QUOTE_RE = re.compile(r"‘([^‘’\n]{2,45})’|'([^'\n]{2,45})'|“([^“”\n]{2,45})”|\"([^\"\n]{2,45})\"|「([^「」\n]{2,45})」|『([^『』\n]{2,45})』|`([^`'\n]{2,45})'")
NOMINAL = {"ETN", "NNG", "NNP", "NNB", "SN", "SL", "SH", "XSN", "XPN", "NR", "SW", "SO", "W_SERIAL", "SP", "SSO", "SSC"}
CLAUSE_TAGS = ("ETM", "JKO", "JKB", "EC", "JKS", "ETN")
AMOUNT_CUT = re.compile(r"[\s(]*\d[\d,.]*\s*[조억만천][\d,.조억만천백십\s]*원?\s*\)?\s*(\([^()]*\)\s*)*$")
TRAIL_RE_CACHE: dict[int, re.Pattern[str]] = {}


class ProgrammeFinder:
    def __init__(self, pat: Patterns) -> None:
        self.pat = pat
        self.cue = cue = pat.programmes
        acts = "|".join(re.escape(a) for a in pat.trailing_actions)
        self.trailing = re.compile(r"(?:\s*(?:" + acts + r"))+\s*$")
        self.paren_tail = re.compile(r"\s*\([^()]*\)\s*$")
        markers = re.escape(pat.list_markers)
        self.item_re = re.compile("[" + markers + r"]\s*([^" + markers + r"\n]+)")
        self.item_end = cue.item_end
        self.measure_words = (*cue.measure_words, *cue.concrete_works)
        self.events = tuple(pat.events)
        self._flat_events = tuple(e.replace(" ", "") for e in self.events)
        self.costed_item = False  # set while reading a list item written with its cost

    # -- helpers -----------------------------------------------------------------------------
    def kind_of(self, name: str) -> str | None:
        """Programme, Fund or None (an event, a law, a generic word)."""
        bare = name.strip(" .,·")
        flat = bare.replace(" ", "")
        if len(flat) < 2 or bare in self.pat.prog_generic or flat in self.pat.prog_generic:
            return None
        if is_generic_programme(bare):  # 지역현안사업, 공공 발주 공사: no name of its own
            return None
        if (bare.endswith(self.events) or flat.endswith(self._flat_events)) \
                and not self.costed_item:
            return None
        if self.cue.legal_ending.search(flat) or flat.endswith(self.cue.venues):
            return None
        if flat.endswith(self.pat.fund_suffixes) or self.cue.fund_word in flat and not flat.endswith(self.cue.project_word):
            return "Fund"
        core = self.pat.counters.sub("", flat)
        if len(re.sub(r"[^가-힣A-Za-z]", "", core)) < 2:
            return None
        return "Programme"

    def _clean(self, name: str) -> str:
        name = name.strip(" ,.·:;-~")
        for _ in range(3):
            new = self.paren_tail.sub("", name)
            new = self.trailing.sub("", new).strip(" ,.·:;")
            if new == name:
                break
            name = new
        if name.endswith(self.cue.project_cost):  # 가온 진흥사업비 반영: the money of the 가온 진흥사업
            name = name[:-1]
        words = name.split(" ")
        # 가온시 160억 규모 청년펀드: what comes before 규모 is the size, not the name
        size = next((k for k, w in enumerate(words[:4]) if w in self.cue.size_words and k + 1 < len(words)), None)
        if size is not None and any(ch.isdigit() for ch in "".join(words[:size])):
            words = words[size + 1:]
        while len(words) > 1 and (words[0] in self.pat.stop_heads or self.cue.date_word.match(words[0])):
            words = words[1:]
        return " ".join(words)

    # -- finders -------------------------------------------------------------------------------
    def quoted(self, text: str,
               tags_in: Callable[[int, int], list[tuple[int, int, str]]] | None = None) -> list[Mention]:
        out = []
        for m in QUOTE_RE.finditer(text):
            g = next(i for i in range(1, 8) if m.group(i) is not None)
            inner = m.group(g).strip()
            start = m.start(g) + (len(m.group(g)) - len(m.group(g).lstrip()))
            after = text[m.end():m.end() + 12]
            if self.pat.quote_not_programme.search(after) or self.cue.not_a_name.search(inner):
                continue
            if tags_in is not None and any(
                    t.split("+")[-1] in ("EF", "JKS", "VCP", "JX") or "EF" in t or t.startswith("VCP")
                    for _, _, t in tags_in(start, start + len(inner))):
                continue
            if " " not in inner and len(inner) <= 3:
                continue
            if self.pat.abstract_endings.search(inner):
                continue
            if inner.replace(" ", "").endswith(self.cue.quoted_body_ends) and len(inner.replace(" ", "")) >= 5:
                # ‘가온 상생 협의체’를 구축: a quoted body that is set up, not a programme
                out.append(Mention(start, start + len(inner), "Organization", inner, "quote_unit",
                                   kind="civic", particle=particle_after(text, m.end()), priority=5,
                                   props={"name": inner}))
                continue
            if after.startswith(self.cue.team_word):  # ‘나래돌봄지원센터’팀: a unit
                out.append(Mention(start, m.end() + 1, "Organization", inner + self.cue.team_word, "quote_unit",
                                   kind="unit", particle=particle_after(text, m.end() + 1), priority=5,
                                   props={"name": inner + self.cue.team_word}))
                continue
            name = self._clean(inner)
            kind = self.kind_of(name)
            if kind is None or len(name) > 40:
                continue
            out.append(Mention(start, start + len(inner), kind, name, "quote",
                               particle=particle_after(text, m.end()), priority=4,
                               props={"name": name}))
        return out

    def items(self, text: str, tags_in: Callable[[int, int], list[tuple[int, int, str]]]) -> list[Mention]:
        out = []
        for m in self.item_re.finditer(text):
            body_start, raw = m.start(1), m.group(1)
            line_start = m.start() == 0 or text[m.start() - 1] == "\n"
            if line_start and self.cue.caption.search(raw):
                continue  # a caption or subtitle line under a marker, not a list item
            cut = self.item_end.search(raw)
            if cut:
                raw = raw[: cut.start()]
            raw = raw.rstrip()
            if not raw or len(raw) > 70 or self.cue.ends_sentence.search(raw):
                continue
            amount = AMOUNT_CUT.search(raw)
            item_amount = find_amounts(raw)
            if amount:
                raw = raw[: amount.start()].rstrip(" (")
            pieces = [(0, raw)]
            if ", " in raw and len(raw) < 70:
                pieces = []
                pos = 0
                depth = 0
                last = 0
                for idx, ch in enumerate(raw):
                    depth += ch == "("
                    depth -= ch == ")"
                    if depth == 0 and raw.startswith(", ", idx):
                        pieces.append((last, raw[last:idx]))
                        last = idx + 2
                pieces.append((last, raw[last:]))
            extra: list[tuple[int, str]] = []
            for offset, piece in pieces:
                colon = piece.find(":")
                if 2 < colon < 20:
                    extra.append((offset, piece[:colon].rstrip()))
                inner = re.search(r"\(([^()]*,[^()]*,[^()]*)\)", piece)
                if inner and all(len(x.strip()) >= 4 for x in inner.group(1).split(",")):
                    pos = inner.start(1)
                    for part in inner.group(1).split(","):
                        lead = len(part) - len(part.lstrip())
                        cut = self.item_end.search(part)
                        body = part[: cut.start()] if cut else part
                        extra.append((offset + pos + lead, body.strip()))
                        pos += len(part) + 1
            if extra:
                pieces = extra
            for offset, piece in pieces:
                start = body_start + offset
                if self.pat.abstract_endings.search(piece.rstrip(" .,")) and not any(
                        w in piece for w in self.cue.concrete_works):
                    continue
                mention = self._item_mention(text, start, piece, tags_in)
                if mention is None and item_amount and len(pieces) == 1:
                    # △주민 화합 행사(1억 원): a costed line item is a programme, even an event
                    self.costed_item = True
                    try:
                        mention = self._item_mention(text, start, piece, tags_in)
                    finally:
                        self.costed_item = False
                if mention:
                    if item_amount and len(pieces) == 1 and "amount_krw" not in mention.props \
                            and not self.pat.per_recipient.search(raw[-8:]):
                        mention.props["amount_krw"] = item_amount[0][2]
                    out.append(mention)
        return (out + enumerated(text, self, tags_in) + headed(text, self, tags_in) + costed_agreements(text)
                + costed_budget(text, self, tags_in) + relocations(text))

    def _item_mention(self, text: str, start: int, piece: str,
                      tags_in: Callable[[int, int], list[tuple[int, int, str]]]) -> Mention | None:
        end = start + len(piece)
        amounts = find_amounts(piece)
        core_start = start
        # The last clause boundary (…를 위한, …에게, …을 파견해) ends the description.
        depth = 0
        for a, b, tag in tags_in(start, end):
            ch = text[a:b]
            if ch in "([":
                depth += 1
            elif ch in ")]":
                depth = max(0, depth - 1)
            elif depth == 0 and any(t in tag for t in CLAUSE_TAGS) and text[b:b + 1] == " ":
                core_start = b + 1
        core = self._clean(text[core_start:end])
        whole = self._clean(piece)
        # ▲나래구 청년꿈터 운영: a leading district names who runs the item, not the item.
        lead = self.cue.lead_place.match(whole)
        if lead and len(whole) > lead.end() + 2:
            whole = whole[lead.end():]
            if core.startswith(lead.group(0)):
                core = core[lead.end():]
        name = core if core and self.kind_of(core) and (" " in core or len(core) >= 4) else whole
        if not name or self.kind_of(name) is None or len(name.replace(" ", "")) < 3:
            return None
        if self.pat.abstract_endings.search(name) and not any(
                suf in name for suf in self.measure_words):
            return None
        offset = text.find(name, start, end + 1)
        if offset == -1:
            offset = start
        props = {"name": name, "item": True, "item_span": (start, end)}
        if amounts and not self.pat.per_recipient.search(piece[: amounts[0][0]][-8:]):
            props["amount_krw"] = amounts[0][2]
        return Mention(offset, offset + len(name), self.kind_of(name) or "Programme", name, "item",
                       particle=particle_after(text, end), priority=3, props=props)

    def phrases(self, text: str, words: list[Word],
                tags_of: Callable[[Word], list[str]]) -> list[Mention]:
        """Noun phrases ending in a programme or fund suffix."""
        out = []
        suffixes = self.pat.phrase_suffixes + self.pat.fund_suffixes
        multi = self.pat.phrase_suffixes_multiword
        for i, w in enumerate(words):
            need_words = 1
            for stem, particle in w.stems():
                if stem.endswith(suffixes) and not stem.endswith(self.events):
                    break
                if stem.endswith(multi) and i >= 2:
                    need_words = 3 if stem in multi else 2
                    break
            else:
                continue
            end = w.start + len(stem)
            k = i
            while k > 0 and i - k < 7:
                prev = words[k - 1]
                sep = text[prev.end:words[k].start]
                if sep not in (" ", "", "·", "-", "~", "‧"):
                    break
                if prev.text in self.pat.stop_heads or self.cue.date_word.match(prev.text):
                    break
                tags = tags_of(prev)
                if not tags or not all(t.split("+")[0] in NOMINAL for t in tags):
                    break
                if prev.text.endswith(self.cue.phrase_break_endings) or prev.text in self.cue.phrase_break_words:
                    break
                k -= 1
            if i - k + 1 < need_words:
                continue
            start = words[k].start
            name = self._clean(text[start:end])
            if self.cue.fund_act.search(name):
                continue
            kind = self.kind_of(name)
            if kind is None or (" " not in name and len(name) <= 3):
                continue
            if self.cue.counted.match(name) or self.pat.abstract_endings.search(name):
                continue
            parts = name.split(" ")
            head = parts[0]
            if head.endswith(self.cue.modifier_endings) and len(head) <= 4 and name.count(" ") <= 1:
                continue
            if len(parts) >= 2 and parts[-2].endswith(self.cue.type_endings):
                continue
            off = text.find(name, start, end + 1)
            off = start if off == -1 else off
            out.append(Mention(off, off + len(name), kind, name, "phrase",
                               particle=particle or particle_after(text, end), priority=1,
                               props={"name": name}))
        return out
