"""Lost spacing: the statistic that detects it and the repair that keeps the offset map."""

from __future__ import annotations

import pytest

from extract.reading.spacing import long_run_share, respace, spacing_lost

NORMAL = "진도군은 5일 군청에서 '진도 국악 체험학교' 운영을 시작했다고 밝혔다. 군은 군비 2억원을 투입한다."
LOST = "진도군은5일군청에서진도국악체험학교운영을시작했다고밝혔다.군은군비2억원을투입해국악인재를키운다."


@pytest.mark.parametrize(("text", "lost"), [(NORMAL, False), (LOST, True)])
def test_lost_spacing_is_detected_by_long_hangul_runs(text: str, lost: bool) -> None:
    assert spacing_lost(text) is lost
    assert (long_run_share(text) > 0.5) is lost


def test_respace_inserts_spaces_and_keeps_every_offset() -> None:
    origin = [1000 + i for i in range(len(LOST))]
    text, mapped = respace(LOST, origin)
    assert text.count(" ") >= 8
    assert text.replace(" ", "") == LOST
    assert len(mapped) == len(text)
    for char, offset in zip(text, mapped):
        if char != " ":
            assert LOST[offset - 1000] == char


def test_respace_keeps_numbers_names_and_short_words_whole() -> None:
    text = "문해든 도지사는 2029년까지1조2465억원을들여가온청년미래펀드를만든다고설명했다.\n한 대표는 답했다."
    spaced, mapped = respace(text, list(range(len(text))))
    assert "문해든 도지사는" in spaced  # short tokens are not touched
    assert "1조2465억원" in spaced
    assert spaced.endswith("\n한 대표는 답했다.")
    assert len(mapped) == len(spaced)


def test_respace_rejects_a_bad_origin() -> None:
    with pytest.raises(ValueError):
        respace("가나다", [0, 1])
