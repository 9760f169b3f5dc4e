"""Decoding: every encoding of Korean news files, and the inputs that must be refused."""

from __future__ import annotations

import codecs

import pytest

from extract.reading.decode import decode_bytes
from ontology.errors import InputError

TEXT = "완도군은 12일 '청정바다 수산물 인증제' 시행을 위해 해양수산부에 국비 지원을 요청했다.\n"

ENCODED = [
    ("utf-8", TEXT.encode("utf-8"), "utf-8"),
    ("utf-8 BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
    ("cp949", TEXT.encode("cp949"), "cp949"),
    ("euc-kr", TEXT.encode("euc-kr"), "cp949"),
    ("cp949 extended syllable", ("똠방각하 " + TEXT).encode("cp949"), "cp949"),
    ("utf-16 LE BOM", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
    ("utf-16 BE BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
    ("utf-16 LE no BOM", TEXT.encode("utf-16-le"), "utf-16-le"),
    ("utf-16 BE no BOM", TEXT.encode("utf-16-be"), "utf-16-be"),
]


@pytest.mark.parametrize(("label", "data", "encoding"), ENCODED, ids=[e[0] for e in ENCODED])
def test_decodes_korean_news_encodings(label: str, data: bytes, encoding: str) -> None:
    text, found = decode_bytes(data, "a.txt")
    assert found == encoding
    assert "청정바다 수산물 인증제" in text
    assert not text.startswith("\ufeff")


REFUSED = [
    ("empty", b"", "empty"),
    ("whitespace only", b" \n\t\r\n  ", "empty"),
    ("binary with NUL bytes", bytes(range(256)) * 4, "binary"),
    ("png header", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
    ("control characters", ("가나다" + "\x01\x02\x03\x04\x05" * 20).encode("utf-8"), "binary"),
    ("latin-1 gibberish", bytes(range(0xA0, 0x100)) * 8, "undecodable"),
]


@pytest.mark.parametrize(("label", "data", "cause"), REFUSED, ids=[r[0] for r in REFUSED])
def test_refuses_what_is_not_news_text(label: str, data: bytes, cause: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "bad.txt")
    assert caught.value.path == "bad.txt"
    assert cause in caught.value.cause


def test_nfd_hangul_is_composed() -> None:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", TEXT)
    text, _ = decode_bytes(decomposed.encode("utf-8"), "mac.txt")
    assert text == TEXT
