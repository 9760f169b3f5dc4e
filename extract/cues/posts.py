"""Cue vocabulary of the post and unit rules (positions, appositive posts, party and
ministry units); words in ``posts.yaml``, grammar here."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from extract.cues import mapping, regex, text, word_set, words

log = logging.getLogger(__name__)

# What joins two people of one list ("김하나, 이두리 …", "A과 B"): grammar.
LIST_JOINERS = (", ", ",", "·", "ㆍ", "과 ", "와 ", " 및 ")
# "성일종 의원(충남 서산) 및 오제세 의원": a bracket after the first title (a seat) is skipped.
SEAT_BRACKET = re.compile(r"^\([^()]{1,20}\)")


@dataclass(frozen=True)
class PostCues:
    """Body names and post words the position rules compare against."""

    committee_suffixes: tuple[str, ...] = field(metadata=words())
    company_marker_gap: re.Pattern[str] = field(metadata=regex(r"\s*(?:{company_marker})?\s*"))
    division_words: tuple[str, ...] = field(metadata=words())
    level_suffix: dict[str, str] = field(metadata=mapping())
    level_prefixes: frozenset[str] = field(metadata=word_set())
    education_local_office: str = field(metadata=text())
    education_word: str = field(metadata=text())
    education_office: str = field(metadata=text())
    council_ending: str = field(metadata=text())
    committee_ending: str = field(metadata=text())
    city_ending: str = field(metadata=text())
    parliament: str = field(metadata=text())
    member_title: str = field(metadata=text())
    mp_titles: frozenset[str] = field(metadata=word_set())
    emergency_titles: frozenset[str] = field(metadata=word_set())
    emergency_committee: str = field(metadata=text())
    ordinal_prefixes: frozenset[str] = field(metadata=word_set())
    apposition: re.Pattern[str] = field(metadata=regex(
        r"\s*({apposition_posts})(?:{apposition_links})\s*$"))
    party_unit_titles: dict[str, str] = field(metadata=mapping())
    # "가온부 지방재정국", "가온부 고용환경 예산과" (a spaced office name is one office)
    office: re.Pattern[str] = field(metadata=regex(
        r"[ ]([가-힣]{1,6}(?: [가-힣]{1,4})?(?:{office_endings}))(?=[\s,.·)]|{list_end}|[을를은는이가에의와과도](?![가-힣]))"))
    rooms: tuple[str, ...] = field(metadata=words())
