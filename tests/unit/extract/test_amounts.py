"""Korean money amounts parsed exactly."""

from __future__ import annotations

import pytest

from extract.amounts import find_amounts, parse_amount

TABLE = [
    ("200억원", 20_000_000_000),
    ("1조3187억원", 1_318_700_000_000),
    ("3억5천만 원", 350_000_000),
    ("5천만 원", 50_000_000),
    ("1억 원", 100_000_000),
    ("4856억원", 485_600_000_000),
    ("2,500만원", 25_000_000),
    ("7억9000만원", 790_000_000),
    ("755억4000만원", 75_540_000_000),
    ("1조 4000억 원", 1_400_000_000_000),
    ("48억 원의 특별교부세", 4_800_000_000),
    ("총 5억 원을 투입", 500_000_000),
    ("10만원", 100_000),
]


@pytest.mark.parametrize(("text", "won"), TABLE)
def test_parse_amount(text: str, won: int) -> None:
    assert parse_amount(text) == won


@pytest.mark.parametrize("text", ["", "원", "예산 확보", "2030년까지", "13일"])
def test_not_an_amount(text: str) -> None:
    assert parse_amount(text) is None


def test_find_amounts_with_offsets() -> None:
    text = "가나상사 20억원, 다라상사 8억원"
    found = find_amounts(text)
    assert [v for _, _, v in found] == [2_000_000_000, 800_000_000]
    assert text[found[0][0]:found[0][1]] == "20억원"
