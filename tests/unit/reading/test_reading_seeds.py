"""The real seed articles (read-only, ../shared): story counts and no chrome in any story."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.reading import iter_input_files, read_stories

EXPECTED = {"000": 3, "001": 1, "002": 15, "003": 1, "004": 1}
CHROME_MARKERS = (
    "댓글", "저작권", "무단전재", "재배포", "Copyright", "공공누리", "많이 본", "최신뉴스",
    "최신기사", "PHOTO NEWS", "공유합니다", "613-4390", "2680-6716", "광주광역시 제공", "본문영역",
)


@pytest.fixture(scope="module")
def seed_stories(shared_data: Path) -> dict[str, list]:
    files = list(iter_input_files([str(shared_data / "seeds")]))
    return {path.name[:3]: read_stories(path) for path in files}


def test_seed_story_counts(seed_stories: dict[str, list]) -> None:
    assert {key: len(stories) for key, stories in seed_stories.items()} == EXPECTED


def test_no_seed_story_holds_chrome_or_bylines(seed_stories: dict[str, list]) -> None:
    for stories in seed_stories.values():
        for story in stories:
            for marker in CHROME_MARKERS:
                assert marker not in story.text, (story.source, story.index, marker)
            if story.reporter:
                assert f"{story.reporter} 기자" not in story.text
                assert f"{story.reporter}기자" not in story.text


def test_newspaper_page_stories_are_not_mixed(seed_stories: dict[str, list]) -> None:
    gwangju, jeonnam, gwangsan = seed_stories["000"]
    assert "한동훈" in gwangju.text and "인구대전환" not in gwangju.text.replace(" ", "")
    assert "전남청년희망펀드" in jeonnam.text.replace(" ", "") and "한동훈" not in jeonnam.text
    assert "공공서비스디자인단" in gwangsan.text.replace(" ", "")
    assert "한동훈" not in gwangsan.text and "인구대전환" not in gwangsan.text.replace(" ", "")
    assert [s.reporter for s in (gwangju, jeonnam, gwangsan)] == ["최권범", "오지현", "나건호"]


def test_digest_stories_carry_outlet_and_reporter(seed_stories: dict[str, list]) -> None:
    for story in seed_stories["002"]:
        assert story.outlet and story.reporter
        assert not story.text.startswith(story.outlet)


def test_dates_of_the_seeds(seed_stories: dict[str, list]) -> None:
    assert seed_stories["003"][0].date == "2017-02-02"
    assert seed_stories["004"][0].date == "2026-01-08"


def test_dev_extra_files_hold_one_story_each(shared_data: Path) -> None:
    files = list(iter_input_files([str(shared_data / "dev_extra" / "*.txt")]))
    assert len(files) == 12
    for path in files:
        stories = read_stories(path)
        assert len(stories) == 1, path.name
        for marker in ("저작권", "무단전재", "전체댓글", "메일보내기"):
            assert marker not in stories[0].text, (path.name, marker)
