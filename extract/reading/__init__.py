"""Reading: files people really have → clean :class:`~ontology.model.Story` objects.

Public API::

    iter_input_files(paths)          files, directories (recursive) or globs → files
    read_stories(path)               one file → its stories
    read_bytes_stories(data, source) uploaded bytes → stories
    read_text_stories(text, source)  already-decoded text (plain or HTML) → stories

Every failure to read a file is an :class:`~ontology.errors.InputError` naming the file and
the cause (binary, empty, undecodable, missing).
"""

from __future__ import annotations

import logging
from pathlib import Path

from extract.reading.decode import decode_bytes
from extract.reading.html import looks_like_html, read_html
from extract.reading.inputs import ARTICLE_SUFFIXES, iter_input_files
from extract.reading.stories import StorySplitter
from ontology.errors import InputError
from ontology.model import Story

log = logging.getLogger(__name__)

_splitter: StorySplitter | None = None


def _story_splitter() -> StorySplitter:
    global _splitter
    if _splitter is None:
        _splitter = StorySplitter()
    return _splitter


def read_text_stories(text: str, source: str, html: bool | None = None) -> list[Story]:
    """Stories of already-decoded text; HTML is detected unless ``html`` says.

    Raises:
        InputError: when the text holds no story.
    """
    name = Path(source).name
    is_html = looks_like_html(text) if html is None else html
    if not is_html:
        stories = _story_splitter().stories(text, name)
    else:
        page = read_html(text, source)
        stories = _story_splitter().stories(page.text, name)
        for story in stories:
            # offsets refer to trafilatura's text, not to the HTML file
            story.origin = None
            story.date = page.date or story.date
            story.outlet = page.outlet or story.outlet
            story.reporter = story.reporter or page.reporter
        if len(stories) == 1 and page.title:
            story = stories[0]
            story.title = page.title
            if page.title not in story.text:
                # headlines are body text (GUIDE.md); trafilatura leaves the <h1> out
                story.text = f"{page.title}\n{story.text}"
    if not stories:
        raise InputError(source, "no article text found")
    return stories


def read_bytes_stories(data: bytes, source: str) -> list[Story]:
    """Stories of a file's bytes (an upload): decode, then read.

    Raises:
        InputError: binary, empty, undecodable input, or no article text.
    """
    text, encoding = decode_bytes(data, source)
    suffix = Path(source).suffix.lower()
    html = True if suffix in (".html", ".htm") else None
    log.debug("%s: %s", source, encoding)
    return read_text_stories(text, source, html=html)


def read_stories(path: Path | str) -> list[Story]:
    """Stories of one file.

    Raises:
        InputError: missing, unreadable, binary, empty or undecodable file.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as err:
        raise InputError(str(path), "no such file") from err
    except IsADirectoryError as err:
        raise InputError(str(path), "is a directory") from err
    except OSError as err:
        raise InputError(str(path), f"cannot read: {err.strerror or err}") from err
    return read_bytes_stories(data, str(path))


__all__ = [
    "ARTICLE_SUFFIXES",
    "InputError",
    "iter_input_files",
    "read_bytes_stories",
    "read_stories",
    "read_text_stories",
]
