"""Page chrome, bylines and dates: tables of lines and what reading makes of them."""

from __future__ import annotations

import pytest

from extract.reading.bylines import Bylines
from extract.reading.chrome import Chrome, Line, iso_date

CHROME = Chrome()
BYLINES = Bylines()

DROPPED = [
    "상단영역",
    "본문영역",
    "시정뉴스",
    "이 기사를 공유합니다",
    "인쇄",
    "공유하기",
    "URL 복사",
    "댓글 정렬",
    "BEST 댓글 답글과 추천수를 합산하여 자동으로 노출됩니다.",
    "삭제한 댓글은 다시 복구할 수 없습니다.",
    "그래도 삭제하시겠습니까?",
    "0 / 400",
    "/ 400",
    "내 댓글 모음",
    "(청년정책과, 724-5183)",
    "(복지정책과  3947-1528)",
    "사진=가온시 제공",
    "광주시제공",
    "나래구 협약식.jpg",
    "#광주뉴스",
    "비밀번호 :",
    "메일보내기닫기",
    "+",
    "-",
]


@pytest.mark.parametrize("line", DROPPED)
def test_chrome_lines_are_dropped(line: str) -> None:
    assert CHROME.is_dropped(line)


STOPS = [
    "저작권자 © 가온시 뉴스포털 무단전재 및 재배포 금지",
    "[저작권자ⓒ 뉴스스텝. 무단전재-재배포 금지]",
    "Copyright © 동해안뉴스. All rights reserved.",
    "개의 댓글",
    "전체댓글 0",
    "뉴스댓글 >",
    "최신뉴스",
    "최신기사",
    "많이 본 뉴스",
    "많이 본 기사",
    "PHOTO NEWS",
    "이용자는 공공저작물을 이용할 경우, 출처 또는 저작권자를 표시해야 합니다.",
]


@pytest.mark.parametrize("line", STOPS)
def test_licence_comment_and_list_headers_end_the_story(line: str) -> None:
    assert CHROME.is_stop(line)


BODY = [
    "광주광역시는 17일 오후 시의회 소회의실에서 상생협의회를 개최했다.",
    "윤 시장은 정부와 시의회의 협력이 중요하다고 밝혔다.",
    "△수소드론 핵심부품 시험 지원 공동활용센터 구축",
    "가온시의 생애주기별 청년 정착 정책",
    "청년에게 무료 법률상담 서비스를 제공한다.",
    "2030년까지 1조2천억 규모 투입",
]


@pytest.mark.parametrize("line", BODY)
def test_body_lines_are_kept(line: str) -> None:
    assert not CHROME.is_dropped(line)
    assert not CHROME.is_stop(line)


STRIPPED = [
    ("박하늘 행정부시장이 인사말을 하고 있다./광주광역시 제공", "박하늘 행정부시장이 인사말을 하고 있다."),
    ("정바다 세종시장(왼쪽). (세종시 제공) / 뉴스1", "정바다 세종시장(왼쪽)."),
    ("참석자들이 협약서를 펼쳐 보이고 있다. 경주시 제공", "참석자들이 협약서를 펼쳐 보이고 있다."),
    ("익산시의회 김나래 의원(익산시의회 제공. 재판매 및 DB금지)", "익산시의회 김나래 의원"),
    ("[뉴스스텝] 관악구가 봄을 맞아 계획을 세웠다.", "관악구가 봄을 맞아 계획을 세웠다."),
    ("센터를 운영한다.", "센터를 운영한다."),
]


@pytest.mark.parametrize(("raw", "kept"), STRIPPED)
def test_credits_and_tags_are_cut_from_lines(raw: str, kept: str) -> None:
    line = CHROME.strip(Line(raw, 100))
    assert line.text == kept
    assert raw[line.start - 100:line.start - 100 + len(line.text)] == line.text


DATES = [
    ("기사승인 : 2026-01-08 08:05:26", "2026-01-08"),
    ("승인 : 2017.02.02 14:44", "2017-02-02"),
    ("승인 2019.08.08 16:50", "2019-08-08"),
    ("입력 2024.05.13. 오후 3:10", "2024-05-13"),
    ("입력 2025.05.20 09:30 | 수정 2025.05.20 11:12", "2025-05-20"),
    ("등록 2025.07.08 16:45", "2025-07-08"),
    ("수정 : 2017.02.03 15:24", "2017-02-03"),
    ("입력 2023년 3월 9일", "2023-03-09"),
]


@pytest.mark.parametrize(("line", "iso"), DATES)
def test_date_lines_are_parsed(line: str, iso: str) -> None:
    meta = BYLINES.date_line(line)
    assert meta is not None and meta.date == iso


def test_publication_date_outranks_modification_date() -> None:
    published = BYLINES.date_line("승인 : 2017.02.02 14:44")
    modified = BYLINES.date_line("수정 : 2017.02.03 15:24")
    assert published is not None and modified is not None
    modified.absorb(published)
    assert modified.date == "2017-02-02"


@pytest.mark.parametrize("text", ["2024.13.01", "1899-01-01", "no date"])
def test_invalid_dates_are_none(text: str) -> None:
    assert iso_date(text) is None


META = [
    ("한소라 기자 / 기사승인 : 2026-01-09 09:14:02", "한소라", "2026-01-09", None),
    ("2021-11-03     문도현 기자", "문도현", "2021-11-03", None),
    ("기자명 서하준 기자", "서하준", None, None),
    ("/문도현기자", "문도현", None, None),
    ("백서윤기자 bsy0512@gaonilbo.co.kr", "백서윤", None, None),
    ("광주드림일보 윤하람 기자", "윤하람", None, "광주드림일보"),
]


@pytest.mark.parametrize(("line", "reporter", "date", "outlet"), META)
def test_byline_lines_give_reporter_date_outlet(
    line: str, reporter: str, date: str | None, outlet: str | None
) -> None:
    meta = BYLINES.meta_line(line)
    assert meta is not None
    assert (meta.reporter, meta.date, meta.outlet) == (reporter, date, outlet)


DATELINES = [
    ("(세종=뉴스1) 오세린 기자 = 세종시가 국비 증액에 나섰다.", "뉴스1", "오세린", "세종시가"),
    ("[포항=쿠키뉴스] 류지호 기자 = 남도윤 포항시장이 속도를 낸다.", "쿠키뉴스", "류지호", "남도윤"),
    ("[순천(전남)=데일리한국 배은솔 기자] 조윤 순천시장이 건의했다.", "데일리한국", "배은솔", "조윤"),
    ("[일요서울ㅣ창원 서태오 기자] 경남 창원시는 밝혔다.", "일요서울", "서태오", "경남"),
    ("[교육연합신문=장하람 기자] 충청남도교육청은 협약을 맺었다.", "교육연합신문", "장하람", "충청남도교육청은"),
]


@pytest.mark.parametrize(("line", "outlet", "reporter", "first_word"), DATELINES)
def test_datelines_are_cut_and_read(line: str, outlet: str, reporter: str, first_word: str) -> None:
    found = BYLINES.dateline(Line(line, 0))
    assert found is not None
    meta, rest = found
    assert (meta.outlet, meta.reporter) == (outlet, reporter)
    assert rest.text.split()[0] == first_word


@pytest.mark.parametrize(
    ("line", "reporter", "rest"),
    [
        ("국비 지원을 건의했다. 구민재기자", "구민재", "국비 지원을 건의했다."),
        ("계획이다. 나은비 기자 neb7@gaontoday.co.kr", "나은비", "계획이다."),
        ("당부했다. 백서윤기자 bsy0512@gaonilbo.co.kr", "백서윤", "당부했다."),
    ],
)
def test_signatures_end_stories(line: str, reporter: str, rest: str) -> None:
    found = BYLINES.signature(Line(line, 0))
    assert found is not None
    assert found[0].reporter == reporter and found[1].text == rest


def test_a_sentence_about_a_reporter_is_not_a_signature() -> None:
    assert BYLINES.signature(Line("그는 지역 신문 기자", 0)) is None


WIRE_CHROME = [
    ("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "stop"),
    ("◎공감언론 뉴시스가 독자 여러분의 소중한 제보를 기다립니다.", "drop"),
    ("▶ 제보는 카카오톡 okjebo", "drop"),
    ("네이버에서 지역정책신문을 구독하세요!", "drop"),
    ("[사진=광주시 제공]", "drop"),
    ("좋아요 0", "drop"),
]


@pytest.mark.parametrize(("line", "kind"), WIRE_CHROME)
def test_wire_and_portal_chrome(line: str, kind: str) -> None:
    text = line.lstrip("▶ ").strip()
    assert (CHROME.is_stop(text) if kind == "stop" else CHROME.is_dropped(text)), line


def test_wire_dateline_in_lenticular_brackets() -> None:
    found = BYLINES.dateline(Line("【광주=뉴시스】 이영주 기자 = 광주시가 발표했다.", 0))
    assert found is not None
    assert (found[0].outlet, found[0].reporter, found[1].text) == ("뉴시스", "이영주", "광주시가 발표했다.")


def test_caption_photo_credit_in_brackets_is_cut() -> None:
    line = CHROME.strip(Line("협약식 참석자들이 손을 맞잡고 있다. (사진=가온시)", 0))
    assert line.text == "협약식 참석자들이 손을 맞잡고 있다."
