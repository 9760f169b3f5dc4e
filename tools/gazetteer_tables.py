"""Source tables for ``tools/make_gazetteers.py``: Korean local governments.

The 17 광역 with their short forms, and the 기초 자치단체 under each (as of 2024–2026), plus
the 일반구 / 행정시 that are administrative units (not local governments) of a city or 도.
Edited by hand; ``make_gazetteers.py`` derives aliases, councils and education offices.
"""

from __future__ import annotations


def _names(text: str) -> list[str]:
    return text.split()


# canonical, forms ending in 시/도 besides the canonical, bare short forms, former names
METROPOLITAN: list[tuple[str, list[str], list[str], list[str]]] = [
    ("서울특별시", ["서울시"], ["서울"], []),
    ("부산광역시", ["부산시"], ["부산"], []),
    ("대구광역시", ["대구시"], ["대구"], []),
    ("인천광역시", ["인천시"], ["인천"], []),
    ("광주광역시", ["광주시"], ["광주"], []),
    ("대전광역시", ["대전시"], ["대전"], []),
    ("울산광역시", ["울산시"], ["울산"], []),
    ("세종특별자치시", ["세종시"], ["세종"], []),
    ("경기도", [], ["경기"], []),
    ("강원특별자치도", ["강원도"], ["강원"], ["강원도"]),
    ("충청북도", ["충북도"], ["충북"], []),
    ("충청남도", ["충남도"], ["충남"], []),
    ("전북특별자치도", ["전라북도", "전북도", "전북자치도"], ["전북"], ["전라북도"]),
    ("전라남도", ["전남도"], ["전남"], []),
    ("경상북도", ["경북도"], ["경북"], []),
    ("경상남도", ["경남도"], ["경남"], []),
    ("제주특별자치도", ["제주도", "제주자치도"], ["제주"], ["제주도"]),
]

# 광역 created by merging others: (canonical, short forms, since, merged 광역). The 전남광주
# 통합특별시 special act passed 국회 on 2026-03-01 for a 2026-07-01 launch (약칭 광주특별시).
# 기초 keep their old 광역 as parent: the data describe news up to mid-2026.
MERGED_METROPOLITAN: list[tuple[str, list[str], str, list[str]]] = [
    (
        "전남광주통합특별시",
        ["전남광주특별시", "광주특별시"],
        "2026-07-01",
        ["광주광역시", "전라남도"],
    ),
]

# 광역 → its 기초 자치단체 (official names), in the order of the 행정구역 code list
BASIC: dict[str, list[str]] = {
    "서울특별시": _names(
        "종로구 중구 용산구 성동구 광진구 동대문구 중랑구 성북구 강북구 도봉구 노원구 "
        "은평구 서대문구 마포구 양천구 강서구 구로구 금천구 영등포구 동작구 관악구 서초구 강남구 "
        "송파구 강동구"
    ),
    "부산광역시": _names(
        "중구 서구 동구 영도구 부산진구 동래구 남구 북구 해운대구 사하구 금정구 강서구 "
        "연제구 수영구 사상구 기장군"
    ),
    "대구광역시": _names("중구 동구 서구 남구 북구 수성구 달서구 달성군 군위군"),
    "인천광역시": _names("중구 동구 미추홀구 연수구 남동구 부평구 계양구 서구 강화군 옹진군"),
    "광주광역시": _names("동구 서구 남구 북구 광산구"),
    "대전광역시": _names("동구 중구 서구 유성구 대덕구"),
    "울산광역시": _names("중구 남구 동구 북구 울주군"),
    "세종특별자치시": [],
    "경기도": _names(
        "수원시 성남시 의정부시 안양시 부천시 광명시 평택시 동두천시 안산시 고양시 과천시 "
        "구리시 남양주시 오산시 시흥시 군포시 의왕시 하남시 용인시 파주시 이천시 안성시 김포시 "
        "화성시 광주시 양주시 포천시 여주시 연천군 가평군 양평군"
    ),
    "강원특별자치도": _names(
        "춘천시 원주시 강릉시 동해시 태백시 속초시 삼척시 홍천군 횡성군 영월군 "
        "평창군 정선군 철원군 화천군 양구군 인제군 고성군 양양군"
    ),
    "충청북도": _names(
        "청주시 충주시 제천시 보은군 옥천군 영동군 증평군 진천군 괴산군 음성군 단양군"
    ),
    "충청남도": _names(
        "천안시 공주시 보령시 아산시 서산시 논산시 계룡시 당진시 금산군 부여군 서천군 "
        "청양군 홍성군 예산군 태안군"
    ),
    "전북특별자치도": _names(
        "전주시 군산시 익산시 정읍시 남원시 김제시 완주군 진안군 무주군 장수군 "
        "임실군 순창군 고창군 부안군"
    ),
    "전라남도": _names(
        "목포시 여수시 순천시 나주시 광양시 담양군 곡성군 구례군 고흥군 보성군 화순군 "
        "장흥군 강진군 해남군 영암군 무안군 함평군 영광군 장성군 완도군 진도군 신안군"
    ),
    "경상북도": _names(
        "포항시 경주시 김천시 안동시 구미시 영주시 영천시 상주시 문경시 경산시 의성군 "
        "청송군 영양군 영덕군 청도군 고령군 성주군 칠곡군 예천군 봉화군 울진군 울릉군"
    ),
    "경상남도": _names(
        "창원시 진주시 통영시 사천시 김해시 밀양시 거제시 양산시 의령군 함안군 창녕군 "
        "고성군 남해군 하동군 산청군 함양군 거창군 합천군"
    ),
    "제주특별자치도": [],
}

# Bodies that began or ended within 2024–2026: (광역, 기초 official name) → (since, until).
# 인천광역시 제물포구·영종구 및 검단구 설치 등에 관한 법률 (2024): from 2026-07-01 중구·동구 become
# 제물포구 and 영종구, and 검단구 is split from 서구.
BASIC_DATES: dict[tuple[str, str], tuple[str | None, str | None]] = {
    ("인천광역시", "중구"): (None, "2026-06-30"),
    ("인천광역시", "동구"): (None, "2026-06-30"),
    ("인천광역시", "제물포구"): ("2026-07-01", None),
    ("인천광역시", "영종구"): ("2026-07-01", None),
    ("인천광역시", "검단구"): ("2026-07-01", None),
}
BASIC_ADDED: dict[str, list[str]] = {"인천광역시": ["제물포구", "영종구", "검단구"]}

# Former names of the same 기초 still met in older news (renamed or upgraded 군 → 시)
BASIC_FORMER: dict[tuple[str, str], list[str]] = {
    ("인천광역시", "미추홀구"): ["인천 남구", "인천시 남구", "인천광역시 남구"],  # until 2018-06-30
    ("경기도", "여주시"): ["여주군"],  # until 2013-09-22
    ("충청남도", "당진시"): ["당진군"],  # until 2012-01-01
}

# 일반구 of large cities and the 행정시 of 제주: administrative units, kind "unit".
UNITS: dict[str, list[str]] = {
    "수원시": ["장안구", "권선구", "팔달구", "영통구"],
    "성남시": ["수정구", "중원구", "분당구"],
    "안양시": ["만안구", "동안구"],
    "부천시": ["원미구", "소사구", "오정구"],
    "안산시": ["상록구", "단원구"],
    "고양시": ["덕양구", "일산동구", "일산서구"],
    "용인시": ["처인구", "기흥구", "수지구"],
    "청주시": ["상당구", "서원구", "흥덕구", "청원구"],
    "천안시": ["동남구", "서북구"],
    "전주시": ["완산구", "덕진구"],
    "포항시": ["남구", "북구"],
    "창원시": ["의창구", "성산구", "마산합포구", "마산회원구", "진해구"],
    "화성시": ["만세구", "효행구", "병점구", "동탄구"],
}
UNIT_SINCE: dict[str, str] = {"화성시": "2026-02-01", "부천시": "2024-01-01"}

# 특례시 (cities of 1 million, 지방자치법 2022): news writes 수원특례시, 창원특례시 …
SPECIAL_CITIES: dict[str, str] = {
    "수원시": "2022-01-13",
    "고양시": "2022-01-13",
    "용인시": "2022-01-13",
    "창원시": "2022-01-13",
    "화성시": "2025-01-01",
}
ADMINISTRATIVE_CITIES: dict[str, list[str]] = {"제주특별자치도": ["제주시", "서귀포시"]}

# 교육지원청 (local offices of a 시·도 교육청), where each serves named 시/군; a combined office
# (안양과천) lists every 시/군 it serves. Official name: 광역 name + stems + 교육지원청.
EDUCATION_SUPPORT: dict[str, list[list[str]]] = {
    "경기도": [
        [c]
        for c in _names(
            "수원시 성남시 고양시 용인시 부천시 안산시 평택시 의정부시 시흥시 파주시 김포시 "
            "광명시 이천시 양평군 여주시 안성시 포천시 가평군 연천군"
        )
    ]
    + [
        ["안양시", "과천시"],
        ["구리시", "남양주시"],
        ["화성시", "오산시"],
        ["광주시", "하남시"],
        ["군포시", "의왕시"],
        ["동두천시", "양주시"],
    ],
    "전라남도": [[c] for c in BASIC["전라남도"]],
    "전북특별자치도": [[c] for c in BASIC["전북특별자치도"]],
    "경상남도": [[c] for c in BASIC["경상남도"]],
    "경상북도": [[c] for c in BASIC["경상북도"]],
    "충청남도": [[c] for c in BASIC["충청남도"] if c not in ("논산시", "계룡시")]
    + [["논산시", "계룡시"]],
    "충청북도": [[c] for c in BASIC["충청북도"] if c not in ("괴산군", "증평군")]
    + [["괴산군", "증평군"]],
    "강원특별자치도": [[c] for c in BASIC["강원특별자치도"] if c not in ("속초시", "양양군")]
    + [["속초시", "양양군"]],
}
# 교육지원청 named by area (동부, 강서양천, 제주시 …): (광역, area); they serve several 기초
EDUCATION_SUPPORT_AREAS: list[tuple[str, str]] = (
    [
        ("서울특별시", area)
        for area in _names(
            "동부 서부 남부 북부 중부 강동송파 강서양천 강남서초 동작관악 성동광진 성북강북"
        )
    ]
    + [("부산광역시", area) for area in _names("서부 남부 북부 동래 해운대")]
    + [("대구광역시", area) for area in _names("동부 서부 남부 달성")]
    + [
        ("광주광역시", "동부"),
        ("광주광역시", "서부"),
        ("대전광역시", "동부"),
        ("대전광역시", "서부"),
        ("울산광역시", "강남"),
        ("울산광역시", "강북"),
        ("제주특별자치도", "제주시"),
        ("제주특별자치도", "서귀포시"),
    ]
)
