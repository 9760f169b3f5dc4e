"""Parties and the National Assembly for ``tools/make_gazetteers.py``.

Former parties keep their own rows (자유한국당 is not an alias of 국민의힘); a party's
temporary name (녹색정의당) is an alias. Committees of 국회 are PART_OF 국회.
"""

from __future__ import annotations

Row = tuple

PARTIES: list[Row] = [
    ("더불어민주당", ["민주당", "더민주"], {"since": "2015-12-28"}),
    ("국민의힘", ["국힘"], {"since": "2020-09-02"}),
    ("조국혁신당", ["혁신당"], {"since": "2024-03-03"}),
    ("개혁신당", [], {"since": "2024-01-20"}),
    ("진보당", [], {"since": "2017-10-15", "note": "민중당 until 2020"}),
    ("정의당", ["녹색정의당"], {"note": "named 녹색정의당 Feb–May 2024"}),
    ("기본소득당", []),
    ("사회민주당", ["사민당"]),
    ("새로운미래", [], {"since": "2024-02-04"}),
    ("녹색당", []),
    ("노동당", []),
    ("자유통일당", []),
    ("우리공화당", []),
    ("더불어민주연합", [], {"note": "2024 총선 비례 위성정당"}),
    ("국민의미래", [], {"note": "2024 총선 비례 위성정당"}),
    (
        "미래통합당",
        ["통합당"],
        {"since": "2020-02-17", "until": "2020-09-01", "note": "renamed 국민의힘"},
    ),
    ("자유한국당", ["한국당"], {"since": "2017-02-13", "until": "2020-02-16"}),
    ("새누리당", [], {"since": "2012-02-13", "until": "2017-02-12"}),
    ("한나라당", [], {"until": "2012-02-12"}),
    ("바른미래당", [], {"since": "2018-02-13", "until": "2020-02-23"}),
    ("바른정당", [], {"since": "2017-01-24", "until": "2018-02-12"}),
    ("국민의당", [], {"note": "2016–2018 and 2020–2022 parties of this name"}),
    ("민주평화당", ["평화당"], {"since": "2018-02-06", "until": "2020-02-23"}),
    ("민생당", [], {"since": "2020-02-24"}),
    (
        "새정치민주연합",
        ["새정치연합"],
        {"since": "2014-03-26", "until": "2015-12-27", "note": "renamed 더불어민주당"},
    ),
    ("열린민주당", [], {"since": "2020-03-08", "until": "2022-01-25"}),
    ("더불어시민당", [], {"note": "2020 총선 비례 위성정당"}),
    ("미래한국당", [], {"note": "2020 총선 비례 위성정당"}),
    ("통합진보당", ["통진당"], {"until": "2014-12-19"}),
]

COUNCILS: list[Row] = [
    ("국회", ["대한민국 국회", "대한민국국회"]),
]
# 국회 상임위원회 and 예결위: (full name, short forms); canonical "국회 …", PART_OF 국회
_ASSEMBLY_COMMITTEES = [
    ("국회운영위원회", ["운영위"]),
    ("법제사법위원회", ["법사위"]),
    ("정무위원회", ["정무위"]),
    ("기획재정위원회", ["기재위"]),
    ("교육위원회", ["교육위"]),
    ("과학기술정보방송통신위원회", ["과방위"]),
    ("외교통일위원회", ["외통위"]),
    ("국방위원회", ["국방위"]),
    ("행정안전위원회", ["행안위"]),
    ("문화체육관광위원회", ["문체위"]),
    ("농림축산식품해양수산위원회", ["농해수위"]),
    ("산업통상자원중소벤처기업위원회", ["산자위", "산자중기위"]),
    ("보건복지위원회", ["복지위"]),
    ("환경노동위원회", ["환노위"]),
    ("국토교통위원회", ["국토위"]),
    ("정보위원회", ["정보위"]),
    ("여성가족위원회", ["여가위"]),
    ("예산결산특별위원회", ["예결위", "예산결산위원회", "예결특위"]),
    # renamed by the 국회법 amendment of 2025-09-28 (following the government reorganisation)
    ("재정경제기획위원회", []),
    ("기후에너지환경노동위원회", []),
    ("성평등가족위원회", []),
]
_SHARED_COMMITTEE_NAMES = {"운영위원회", "교육위원회", "정보위원회"}
for _full, _shorts in _ASSEMBLY_COMMITTEES:
    _bare = _full.removeprefix("국회")
    # bare names every council uses for its own committees are not aliases of 국회's
    _forms = [*([] if _bare in _SHARED_COMMITTEE_NAMES else [_bare]), *_shorts]
    COUNCILS.append(
        (f"국회 {_bare}", [*_forms, *(f"국회 {f}" for f in _shorts)], {"parent": "국회"})
    )
