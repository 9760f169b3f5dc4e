"""Entity rules, per family: tables of sentences written for the tests → expected entities."""

from __future__ import annotations

import pytest

PERSONS = [
    ("김민수 대전광역시장은 10일 기자회견을 열었다.", {"Person:김민수", "Organization:대전광역시"}),
    ("박서연 국토교통부 장관이 현장을 찾았다.", {"Person:박서연", "Organization:국토교통부"}),
    ("충청북도의회 이준호 의장은 예산안을 설명했다.", {"Person:이준호", "Organization:충청북도의회"}),
    ("최유진 행정안전부 2차관과 정하늘 예산실장이 참석했다.", {"Person:최유진", "Person:정하늘"}),
    ("울산광역시교육청(교육감 한도윤)은 협약을 맺었다.", {"Person:한도윤", "Organization:울산광역시교육청"}),
    ("윤재현 국민의힘 대표는 지역을 방문했다.", {"Person:윤재현", "Organization:국민의힘"}),
]


@pytest.mark.parametrize(("text", "expected"), PERSONS)
def test_person_patterns(run, labels, text: str, expected: set[str]) -> None:
    entities, _ = labels(run(text))
    assert expected <= entities


def test_reporter_and_byline_are_not_persons(run, labels) -> None:
    result = run("김하람 기자 = 서민준 원주시장은 5일 사업을 발표했다.", reporter="김하람")
    entities, _ = labels(result)
    assert "Person:서민준" in entities
    assert not any(e.startswith("Person:김하람") for e in entities)


def test_anaphor_is_an_alias_not_an_entity(run, labels) -> None:
    result = run("서민준 원주시장이 국회를 찾았다. 서 시장은 지원을 요청했다.")
    persons = [e for e in result.entities if e.type == "Person"]
    assert [p.name for p in persons] == ["서민준"]
    assert "서 시장" in persons[0].aliases


ORGANIZATIONS = [
    ("청하대학교와 새빛연구원이 공동 연구를 시작했다.", {"Organization:청하대학교", "Organization:새빛연구원"}),
    ("도는 여성가족과에 돌봄지원팀을 신설했다.", {"Organization:여성가족과", "Organization:돌봄지원팀"}),
    ("한국전력공사 원주지사는 안내문을 배포했다.", {"Organization:한국전력공사 원주지사", "Organization:한국전력공사"}),
    ("㈜푸른데이터와 ㈜한빛솔루션이 참여했다.", {"Organization:푸른데이터", "Organization:한빛솔루션"}),
]


@pytest.mark.parametrize(("text", "expected"), ORGANIZATIONS)
def test_organization_patterns(run, labels, text: str, expected: set[str]) -> None:
    entities, _ = labels(run(text))
    assert expected <= entities


def test_generic_words_are_not_organizations(run, labels) -> None:
    entities, _ = labels(run("정부와 공공기관, 관계자, 자치구가 참석해 성과와 결과를 공유했다."))
    assert not any(e.startswith("Organization:") for e in entities)


def test_aliases_merge_under_the_canonical_name(run, labels) -> None:
    result = run("광주시는 사업을 추진한다. 광주광역시는 예산을 편성했다.")
    orgs = [e for e in result.entities if e.type == "Organization"]
    assert [o.name for o in orgs] == ["광주광역시"]
    assert "광주시" in orgs[0].aliases


def test_repeated_district_is_qualified_by_the_story_city(run, labels) -> None:
    result = run("대구광역시 서구는 5일 ‘마을돌봄 프로젝트’를 시작했다. 서구는 주민 참여를 늘린다.")
    names = {e.name for e in result.entities if e.type == "Organization"}
    assert "대구광역시 서구" in names


PROGRAMMES = [
    ("청하시는 ‘푸른마을 돌봄 프로젝트’를 추진한다.", "Programme:푸른마을 돌봄 프로젝트"),
    ("군은 ▲어르신 안심택시 운영 ▲청년 월세 지원 등을 추진한다.", "Programme:어르신 안심택시"),
    ("시는 올해 새빛 청년창업 지원사업을 시행한다.", "Programme:새빛 청년창업 지원사업"),
    ("도는 강변 생태공원 조성사업에 나선다.", "Programme:강변 생태공원 조성사업"),
]


@pytest.mark.parametrize(("text", "expected"), PROGRAMMES)
def test_programme_cues(run, labels, text: str, expected: str) -> None:
    entities, _ = labels(run(text))
    assert expected in entities


NOT_PROGRAMMES = [
    "시는 ‘2025 청하시 성과공유회’를 열었다.",
    "시의회는 ‘청하시 주차장 설치 조례 일부개정조례안’을 의결했다.",
    "시는 ‘함께 웃는 청하!’를 구호로 정했다.",
    "구는 ‘주민이 행복한 도시’를 주제로 토론회를 열었다.",
    "구는 간담회와 워크숍, 시상식을 잇달아 열었다.",
]


@pytest.mark.parametrize("text", NOT_PROGRAMMES)
def test_events_laws_slogans_are_not_programmes(run, labels, text: str) -> None:
    entities, _ = labels(run(text))
    assert not any(e.startswith("Programme:") for e in entities), entities


def test_fund_with_amount(run, labels) -> None:
    result = run("강원특별자치도는 강원미래산업펀드(300억원)를 조성한다.")
    funds = [e for e in result.entities if e.type == "Fund"]
    assert [f.name for f in funds] == ["강원미래산업펀드"]
    assert funds[0].props.get("amount_krw") == 30_000_000_000


def test_per_person_sum_is_not_amount_krw(run, labels) -> None:
    result = run("시는 ▲청년 교통비 지원(월 10만원) ▲어르신 건강검진 확대 등을 시행한다.")
    progs = [e for e in result.entities if e.type == "Programme"]
    assert progs and all("amount_krw" not in p.props for p in progs)


def test_name_glued_to_place_and_title_by_lost_spacing(run, labels) -> None:
    entities, relations = labels(run("국비 확보 총력김민수원주시장은 12일 국토교통부를 방문했다."))
    assert "Person:김민수" in entities
    assert "HOLDS_POSITION 김민수→원주시" in relations


def test_committee_title_is_not_read_as_a_glued_name(run, labels) -> None:
    entities, _ = labels(run("오하늘 시의회 환경복지위원장이 참석했다."))
    persons = {e for e in entities if e.startswith("Person:")}
    assert persons == {"Person:오하늘"}
