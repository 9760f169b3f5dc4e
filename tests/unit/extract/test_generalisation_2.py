"""General rules from the second held-out review: one row per rule.

Every sentence is invented (가온시, 한빛군, 나래구 …, invented people and programmes; real
local governments and ministries only where the gazetteer must know them).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

# (rule, text, relations that must be found, relations that must not)
RELATIONS = [
    ("joint pact: signers' bodies, every pair, no initiator",
     ("김하늘 원주시장, 이도윤 충주시장, 박서진 제천시장은 12일 중부권 공동 발전 협약을 맺었다."),
     {"AGREED_WITH 원주시→충주시", "AGREED_WITH 원주시→제천시", "AGREED_WITH 충주시→제천시"},
     {"AGREED_WITH 김하늘→이도윤"}),
    ("joint signers joined by 과 and , (head of an office and two county heads)",
     "서민준 영동군수와 이도현 음성군수, 박서진 진천군수는 7일 상생 업무협약을 체결했다.",
     {"AGREED_WITH 영동군→음성군", "AGREED_WITH 영동군→진천군", "AGREED_WITH 음성군→진천군"},
     set()),
    ("with an initiator (X는 A, B와 협약) only initiator → each partner",
     "원주시는 한국가스공사, 한국전력공사와 업무협약을 체결했다.",
     {"AGREED_WITH 원주시→한국가스공사", "AGREED_WITH 원주시→한국전력공사"},
     {"AGREED_WITH 한국가스공사→한국전력공사", "AGREED_WITH 한국전력공사→한국가스공사"}),
    ("손을 맞잡다 between A과 B is an agreement",
     "경기도교육청과 군포시가 가온교육지구 사업을 위해 손을 맞잡았다.",
     {"AGREED_WITH 경기도교육청→군포시"}, set()),
    ("A·B교육장: the joint office is the post's body, not the second county",
     "서민준 군포·의왕교육장은 군포시와 업무협약을 체결했다.",
     {"HOLDS_POSITION 서민준→경기도군포의왕교육지원청"},
     {"HOLDS_POSITION 서민준→의왕시"}),
    ("a bare 기금 after a date phrase is the fund named before; △ items it pays for",
     ("원주시는 ‘가온마을 상생 지원 기금’을 운용한다. 작년 말 기준 기금 잔액은 20억 원이다. "
      "시는 올해 그 가운데 11억 원을 집행했다. 기금으로 하는 일은 △가온마을 청정 하천 살리기(1억 원) "
      "△가온마을 공동체 프로그램 운영 지원(2억 원) △가온마을 일자리 사업(3억 원) 등이다."),
     {"FUNDS 가온마을 상생 지원 기금→가온마을 청정 하천 살리기",
      "FUNDS 가온마을 상생 지원 기금→가온마을 공동체 프로그램",
      "RUNS 원주시→가온마을 청정 하천 살리기", "RUNS 원주시→가온마을 일자리 사업"},
     {"FUNDS 원주시→가온마을 공동체 프로그램"}),
    ("시 일반회계 출연금 → FUNDS the city → the fund",
     ("원주시는 ‘가온마을 상생 지원 기금’을 운용한다. "
      "기금에는 해마다 5억 원씩 시 일반회계 출연금이 들어간다."),
     {"FUNDS 원주시→가온마을 상생 지원 기금"}, set()),
    ("X를 펀드 운용사로 정하다 → RUNS X → the fund",
     ("원주시는 가온벤처스와 함께 청년창업 전용펀드를 조성한다. "
      "시는 공모를 거쳐 가온벤처스를 펀드 운용사로 선정했다."),
     {"RUNS 가온벤처스→청년창업 전용펀드", "RUNS 원주시→청년창업 전용펀드"}, set()),
    ("A·B가 주관한 X 출자사업: both hosts run the programme",
     "시는 문화체육관광부·한국콘텐츠진흥원이 주관한 가온콘텐츠펀드 출자사업에 선정됐다.",
     {"RUNS 문화체육관광부→가온콘텐츠펀드 출자사업", "RUNS 한국콘텐츠진흥원→가온콘텐츠펀드 출자사업"},
     set()),
    ("an adverb glued to a surname (우선윤 군수는) is no name: the anaphor is 윤 군수",
     ("윤가람 영동군수는 국회를 찾았다. 우선윤 군수는 김하늘 국회의원에게 협조를 요청했다. "
      "이어윤 군수는 지역 현안을 설명했다."),
     {"REQUESTED 윤가람→김하늘", "HOLDS_POSITION 윤가람→영동군"},
     {"HOLDS_POSITION 우선윤→영동군"}),
    ("NAME PARTY PLACE 도당위원장: a post in the party's regional unit, PART_OF the party",
     "윤가람 영동군수는 국회를 찾아 김하늘 더불어민주당 충북 도당위원장을 만나 협조를 요청했다.",
     {"HOLDS_POSITION 김하늘→더불어민주당 충북도당", "PART_OF 더불어민주당 충북도당→더불어민주당",
      "REQUESTED 윤가람→김하늘"},
     {"HOLDS_POSITION 김하늘→더불어민주당"}),
    ("NAME 국회 X특별위원회 위원: a post in the committee",
     "윤가람 영동군수는 이도윤 국회 예산결산특별위원회 위원을 만나 협조를 요청했다.",
     {"HOLDS_POSITION 이도윤→국회 예산결산특별위원회", "REQUESTED 윤가람→이도윤"}, set()),
    ("△ projects whose 국비 지원 필요성 is explained are not run by the explainer",
     ("윤가람 영동군수는 국회를 찾았다. 윤 군수는 △가온로 확장 △나래교 건설 등 "
      "지역현안사업의 국비 지원 필요성을 설명했다."),
     set(), {"RUNS 영동군→가온로 확장", "RUNS 영동군→나래교 건설"}),
    ("X특위 간사인 NAME 국회의원: the post is in the committee (특위 = 특별위원회)",
     "윤가람 충청북도 행정부지사는 예산결산특위 간사인 김하늘 국회의원에게 가온역 신설 예산 반영을 건의했다.",
     {"HOLDS_POSITION 김하늘→국회 예산결산특별위원회", "PART_OF 국회 예산결산특별위원회→국회",
      "REQUESTED 윤가람→김하늘"},
     {"HOLDS_POSITION 김하늘→국회"}),
    ("a visited office of a ministry (행정안전부 X국) is the addressee and PART_OF the ministry",
     "윤가람 원주시 행정부시장은 행정안전부 지방재정국 등을 방문해 국비 지원을 요청했다.",
     {"REQUESTED 윤가람→지방재정국", "PART_OF 지방재정국→행정안전부"}, set()),
    ("a post after a ministry (행정안전부 X심의관과) is no office",
     "윤가람 원주시 행정부시장은 행정안전부 가온재정심의관과 나래재정과장 등을 방문해 협조를 요청했다.",
     set(), {"PART_OF 가온재정심의관→행정안전부", "REQUESTED 윤가람→가온재정심의관"}),
    ("시의 지원을 요청: the body in the genitive is the addressee",
     ("경기도교육청과 군포시가 손을 맞잡았다. 윤가람 경기도교육감과 김하늘 군포시장은 협약을 체결했다. "
      "윤 교육감은 ‘가온 체험센터 운영’과 관련한 시의 행·재정적 지원을 요청했다."),
     {"REQUESTED 윤가람→군포시"}, {"REQUESTED 윤가람→경기도교육청"}),
    ("a body the parties agree to set up is not a party of the pact",
     ("원주시와 충주시는 ‘가온 상생 협의체’를 구축하기로 합의하고, 24일 원주시청에서 "
      "상생발전 협약을 체결했다고 밝혔다."),
     {"AGREED_WITH 원주시→충주시"},
     {"AGREED_WITH 가온 상생 협의체→원주시", "AGREED_WITH 원주시→가온 상생 협의체",
      "AGREED_WITH 충주시→가온 상생 협의체", "AGREED_WITH 가온 상생 협의체→충주시"}),
]


@pytest.mark.parametrize(("rule", "text", "want", "never"), RELATIONS, ids=[r[0] for r in RELATIONS])
def test_relations(expect_relations: Callable[..., None], rule: str, text: str, want: set[str], never: set[str]) -> None:
    expect_relations(rule, text, want, never)


# (rule, text, entities that must be found, entities that must not)
ENTITIES = [
    ("a bare 기금 after 말 기준 is no fund of its own",
     "원주시는 ‘가온마을 상생 지원 기금’을 운용한다. 작년 말 기준 기금 잔액은 20억 원이다.",
     {"Fund:가온마을 상생 지원 기금"}, {"Fund:말 기준 기금", "Fund:기금"}),
    ("one fund written three ways (headline size, 다음 달, a quote) is one fund",
     ("원주시, 100억 규모 청년창업 전용펀드 만든다\n"
      "원주시는 청년창업 전용펀드를 조성한다고 밝혔다. 시는 30억원을 출자해 다음 달 청년창업 투자펀드를 "
      "결성한다. 서민준 원주시장은 \"청년창업 펀드 운용으로 기업을 돕겠다\"고 말했다."),
     {"Fund:청년창업 전용펀드"},
     {"Fund:달 청년창업 투자펀드", "Fund:청년창업 투자펀드", "Fund:청년창업 펀드",
      "Fund:원주시, 100억 규모 청년창업 전용펀드"}),
    ("X펀드 출자사업 is a programme, not a fund",
     "시는 문화체육관광부가 주관한 가온콘텐츠펀드 출자사업에 선정됐다.",
     {"Programme:가온콘텐츠펀드 출자사업"}, {"Fund:가온콘텐츠펀드 출자사업"}),
    ("A·B교육지원청 stays whole",
     "협약식은 군포·의왕교육지원청 대회의실에서 열렸다. 군포·의왕교육지원청은 군포시와 협약을 체결했다.",
     {"Organization:경기도군포의왕교육지원청"}, {"Organization:의왕교육지원청"}),
    ("generic project words: a place + 지역 핵심사업, 국비 확보, 증액사업, 협력체제 구축",
     ("원주시는 원주지역 핵심사업과 국비 증액사업을 설명하고 ‘국비 확보’에 나섰다. "
      "협약 내용은 민·관·학 협력체제 구축이다."),
     set(), {"Programme:원주지역 핵심사업", "Programme:국비 증액사업", "Programme:국비 확보",
             "Programme:민·관·학 협력체제 구축"}),
    ("a quoted revenue source (…50%, …로 재원) and a quoted place are not programmes",
     ("‘가온기지’ 들어선 나래마을 지원기금 연장\n"
      "‘가온항 입항료 50%’로 재원 마련. 원주시는 ‘나래마을 상생 기금’을 운용한다."),
     set(), {"Programme:가온기지", "Programme:가온항 입항료 50%"}),
    ("a phrase naming a quoted programme by its kind (WORD 사업) is that programme",
     ("원주시는 ‘원주형 가온 상생 통합기획’을 추진한다. 가온 상생 사업이 늦어지지 않도록 "
      "원주형 가온 상생 통합기획은 공공이 먼저 기획한다."),
     {"Programme:원주형 가온 상생 통합기획"}, {"Programme:가온 상생 사업", "Programme:가온 상생"}),
    ("a costed △ item is a programme even when it is an event",
     "원주시 기금 세부 사업은 △주민 화합 및 문화 행사(1억 원) △가온마을 일자리 사업(2억 원) 등이다.",
     {"Programme:주민 화합 및 문화 행사", "Programme:가온마을 일자리 사업"}, set()),
    ("road and rail projects joined by 와 and , are each a programme; 사업비 names the 사업",
     ("윤가람 충청북도 행정부지사는 김하늘 국회의원을 만나 제3가온국도와 가온~나래 고속도로, "
      "나래~한빛 고속화철도 국비 증액을 요청했다. 또 30억 원의 가온지역 관광진흥사업비 반영을 건의했다."),
     {"Programme:제3가온국도", "Programme:가온~나래 고속도로", "Programme:나래~한빛 고속화철도",
      "Programme:가온지역 관광진흥사업"},
     {"Programme:가온지역 관광진흥사업비"}),
    ("a bare kind of road or rail, or of safety/care work, is no programme",
     "전북은 광역철도에 대한 구상조차 없다. 시는 재난안전사업과 돌봄사업을 늘린다.",
     set(), {"Programme:광역철도", "Programme:재난안전사업", "Programme:돌봄사업"}),
    ("a quoted name followed by 과 관련한 is still a programme",
     "윤가람 교육감은 ‘가온 청소년 상담센터 운영’과 관련한 군의 지원을 요청했다.",
     {"Programme:가온 청소년 상담센터"}, set()),
    ("a △ road item ending in 개선 is building work, not a goal",
     "윤가람 군수는 △가온다숲~등기소간부체도로개선 △나래역 우회도로 건설 등을 설명했다.",
     {"Programme:가온다숲~등기소간부체도로개선"}, set()),
    ("a quoted 협의체 that is set up is an Organization",
     "가온시 등 3개 지자체는 ‘가온 상생 협의체’를 구축하기로 합의했다.",
     {"Organization:가온 상생 협의체"}, {"Programme:가온 상생 협의체"}),
    ("a 협의회 that is held (X협의회를 갖고) is a meeting, not a body",
     "원주시는 30일 지역 국회의원이 참석한 가운데 가온정책협의회를 갖고 국비 사업을 설명했다.",
     set(), {"Organization:가온정책협의회"}),
    ("a 협의회 that acts is still a body",
     "가온상인협의회는 원주시에 주차장 확충을 요청했다.",
     {"Organization:가온상인협의회"}, set()),
    ("an uncosted event is still no programme",
     "원주시는 12일 시청에서 주민 화합 행사를 열었다.",
     set(), {"Programme:주민 화합 행사"}),
]


@pytest.mark.parametrize(("rule", "text", "want", "never"), ENTITIES, ids=[r[0] for r in ENTITIES])
def test_entities(expect_entities: Callable[..., None], rule: str, text: str, want: set[str], never: set[str]) -> None:
    expect_entities(rule, text, want, never)


def test_share_button_row_is_chrome(extractor, labels) -> None:
    from extract.reading import read_text_stories

    text = ("원주시, 가온 통합기획 협약\n페이스북 페이스북 카카오 프린트\n"
            "원주시는 가온 상인회와 ‘가온 통합기획’ 업무협약을 체결했다고 밝혔다.\n")
    stories = read_text_stories(text, "t.txt")
    assert all("카카오" not in st.text for st in stories)
    entities, _ = labels(extractor.extract(stories[0]))
    assert "Organization:카카오" not in entities
