"""General rules from the third held-out review: one row per rule.

Every sentence is invented (가온시, 나래군 …, invented people and programmes; real local
governments and ministries only where the gazetteer must know them).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

# (rule, text, relations that must be found, relations that must not)
RELATIONS = [
    ("건의 after a count (96건의) is no request",
     ("보령시는 올해 정부예산 96건의 3654억 원을 확보했다. 시는 남은 사업을 위해 국회 방문을 추진했다."),
     set(), {"REQUESTED 보령시→국회"}),
    ("NAME과 관계 공무원들은: the named head is the requester, never an addressee",
     ("보령시에 따르면 김하늘 시장은 10일 국회를 방문했다. 이날 김 시장과 관계 공무원들은 "
      "국토교통위원회 박구름 의원을 만나 가온항 정비공사 예산 반영을 건의했다."),
     {"REQUESTED 김하늘→박구름"}, {"REQUESTED 보령시→김하늘", "REQUESTED 보령시→박구름"}),
    ("those met (NAME(…), NAME 의원 등을 만나) are addressed; the one before asks",
     ("정바다 순천시장은 26일 국회를 방문해 현안사업을 챙겼다.우선 국비확보를 위해 "
      "김하늘(예결위원장), 박구름(나래당 간사) 의원 등을 만나 예산확보에 대한 협조를 당부했다."),
     {"REQUESTED 정바다→김하늘", "REQUESTED 정바다→박구름"},
     {"REQUESTED 김하늘→박구름"}),
    ("a headline NAME TITLE 국회 찾아 … 요청 keeps its person as requester",
     "정바다 순천시장 국회 찾아 가온역 신설 국비 증액 요청",
     {"REQUESTED 정바다→국회"}, set()),
    ("a headed list of costed items (…사업으로는 A(3억 원), B(1억 원) 등), payer named by 시의 … 전출: "
     + "FUNDS the payer, no RUNS",
     ("세종시교육청은 24일 세종시와 협의회를 열었다. 또 시의 교육비특별회계 전출 사업에 대한 규모를 논의했다. "
      "주요 교육비특별회계 전출 사업으로는 가온 교복비 지원(27억 원), 나래 통학차량 지원(2억 5000만 원), "
      "한빛 독서교실 운영(6400만 원) 등으로 전년보다 늘었다."),
     {"FUNDS 세종특별자치시→가온 교복비", "FUNDS 세종특별자치시→나래 통학차량",
      "FUNDS 세종특별자치시→한빛 독서교실"},
     {"RUNS 세종특별자치시교육청→가온 교복비", "RUNS 세종특별자치시교육청→한빛 독서교실"}),
    ("이들 사업에 … 지원: the funder of the sentence pays each project just listed",
     ("충북도는 3개 군의 발전 사업에 도비를 지원키로 했다고 밝혔다. "
      "해당 사업은 가온공원 조성(옥천), 나래마을 육성(단양), 한빛도서관 건립(증평) 등이다. "
      "도는 이들 사업에 4억 원씩을 지원할 계획이다."),
     {"FUNDS 충청북도→가온공원 조성", "FUNDS 충청북도→나래마을 육성", "FUNDS 충청북도→한빛도서관 건립"},
     set()),
    ("a listed project marked with its county (…(옥천)) is run by that county",
     ("충북도는 옥천군과 단양군의 발전 사업에 도비를 지원한다. "
      "해당 사업은 가온공원 조성(옥천), 나래마을 육성(단양) 등이다."),
     {"RUNS 옥천군→가온공원 조성", "RUNS 단양군→나래마을 육성"}, set()),
    ("이 사업에는 … 투입된다: the one programme of the sentence before gets the money",
     "순천시는 가온길 조성사업을 추진한다고 5일 밝혔다. 이 사업에는 국비 10억원과 시비 5억원 등 15억원이 투입된다.",
     {"FUNDS 순천시→가온길 조성사업", "RUNS 순천시→가온길 조성사업"}, set()),
    ("N억원을 들여 … 운영: spending on a programme funds it",
     "광주 북구는 올해 구비 2억원을 들여 ‘가온 돌봄교실’을 운영한다고 밝혔다.",
     {"FUNDS 광주광역시 북구→가온 돌봄교실", "RUNS 광주광역시 북구→가온 돌봄교실"}, set()),
    ("위탁 운영 기관으로 X를 선정: the chosen operator runs the facility",
     "순천시는 ‘가온 창업 공간’의 위탁 운영 기관으로 순천대학교를 선정했다고 5일 밝혔다.",
     {"RUNS 국립순천대학교→가온 창업 공간"}, set()),
    ("X가 주최하고 Y가 주관한다: both run it",
     "이번 ‘가온 밤바다 축제’는 여수시가 주최하고 여수문화재단이 주관한다.",
     {"RUNS 여수시→가온 밤바다 축제", "RUNS 여수문화재단→가온 밤바다 축제"}, set()),
    ("A가 주최하고 B체육회가 주관하며 C의회가 후원: host and organiser run it, the sponsor does not",
     "‘제10회 가온 마라톤 대회’는 순천시가 주최하고 순천시체육회가 주관하며, 순천시의회가 후원한다.",
     {"RUNS 순천시→제10회 가온 마라톤 대회", "RUNS 순천시체육회→제10회 가온 마라톤 대회"},
     {"RUNS 순천시의회→제10회 가온 마라톤 대회"}),
    ("explaining why a project is needed (필요성을 설명) is asking, not running",
     ("정바다 구미시장은 장관을 만나 “가온 청소년 센터 유치에 국비가 든다”며 "
      "신규사업 추진의 필요성과 지역 여건을 설명했다."),
     set(), {"RUNS 구미시→가온 청소년 센터"}),
    ("의원(대전 동구): a constituency is no body of the story",
     ("김하늘 시장은 국회를 방문해 교육위원회 박구름 의원(대전 동구)을 만나 가온항 정비공사 예산 반영을 건의했다."),
     {"REQUESTED 김하늘→박구름"}, {"PART_OF 대전광역시 동구→대전광역시"}),
    ("a committee the gazetteer does not know, with a member 의원, is PART_OF 국회",
     ("김하늘 시장은 국회를 방문해 가온문화관광위원회 박구름 의원을 만나 가온항 정비 예산 반영을 건의했다."),
     {"PART_OF 가온문화관광위원회→국회", "HOLDS_POSITION 박구름→가온문화관광위원회"}, set()),
    ("협약 내용은 △…: agreement items are not run by either party",
     ("인천시설공단은 인천복지재단과 업무협약을 체결했다. 주요 협약 내용은 △가온 공동체 운영 협력 "
      "△나래 직무교육 공동 제공으로 양 기관의 협력을 약속했다."),
     {"AGREED_WITH 인천시설공단→인천복지재단"},
     {"RUNS 인천시설공단→나래 직무교육"}),
    ("NAME X사회서비스원 대표와 위·수탁 협약: the body is the party; 5년간 is no part of the name",
     ("대전시 서구는 24일 유가온 대전시 사회서비스원 대표와 가온아파트 다함께돌봄센터 운영에 대한 위·수탁 협약을 "
      "체결했다. 사회서비스원은 협약일로부터 5년간 가온아파트 다함께돌봄센터의 운영을 책임진다."),
     {"AGREED_WITH 대전광역시 서구→사회서비스원", "RUNS 사회서비스원→다함께돌봄센터"},
     {"AGREED_WITH 대전광역시 서구→유가온"}),
    ("선정돼 국비를 확보: the county receives the money, it does not fund the project",
     "곡성군은 행정안전부 공모사업인 ‘가온마을 만들기 사업’에 선정돼 국비 6억원을 확보했다고 5일 밝혔다.",
     set(), {"FUNDS 곡성군→가온마을 만들기 사업"}),
    ("‘…사업’에 3억원을 후원: a sponsor funds the project but does not run it",
     "한국전력공사는 5일 나주시 ‘가온 에너지 나눔 사업’에 3억원을 후원했다고 밝혔다.",
     {"FUNDS 한국전력공사→가온 에너지 나눔 사업"}, {"RUNS 한국전력공사→가온 에너지 나눔 사업"}),
    ("X와 22개 시군은 … 투입: the named body is the subject",
     "전라남도와 22개 시군은 ‘가온 출생수당’에 매년 360억원을 투입한다.",
     {"FUNDS 전라남도→가온 출생수당"}, set()),
    ("a unit after its city's name belongs to the story's district (대전시 서구 … 아동복지과)",
     ("대전시 서구는 24일 가온아파트 다함께돌봄센터 운영 협약을 체결했다. 센터는 대전시에서 설립한 기관이 운영한다. "
      "김가온 아동복지과 과장은 “돌봄 부담을 덜겠다”고 말했다."),
     {"PART_OF 아동복지과→대전광역시 서구"}, {"PART_OF 아동복지과→대전광역시"}),
    ("‘X 지원금’ N원을 … 기탁: the donor funds the grant line named in the sentence",
     "한국전력공사는 5일 ‘가온 나눔 지원금’ 1억원을 가온복지재단에 기탁했다.",
     {"FUNDS 한국전력공사→가온 나눔 지원금"}, {"RUNS 한국전력공사→가온 나눔 지원금"}),
    ("‘X 기금’ 조성을 위해 N원을 기부: the donor funds the fund, it does not run it",
     "한국수자원공사는 5일 ‘가온 희망 기금’ 조성을 위해 2억원을 기부했다.",
     {"FUNDS 한국수자원공사→가온 희망 기금"}, {"RUNS 한국수자원공사→가온 희망 기금"}),
    ("COMMITTEE A 의원(seat) 및 B 의원: both sit on the committee",
     ("김하늘 시장은 국회를 방문해 예산결산특별위원회 박구름 의원(충남 서산) 및 최노을 의원(청주)을 만났다."),
     {"HOLDS_POSITION 박구름→국회 예산결산특별위원회", "HOLDS_POSITION 최노을→국회 예산결산특별위원회"},
     {"HOLDS_POSITION 최노을→국회"}),
    ("N곳과 협약을 했다, partners named after: initiator → each of the N",
     ("부여교육지원청은 10일 시·도교육지원청 3곳과 교육복지 활성화를 위한 업무협약을 했다고 밝혔다. "
      "부여교육지원청은 지난해부터 충주교육지원청, 군산교육지원청, 강릉교육지원청과 함께 교류를 추진해 왔다."),
     {"AGREED_WITH 충청남도부여교육지원청→충청북도충주교육지원청",
      "AGREED_WITH 충청남도부여교육지원청→전북특별자치도군산교육지원청",
      "AGREED_WITH 충청남도부여교육지원청→강원특별자치도강릉교육지원청"}, set()),
    ("a count that does not match the bodies named after gives no partners",
     ("부여교육지원청은 10일 시·도교육지원청 6곳과 업무협약을 했다고 밝혔다. "
      "부여교육지원청은 충주교육지원청, 군산교육지원청과 함께 교류를 추진해 왔다."),
     set(), {"AGREED_WITH 충청남도부여교육지원청→충청북도충주교육지원청"}),
]


@pytest.mark.parametrize(("rule", "text", "want", "never"), RELATIONS, ids=[r[0] for r in RELATIONS])
def test_relations(expect_relations: Callable[..., None], rule: str, text: str, want: set[str], never: set[str]) -> None:
    expect_relations(rule, text, want, never)


# (rule, text, entities that must be found, entities that must not)
ENTITIES = [
    ("보은.옥천.영동군: dotted places sharing one suffix are each a county; the dots end no sentence",
     "충북도는 보은.옥천.영동군 등 도내 3개 지역의 사업에 도비를 지원한다.",
     {"Organization:보은군", "Organization:옥천군", "Organization:영동군"}, set()),
    ("an ordinal in front (10호 X센터, 다섯 번째 X센터) names no programme",
     ("가온공단은 커뮤니티센터 9곳을 운영 중이며 노인회관의 센터는 공단의 10호 커뮤니티센터가 된다. "
      "한편 이 센터는 서구의 다섯 번째 돌봄센터로 조성됐다."),
     set(), {"Programme:10호 커뮤니티센터", "Programme:다섯 번째 돌봄센터"}),
    ("a quoted wish (“… 되길”) is speech, not a programme",
     "기부자 “어려운 학생들 학업에 도움 되길”… 기탁식도 마다해",
     set(), {"Programme:어려운 학생들 학업에 도움 되길"}),
    ("시·도교육지원청 and a bare 교육지원청 are no bodies of their own",
     ("부여교육지원청은 10일 시·도교육지원청 6곳과 업무협약을 했다. "
      "앞으로 7개 시·도 교육지원청은 정보를 공유한다. 교육지원청 관계자는 기대를 밝혔다."),
     {"Organization:충청남도부여교육지원청"}, {"Organization:도교육지원청", "Organization:교육지원청"}),
    ("a ministry's 공모사업 is a kind of grant, not a programme",
     "순천시는 ‘가온 행복택시’를 운영한다. 이번 사업은 농림축산식품부 공모사업으로 추진된다.",
     {"Programme:가온 행복택시"}, {"Programme:농림축산식품부 공모사업"}),
    ("a review committee that is held (심의위원회를 개최) is a meeting, not a body",
     "서구는 지난달 수탁기관선정 심의위원회를 개최하고 가온복지회를 수탁자로 선정했다.",
     set(), {"Organization:심의위원회", "Organization:수탁기관선정 심의위원회"}),
    ("a △ item naming a body with the act done to it (△가온사회서비스원 운영) is a programme",
     "울산시가 건의한 사업은 △가온천 정비사업 △가온복지사회서비스원 운영 등이다.",
     {"Programme:가온복지사회서비스원"}, {"Organization:가온복지사회서비스원"}),
    ("a duration (5년간) in front is no part of a programme's name",
     "사회서비스원은 협약일로부터 5년간 나래하늘2차아파트 다함께돌봄센터의 운영을 책임진다.",
     {"Programme:나래하늘2차아파트 다함께돌봄센터"}, {"Programme:5년간 나래하늘2차아파트 다함께돌봄센터"}),
]


@pytest.mark.parametrize(("rule", "text", "want", "never"), ENTITIES, ids=[r[0] for r in ENTITIES])
def test_entities(expect_entities: Callable[..., None], rule: str, text: str, want: set[str], never: set[str]) -> None:
    expect_entities(rule, text, want, never)
