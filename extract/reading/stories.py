"""One decoded article file → its stories, each with title, date, outlet, reporter, clean text.

Segmentation follows what Korean news files really hold:

- a line opening with ``OUTLET REPORTER 기자 |`` starts a story (digests of many stories);
- a reporter's signature (``… 건의했다. 구민재기자``) ends one (newspaper pages);
- headlines and captions that a page layout put away from their story (before the next
  story, or after the last) go back to the story they share most words with.

Page chrome is removed by :class:`~extract.reading.chrome.Chrome`; newspaper text whose
spacing was lost is re-joined and re-spaced (:mod:`extract.reading.spacing`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from extract.reading.bylines import Bylines, Meta
from extract.reading.chrome import Chrome, Line, split_lines, without_bullet
from extract.reading.spacing import long_run_share, respace, spacing_rules
from extract.reading.wrapping import continues, hard_wrapped
from ontology.model import Story

log = logging.getLogger(__name__)

_SENTENCE_END = re.compile(r"[다요음함됨임][.!?]|[.!?][\"”’')]?\s*$")
_LINE_END_SENTENCE = re.compile(r"[.!?][\"”’')]?\s*$")
_WORDISH = re.compile(r"[^0-9A-Za-z가-힣]")
# A headline is short and is not a finished sentence.
HEADLINE_MAX = 80
# Containment of a line's character bigrams in a story needed to attach it there.
ATTACH_MIN = 0.34
MOVE_MARGIN = 0.1
# Last syllables that cannot end a headline: particles and connective endings.
_CONTINUING = set("와를을는은에며및")


@dataclass
class Segment:
    """Lines that belong to one story, and what its bylines said."""

    lines: list[Line] = field(default_factory=list)
    meta: Meta = field(default_factory=Meta)
    opened_by_byline: bool = False
    signed: bool = False
    moved_in: list[Line] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)

    def has_sentence(self) -> bool:
        return any(_SENTENCE_END.search(line.text) for line in self.lines)

    def add(self, line: Line) -> None:
        key = _WORDISH.sub("", line.text)
        repeated = bool(self.lines) and key == _WORDISH.sub("", self.lines[-1].text)
        if repeated or (len(key) >= 8 and key in self.keys):
            return  # the same headline or caption printed twice
        self.keys.add(key)
        self.lines.append(line)

    def trailing_headlines(self) -> list[Line]:
        """Headline-like lines after the last finished sentence (a next story's title)."""
        tail: list[Line] = []
        for line in reversed(self.lines):
            if not is_headline(line.text):
                break
            tail.insert(0, line)
        return tail if len(tail) < len(self.lines) else []


def is_headline(text: str) -> bool:
    return 0 < len(text) <= HEADLINE_MAX and not _SENTENCE_END.search(text)


def _bigrams(text: str) -> set[str]:
    squashed = _WORDISH.sub("", text)
    return {squashed[i:i + 2] for i in range(len(squashed) - 1)}


def _containment(line: str, body: set[str]) -> float:
    """Share of the line's character bigrams found in ``body``."""
    grams = _bigrams(line)
    return len(grams & body) / len(grams) if grams else 0.0


def _unfinished(text: str) -> bool:
    """A line cut after a particle or connective (…대표와) continues on the next line."""
    return bool(text) and text[-1] in _CONTINUING and not _LINE_END_SENTENCE.search(text)


class StorySplitter:
    """Turns the decoded text of one file into :class:`Story` objects."""

    def __init__(self, chrome: Chrome | None = None, bylines: Bylines | None = None) -> None:
        self.chrome = chrome or Chrome()
        self.bylines = bylines or Bylines()

    # -- segmentation ------------------------------------------------------------------
    def segments(self, text: str) -> tuple[list[Segment], Meta]:
        """Split the file's lines into segments; also return the file-level meta."""
        file_meta = Meta()
        done: list[Segment] = []
        current = Segment()
        stopped = False

        def close(signed: bool = False) -> Segment:
            current.signed = current.signed or signed
            done.append(current)
            return Segment()

        for raw in split_lines(text):
            line = without_bullet(raw)
            start = self.bylines.story_start(line)
            if start is not None:
                meta, line = start
                carried = current.trailing_headlines() if not stopped else []
                if current.lines:
                    current.lines = current.lines[: len(current.lines) - len(carried)]
                    current = close()
                current = Segment(meta=meta, opened_by_byline=True)
                for headline in carried:
                    current.add(headline)
                stopped = False
                if not line.text:
                    continue
            if stopped:
                outlet = self.chrome.copyright_outlet(line.text)
                current.meta.absorb(Meta(outlet=outlet))
                file_meta.absorb(Meta(outlet=outlet))
                continue
            if self.chrome.is_stop(line.text):
                outlet = self.chrome.copyright_outlet(line.text)
                current.meta.absorb(Meta(outlet=outlet))
                file_meta.absorb(Meta(outlet=outlet))
                if current.has_sentence():
                    stopped = True
                continue
            dated = self.bylines.date_line(line.text)
            if dated is not None:
                current.meta.absorb(dated)
                file_meta.absorb(dated)
                continue
            only_meta = self.bylines.meta_line(line.text)
            if only_meta is not None:
                current.meta.absorb(only_meta)
                file_meta.absorb(only_meta)
                if _is_signature_line(line.text, only_meta) and current.has_sentence():
                    current = close(signed=True)
                continue
            if self.chrome.is_dropped(line.text):
                continue
            dateline = self.bylines.dateline(line)
            if dateline is not None:
                meta, line = dateline
                current.meta.absorb(meta)
            tag = self.chrome.prefix_tag(line.text)
            if tag:
                current.meta.absorb(Meta(outlet=tag))
            line = self.chrome.strip(line)
            if not line.text or self.chrome.is_dropped(line.text):
                continue
            signature = self.bylines.signature(line)
            if signature is not None:
                meta, line = signature
                current.meta.absorb(meta)
                if line.text:
                    current.add(line)
                current = close(signed=True)
                continue
            current.add(line)
        close()
        return [s for s in done if s.lines], file_meta

    # -- layout repair -------------------------------------------------------------------
    def regroup(self, segments: list[Segment]) -> list[Segment]:
        """Give stray headlines and captions back to their stories."""
        stories = [s for s in segments if s.signed or s.opened_by_byline]
        if not stories:
            return segments
        strays = [s for s in segments if not (s.signed or s.opened_by_byline)]
        order = {id(s): n for n, s in enumerate(segments)}
        bodies = {id(s): _bigrams(" ".join(line.text for line in s.lines)) for s in stories}
        if len(stories) > 1:
            for story in stories[1:]:
                self._move_leading_lines(story, stories, bodies)
        for stray in strays:
            follow: Segment | None = None
            for line in stray.lines:
                target = follow or self._best_story(line.text, stories, bodies)
                if target is None:
                    previous = [s for s in stories if order[id(s)] < order[id(stray)]]
                    target = previous[-1] if previous else stories[0]
                target.moved_in.append(line)
                target.meta.absorb(stray.meta)
                # a caption cut after a particle pulls its continuation along
                follow = target if _unfinished(line.text) else None
        return stories

    def _best_story(
        self, text: str, stories: list[Segment], bodies: dict[int, set[str]]
    ) -> Segment | None:
        """The story sharing most of the line's bigrams, if it shares enough."""
        scored = [(_containment(text, bodies[id(s)]), -n) for n, s in enumerate(stories)]
        best, index = max(scored)
        return stories[-index] if best >= ATTACH_MIN else None

    def _move_leading_lines(
        self, story: Segment, stories: list[Segment], bodies: dict[int, set[str]]
    ) -> None:
        """Headlines printed at the top of a story's block that belong to another story."""
        leading = 0
        while leading < len(story.lines) and is_headline(story.lines[leading].text):
            leading += 1
        rest = _bigrams(" ".join(x.text for x in story.lines[leading:]))
        while len(story.lines) > 1 and is_headline(story.lines[0].text):
            line = story.lines[0]
            own = _containment(line.text, rest)
            others = [s for s in stories if s is not story]
            target = self._best_story(line.text, others, bodies)
            if target is None:
                return
            if _containment(line.text, bodies[id(target)]) < own + MOVE_MARGIN:
                return
            target.moved_in.append(story.lines.pop(0))

    # -- assembly ------------------------------------------------------------------------
    def stories(self, text: str, source: str) -> list[Story]:
        """All stories of one decoded file, numbered from 0 in file order."""
        segments, file_meta = self.segments(text)
        segments = self.regroup(segments)
        lost = long_run_share(" ".join(line.text for s in segments for line in s.lines)) >= (
            spacing_rules().lost_share
        )
        if lost:
            log.info("%s: word spacing lost; re-joining lines and re-spacing", source)
        found: list[Story] = []
        for segment in segments:
            wrapped = not lost and hard_wrapped([line.text for line in segment.lines])
            body, origin = _assemble(segment, joined=lost, wrapped=wrapped)
            if lost:
                body, origin = respace(body, origin)
            if not body.strip():
                continue
            meta = segment.meta
            meta.absorb(file_meta)
            first = body.split("\n", 1)[0]
            headline_source = (segment.moved_in or segment.lines)[0].text
            title = first.strip() if is_headline(headline_source) and "\n" in body else None
            if wrapped and title is not None and title != headline_source.strip():
                title = None  # the first line was only the start of a wrapped sentence
            found.append(
                Story(
                    source=source,
                    index=len(found),
                    text=body,
                    title=title,
                    date=meta.date,
                    outlet=meta.outlet,
                    reporter=meta.reporter,
                    origin=origin,
                )
            )
        return found


def _is_signature_line(text: str, meta: Meta) -> bool:
    """A reporter-only line (``나은비기자 eunbi.na@…``, ``/문도현기자``) ends its story."""
    return bool(meta.reporter) and not meta.date and ("@" in text or text.rstrip().endswith("기자"))


def _assemble(segment: Segment, joined: bool, wrapped: bool = False) -> tuple[str, list[int]]:
    """The segment's text and, per character, its offset in the decoded file.

    Moved headlines and captions come first, one paragraph each. With ``joined`` (spacing
    lost, lines broken inside words) body lines are glued back together and a paragraph
    ends only after a finished sentence.
    """
    parts: list[str] = []
    origin: list[int] = []

    def put(line: Line, separator: str | None) -> None:
        if separator is not None and parts:
            parts.append(separator)
            origin.append(max(origin[-1] + 1 if origin else line.start, 0))
        parts.append(line.text)
        origin.extend(range(line.start, line.end))

    for n, line in enumerate(segment.moved_in):
        glue = joined and n > 0 and _unfinished(segment.moved_in[n - 1].text)
        put(line, None if glue else "\n")
    previous: Line | None = None
    for line in segment.lines:
        if wrapped and previous is not None and continues(previous.text, line.text,
                                                          first=previous is segment.lines[0]):
            put(line, " ")  # hard-wrapped line with its spaces kept: same sentence
        elif previous is None or not joined or _LINE_END_SENTENCE.search(previous.text):
            put(line, "\n")
        else:
            parts.append(line.text)
            origin.extend(range(line.start, line.end))
        previous = line
    return "".join(parts), origin


def split_stories(text: str, source: str) -> list[Story]:
    """Convenience wrapper: the stories of one decoded file."""
    return StorySplitter().stories(text, source)
