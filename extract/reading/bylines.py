"""Who wrote a story, for which outlet and when: bylines, datelines, signatures, dates.

The patterns live in ``extract/data/patterns/bylines.yaml``; a match yields a :class:`Meta`
and the part of the line that is still story text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from extract.reading.chrome import Line, iso_date
from extract.reading.patterns import ReadingPatterns, reading_patterns

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Meta:
    """What a byline-like line tells about its story (any part may be unknown)."""

    outlet: str | None = None
    reporter: str | None = None
    date: str | None = None
    date_rank: int = 99  # lower wins: publication date before modification date

    def absorb(self, other: Meta) -> None:
        """Fill unknown parts from ``other``; a better-ranked date replaces a worse one."""
        self.outlet = self.outlet or other.outlet
        self.reporter = self.reporter or other.reporter
        if other.date and other.date_rank < self.date_rank:
            self.date, self.date_rank = other.date, other.date_rank


def _group(match: re.Match[str], name: str) -> str | None:
    if name not in match.re.groupindex:
        return None
    value = match.group(name)
    return value.strip() if value else None


def _meta(match: re.Match[str], date_rank: int = 50) -> Meta:
    reporter = _group(match, "reporter") or _group(match, "reporter2")
    if reporter:
        reporter = re.sub(r"\s*(기자|특파원)$", "", reporter) or None
    raw_date = _group(match, "date")
    date = iso_date(raw_date) if raw_date else None
    return Meta(
        outlet=_group(match, "outlet"),
        reporter=reporter,
        date=date,
        date_rank=date_rank if date else 99,
    )


class Bylines:
    """Applies the byline patterns of ``bylines.yaml``."""

    def __init__(self, patterns: ReadingPatterns | None = None) -> None:
        self.patterns = patterns or reading_patterns()

    def story_start(self, line: Line) -> tuple[Meta, Line] | None:
        """``OUTLET REPORTER 기자 | body…`` → the byline's meta and the body after it."""
        for pattern in self.patterns.story_start:
            match = pattern.match(line.text)
            if match:
                return _meta(match), line.cut(match.end(), len(line.text))
        return None

    def dateline(self, line: Line) -> tuple[Meta, Line] | None:
        """``(세종=뉴스1) 오세린 기자 = body…`` → meta and the body after the dateline."""
        for pattern in self.patterns.dateline:
            match = pattern.match(line.text)
            if match:
                return _meta(match), line.cut(match.end(), len(line.text))
        return None

    def date_line(self, text: str) -> Meta | None:
        """``기사승인 : 2026-01-08 08:05:26`` → its date (ranked by the pattern's order)."""
        for rank, pattern in enumerate(self.patterns.date_lines):
            match = pattern.match(text)
            if match:
                meta = _meta(match, date_rank=rank)
                if meta.date:
                    return meta
        return None

    def meta_line(self, text: str) -> Meta | None:
        """A line that only carries reporter, date, outlet or an e-mail address."""
        for pattern in self.patterns.meta_lines:
            match = pattern.match(text)
            if match:
                return _meta(match)
        return None

    def signature(self, line: Line) -> tuple[Meta, Line] | None:
        """``… 건의했다. 구민재기자`` → the reporter and the text before the signature."""
        for pattern in self.patterns.signature:
            match = pattern.search(line.text)
            if match:
                return _meta(match), line.cut(0, match.start())
        return None
