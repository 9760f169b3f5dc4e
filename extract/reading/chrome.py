"""Lines of a decoded article and the page chrome among them, driven by pattern data.

A :class:`Line` is always one contiguous slice of the decoded text, so that cutting chrome
from its start or end keeps every character traceable to its offset in the file.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from extract.reading.patterns import ReadingPatterns, reading_patterns

log = logging.getLogger(__name__)

# List bullets of web pages (not the ▲ △ ∆ markers that belong to Korean news prose).
_BULLET = re.compile(r"^[•◦▪●○■□※-]\s*|^·\s+")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_DATE = re.compile(r"(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})")


@dataclass(frozen=True, slots=True)
class Line:
    """A trimmed line: ``text`` equals ``decoded[start:start + len(text)]``."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def cut(self, begin: int, finish: int) -> Line:
        """The sub-slice ``text[begin:finish]``, trimmed of surrounding whitespace."""
        piece = self.text[begin:finish]
        lead = len(piece) - len(piece.lstrip())
        return Line(piece.strip(), self.start + begin + lead)


def split_lines(text: str) -> list[Line]:
    """Non-empty trimmed lines with their offsets in ``text``."""
    lines = []
    for match in _LINE.finditer(text):
        raw = match.group(0).rstrip("\r\n")
        if not raw.strip():
            continue
        lines.append(Line(raw, match.start()).cut(0, len(raw)))
    return lines


def without_bullet(line: Line) -> Line:
    """The line without a leading web-list bullet (•, ·, -)."""
    match = _BULLET.match(line.text)
    return line.cut(match.end(), len(line.text)) if match else line


def iso_date(text: str) -> str | None:
    """First ``YYYY.MM.DD`` / ``YYYY-MM-DD`` / ``YYYY년 M월 D일`` in ``text`` as ISO, if valid."""
    match = _DATE.search(text)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if not (1990 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


class Chrome:
    """Applies the chrome patterns of ``chrome.yaml`` to lines."""

    def __init__(self, patterns: ReadingPatterns | None = None) -> None:
        self.patterns = patterns or reading_patterns()

    def is_dropped(self, text: str) -> bool:
        """A whole line of chrome (menu, button, widget, contact line, bare credit)."""
        return any(p.match(text) for p in self.patterns.drop_lines)

    def is_stop(self, text: str) -> bool:
        """A line after which the rest of the story is chrome (licence, comments, lists)."""
        return any(p.match(text) for p in self.patterns.stop_lines)

    def strip(self, line: Line) -> Line:
        """Cut outlet tags from the start and photo credits from the end of a line."""
        changed = True
        while changed and line.text:
            changed = False
            for pattern in self.patterns.strip_prefix:
                match = pattern.match(line.text)
                if match and match.end() < len(line.text):
                    line = line.cut(match.end(), len(line.text))
                    changed = True
            for pattern in self.patterns.strip_suffix:
                match = pattern.search(line.text)
                if match and match.start() > 0:
                    line = line.cut(0, match.start())
                    changed = True
        return line

    def copyright_outlet(self, text: str) -> str | None:
        """The outlet a copyright notice names (저작권자 © OUTLET 무단전재 …)."""
        for pattern in self.patterns.copyright_outlet:
            match = pattern.search(text)
            if match:
                outlet = match.group("outlet").strip(" .,[]")
                if outlet:
                    return outlet
        return None

    def prefix_tag(self, text: str) -> str | None:
        """The outlet in a leading ``[OUTLET]`` tag, if the line has one."""
        match = re.match(r"^\[\s*([^\]=ⓒ©]{2,20}?)\s*\]\s+\S", text)
        if match and "저작권" not in match.group(1):
            return match.group(1)
        return None
