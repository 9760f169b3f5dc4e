"""Determinism and odd input: the extractor never raises and repeats itself exactly."""

from __future__ import annotations

import pytest

from ontology.model import Story

STORY = (
    "서민준 원주시장은 12일 박서연 국토교통부 장관을 만나 ‘치악산 둘레길 조성사업’ 지원을 요청했다.\n"
    "원주시는 5일 한국관광공사와 업무협약을 체결하고 ▲청년 월세 바우처 ▲새내기 창업 공간 운영 등을 추진한다.\n"
    "서 시장은 “시민과 함께하겠다”고 말했다."
)


def test_same_input_gives_identical_json(extractor) -> None:
    story = Story(source="d.txt", index=0, text=STORY, date="2025-01-12")
    first = extractor.extract(story).to_json()
    second = extractor.extract(story).to_json()
    assert first == second
    assert extractor.extract_many([story, story])[1].to_json() == first


def test_output_meets_the_contract(extractor) -> None:
    result = extractor.extract(Story(source="d.txt", index=0, text=STORY))
    result.check()
    assert result.entities and result.relations
    assert all(r.evidence for r in result.relations)


ODD = [
    "",
    "   \n\n\t ",
    "★☆♣♠" * 50,
    "가" * 10000,
    "가나다 " * 3000,
    "((((((((((",
    "▲▲▲△△△•••",
    "‘’“”「」",
    "1234567890" * 100,
    "\x00\x01\x02 제어문자",
    "a" * 12000,
    "시는 시가 시를 시에 시의.",
]


@pytest.mark.parametrize("text", ODD)
def test_odd_text_does_not_raise(extractor, text: str) -> None:
    result = extractor.extract(Story(source="odd.txt", index=0, text=text))
    result.check()
