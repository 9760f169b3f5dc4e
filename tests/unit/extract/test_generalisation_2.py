"""General rules from the second held-out review: one row per rule.

Every sentence is invented (가온시, 한빛군, 나래구 …, invented people and programmes; real
local governments and ministries only where the gazetteer must know them).
"""

from __future__ import annotations

import pytest

# (rule, text, relations that must be found, relations that must not)
RELATIONS = [
    ("joint pact: signers' bodies, every pair, no initiator",
     ("이날 행사에선 김하늘 평택시장, 이도윤 용인시장, 박서진 성남시장이 공동으로 협약을 체결했다."),
     {"AGREED_WITH 평택시→용인시", "AGREED_WITH 평택시→성남시", "AGREED_WITH 용인시→성남시"},
     {"AGREED_WITH 김하늘→이도윤"}),
    ("joint signers joined by 과 and , (head of an office and two county heads)",
     "서민준 괴산군수와 이도현 음성군수, 박서진 진천군수는 7일 상생 업무협약을 체결했다.",
     {"AGREED_WITH 괴산군→음성군", "AGREED_WITH 괴산군→진천군", "AGREED_WITH 음성군→진천군"},
     set()),
    ("with an initiator (X는 A, B와 협약) only initiator → each partner",
     "원주시는 한국가스공사, 한국전력공사와 업무협약을 체결했다.",
     {"AGREED_WITH 원주시→한국가스공사", "AGREED_WITH 원주시→한국전력공사"},
     {"AGREED_WITH 한국가스공사→한국전력공사", "AGREED_WITH 한국전력공사→한국가스공사"}),
    ("손을 맞잡다 between A과 B is an agreement",
     "충청북도교육청과 괴산군이 가온교육지구 사업을 위해 손을 맞잡았다.",
     {"AGREED_WITH 충청북도교육청→괴산군"}, set()),
    ("A·B교육장: the joint office is the post's body, not the second county",
     "서민준 괴산·증평교육장은 괴산군과 업무협약을 체결했다.",
     {"HOLDS_POSITION 서민준→충청북도괴산증평교육지원청"},
     {"HOLDS_POSITION 서민준→증평군"}),
    ("a bare 기금 after a date phrase is the fund named before; △ items it pays for",
     ("원주시는 ‘가온마을 상생 지원 기금’을 운용한다. 지난해 말 기준 기금 조성액은 총 20억 원이다. "
      "시는 이 중 11억 원을 집행했다. 세부 사업은 △가온마을 청정 하천 살리기(1억 원) "
      "△가온마을 공동체 프로그램 운영 지원(2억 원) △가온마을 일자리 사업(3억 원) 등이다."),
     {"FUNDS 가온마을 상생 지원 기금→가온마을 청정 하천 살리기",
      "FUNDS 가온마을 상생 지원 기금→가온마을 공동체 프로그램",
      "RUNS 원주시→가온마을 청정 하천 살리기", "RUNS 원주시→가온마을 일자리 사업"},
     {"FUNDS 원주시→가온마을 공동체 프로그램"}),
    ("시 일반회계 출연금 → FUNDS the city → the fund",
     ("원주시는 ‘가온마을 상생 지원 기금’을 운용한다. "
      "재원은 매년 5억 원의 시 일반회계 출연금 등으로 마련한다."),
     {"FUNDS 원주시→가온마을 상생 지원 기금"}, set()),
    ("X를 펀드 운용사로 정하다 → RUNS X → the fund",
     ("원주시는 가온벤처스와 함께 청년창업 전용펀드를 조성한다. "
      "시는 가온벤처스를 펀드 운용사로 정하고 공모에 신청했다."),
     {"RUNS 가온벤처스→청년창업 전용펀드", "RUNS 원주시→청년창업 전용펀드"}, set()),
    ("A·B가 주관한 X 출자사업: both hosts run the programme",
     "시는 중소벤처기업부·한국벤처투자가 주관한 한국모태펀드 출자사업에 선정됐다.",
     {"RUNS 중소벤처기업부→한국모태펀드 출자사업", "RUNS 한국벤처투자→한국모태펀드 출자사업"},
     set()),
]


@pytest.mark.parametrize(("rule", "text", "want", "never"), RELATIONS, ids=[r[0] for r in RELATIONS])
def test_relations(run, labels, rule: str, text: str, want: set[str], never: set[str]) -> None:
    _, relations = labels(run(text))
    assert want <= relations, (rule, want - relations, relations)
    assert not (never & relations), (rule, never & relations)


# (rule, text, entities that must be found, entities that must not)
ENTITIES = [
    ("a bare 기금 after 말 기준 is no fund of its own",
     "원주시는 ‘가온마을 상생 지원 기금’을 운용한다. 지난해 말 기준 기금 조성액은 총 20억 원이다.",
     {"Fund:가온마을 상생 지원 기금"}, {"Fund:말 기준 기금", "Fund:기금"}),
    ("one fund written three ways (headline size, 다음 달, a quote) is one fund",
     ("원주시 100억 규모 청년창업 전용펀드 조성한다\n"
      "원주시는 청년창업 전용펀드를 조성한다고 밝혔다. 시는 30억원을 출자해 다음 달 청년창업 투자펀드를 "
      "결성한다. 서민준 원주시장은 \"청년창업 펀드 운용으로 기업을 돕겠다\"고 말했다."),
     {"Fund:청년창업 전용펀드"},
     {"Fund:달 청년창업 투자펀드", "Fund:청년창업 투자펀드", "Fund:청년창업 펀드",
      "Fund:원주시 100억 규모 청년창업 전용펀드"}),
    ("X펀드 출자사업 is a programme, not a fund",
     "시는 중소벤처기업부가 주관한 한국모태펀드 출자사업에 선정됐다.",
     {"Programme:한국모태펀드 출자사업"}, {"Fund:한국모태펀드 출자사업"}),
    ("A·B교육지원청 stays whole",
     "협약식은 괴산·증평교육지원청 대회의실에서 열렸다. 괴산·증평교육지원청은 괴산군과 협약을 체결했다.",
     {"Organization:충청북도괴산증평교육지원청"}, {"Organization:증평교육지원청"}),
]


@pytest.mark.parametrize(("rule", "text", "want", "never"), ENTITIES, ids=[r[0] for r in ENTITIES])
def test_entities(run, labels, rule: str, text: str, want: set[str], never: set[str]) -> None:
    entities, _ = labels(run(text))
    assert want <= entities, (rule, want - entities, entities)
    assert not (never & entities), (rule, never & entities)
