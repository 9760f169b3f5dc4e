"""How Korean news states things beyond "A는 B와 협약을 체결했다": one row per general rule.

Every sentence is written for the tests (invented people, companies and programmes; real
local governments and ministries only because the gazetteer knows them).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

# (rule, text, relations that must be found, relations that must not)
RELATIONS = [
    ("attendee list: main actor → each other attendee's body",
     ("원주시는 5일 시청에서 서민준 원주시장, ㈜가온테크 이도현 대표, 나래정밀(주) 박서진 대표 등이 "
      "참석한 가운데 투자협약을 체결했다."),
     {"AGREED_WITH 원주시→가온테크", "AGREED_WITH 원주시→나래정밀"},
     {"AGREED_WITH 가온테크→나래정밀", "AGREED_WITH 나래정밀→가온테크"}),
    ("Company(주) NAME 대표",
     "원주시는 5일 시청에서 서민준 원주시장, 나래정밀(주) 박서진 대표 등이 참석한 가운데 투자협약을 체결했다.",
     {"HOLDS_POSITION 박서진→나래정밀"}, set()),
    ("co-subjects A와 B는 C와: each of A, B → C, not A → B",
     "충주시와 가온투자금융은 12일 시청에서 나래은행과 펀드 조성을 위한 협약을 체결했다.",
     {"AGREED_WITH 충주시→나래은행", "AGREED_WITH 가온투자금융→나래은행"},
     {"AGREED_WITH 충주시→가온투자금융", "AGREED_WITH 가온투자금융→충주시"}),
    ("partner list in the next sentence: 협약에는 A, B, C가 참여했다",
     ("원주시는 12일 3개 공공기관과 지역상생 업무협약을 체결했다. "
      "협약에는 한국가스공사, 한국전력공사, 국민건강보험공단이 참여했다."),
     {"AGREED_WITH 원주시→한국가스공사", "AGREED_WITH 원주시→한국전력공사",
      "AGREED_WITH 원주시→국민건강보험공단"}, set()),
    ("names joined by · share one title; 의원실 addresses the MPs",
     "서민준 원주시장은 김하늘·이도윤·박서진 의원실을 찾아 국비 협조를 요청했다.",
     {"REQUESTED 서민준→김하늘", "REQUESTED 서민준→이도윤", "REQUESTED 서민준→박서진",
      "HOLDS_POSITION 김하늘→국회", "HOLDS_POSITION 박서진→국회"}, set()),
    ("Ministry의 NAME TITLE과 NAME TITLE: posts in the ministry",
     "서민준 원주시장은 국토교통부의 김하늘 도로정책실장과 이도윤 도로건설과장을 만나 지원을 요청했다.",
     {"HOLDS_POSITION 김하늘→국토교통부", "HOLDS_POSITION 이도윤→국토교통부"},
     {"HOLDS_POSITION 김하늘→원주시", "HOLDS_POSITION 이도윤→원주시"}),
    ("division word before a title is not a body",
     "한국가스공사 이도현 경영부문 부사장은 협약서에 서명했다.",
     {"HOLDS_POSITION 이도현→한국가스공사"}, set()),
    ("Body Unit 담당: the unit is an Organization and the post is in it",
     "원주시는 기업 두 곳을 유치했다. 이도윤 원주시 미래산업과 기업지원담당은 \"고용이 늘 것\"이라고 말했다.",
     {"HOLDS_POSITION 이도윤→미래산업과", "PART_OF 미래산업과→원주시"}, set()),
    ("legal form before a company name",
     "원주시는 농업회사법인 가온팜과 투자협약을 체결했다.",
     {"AGREED_WITH 원주시→가온팜"}, set()),
    ("head in brackets after a company name",
     "가온팜은 모기업인 나래휠(회장 박서진)의 기술을 활용한다.",
     {"HOLDS_POSITION 박서진→나래휠"}, set()),
    ("donation to the fund named before (기탁, Latin acronym + 금융그룹)",
     ("원주시는 원주장학회 장학기금에 20억원을 출연한다. 시는 장학사업을 늘린다. "
      "앞서 ABC 금융그룹에서 10억원을 기탁했다."),
     {"FUNDS ABC 금융그룹→원주장학회 장학기금"}, set()),
    ("fund operators and a contribution list",
     ("충주시는 운용사인 가온창업투자 & 나래투자파트너스 등과 투자조합을 결성했다. "
      "펀드는 창업성장 펀드와 미래기술 펀드로 나뉜다. "
      "출자액은 시 20억원, 모태펀드 100억원, 펀드 운용사 30억원 등이다."),
     {"RUNS 가온창업투자→창업성장 펀드", "RUNS 나래투자파트너스→미래기술 펀드",
      "FUNDS 충주시→창업성장 펀드", "FUNDS 모태펀드→미래기술 펀드",
      "FUNDS 가온창업투자→미래기술 펀드"},
     {"RUNS 충주시→모태펀드"}),
    ("contributions listed in a 출자 sentence without a cue word; 운용사는 X가 맡는다",
     ("충청북도는 올해 300억원 규모의 가온혁신펀드를 조성한다. "
      "펀드에는 도 30억원, 한국모태펀드 150억원, 운용사 20억원이 출자된다. 운용사는 나래인베스트먼트가 맡는다."),
     {"FUNDS 충청북도→가온혁신펀드", "FUNDS 한국모태펀드→가온혁신펀드",
      "FUNDS 나래인베스트먼트→가온혁신펀드", "RUNS 나래인베스트먼트→가온혁신펀드"},
     {"RUNS 충청북도→한국모태펀드"}),
    ("a fund as topic with its contributors (각, a total and 모태펀드 in the list)",
     ("제1호 가온펀드는 나래전자㈜ 20억원, ㈜한빛소재·㈜솔빛 각 5억원에 한국모태펀드 30억원을 합쳐 "
      "총 60억원 규모로 조성됐다."),
     {"FUNDS 나래전자→제1호 가온펀드", "FUNDS 한빛소재→제1호 가온펀드", "FUNDS 솔빛→제1호 가온펀드",
      "FUNDS 한국모태펀드→제1호 가온펀드"}, set()),
    ("a host runs the fund; the fund funds the projects under it",
     ("원주시는 행정안전부 주관 지방소멸대응기금 공모에 참여했다. "
      "지방소멸대응기금 대상 사업은 △한빛 청년마을 조성 △나래 체험관광 사업 등이다."),
     {"RUNS 행정안전부→지방소멸대응기금", "FUNDS 지방소멸대응기금→한빛 청년마을 조성",
      "FUNDS 지방소멸대응기금→나래 체험관광 사업"},
     {"RUNS 원주시→지방소멸대응기금"}),
    ("a recipient neither funds nor runs the fund",
     "원주시는 지방소멸대응기금 120억원을 확보했다고 밝혔다.",
     set(), {"FUNDS 원주시→지방소멸대응기금", "RUNS 원주시→지방소멸대응기금"}),
    ("the signers of an 출자협약 are not its funders; the one who 출자한다 is",
     ("충주시와 가온투자금융은 나래은행과 ‘충주 디딤돌 펀드’ 조성을 위한 출자협약을 체결했다. "
      "나래은행은 충주 디딤돌 펀드에 500억원을 출자한다."),
     {"FUNDS 나래은행→충주 디딤돌 펀드"}, {"FUNDS 충주시→충주 디딤돌 펀드"}),
    ("money given to a body (에 … 출연) does not fund the programmes that body expands",
     "원주시는 원주장학회에 30억원을 출연해 가온 장학사업을 확대한다.",
     set(), {"FUNDS 원주시→가온 장학사업"}),
    ("money put into a fund written with 으로",
     "원주시가 원주장학회 장학기금으로 시비 50억원을 출연한다.",
     {"FUNDS 원주시→원주장학회 장학기금"}, set()),
    ("co-subjects share a FUNDS: A-B는 … 20억을 지원",
     "충주시-충주시의회는 ‘나래꿈터’ 조성을 위해 시비 20억원을 지원했다.",
     {"FUNDS 충주시→나래꿈터", "FUNDS 충주시의회→나래꿈터"}, set()),
    ("a site used as a venue is no programme and gets no RUNS/FUNDS",
     "가온정밀은 가온일반산업단지 내 부지에 50억원을 투자해 공장을 짓는다.",
     set(), {"FUNDS 가온정밀→가온일반산업단지", "RUNS 가온정밀→가온일반산업단지"}),
    ("a place where an agreement is signed (‘…’에서) is not run by the signers",
     "원주시와 강원특별자치도교육청은 ‘나래꿈터 별빛’에서 업무협약을 체결했다. 원주시는 ‘나래꿈터 별빛’을 운영한다.",
     {"RUNS 원주시→나래꿈터 별빛"}, {"RUNS 강원특별자치도교육청→나래꿈터 별빛"}),
    ("the object of …을 위한 업무협약 is not run by a party",
     "원주시와 한국가스공사는 가온인재육성사업 활성화를 위한 업무협약을 체결했다.",
     {"AGREED_WITH 원주시→한국가스공사"}, {"RUNS 원주시→가온인재육성사업", "RUNS 한국가스공사→가온인재육성사업"}),
    ("a run verb only inside a name gives no RUNS",
     "원주시는 가온센터 건립 등 지역 현안사업과 관련해 국비 확보 활동에 돌입했다.",
     set(), {"RUNS 원주시→가온센터 건립"}),
    ("a unit does not sign with its own body",
     "원주시는 ㈜가온테크와 투자협약을 체결했다. 이도윤 원주시 미래산업과 기업지원담당은 \"투자협약 체결로 고용이 늘 것\"이라고 말했다.",
     {"AGREED_WITH 원주시→가온테크"}, {"AGREED_WITH 미래산업과→원주시", "AGREED_WITH 원주시→미래산업과"}),
    ("what a council demands (… 촉구 결의안) it does not run",
     "원주시의회는 ‘가온역 신설’ 촉구 결의안을 채택하고 추진을 요구했다.",
     set(), {"RUNS 원주시의회→가온역 신설"}),
    ("의원 with no council in the story is an MP (국회)",
     "서민준 원주시장은 국회를 방문해 김하늘·이도윤 의원을 만나 지원을 요청했다.",
     {"HOLDS_POSITION 김하늘→국회", "HOLDS_POSITION 이도윤→국회"}, set()),
]


@pytest.mark.parametrize(("rule", "text", "want", "never"), RELATIONS, ids=[r[0] for r in RELATIONS])
def test_relations(expect_relations: Callable[..., None], rule: str, text: str, want: set[str], never: set[str]) -> None:
    expect_relations(rule, text, want, never)


# (rule, text, entities that must be found, entities that must not)
ENTITIES = [
    ("projects listed with , before 등 N개 사업",
     "원주시는 치악산 둘레길 조성사업, 가온로 확·포장, 나래역 광장 재정비 등 3개 사업에 국비 지원을 요청했다.",
     {"Programme:치악산 둘레길 조성사업", "Programme:가온로 확·포장", "Programme:나래역 광장 재정비"},
     set()),
    ("projects joined by · before 등 … 용역 사업 (확·포장 stays whole)",
     "서민준 원주시장은 가온연구원 설립·나래항 국가관리 전환 등 국가 주도의 용역 사업 추진을 건의했다.",
     {"Programme:가온연구원 설립", "Programme:나래항 국가관리 전환"}, set()),
    ("generic kinds of project are not programmes",
     "원주시는 지역현안사업과 공모사업을 발굴해 국가 주도 용역사업으로 추진한다.",
     set(), {"Programme:지역현안사업", "Programme:공모사업", "Programme:국가 주도 용역사업"}),
    ("a counted bundle is not a programme",
     "원주시는 내년도 국비 45개 사업 예산을 확보했다.",
     set(), {"Programme:내년도 국비 45개 사업"}),
    ("a △ item runs to the next △ even through 및 and a Latin abbreviation",
     "충주시 대상 사업은 △GO. CITY 관광 및 상권활성화 사업 △가온 체험학교 운영 등이다.",
     {"Programme:GO. CITY 관광 및 상권활성화 사업"}, set()),
    ("▲ items agreed under 협약에 따라 … 협력 are not programmes",
     "원주시와 한국가스공사는 업무협약을 체결했다. 협약에 따라 양 기관은 ▲원도심 상권 회복 ▲지역 일자리 창출 등에 협력한다.",
     set(), {"Programme:원도심 상권 회복", "Programme:지역 일자리 창출"}),
    ("a common word that is also a place name, after a noun it compounds with",
     "인천광역시는 담당자 역량 강화를 위해 연찬회를 연다.",
     set(), {"Organization:인천광역시 강화군", "Organization:강화군"}),
    ("middle dots inside one name, and its short form later",
     "가·나다농어업협력재단은 한국가스공사와 협약을 체결했다. 기금은 협력재단이 운영한다.",
     {"Organization:가·나다농어업협력재단"}, {"Organization:협력재단", "Organization:나다농어업협력재단"}),
    ("a listed agreement with a sum is a programme",
     "서민준 원주시장은 △원주시 농촌협약(300억원) △가온 과수원 조성(20억원) 등을 건의했다.",
     {"Programme:원주시 농촌협약"}, set()),
    ("moving an institution to a region (X의 REGION 이전) is a project",
     "서민준 원주시장은 가온연구원의 원주 이전과 나래역 신설을 건의했다.",
     {"Programme:가온연구원의 원주 이전"}, set()),
    ("finance houses named by their suffix",
     "충주시는 가온인베스트먼트, 나래캐피탈과 협약을 맺었다.",
     {"Organization:가온인베스트먼트", "Organization:나래캐피탈"}, set()),
]


@pytest.mark.parametrize(("rule", "text", "want", "never"), ENTITIES, ids=[r[0] for r in ENTITIES])
def test_entities(expect_entities: Callable[..., None], rule: str, text: str, want: set[str], never: set[str]) -> None:
    expect_entities(rule, text, want, never)


def test_hard_wrapped_lines_are_one_sentence(run, labels) -> None:
    from extract.reading import read_text_stories

    text = ("서민준 원주시장이\n"
            "국회를 방문해 상임위원들과 잇따라 만나 시의\n"
            "숙원 과제 해결과 내년 예산 지원을 요청했습니다.\n"
            "서 시장은 이도윤 국회 예산결산특별위원회\n"
            "간사 등과 면담하고 가온역 신설 같은 시 현안에\n"
            "예산을 편성해 달라고 당부했습니다.\n")
    story = read_text_stories(text, "wrapped.txt")[0]
    assert "서민준 원주시장이 국회를 방문해" in story.text
    assert story.title is None or story.title != "서민준 원주시장이"
    result = run(story.text)
    entities, relations = labels(result)
    assert "REQUESTED 서민준→국회" in relations, relations
    assert "Person:이도윤" in entities, entities


def test_short_lines_of_finished_sentences_stay_apart() -> None:
    from extract.reading.wrapping import continues, hard_wrapped

    lines = ["원주시는 사업을 시작했다.", "시는 주민을 모집한다.", "신청은 이달 말까지다.", "문의는 시청으로."]
    assert not hard_wrapped(lines)
    assert not continues("원주시는 사업을 시작했다.", "시는 주민을 모집한다.")
    assert not continues("주요 사업은", "▲가온 체험학교")


def test_headline_above_wrapped_lines_stays_the_title() -> None:
    from extract.reading import read_text_stories

    text = ("원주시, 국비 확보 총력\n"
            "서민준 원주시장이\n"
            "국회를 방문해 상임위원들과 잇따라 만나 시의\n"
            "숙원 과제 해결과 내년 예산 지원을 요청했습니다.\n"
            "서 시장은 김하늘 의원 등과 면담하고\n"
            "예산을 편성해 달라고 당부했습니다.\n")
    story = read_text_stories(text, "wrapped.txt")[0]
    assert story.title == "원주시, 국비 확보 총력"
    assert "\n서민준 원주시장이 국회를 방문해" in story.text
