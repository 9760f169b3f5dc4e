"""A generated corpus of Korean regional-news articles, for speed and scale only.

Articles are assembled from the gazetteers (``extract.gazetteer.load_gazetteer``; a small
built-in list when the gazetteer data is not there) and sentence templates: officials with
titles asking ministers for things, agreements, funding amounts, ▲ programme lists, reporter
bylines, 입력 date lines and page chrome. People and programmes are invented. The same seed
always writes the same files. Never use this corpus to judge extraction quality.

    python -m bench.corpus OUT_DIR -n 1000 [--seed 7]
"""

from __future__ import annotations

import argparse
import logging
import random
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

FILES_PER_DIR = 1000
CP949_SHARE = 0.05  # some regional sites still serve EUC-KR/CP949 pages
TWO_STORY_SHARE = 0.05  # a few files hold two short stories

SURNAMES = "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부황보"
GIVEN = "민서준현우진영수호성지윤재태동기희경혜은정상철용석범훈도연미숙주원규선광종하승"

FALLBACK_LOCAL = [
    ("광주광역시", "광주시", "광주", "시장"), ("전라남도", "전남도", "전남", "도지사"),
    ("전북특별자치도", "전북도", "전북", "도지사"), ("부산광역시", "부산시", "부산", "시장"),
    ("대구광역시", "대구시", "대구", "시장"), ("강원특별자치도", "강원도", "강원", "도지사"),
    ("충청북도", "충북도", "충북", "도지사"), ("경상남도", "경남도", "경남", "도지사"),
    ("순천시", "순천시", "순천", "시장"), ("목포시", "목포시", "목포", "시장"),
    ("여수시", "여수시", "여수", "시장"), ("광명시", "광명시", "광명", "시장"),
    ("해남군", "해남군", "해남", "군수"), ("담양군", "담양군", "담양", "군수"),
    ("광주광역시 서구", "서구", "서구", "구청장"), ("광주광역시 북구", "북구", "북구", "구청장"),
]
FALLBACK_CENTRAL = [
    ("행정안전부", "장관"), ("기획재정부", "장관"), ("보건복지부", "장관"),
    ("국토교통부", "장관"), ("산업통상자원부", "장관"), ("과학기술정보통신부", "장관"),
    ("농림축산식품부", "장관"), ("해양수산부", "장관"), ("교육부", "장관"),
    ("중소벤처기업부", "장관"), ("여성가족부", "장관"), ("환경부", "장관"),
]
FALLBACK_INSTITUTIONS = [
    "한국전력공사", "국민건강보험공단", "한국토지주택공사", "한국농어촌공사", "국민연금공단",
    "한국철도공사", "한국에너지공단", "한국콘텐츠진흥원", "한국관광공사", "전남대학교",
    "조선대학교", "목포대학교", "광주과학기술원", "한국환경공단",
]
OUTLETS = ["남도일보", "호남매일", "빛고을신문", "서남저널", "영산강뉴스", "무등일보", "다도해타임즈"]
PROGRAMME_HEADS = [
    "청년", "아이돌봄", "스마트팜", "탄소중립", "어르신", "마을", "농어촌", "인공지능", "도시재생",
    "문화관광", "수소경제", "신재생에너지", "소상공인", "출산장려", "귀농귀촌", "해양치유", "디지털",
]
PROGRAMME_TAILS = [
    "지원사업", "육성사업", "프로젝트", "조성사업", "구축사업", "시범사업", "활성화 사업", "센터 건립",
    "플랫폼 구축", "특구 지정", "수당", "바우처",
]
FUND_TAILS = ["희망펀드", "혁신펀드", "상생기금", "발전기금", "미래산업펀드"]
REQUEST_VERBS = ["요청했다", "건의했다", "촉구했다", "요구했다", "당부했다", "제안했다"]
CHROME = [
    "저작권자 © {outlet} 무단전재 및 재배포 금지",
    "이 기사를 공유합니다",
    "댓글 0",
    "많이 본 뉴스",
    "기사 스크랩 | 인쇄하기 | 글자 크기",
    "구독하기 | 로그인 | 회원가입",
    "관련기사",
    "Copyright © {outlet}. All rights reserved.",
]


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    short: str
    tiny: str
    title: str


@dataclass(slots=True)
class Vocabulary:
    """The names the templates fill in."""

    places: list[Place]
    central: list[tuple[str, str]]
    institutions: list[str]


_TITLE_BY_SUFFIX = (("특별자치도", "도지사"), ("광역시", "시장"), ("특별시", "시장"), ("도", "도지사"),
                    ("시", "시장"), ("군", "군수"), ("구", "구청장"))


def vocabulary() -> Vocabulary:
    """Names from the gazetteer when it loads, else the built-in lists."""
    fallback = Vocabulary(
        [Place(*p) for p in FALLBACK_LOCAL], list(FALLBACK_CENTRAL), list(FALLBACK_INSTITUTIONS)
    )
    try:
        from extract.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    except Exception as err:  # noqa: BLE001 — any failure: the built-in names will do
        log.info("gazetteer not available (%s); using built-in names", err)
        return fallback
    places: list[Place] = []
    central: list[tuple[str, str]] = []
    institutions: list[str] = []
    for body in gazetteer:
        if body.kind == "local_government":
            title = next((t for suffix, t in _TITLE_BY_SUFFIX if body.name.endswith(suffix)), "")
            if not title:
                continue
            # 전라남도 → 전남도 (short) and 전남 (tiny); never a 도청/시청 form.
            forms = sorted((a for a in body.aliases if not a.endswith("청") and " " not in a), key=len)
            same_end = [a for a in forms if a.endswith(body.name[-1])]
            short = same_end[0] if same_end else body.name
            tiny = forms[0] if forms else body.name
            places.append(Place(body.name, short, tiny, title))
        elif body.kind == "central_government" and body.name.endswith(("부", "처", "청")):
            central.append((body.name, "장관" if body.name.endswith("부") else "청장"))
        elif body.kind == "public_institution":
            institutions.append(body.name)
    if len(places) < 5 or len(central) < 3 or len(institutions) < 3:
        return fallback
    return Vocabulary(places, central, institutions)


def josa(word: str, with_coda: str, without_coda: str) -> str:
    """The word with the particle its last syllable calls for (시장이, 도지사가, 협약을)."""
    last = word.rstrip()[-1:]
    if "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 == 0:
        return word + without_coda
    return word + with_coda


def official_title(place: Place) -> str:
    """광주광역시 + 시장 → 광주광역시장; 해남군 + 군수 → 해남군수; 서구 + 구청장 → 서구청장."""
    if place.title and place.name.endswith(place.title[0]):
        return place.name + place.title[1:]
    return f"{place.name} {place.title}"


class ArticleWriter:
    """Writes one article at a time from a seeded random source."""

    def __init__(self, vocab: Vocabulary, rng: random.Random) -> None:
        self.vocab = vocab
        self.rng = rng

    def person(self) -> str:
        r = self.rng
        return r.choice(SURNAMES) + r.choice(GIVEN) + r.choice(GIVEN)

    def programme(self, place: Place) -> str:
        r = self.rng
        name = f"{r.choice(PROGRAMME_HEADS)} {r.choice(PROGRAMME_TAILS)}"
        return f"{place.tiny} {name}" if r.random() < 0.4 else name

    def amount(self) -> str:
        r = self.rng
        eok = r.choice([3, 5, 7, 12, 30, 45, 80, 120, 200, 350, 1200, 5000])
        if r.random() < 0.15:
            return f"{eok}억{r.choice([2, 5, 7])}천만 원"
        if eok >= 1000 and r.random() < 0.5:
            return f"{eok // 1000 or 1}조{eok % 1000 or 300}억원"
        return f"{eok}억원"

    def story(self) -> tuple[str, str]:
        """(title, body paragraphs) of one story."""
        r = self.rng
        v = self.vocab
        place = r.choice(v.places)
        head = self.person()
        post = official_title(place)
        ministry, minister_title = r.choice(v.central)
        minister = self.person()
        partner = r.choice(v.institutions)
        partner_head = self.person()
        programmes = [self.programme(place) for _ in range(r.randint(3, 6))]
        fund = f"{place.tiny}{r.choice(FUND_TAILS)}"
        day = r.randint(1, 27)
        short_post = f"{head[0]} {place.title[-2:]}"
        items = " ".join(f"▲{p}" for p in programmes[1:])
        paragraphs = [
            (f"{head} {josa(post, '이', '가')} {day}일 정부세종청사에서 {minister} {ministry} "
             f"{josa(minister_title, '을', '를')} 만나 {programmes[0]}에 대한 국비 지원을 "
             f"{r.choice(REQUEST_VERBS)}."),
            (f"{josa(short_post, '은', '는')} 이 자리에서 지역 소멸과 저출생 위기를 넘기 위해 "
             f"중앙정부와 지방정부의 긴밀한 협력이 필요하다고 강조했다."),
            (f"{josa(place.short, '은', '는')} 이날 {minister_title}에게 {items} 등 지역 현안 "
             f"사업의 내년도 예산 반영을 건의했다."),
            (f"{minister} {josa(minister_title, '은', '는')} 지역의 어려움을 잘 알고 있다며 관계 "
             f"부처와 협의해 적극 검토하겠다고 답했다."),
            (f"한편 {josa(place.name, '은', '는')} {day + 1}일 {josa(partner, '과', '와')} "
             f"'{programmes[1]} 공동 추진'을 위한 업무협약을 체결했다. 협약식에는 {head} "
             f"{josa(place.title, '과', '와')} {partner_head} {partner} 사장 등 20여 명이 "
             f"참석했다."),
            (f"두 기관은 협약에 따라 {programmes[1]}에 {josa(self.amount(), '을', '를')} "
             f"투입하고 {r.randint(2025, 2029)}년까지 단계적으로 사업을 추진하기로 했다."),
            (f"{josa(place.short, '은', '는')} 또 {self.amount()} 규모의 "
             f"{josa(fund, '을', '를')} 조성해 청년 창업과 지역 기업 성장을 지원할 계획이다."),
            f"의회 {self.person()} 의원은 {programmes[0]}의 성과를 면밀히 점검해야 한다고 말했다.",
            (f"{josa(programmes[2 % len(programmes)], '은', '는')} 지난해 시범 운영에서 주민 "
             f"만족도 {r.randint(70, 98)}%를 기록했으며, 올해는 대상을 {r.randint(2, 30)}개 "
             f"읍면동으로 넓혀 {r.randint(300, 9000)}명에게 혜택을 줄 예정이다."),
            (f"{place.tiny} 지역은 최근 {r.randint(5, 15)}년 사이 인구가 {r.randint(5, 25)}% "
             f"줄었고 청년층 유출이 이어지고 있어, 일자리와 정주 여건을 함께 개선하는 종합 "
             f"대책이 필요하다는 지적이 꾸준히 제기돼 왔다."),
            (f"{place.short} 관계자는 \"정부 예산안이 국회에 제출되기 전까지 부처와 국회를 "
             f"잇달아 방문해 사업의 필요성을 설명하겠다\"며 \"지역 정치권과도 긴밀히 "
             f"공조하겠다\"고 밝혔다."),
            (f"이에 앞서 {head} {place.title[-2:]}은 지난달 {r.randint(1, 28)}일 간부회의에서 "
             f"\"{programmes[-1]}은 지역의 미래 먹거리와 직결된 사업\"이라며 부서 간 협업 "
             f"체계를 갖추라고 지시했다."),
            (f"{josa(place.short, '은', '는')} {r.randint(2025, 2028)}년까지 "
             f"{josa(self.amount(), '을', '를')} 들여 {programmes[-1]} 기반 시설을 확충하고, 민간 기업 {r.randint(3, 40)}곳을 유치해 "
             f"일자리 {r.randint(100, 3000)}개를 만든다는 목표를 세웠다."),
        ]
        tail = paragraphs[4:]
        r.shuffle(tail)
        keep = paragraphs[:4] + tail[: r.randint(4, 9)]
        title = f"{place.short}, {programmes[0]} 국비 지원 {r.choice(['요청', '건의', '총력'])}"
        return title, "\n\n".join(keep)

    def article(self, index: int) -> str:
        r = self.rng
        outlet = r.choice(OUTLETS)
        reporter = self.person()
        month, day = r.randint(1, 12), r.randint(1, 28)
        year = r.choice([2021, 2022, 2023, 2024, 2025])
        lines = [r.choice(CHROME[4:6]), ""]
        stories = 2 if r.random() < TWO_STORY_SHARE else 1
        for n in range(stories):
            title, body = self.story()
            stamp = f"{year}.{month:02d}.{day:02d} {r.randint(6, 22):02d}:{r.randint(0, 59):02d}"
            email = f"rep{index:06d}{n}@news.example.kr"
            lines += [title, "", f"입력 {stamp}", f"{outlet} {reporter} 기자", "", body, "",
                      f"{reporter} 기자 {email}", ""]
        lines += [c.format(outlet=outlet) for c in r.sample(CHROME[:4], 2)]
        return "\n".join(lines) + "\n"


def write_corpus(out_dir: str | Path, n: int, seed: int = 7) -> list[Path]:
    """Write ``n`` article files under ``out_dir`` (1000 per sub-directory); return their paths."""
    out = Path(out_dir)
    vocab = vocabulary()
    rng = random.Random(seed)
    writer = ArticleWriter(vocab, rng)
    written: list[Path] = []
    for i in range(n):
        folder = out / f"d{i // FILES_PER_DIR:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"a{i:07d}.txt"
        text = writer.article(i)
        encoding = "cp949" if rng.random() < CP949_SHARE else "utf-8"
        path.write_bytes(text.encode(encoding, errors="replace"))
        written.append(path)
    log.info("wrote %d articles under %s", n, out)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("-n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    write_corpus(args.out_dir, args.n, args.seed)


if __name__ == "__main__":
    main()
