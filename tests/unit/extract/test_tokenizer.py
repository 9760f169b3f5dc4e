"""The Kiwi-backed spaCy tokenizer: exact text, Kiwi tags, sentences, user dictionary."""

from __future__ import annotations

import pytest
import spacy

from extract.tokenizer import TOKENIZER_NAME, build_nlp


@pytest.fixture(scope="module")
def nlp(extractor):
    return extractor.nlp


TEXTS = [
    "김민수 청하시장은 5일 행정안전부를 방문했다.",
    "  앞뒤 공백과\t탭,\n\n줄바꿈이 있는 글.  ",
    "㈜한빛솔루션(대표 박영호)은 ‘푸른마을 프로젝트’를 시작한다!",
    "Non-GMO 급식 2,500만원 · 3억5천만 원 ▲항목 △항목",
    "띄어쓰기가없는문장도그대로남는다",
    "",
    "★☆♣",
    "a" * 50 + " " + "가" * 50,
]


@pytest.mark.parametrize("text", TEXTS)
def test_doc_text_equals_input(nlp, text: str) -> None:
    doc = nlp(text)
    assert doc.text == text


def test_kiwi_tags_on_tokens(nlp) -> None:
    doc = nlp("김민수 시장이 협약을 체결했다.")
    tags = {t.text: t.tag_ for t in doc}
    assert tags["이"] == "JKS"
    assert tags["을"] == "JKO"
    assert tags["."] == "SF"


def test_sentences_from_kiwi(nlp) -> None:
    doc = nlp("첫 문장이다. 둘째 문장이다. 셋째도 있다.")
    assert [s.text.strip() for s in doc.sents] == ["첫 문장이다.", "둘째 문장이다.", "셋째도 있다."]


def test_user_dictionary_keeps_gazetteer_names_whole(nlp) -> None:
    doc = nlp("국민의힘과 행정안전부가 만났다.")
    texts = [t.text for t in doc]
    assert "국민의힘" in texts
    assert "행정안전부" in texts


def test_user_words_added_by_build_nlp() -> None:
    nlp = build_nlp([("푸른솔빛마을", "NNP", 10.0)])
    assert "푸른솔빛마을" in [t.text for t in nlp("푸른솔빛마을에서 열렸다.")]


def test_tokenizer_is_registered() -> None:
    assert spacy.registry.tokenizers.get(TOKENIZER_NAME) is not None


def test_long_line_is_handled(nlp) -> None:
    text = "청하시는 사업을 추진한다 " * 900
    doc = nlp(text)
    assert doc.text == text
    assert len(list(doc.sents)) >= 1
