"""The gazetteer data files and their loader."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extract.gazetteer import DATA_DIR, KINDS, Gazetteer, load_gazetteer, surface_key
from ontology.errors import ExtractionError


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("광주시", ["광주광역시", "경기도 광주시"]),
        ("광주", ["광주광역시", "경기도 광주시"]),
        ("광주광역시", ["광주광역시"]),
        ("광주시청", ["광주광역시", "경기도 광주시"]),
        ("전남도", ["전라남도"]),
        ("전남", ["전라남도"]),
        ("전남도청", ["전라남도"]),
        ("전라북도", ["전북특별자치도"]),
        ("강원도", ["강원특별자치도"]),
        ("행안부", ["행정안전부"]),
        ("행정자치부", ["행정안전부"]),
        ("복지부", ["보건복지부"]),
        ("국힘", ["국민의힘"]),
        ("민주당", ["더불어민주당"]),
        ("자유한국당", ["자유한국당"]),
        ("광주 서구", ["광주광역시 서구"]),
        ("광주서구", ["광주광역시 서구"]),
        ("광주시 서구청", ["광주광역시 서구"]),
        ("관악구", ["관악구"]),
        ("서울 관악구", ["관악구"]),
        ("광명", ["광명시"]),
        ("광명시청", ["광명시"]),
        ("고흥군청", ["고흥군"]),
        ("고성군", ["강원특별자치도 고성군", "경상남도 고성군"]),
        ("광주시의회", ["광주광역시의회", "경기도 광주시의회"]),
        ("전남도의회", ["전라남도의회"]),
        ("광주시교육청", ["광주광역시교육청"]),
        ("광주교육청", ["광주광역시교육청"]),
        ("군위군", ["군위군"]),
        ("미추홀구", ["미추홀구"]),
        ("국회", ["국회"]),
        ("국토위", ["국회 국토교통위원회"]),
        ("창원특례시", ["창원시"]),
        ("동탄구", ["화성시 동탄구"]),
        ("환경부", ["기후에너지환경부"]),
        ("여가부", ["성평등가족부"]),
        ("광주특별시", ["전남광주통합특별시"]),
        ("민주당 광주시당", ["더불어민주당 광주광역시당"]),
        ("광주경찰청", ["광주광역시경찰청"]),
        ("광주지법", ["광주지방법원"]),
        ("목포교육지원청", ["전라남도목포교육지원청"]),
        ("한전", ["한국전력공사"]),
        ("LH", ["한국토지주택공사"]),
        ("전남대", ["전남대학교"]),
        ("켄텍", ["한국에너지공과대학교"]),
        ("광주테크노파크", ["광주테크노파크"]),
        ("5ㆍ18기념재단", ["5·18기념재단"]),
        ("전남대병원", ["전남대학교병원"]),
        ("시의회", []),
        ("정부", []),
        ("없는기관", []),
    ],
)
def test_lookup(gaz: Gazetteer, surface: str, expected: list[str]) -> None:
    assert sorted(b.name for b in gaz.lookup(surface)) == sorted(expected)
    assert gaz.is_ambiguous(surface) == (len(expected) > 1)


def test_lookup_order_is_deterministic_and_canonical_first(gaz: Gazetteer) -> None:
    assert [b.name for b in gaz.lookup("광주")] == ["광주광역시", "경기도 광주시"]
    assert gaz.lookup("광주시")[0].name == "광주광역시"  # 광역 before 기초 when neither exact


def test_seo_gu_has_five_candidates(gaz: Gazetteer) -> None:
    names = [b.name for b in gaz.lookup("서구")]
    assert len(names) == 5 and "광주광역시 서구" in names
    assert all(gaz.get(n).parent == n.split()[0] for n in names)


def test_known_parents(gaz: Gazetteer) -> None:
    assert gaz.get("관악구").parent == "서울특별시"
    assert gaz.get("군위군").parent == "대구광역시"
    assert gaz.get("광주광역시 서구").parent == "광주광역시"
    assert gaz.get("수원시 장안구").kind == "unit"
    assert gaz.get("수원시 장안구").parent == "수원시"
    assert gaz.get("광주광역시경찰청").parent == "경찰청"


def test_local_government_counts(gaz: Gazetteer) -> None:
    lgs = [b for b in gaz if b.kind == "local_government"]
    metro = [b for b in lgs if b.level == "metropolitan" and b.active_on("2025-01-01")]
    assert len(metro) == 17
    # 광주광역시 + 전라남도 → 전남광주통합특별시 (2026-07-01)
    later = {b.name for b in lgs if b.level == "metropolitan" and b.active_on("2026-07-01")}
    assert len(later) == 16 and "전남광주통합특별시" in later and "광주광역시" not in later
    assert len([b for b in lgs if b.level == "basic" and b.active_on("2025-01-01")]) == 226
    # 인천: 중구·동구 → 제물포구·영종구, 서구 → 서구 + 검단구 (2026-07-01)
    assert len([b for b in lgs if b.level == "basic" and b.active_on("2026-07-01")]) == 227
    assert all(b.parent is None and b.region == b.name for b in metro)


def test_every_basic_has_a_metropolitan_parent(gaz: Gazetteer) -> None:
    for body in gaz:
        if body.kind == "local_government" and body.level == "basic":
            parent = gaz.get(body.parent or "")
            assert parent is not None and parent.level == "metropolitan", body.name
            assert body.region == parent.name


def test_councils(gaz: Gazetteer) -> None:
    for body in gaz:
        if body.kind == "council" and body.of is not None:
            assert body.of in gaz.bodies, body.name
            assert body.parent is None  # a council is never PART_OF its local government
            assert gaz.council_of(body.of) is body
        elif body.kind == "council" and body.name != "국회":  # a committee of 국회
            assert gaz.get(body.parent or "").kind == "council", body.name
    lgs = [b for b in gaz if b.kind == "local_government"]
    assert all(gaz.council_of(b.name) is not None for b in lgs)
    assert gaz.council_of("전남도").name == "전라남도의회"


def test_children(gaz: Gazetteer) -> None:
    names = [b.name for b in gaz.children("광주광역시")]
    assert names == sorted(names)
    assert {
        "광주광역시 동구",
        "광주광역시 서구",
        "광주광역시 남구",
        "광주광역시 북구",
        "광산구",
    } <= set(names)


@pytest.mark.parametrize(
    ("surface", "region", "expected"),
    [
        ("전남도", None, "전라남도"),
        ("광주", None, "광주광역시"),  # the lone 광역 among the candidates
        ("광주시", "경기도", "경기도 광주시"),
        ("광주시", "광주광역시", "광주광역시"),
        ("서구", "광주광역시", "광주광역시 서구"),
        ("서구", "광산구", "광주광역시 서구"),  # a 기초 stands for its 광역
        ("서구", "전라남도", "광주광역시 서구"),  # 광주·전남 are one news area
        ("서구", None, None),
        ("서구", "강원특별자치도", None),
        ("고성군", "경상남도", "경상남도 고성군"),
        ("고성군", None, None),
        ("남구", "경상북도", "포항시 남구"),
        ("광주시의회", "광주광역시", "광주광역시의회"),
        ("없는기관", "광주광역시", None),
    ],
)
def test_resolve_by_region(
    gaz: Gazetteer, surface: str, region: str | None, expected: str | None
) -> None:
    found = gaz.resolve(surface, region)
    assert (found.name if found else None) == expected


def test_lookup_by_date(gaz: Gazetteer) -> None:
    assert [b.name for b in gaz.lookup("중구청", "2025-03-01")] != [
        b.name for b in gaz.lookup("중구청", "2026-09-01")
    ]
    assert "인천광역시 중구" not in [b.name for b in gaz.lookup("중구", "2026-09-01")]
    assert gaz.lookup("제물포구", "2025-01-01") == []
    assert [b.name for b in gaz.lookup("기재부", "2025-05-01")] == ["기획재정부"]
    assert gaz.lookup("기재부", "2026-03-01") == []


@pytest.mark.parametrize(
    ("word", "place", "expected"),
    [
        ("시의회", "광주광역시", "광주광역시의회"),
        ("시의회", "광주광역시 서구", "광주광역시의회"),
        ("구의회", "광주광역시 서구", "광주광역시 서구의회"),
        ("도의회", "고흥군", "전라남도의회"),
        ("군의회", "고흥군", "고흥군의회"),
        ("군청", "고흥군", "고흥군"),
        ("도청", "고흥군", "전라남도"),
        ("교육청", "광주 서구", "광주광역시교육청"),
        ("도교육청", "전남", "전라남도교육청"),
        ("교육지원청", "목포시", "전라남도목포교육지원청"),
        ("교육지원청", "광주광역시 서구", None),
        ("구의회", "전라남도", None),
        ("시의회", "광주", None),  # ambiguous place
    ],
)
def test_resolve_generic(gaz: Gazetteer, word: str, place: str, expected: str | None) -> None:
    found = gaz.resolve_generic(word, place)
    assert (found.name if found else None) == expected


def test_generic_words_are_data(gaz: Gazetteer) -> None:
    assert set(gaz.words("council_words")) == {"시의회", "도의회", "구의회", "군의회"}
    assert gaz.is_generic("정부") and gaz.is_generic("공공기관") and not gaz.is_generic("국회")
    assert gaz.is_common_word("예산") and not gaz.is_common_word("고흥")


def test_no_generic_word_in_any_file(gaz: Gazetteer) -> None:
    never = (
        {surface_key(w) for w in gaz.words("never_bodies")}
        | {surface_key(w) for w in gaz.words("council_words")}
        | {surface_key(w) for w in gaz.words("office_words")}
        | {surface_key(w) for w in gaz.words("anaphors")}
    )
    for body in gaz:
        for form in body.surface_forms():
            assert surface_key(form) not in never, (body.name, form)


def test_records_are_well_formed(gaz: Gazetteer) -> None:
    for body in gaz:
        assert body.kind in KINDS
        assert body.name not in body.aliases
        assert len(set(body.aliases)) == len(body.aliases)
        for ref in (body.parent, body.region, body.of):
            assert ref is None or ref in gaz.bodies


def test_files_are_sorted_and_one_kind_each() -> None:
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        names = [json.loads(line)["name"] for line in path.read_text("utf-8").splitlines()]
        assert names == sorted(names), path.name
        assert len(names) == len(set(names)), path.name


FAMILY_KINDS = {
    "local_governments": {"local_government", "unit"},
    "councils": {"council"},
    "education": {"education"},
    "central_government": {"central_government"},
    "parties": {"party"},
    "public_institutions": {"public_institution", "civic"},
    "companies": {"company"},
}


def test_each_file_holds_its_family() -> None:
    counts: dict[str, int] = {}
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
        assert {r["kind"] for r in records} <= FAMILY_KINDS[path.stem], path.name
        counts[path.stem] = len(records)
    assert counts["public_institutions"] >= 150
    assert counts["central_government"] >= 60
    assert counts["parties"] >= 10


def test_surfaces_cover_aliases_and_spaceless_forms(gaz: Gazetteer) -> None:
    pairs = gaz.surfaces()
    assert pairs == sorted(pairs, key=lambda p: (p[0], p[1].name))
    forms = {(s, b.name) for s, b in pairs}
    assert ("광주 서구", "광주광역시 서구") in forms
    assert ("광주서구", "광주광역시 서구") in forms
    assert ("국힘", "국민의힘") in forms
    plain = {s for s, _ in gaz.surfaces(include_spaceless=False)}
    assert "광주 서구" in plain and "광주서구" not in plain


def test_user_words_leave_out_ordinary_words(gaz: Gazetteer) -> None:
    words = gaz.user_words()
    assert words == sorted(set(words))
    assert "국민의힘" in words and "광주서구" in words and "고흥" in words
    assert "예산" not in words and "경기" not in words
    assert all(" " not in w for w in words)


def test_load_is_cached(gaz: Gazetteer) -> None:
    assert load_gazetteer() is gaz
    assert load_gazetteer(DATA_DIR) is gaz


def _copy_with_line(tmp_path: Path, line: str) -> tuple[Path, int]:
    target = tmp_path / "gaz"
    shutil.copytree(DATA_DIR, target)
    path = target / "parties.jsonl"
    lines = path.read_text("utf-8").splitlines()
    lines.insert(2, line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target, 3


@pytest.mark.parametrize(
    ("line", "cause"),
    [
        ('{"name": "가나당", "kind": "party"', "not valid JSON"),
        ('{"kind": "party", "aliases": []}', "'name'"),
        ('{"name": "가나당", "kind": "gang"}', "unknown kind"),
        ('{"name": "가나당", "kind": "party", "parent": "없는당"}', "not a known body"),
        ('{"name": "국민의힘", "kind": "party"}', "duplicate canonical name"),
        ('{"name": "가나당", "kind": "party", "aliases": "가나"}', "'aliases'"),
        ('{"name": "가나당", "kind": "party", "colour": "red"}', "unknown field"),
        ('{"name": "정부", "kind": "central_government"}', "generic word"),
        ('["가나당"]', "JSON object"),
        ('{"name": "가나당", "kind": "party", "since": "2024"}', "ISO date"),
        ('{"name": "가나당", "kind": "party", "level": "top"}', "unknown level"),
    ],
)
def test_malformed_line_names_file_and_line(tmp_path: Path, line: str, cause: str) -> None:
    directory, number = _copy_with_line(tmp_path, line)
    with pytest.raises(ExtractionError) as info:
        load_gazetteer(directory)
    message = str(info.value)
    assert f"parties.jsonl:{number}" in message and cause in message


def test_module_level_word_lists() -> None:
    from extract import gazetteer

    assert "시의회" in gazetteer.GENERIC_COUNCIL_WORDS
    assert "정부" in gazetteer.NEVER_BODIES


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ExtractionError, match="no gazetteer files"):
        load_gazetteer(tmp_path)


def test_generator_output_is_current() -> None:
    script = Path(__file__).resolve().parents[3] / "tools" / "make_gazetteers.py"
    if not script.exists():
        pytest.skip("generator not present")
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
