"""The Doc hand-over: candidates and chosen mentions left on the Doc as span groups."""

from __future__ import annotations

from extract.pipeline import CANDIDATES, GAZETTEER, MENTIONS
from ontology.model import ENTITY_TYPES, Story

TEXT = ("김민수 대전광역시장은 10일 행정안전부에 '한빛 청년 창업 지원사업' 예산 50억원을 요청했다. "
        "김 시장은 충청북도의회 이준호 의장과 협약을 맺었다.")


def _doc(extractor, text: str = TEXT):
    return extractor.doc(Story(source="t.txt", index=0, text=text))


def test_span_groups_exist_and_are_typed(extractor) -> None:
    doc = _doc(extractor)
    assert doc.text == TEXT
    assert len(doc.spans[CANDIDATES]) > 0 and len(doc.spans[MENTIONS]) > 0
    for group in (CANDIDATES, MENTIONS):
        assert {s.label_ for s in doc.spans[group]} <= set(ENTITY_TYPES) | {"Anaphor"}


def test_mentions_cover_the_entities(extractor) -> None:
    doc = _doc(extractor)
    by_name = {s.kb_id_: s for s in doc.spans[MENTIONS]}
    result = extractor.extract(Story(source="t.txt", index=0, text=TEXT))
    names = {e.name for e in result.entities}
    for name in ("김민수", "행정안전부", "충청북도의회", "이준호"):
        assert name in names and name in by_name
    # spans are expanded to whole tokens: they contain the mention's surface
    assert "행정안전부" in by_name["행정안전부"].text
    assert by_name["김민수"].label_ == "Person"
    assert by_name["행정안전부"].label_ == "Organization"
    # the anaphor 김 시장 resolves to the same entity as 김민수
    ids = [s.id_ for s in doc.spans[MENTIONS] if s.kb_id_ == "김민수"]
    assert len(ids) >= 2 and len(set(ids)) == 1


def test_candidates_carry_gazetteer_keys(extractor) -> None:
    doc = _doc(extractor)
    gaz = [s for s in doc.spans[CANDIDATES] if s.id_ == "gazetteer"]
    assert any(s.kb_id_ == "행정안전부" for s in gaz)


def test_blank_text_gives_an_empty_doc(extractor) -> None:
    doc = _doc(extractor, "   ")
    assert CANDIDATES not in doc.spans


def test_phrase_matcher_finds_gazetteer_names(extractor) -> None:
    doc = _doc(extractor)
    assert extractor.gaz_matcher is not None
    hits = {s.text for s in doc.spans[GAZETTEER]}
    assert {"행정안전부", "충청북도의회"} <= hits
    # every gazetteer candidate of this sentence was also a PhraseMatcher hit
    spans = {(s.start_char, s.end_char) for s in doc.spans[GAZETTEER]}
    assert all((s.start_char, s.end_char) in spans
               for s in doc.spans[CANDIDATES] if s.id_ == "gazetteer")


def test_phrase_matcher_reads_spaced_and_glued_names(extractor) -> None:
    text = "광주 서구는 광주서구청과 함께 국민의힘에 건의했다."
    doc = _doc(extractor, text)
    hits = {s.text for s in doc.spans[GAZETTEER]}
    assert "국민의힘" in hits
    assert "광주 서구" in hits or "광주" in hits
