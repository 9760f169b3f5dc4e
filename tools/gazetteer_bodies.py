"""Hand-listed bodies for ``tools/make_gazetteers.py``: rows of (name, aliases[, options]).

Options: parent, region (canonical names that must exist), since / until (ISO dates), kind
(to override the family's kind), note. Only bodies known to exist; a former name of the same
body is an alias, a body that was split, merged away or replaced keeps its own row.
"""

from __future__ import annotations

from gazetteer_civic import CIVIC, COMPANIES
from gazetteer_politics import COUNCILS, PARTIES
from gazetteer_public import PUBLIC, UNIVERSITIES, UNIVERSITY_REGION
from gazetteer_regional import REGIONAL
from gazetteer_tables import METROPOLITAN

__all__ = [
    "CENTRAL",
    "CIVIC",
    "COMPANIES",
    "COUNCILS",
    "EDUCATION",
    "PARTIES",
    "PER_REGION",
    "PUBLIC",
    "REGIONAL",
]

Row = tuple  # (name, [aliases]) or (name, [aliases], {options})

REORG_2025 = "정부조직법 개정 (2025-10-01 시행)"
PROSECUTION_END = "2026-10-01"
PROSECUTION_NOTE = "검찰청 abolished by the 2025 정부조직법 (공소청·중대범죄수사청 from 2026-10-02)"

CENTRAL: list[Row] = [
    # 부
    (
        "기획재정부",
        ["기재부"],
        {"until": "2026-01-01", "note": "split into 재정경제부 and 기획예산처 (2026-01-02)"},
    ),
    ("재정경제부", ["재경부"], {"since": "2026-01-02"}),
    ("교육부", []),
    ("과학기술정보통신부", ["과기정통부", "과기부", "미래창조과학부", "미래부"]),
    ("외교부", ["외교통상부"]),
    ("통일부", []),
    ("법무부", []),
    ("국방부", []),
    ("행정안전부", ["행안부", "행정자치부", "행자부", "안전행정부", "안행부"]),
    ("국가보훈부", ["보훈부", "국가보훈처", "보훈처"]),
    ("문화체육관광부", ["문체부"]),
    ("농림축산식품부", ["농식품부", "농림부", "농림수산식품부"]),
    ("산업통상부", ["산업통상자원부", "산업부", "산자부"], {"note": f"renamed {REORG_2025}"}),
    ("보건복지부", ["복지부", "보건복지가족부"]),
    (
        "기후에너지환경부",
        ["환경부", "기후부", "기후에너지부"],
        {"note": f"환경부 renamed and given energy policy {REORG_2025}"},
    ),
    ("고용노동부", ["고용부", "노동부"]),
    ("성평등가족부", ["여성가족부", "여가부", "성평등부"], {"note": f"renamed {REORG_2025}"}),
    ("국토교통부", ["국토부", "국토해양부"]),
    ("해양수산부", ["해수부"]),
    ("중소벤처기업부", ["중기부", "중소기업청"]),
    # 처
    ("기획예산처", ["예산처"], {"since": "2026-01-02"}),
    ("인사혁신처", ["인사처"]),
    ("법제처", []),
    ("식품의약품안전처", ["식약처"]),
    ("국가데이터처", ["통계청", "데이터처"], {"note": f"통계청 renamed {REORG_2025}"}),
    ("지식재산처", ["특허청"], {"note": f"특허청 renamed {REORG_2025}"}),
    ("대통령경호처", ["경호처", "대통령경호실"]),
    # 청
    ("국세청", [], {"parent": "재정경제부"}),
    ("관세청", [], {"parent": "재정경제부"}),
    ("조달청", [], {"parent": "재정경제부"}),
    (
        "대검찰청",
        ["대검", "검찰청"],
        {"parent": "법무부", "until": PROSECUTION_END, "note": PROSECUTION_NOTE},
    ),
    ("공소청", [], {"parent": "법무부", "since": "2026-10-02"}),
    ("중대범죄수사청", ["중수청"], {"parent": "행정안전부", "since": "2026-10-02"}),
    ("병무청", [], {"parent": "국방부"}),
    ("방위사업청", ["방사청"], {"parent": "국방부"}),
    ("경찰청", [], {"parent": "행정안전부"}),
    ("소방청", [], {"parent": "행정안전부"}),
    ("국가유산청", ["문화재청"], {"parent": "문화체육관광부", "since": "2024-05-17"}),
    ("농촌진흥청", ["농진청"], {"parent": "농림축산식품부"}),
    ("산림청", [], {"parent": "농림축산식품부"}),
    ("질병관리청", ["질병청", "질병관리본부"], {"parent": "보건복지부"}),
    ("기상청", [], {"parent": "기후에너지환경부"}),
    ("행정중심복합도시건설청", ["행복청"], {"parent": "국토교통부"}),
    ("새만금개발청", ["새만금청"], {"parent": "국토교통부"}),
    ("해양경찰청", ["해경", "해경청"], {"parent": "해양수산부"}),
    ("재외동포청", [], {"parent": "외교부", "since": "2023-06-05"}),
    ("우주항공청", ["우주청", "KASA"], {"parent": "과학기술정보통신부", "since": "2024-05-27"}),
    # 대통령·국무총리 소속, 독립기관
    ("대통령비서실", ["대통령실", "청와대"], {"note": "official name; 대통령실 is the common one"}),
    ("국가안보실", []),
    ("국무조정실", ["국조실"]),
    ("국무총리비서실", ["총리비서실"]),
    ("국무총리실", ["총리실"], {"note": "common name of 국무조정실 and 국무총리비서실 together"}),
    ("국가정보원", ["국정원"]),
    ("감사원", []),
    ("고위공직자범죄수사처", ["공수처"]),
    ("대법원", []),
    ("법원행정처", []),
    ("헌법재판소", ["헌재"]),
    ("중앙선거관리위원회", ["중앙선관위", "선관위"]),
    # 위원회
    ("공정거래위원회", ["공정위"]),
    ("금융위원회", ["금융위"]),
    ("국민권익위원회", ["권익위"]),
    ("개인정보보호위원회", ["개인정보위"]),
    ("원자력안전위원회", ["원안위"]),
    (
        "방송통신위원회",
        ["방통위"],
        {"until": "2025-09-30", "note": "replaced by 방송미디어통신위원회"},
    ),
    ("방송미디어통신위원회", ["방미통위"], {"since": "2025-10-01"}),
    ("국가인권위원회", ["인권위"]),
    ("지방시대위원회", [], {"since": "2023-07-10"}),
    (
        "국가균형발전위원회",
        ["균형위", "균형발전위원회"],
        {"until": "2023-07-09", "note": "merged into 지방시대위원회"},
    ),
    ("자치분권위원회", [], {"until": "2023-07-09", "note": "merged into 지방시대위원회"}),
    ("저출산고령사회위원회", ["저출산위", "저고위"]),
    ("탄소중립녹색성장위원회", ["탄녹위", "2050탄소중립녹색성장위원회"]),
    ("국가교육위원회", ["국교위"]),
    ("경제사회노동위원회", ["경사노위"]),
    ("규제개혁위원회", ["규개위"]),
    ("국민통합위원회", []),
    ("디지털플랫폼정부위원회", []),
    ("국가과학기술자문회의", []),
    # 행정안전부 소속
    ("국가기록원", [], {"parent": "행정안전부"}),
    ("국립과학수사연구원", ["국과수"], {"parent": "행정안전부"}),
    ("지방자치인재개발원", [], {"parent": "행정안전부"}),
    ("정부청사관리본부", [], {"parent": "행정안전부"}),
    ("국립재난안전연구원", [], {"parent": "행정안전부"}),
    ("우정사업본부", ["우본"], {"parent": "과학기술정보통신부"}),
]


def _branches(
    names: list[str], suffix: str, parent: str, region_of: dict[str, str], short: str | None = None
) -> list[Row]:
    rows: list[Row] = []
    for name in names:
        aliases = [f"{name}{short}"] if short else []
        rows.append((f"{name}{suffix}", aliases, {"parent": parent, "region": region_of.get(name)}))
    return rows


_SEAT = {  # where a branch named after a city or area sits
    "서울": "서울특별시",
    "중부": "경기도",
    "부산": "부산광역시",
    "대구": "대구광역시",
    "광주": "광주광역시",
    "대전": "대전광역시",
    "인천": "인천광역시",
    "원주": "강원특별자치도",
    "익산": "전북특별자치도",
    "울산": "울산광역시",
    "여수": "전라남도",
    "마산": "경상남도",
    "동해": "강원특별자치도",
    "군산": "전북특별자치도",
    "목포": "전라남도",
    "포항": "경상북도",
    "평택": "경기도",
    "대산": "충청남도",
    "강원": "강원특별자치도",
    "제주": "제주특별자치도",
    "대구경북": "대구광역시",
    "광주전남": "광주광역시",
    "경기": "경기도",
    "대전세종충남": "대전광역시",
    "충북": "충청북도",
    "전북": "전북특별자치도",
    "경남": "경상남도",
    "수도권": "서울특별시",
    "서해": "전라남도",
    "남해": "부산광역시",
    "한강": "경기도",
    "낙동강": "경상남도",
    "금강": "대전광역시",
    "영산강": "광주광역시",
    "수원": "경기도",
    "서울중앙": "서울특별시",
    "서울동부": "서울특별시",
    "서울남부": "서울특별시",
    "서울북부": "서울특별시",
    "서울서부": "서울특별시",
    "의정부": "경기도",
    "춘천": "강원특별자치도",
    "청주": "충청북도",
    "창원": "경상남도",
    "전주": "전북특별자치도",
}

CENTRAL += _branches(
    ["서울", "원주", "대전", "익산", "부산"], "지방국토관리청", "국토교통부", _SEAT, "국토청"
)
CENTRAL += _branches(
    ["서울", "중부", "부산", "대구", "광주", "대전"],
    "지방고용노동청",
    "고용노동부",
    _SEAT,
    "고용노동청",
)
CENTRAL += _branches(
    ["서울", "중부", "인천", "대전", "광주", "대구", "부산"],
    "지방국세청",
    "국세청",
    _SEAT,
    "국세청",
)
CENTRAL += _branches(
    [
        "서울",
        "부산",
        "대구경북",
        "광주전남",
        "경기",
        "인천",
        "대전세종충남",
        "울산",
        "강원",
        "충북",
        "전북",
        "경남",
        "제주",
    ],
    "지방중소벤처기업청",
    "중소벤처기업부",
    _SEAT,
    "중기청",
)
CENTRAL += _branches(
    ["한강", "낙동강", "금강", "영산강"], "유역환경청", "기후에너지환경부", _SEAT, "환경청"
)
CENTRAL += _branches(["원주", "대구"], "지방환경청", "기후에너지환경부", _SEAT, "환경청")
CENTRAL += _branches(
    ["부산", "인천", "여수", "마산", "울산", "동해", "군산", "목포", "포항", "평택", "대산"],
    "지방해양수산청",
    "해양수산부",
    _SEAT,
    "해수청",
)
CENTRAL += _branches(
    ["중부", "서해", "남해", "동해", "제주"], "지방해양경찰청", "해양경찰청", _SEAT, "해경청"
)
CENTRAL += _branches(
    ["부산", "광주", "강원", "대전", "대구", "제주"], "지방기상청", "기상청", _SEAT, "기상청"
)
CENTRAL += [("수도권기상청", [], {"parent": "기상청", "region": "서울특별시"})]

_HIGH = ["서울", "대전", "대구", "부산", "광주", "수원"]
_DISTRICT = [
    "서울중앙",
    "서울동부",
    "서울남부",
    "서울북부",
    "서울서부",
    "의정부",
    "인천",
    "수원",
    "춘천",
    "대전",
    "청주",
    "대구",
    "부산",
    "울산",
    "창원",
    "광주",
    "전주",
    "제주",
]
CENTRAL += [(f"{n}고등법원", [f"{n}고법"], {"region": _SEAT[n]}) for n in _HIGH]
_ENDED = {"until": PROSECUTION_END, "note": PROSECUTION_NOTE}
CENTRAL += [(f"{n}고등검찰청", [f"{n}고검"], {"region": _SEAT[n], **_ENDED}) for n in _HIGH]
CENTRAL += [(f"{n}지방법원", [f"{n}지법"], {"region": _SEAT[n]}) for n in _DISTRICT]
CENTRAL += [(f"{n}지방검찰청", [f"{n}지검"], {"region": _SEAT[n], **_ENDED}) for n in _DISTRICT]


def _with_region(rows: list[Row]) -> list[Row]:
    region_of = {short: metro for metro, shorts in UNIVERSITY_REGION.items() for short in shorts}
    out: list[Row] = []
    for name, aliases, *rest in rows:
        options = dict(rest[0]) if rest else {}
        # 조선간호대학교 is still written 조선간호대학 (its name before it became a 대학교)
        college = [f[:-1] for f in (name, *aliases) if f.endswith("대학교")]
        aliases = [*aliases, *(c for c in college if c not in aliases)]
        regions = {region_of[a] for a in aliases if a in region_of}
        if len(regions) == 1 and "region" not in options:
            options["region"] = regions.pop()
        out.append((name, aliases, options))
    return out


EDUCATION: list[Row] = _with_region(UNIVERSITIES)
PER_REGION: dict[str, list[tuple[str, list[str], str | None, str]]] = {}


def _per_region() -> None:
    police_official = {"경기도": None}
    for name, si_do, bare, _former in METROPOLITAN:
        short = bare[0]
        rows = PER_REGION.setdefault(name, [])
        if name in police_official:
            for half in ("남부", "북부"):
                rows.append(
                    (
                        f"경기도{half}경찰청",
                        [f"경기{half}경찰청", f"경기{half}지방경찰청"],
                        "경찰청",
                        "central_government",
                    )
                )
        else:
            rows.append(
                (
                    f"{name}경찰청",
                    [f"{short}경찰청", f"{short}지방경찰청", *(f"{f}경찰청" for f in si_do)],
                    "경찰청",
                    "central_government",
                )
            )
        rows.append((f"{short}테크노파크", [f"{short}TP"], None, "public_institution"))
        rows.append((f"{short}신용보증재단", [], None, "public_institution"))
        for party, party_short in (("더불어민주당", "민주당"), ("국민의힘", None)):
            forms = [name, *si_do]
            aliases = [f"{p} {f}당" for p in (party, party_short) if p for f in forms]
            rows.append((f"{party} {name}당", aliases, party, "party"))


_per_region()
