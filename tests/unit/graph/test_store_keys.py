"""Stable keys: one rule for every entity, fact and article (graph/keys.py)."""

from __future__ import annotations

import pytest

from graph.keys import (
    article_key,
    entity_key,
    is_entity_key,
    normalise_name,
    relation_ends,
    relation_key,
)


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("한빛광역시", "한빛광역시"),
        ("한빛 광역시", "한빛광역시"),
        ("㈜한빛전자", "한빛전자"),
        ("(주) 한빛전자", "한빛전자"),
        ("한빛·새벽 협의회", "한빛새벽협의회"),
        ("‘한빛 청년 둥지’ 사업", "한빛청년둥지사업"),
        ("ＭＯＵ 추진단", "mou추진단"),
    ],
)
def test_normalise_name(raw: str, normal: str) -> None:
    assert normalise_name(raw) == normal


def test_entity_key_is_stable_and_type_specific() -> None:
    key = entity_key("Organization", "한빛시")
    assert key == entity_key("Organization", "한빛 시")
    assert key.startswith("org-") and is_entity_key(key)
    assert key != entity_key("Programme", "한빛시")
    # the same key in every run: a literal guards against accidental rule changes
    assert entity_key("Organization", "한빛시") == key
    assert len(key) == 24


def test_person_key_uses_the_body_of_their_post() -> None:
    alone = entity_key("Person", "박한빛")
    mayor = entity_key("Person", "박한빛", "한빛시")
    councillor = entity_key("Person", "박한빛", "달빛군의회")
    assert len({alone, mayor, councillor}) == 3
    assert mayor == entity_key("Person", "박한빛", "한빛 시")
    # only people are qualified
    assert entity_key("Organization", "한빛시", "한빛도") == entity_key("Organization", "한빛시")


def test_unknown_types_are_refused() -> None:
    with pytest.raises(ValueError):
        entity_key("Place", "한빛시")
    with pytest.raises(ValueError):
        relation_key("LIKES", "a", "b")


def test_agreed_with_is_undirected() -> None:
    a, b = "org-" + "1" * 20, "org-" + "2" * 20
    assert relation_ends("AGREED_WITH", b, a) == (a, b)
    assert relation_key("AGREED_WITH", a, b) == relation_key("AGREED_WITH", b, a)
    assert relation_ends("REQUESTED", b, a) == (b, a)
    assert relation_key("REQUESTED", a, b) != relation_key("REQUESTED", b, a)


def test_article_key_is_the_content_hash() -> None:
    assert article_key("f" * 32, "x.txt", 0, None) == "f" * 32
    fallback = article_key(None, "x.txt", 1, "제목")
    assert len(fallback) == 32 and fallback == article_key(None, "x.txt", 1, "제목")
    assert fallback != article_key(None, "x.txt", 2, "제목")
