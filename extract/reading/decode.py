"""Bytes → text for Korean news files: UTF-8 (± BOM), CP949/EUC-KR, UTF-16 (± BOM).

Decoding is checked, not guessed: a candidate encoding is accepted only when it decodes
strictly *and* the result looks like Korean news text (mostly Hangul, ASCII, punctuation).
Binary, empty and undecodable input raises :class:`InputError` naming the cause.
"""

from __future__ import annotations

import codecs
import logging
import unicodedata

from ontology.errors import InputError

log = logging.getLogger(__name__)

# Share of plausible characters a decoding must reach to be believed.
MIN_PLAUSIBLE = 0.9
# Control characters (other than tab/newline/CR/FF) beyond this share mean binary data.
MAX_CONTROL = 0.01

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


# Blocks of punctuation and symbols that Korean news uses (… · △ ▲ ㈜ ① ※ fullwidth forms).
_SYMBOL_BLOCKS: tuple[tuple[int, int], ...] = (
    (0x00A0, 0x00BF), (0x00D7, 0x00D7), (0x2000, 0x2BFF), (0x3000, 0x303F),
    (0x3200, 0x33FF), (0xFF00, 0xFFEF),
)


def _is_plausible_char(ch: str) -> bool:
    code = ord(ch)
    if ch in "\t\n\r\f" or 0x20 <= code < 0x7F:
        return True
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return True  # Hangul syllables and jamo
    if 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF:
        return True  # Hanja, common in Korean news (韓, 與, 野)
    return any(low <= code <= high for low, high in _SYMBOL_BLOCKS)


def plausibility(text: str) -> float:
    """Share of characters that belong in Korean news text."""
    if not text:
        return 0.0
    good = sum(1 for ch in text if _is_plausible_char(ch))
    return good / len(text)


def control_share(text: str) -> float:
    """Share of control characters other than ordinary whitespace."""
    if not text:
        return 0.0
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    return bad / len(text)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Pick LE or BE for BOM-less UTF-16 by which byte column holds the NULs of ASCII."""
    if len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    order = ("utf-16-le", "utf-16-be") if odd_nuls >= even_nuls else ("utf-16-be", "utf-16-le")
    for encoding in order:
        text = _strict(data, encoding)
        if text is not None and plausibility(text) >= MIN_PLAUSIBLE:
            return text, encoding
    return None


def _finish(text: str) -> str:
    # NFC: files saved on macOS carry decomposed jamo; the extractor needs syllables.
    return unicodedata.normalize("NFC", text.lstrip("\ufeff"))


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode a news file; return ``(text, encoding)``.

    Raises:
        InputError: empty or whitespace-only, binary, or in no encoding that reads as Korean.
    """
    if not data.strip():
        raise InputError(name, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], encoding)
            if text is None:
                raise InputError(name, f"starts with a {encoding} byte-order mark but does not decode")
            return _checked(_finish(text), encoding, name), encoding
    text = _strict(data, "utf-8")
    if text is not None:
        return _checked(_finish(text), "utf-8", name), "utf-8"
    if b"\x00" in data:
        found = _utf16_without_bom(data)
        if found is None:
            raise InputError(name, "binary file (NUL bytes, not UTF-16 text)")
        return _checked(_finish(found[0]), found[1], name), found[1]
    # CP949 is a superset of EUC-KR: one strict attempt covers both.
    text = _strict(data, "cp949")
    if text is not None and plausibility(text) >= MIN_PLAUSIBLE:
        return _checked(_finish(text), "cp949", name), "cp949"
    guessed = _charset_normalizer_guess(data)
    if guessed is not None:
        return _checked(_finish(guessed[0]), guessed[1], name), guessed[1]
    raise InputError(name, "undecodable: not UTF-8, CP949/EUC-KR or UTF-16 text")


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    if plausibility(text) < MIN_PLAUSIBLE:
        log.debug("charset-normalizer guess %s is not plausible Korean text", best.encoding)
        return None
    return text, best.encoding


def _checked(text: str, encoding: str, name: str) -> str:
    if not text.strip():
        raise InputError(name, "empty file (only whitespace)")
    if control_share(text) > MAX_CONTROL:
        raise InputError(name, f"binary file (control characters in {encoding} text)")
    if plausibility(text) < MIN_PLAUSIBLE:
        raise InputError(name, f"undecodable: {encoding} text does not read as Korean news")
    log.debug("%s: decoded as %s", name, encoding)
    return text
