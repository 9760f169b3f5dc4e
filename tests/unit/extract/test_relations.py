"""Relation rules, per family: sentences written for the tests → expected relations."""

from __future__ import annotations

import pytest

POSITIONS = [
    ("김민수 대전광역시장은 10일 사업을 발표했다.", "HOLDS_POSITION 김민수→대전광역시"),
    ("박서연 국토교통부 장관이 현장을 찾았다.", "HOLDS_POSITION 박서연→국토교통부"),
    ("충청북도의회 이준호 의장은 예산안을 설명했다.", "HOLDS_POSITION 이준호→충청북도의회"),
    ("울산광역시교육청(교육감 한도윤)은 협약을 맺었다.", "HOLDS_POSITION 한도윤→울산광역시교육청"),
    ("원주시는 5일 사업을 시작했다. 서민준 시장은 참석자들을 격려했다.", "HOLDS_POSITION 서민준→원주시"),
    ("기획재정부 최유진 2차관, 정하늘 예산실장이 참석했다.", "HOLDS_POSITION 정하늘→기획재정부"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIONS)
def test_holds_position(run, labels, text: str, expected: str) -> None:
    _, relations = labels(run(text))
    assert expected in relations, relations


def test_party_label_gives_no_post_in_the_party(run, labels) -> None:
    _, relations = labels(run("더불어민주당 송지후 의원은 국회에서 발언했다."))
    assert "HOLDS_POSITION 송지후→더불어민주당" not in relations


PART_OF = [
    ("대구광역시 서구는 5일 주민 행사를 열었다. 대구광역시는 이를 지원했다.", "PART_OF 대구광역시 서구→대구광역시"),
    ("한국전력공사 원주지사는 안내문을 배포했다.", "PART_OF 한국전력공사 원주지사→한국전력공사"),
    ("원주시는 조직개편으로 청년정책과를 신설했다.", "PART_OF 청년정책과→원주시"),
    ("국회 국토교통위원회는 법안을 심사했다. 국회는 본회의를 열었다.", "PART_OF 국회 국토교통위원회→국회"),
]


@pytest.mark.parametrize(("text", "expected"), PART_OF)
def test_part_of(run, labels, text: str, expected: str) -> None:
    _, relations = labels(run(text))
    assert expected in relations, relations


REQUESTS = [
    ("서민준 원주시장은 12일 박서연 국토교통부 장관을 만나 국비 지원을 요청했다.",
     "REQUESTED 서민준→박서연"),
    ("원주시는 행정안전부에 특별교부세 지원을 건의했다.", "REQUESTED 원주시→행정안전부"),
    ("서민준 원주시장은 기획재정부, 산림청 등을 방문해 국비 지원을 건의했다.", "REQUESTED 서민준→산림청"),
    ("원주시의회는 채택한 결의안을 국토교통부장관에 전달했다.", "REQUESTED 원주시의회→국토교통부"),
]


@pytest.mark.parametrize(("text", "expected"), REQUESTS)
def test_requested(run, labels, text: str, expected: str) -> None:
    _, relations = labels(run(text))
    assert expected in relations, relations


def test_request_carries_about(run) -> None:
    result = run("원주시는 행정안전부에 ‘치악산 둘레길 조성사업’ 지원을 요청했다.")
    req = [r for r in result.relations if r.type == "REQUESTED"]
    assert req and "치악산 둘레길 조성사업" in req[0].props.get("about", [])
    assert req[0].evidence.startswith("원주시는")


def test_exhortation_to_own_staff_is_no_request(run, labels) -> None:
    _, relations = labels(run("서민준 원주시장은 직원들에게 “현장을 챙겨 달라”고 당부했다."))
    assert not any(r.startswith("REQUESTED") for r in relations)


AGREEMENTS = [
    ("원주시는 5일 한국관광공사와 관광 활성화 업무협약을 체결했다.", "AGREED_WITH 원주시→한국관광공사"),
    ("청하대학교는 새빛연구원과 공동연구 MOU를 맺었다.", "AGREED_WITH 청하대학교→새빛연구원"),
]


@pytest.mark.parametrize(("text", "expected"), AGREEMENTS)
def test_agreed_with(run, labels, text: str, expected: str) -> None:
    _, relations = labels(run(text))
    assert expected in relations or " ".join(
        [expected.split()[0], "→".join(reversed(expected.split()[1].split("→")))]) in relations


def test_proposal_is_not_an_agreement(run, labels) -> None:
    _, relations = labels(run("원주시는 한국관광공사와 협약을 맺으면 좋겠다고 제안했다."))
    assert not any(r.startswith("AGREED_WITH") for r in relations)


def test_funds_with_amount(run) -> None:
    result = run("원주시는 올해 5억 원을 투입해 ‘치악산 둘레길 조성사업’을 추진한다.")
    names = {e.id: e.name for e in result.entities}
    funds = [(names[r.source], names[r.target], r.props) for r in result.relations if r.type == "FUNDS"]
    assert ("원주시", "치악산 둘레길 조성사업", {"amount_krw": 500_000_000}) in funds


def test_fund_contributors(run) -> None:
    result = run("새빛혁신펀드는 ㈜푸른데이터 10억원, ㈜한빛솔루션 5억원 등 총 15억원 규모로 조성됐다.")
    names = {e.id: e.name for e in result.entities}
    funds = {(names[r.source], names[r.target], r.props.get("amount_krw"))
             for r in result.relations if r.type == "FUNDS"}
    assert ("푸른데이터", "새빛혁신펀드", 1_000_000_000) in funds
    assert ("한빛솔루션", "새빛혁신펀드", 500_000_000) in funds


RUNS = [
    ("원주시는 올해 ‘치악산 둘레길 조성사업’을 추진한다.", "RUNS 원주시→치악산 둘레길 조성사업"),
    ("강원특별자치도는 강원미래산업펀드(300억원)를 조성한다.", "RUNS 강원특별자치도→강원미래산업펀드"),
    ("원주시가 청년 정책을 내놓았다. 시는 ▲청년 월세 바우처 ▲새내기 창업 공간 운영 등을 시행한다.",
     "RUNS 원주시→청년 월세 바우처"),
]


@pytest.mark.parametrize(("text", "expected"), RUNS)
def test_runs(run, labels, text: str, expected: str) -> None:
    _, relations = labels(run(text))
    assert expected in relations, relations


def test_head_announcing_plans_credits_the_body(run, labels) -> None:
    _, relations = labels(run("서민준 원주시장은 ‘치악산 둘레길 조성사업’을 추진하겠다고 말했다."))
    assert "RUNS 원주시→치악산 둘레길 조성사업" in relations
    assert "RUNS 서민준→치악산 둘레길 조성사업" not in relations


def test_requested_programmes_are_not_run(run, labels) -> None:
    _, relations = labels(run("원주시는 행정안전부에 ‘치악산 둘레길 조성사업’ 지원을 요청했다."))
    assert not any(r.startswith("RUNS") for r in relations)


def test_relative_day_is_resolved_against_the_story_date(run) -> None:
    result = run("원주시는 5일 한국관광공사와 관광 활성화 업무협약을 체결했다.", date="2025-03-07")
    agreements = [r for r in result.relations if r.type == "AGREED_WITH"]
    assert agreements and agreements[0].props.get("date") == "2025-03-05"
