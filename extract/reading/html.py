"""Saved HTML pages → article body text and page metadata (title, date, outlet).

The body comes from trafilatura (a maintained main-content extractor), the metadata from the
page's own tags (og:title, article:published_time, og:site_name …). Nothing is fetched: the
page is parsed from the string given.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from extract.reading.chrome import iso_date

log = logging.getLogger(__name__)

_HTML_SNIFF = re.compile(r"<\s*(!doctype\s+html|html|head|body|meta|article|div|p)\b", re.IGNORECASE)


@dataclass(slots=True)
class HtmlArticle:
    """What a page holds: the body text and whatever metadata the page declares."""

    text: str
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    reporter: str | None = None


def looks_like_html(text: str) -> bool:
    """True when the start of a file is markup (some saved pages carry a .txt name)."""
    return bool(_HTML_SNIFF.search(text[:2048]))


def _meta_content(tree: object, *names: str) -> str | None:
    for name in names:
        for attribute in ("property", "name", "itemprop"):
            found = tree.xpath(f'//meta[@{attribute}="{name}"]/@content')  # type: ignore[attr-defined]
            for value in found:
                if str(value).strip():
                    return str(value).strip()
    return None


def _page_metadata(html: str) -> dict[str, str | None]:
    """og:/article: tags first; trafilatura's guesses fill the gaps."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):  # type: ignore[attr-defined]
        return {}
    title = _meta_content(tree, "og:title", "twitter:title", "title")
    if not title:
        titles = tree.xpath("//title/text()")
        title = str(titles[0]).strip() if titles else None
    raw_date = _meta_content(
        tree, "article:published_time", "og:published_time", "datePublished", "pubdate",
        "publish-date", "article:modified_time", "dateModified",
    )
    return {
        "title": title,
        "date": iso_date(raw_date) if raw_date else None,
        "outlet": _meta_content(tree, "og:site_name", "application-name", "publisher"),
        "reporter": _meta_content(tree, "author", "article:author", "dable:author"),
    }


def _fallback_text(html: str) -> str:
    """Visible text of the page when trafilatura finds no main content."""
    import lxml.html
    from lxml_html_clean import Cleaner

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):  # type: ignore[attr-defined]
        return ""
    cleaned = Cleaner(scripts=True, javascript=True, style=True, comments=True).clean_html(tree)
    for block in cleaned.iter("p", "div", "br", "li", "h1", "h2", "h3", "tr"):
        block.tail = "\n" + (block.tail or "")
    return cleaned.text_content()


def read_html(html: str, name: str = "<html>") -> HtmlArticle:
    """Extract the article of a saved page; metadata falls back gracefully to ``None``."""
    import trafilatura

    meta = _page_metadata(html)
    document = None
    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
        )
    except Exception as err:  # noqa: BLE001 - a broken page must not stop the run
        log.warning("%s: trafilatura failed (%s); using the page's visible text", name, err)
    text = ""
    if document is not None:
        text = getattr(document, "text", None) or ""
        meta["title"] = meta.get("title") or getattr(document, "title", None)
        meta["outlet"] = meta.get("outlet") or getattr(document, "sitename", None)
        page_date = getattr(document, "date", None)
        if not meta.get("date") and page_date:
            meta["date"] = iso_date(str(page_date))
    if not text.strip():
        text = _fallback_text(html)
    return HtmlArticle(
        text=text,
        title=meta.get("title"),
        date=meta.get("date"),
        outlet=meta.get("outlet"),
        reporter=_reporter_name(meta.get("reporter")),
    )


def _reporter_name(raw: str | None) -> str | None:
    """``김나래 기자`` → ``김나래``."""
    if not raw:
        return None
    name = re.sub(r"\s*(기자|특파원|객원기자)\s*$", "", raw.strip())
    return name or None
