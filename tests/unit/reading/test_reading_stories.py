"""Stories: splitting files, keeping the body, and mapping text back to the file."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from extract.reading import read_bytes_stories, read_stories, read_text_stories
from extract.reading.decode import decode_bytes
from ontology.errors import InputError

CHROME_MARKERS = ("댓글", "저작권", "무단전재", "Copyright", "많이 본", "최신", "공유합니다", "제공")


def assert_origin_maps_back(story, decoded: str) -> None:
    assert story.origin is not None and len(story.origin) == len(story.text)
    for char, offset in zip(story.text, story.origin):
        if not char.isspace():
            assert decoded[offset] == char


def test_two_story_file_is_split_at_bylines(reading_data: Path) -> None:
    stories = read_stories(reading_data / "two_stories.txt")
    assert [s.index for s in stories] == [0, 1]
    assert [s.reporter for s in stories] == ["정유나", "정유나"]
    assert [s.outlet for s in stories] == ["바다일보", "바다일보"]
    assert [s.date for s in stories] == ["2024-06-03", "2024-06-03"]
    assert "여수시" in stories[0].text and "광양시" not in stories[0].text
    assert "광양시" in stories[1].text and "여수시" not in stories[1].text
    for story in stories:
        assert "기자 |" not in story.text and "정유나" not in story.text
        assert story.source == "two_stories.txt"


def test_chrome_dump_keeps_only_the_article(reading_data: Path) -> None:
    path = reading_data / "chrome_dump.txt"
    [story] = read_stories(path)
    assert story.title == "해남군, 땅끝 농산물 공동브랜드 출범"
    assert (story.date, story.outlet, story.reporter) == ("2023-09-14", "땅끝뉴스", "서하준")
    assert "명현수 해남군수가 14일" in story.text  # the caption is body, its credit is not
    assert "해남군농업기술센터가 품질 관리를 맡는다." in story.text
    for marker in CHROME_MARKERS + ("상단영역", "530-5123", "진도군", "서하준"):
        assert marker not in story.text, marker
    decoded, _ = decode_bytes(path.read_bytes())
    assert_origin_maps_back(story, decoded)


def test_html_page_gives_body_and_page_metadata(reading_data: Path) -> None:
    [story] = read_stories(reading_data / "page_with_chrome.html")
    assert story.title == "목포시, 해양관광 플랫폼 구축 나서"
    assert (story.date, story.outlet) == ("2024-05-13", "서남해신문")
    assert "목포 해양관광 통합 플랫폼 구축" in story.text
    assert "김하늘 목포시장" in story.text
    for marker in CHROME_MARKERS + ("로그인", "퍼플섬", "고구마"):
        assert marker not in story.text, marker


def test_html_without_metadata_falls_back_gracefully() -> None:
    html = (
        "<html><body><div><p>진도군은 5일 '진도 국악 체험학교' 운영을 시작했다고 밝혔다. "
        "군은 체험학교에 군비 2억원을 투입한다.</p></div></body></html>"
    )
    [story] = read_text_stories(html, "bare.html")
    assert "진도 국악 체험학교" in story.text
    assert story.date is None and story.outlet is None


def test_spacing_lost_paragraph_is_rejoined_and_respaced(reading_data: Path) -> None:
    path = reading_data / "spacing_lost.txt"
    [story] = read_stories(path)
    assert story.reporter == "이도윤"
    assert story.title == "목포시, 해수부에 국비 요청"  # a headline printed after the story
    assert "김하늘 목포시장이 20일" in story.text
    assert "박정민 장관에게" in story.text
    assert "요청했다." in story.text and "설명했다." in story.text  # words broken by lines
    assert "이도윤" not in story.text
    assert "국비 20억" in story.text
    decoded, _ = decode_bytes(path.read_bytes())
    assert_origin_maps_back(story, decoded)


def test_same_bytes_in_every_encoding_give_the_same_stories(reading_data: Path) -> None:
    text = (reading_data / "two_stories.txt").read_text(encoding="utf-8")
    variants = [
        text.encode("utf-8"),
        codecs.BOM_UTF8 + text.encode("utf-8"),
        text.encode("cp949"),
        codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        text.encode("utf-16-be"),
    ]
    results = [[s.to_dict() for s in read_bytes_stories(v, "x.txt")] for v in variants]
    assert all(r == results[0] for r in results)


@pytest.mark.parametrize(
    ("data", "cause"),
    [(b"", "empty"), (b"\n   \n", "empty"), (b"\x00\x01\x02\x03" * 64, "binary")],
)
def test_bad_files_raise_input_error_naming_the_file(tmp_path: Path, data: bytes, cause: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_stories(path)
    assert caught.value.path == str(path) and cause in caught.value.cause


def test_missing_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_stories(tmp_path / "gone.txt")


def test_chrome_only_file_has_no_story(tmp_path: Path) -> None:
    path = tmp_path / "menu.txt"
    path.write_text("상단영역\n본문영역\n인쇄\n공유하기\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_stories(path)
    assert "no article text" in caught.value.cause


def test_reading_is_deterministic(reading_data: Path) -> None:
    for path in sorted(reading_data.iterdir()):
        first = [s.to_dict() | {"origin": s.origin} for s in read_stories(path)]
        second = [s.to_dict() | {"origin": s.origin} for s in read_stories(path)]
        assert first == second


def test_html_bytes_in_cp949_are_read(reading_data: Path) -> None:
    html = (reading_data / "page_with_chrome.html").read_text(encoding="utf-8")
    data = html.replace('charset="utf-8"', 'charset="euc-kr"').replace("©", "ⓒ").encode("cp949")
    [story] = read_bytes_stories(data, "saved.html")
    assert story.outlet == "서남해신문" and "김하늘 목포시장" in story.text
    assert story.origin is None  # offsets of extracted HTML text do not point into the file


def test_chrome_after_each_story_does_not_swallow_the_next() -> None:
    text = "\n".join([  # noqa: FLY002 - one line of the page per row
        "섬진일보 하은별 기자 | 구례군은 7일 '지리산 둘레길 안내센터' 운영을 시작했다고 밝혔다.",
        "저작권자 © 섬진일보 무단전재 및 재배포 금지",
        "많이 본 뉴스",
        "곡성군, 기차마을 장미축제 개최",
        "섬진일보 하은별 기자 | 곡성군은 8일 '곡성 청년 농부 학교'를 열었다고 밝혔다.",
        "댓글 정렬",
    ])
    stories = read_text_stories(text, "digest.txt")
    assert [s.text for s in stories] == [
        "구례군은 7일 '지리산 둘레길 안내센터' 운영을 시작했다고 밝혔다.",
        "곡성군은 8일 '곡성 청년 농부 학교'를 열었다고 밝혔다.",
    ]
    assert [s.outlet for s in stories] == ["섬진일보", "섬진일보"]
