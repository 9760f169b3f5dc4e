"""Cue vocabulary of the programme finder (extract/programmes.py); words in the
``finder`` section of ``programmes.yaml``, grammar here."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from extract.cues import regex, text, word_set, words

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProgrammeCues:
    """How a programme's name is cut out of quotes, list items and noun phrases."""

    quoted_body_ends: tuple[str, ...] = field(metadata=words())
    concrete_works: tuple[str, ...] = field(metadata=words())
    measure_words: tuple[str, ...] = field(metadata=words())
    # A date word at the head of a phrase is not part of a name (2024년, 올해).
    date_word: re.Pattern[str] = field(metadata=regex(
        r"^\d+(년|월|일|시|분|개월|년도|년까지|일까지|{span_units})$|^({date_words})$"))
    ends_sentence: re.Pattern[str] = field(metadata=regex(r"({sentence_endings})[.\s]*$|다\.\s"))
    lead_place: re.Pattern[str] = field(metadata=regex(r"^[가-힣]{1,4}({levels})\s+"))
    venues: tuple[str, ...] = field(metadata=words())
    item_end: re.Pattern[str] = field(metadata=regex(
        r"\s({item_closers})(?=[\s.,]|$)|{item_via}|(?<![A-Z])\.\s|\.$"))
    legal_ending: re.Pattern[str] = field(metadata=regex(r"({legal_endings})$"))
    fund_word: str = field(metadata=text())
    project_word: str = field(metadata=text())
    project_cost: str = field(metadata=text())
    size_words: frozenset[str] = field(metadata=word_set())
    # A quote that is a sentence, an exclamation or a share is not a name (grammar).
    not_a_name: re.Pattern[str] = field(metadata=regex(
        r"[!?]$|다$|다\.|것$|\d\s*%$|\d\s*(?:{percent})$|(?:{speech_endings})$"))
    team_word: str = field(metadata=text())
    # A line under a marker that ends a sentence is a caption, not an item (grammar).
    caption: re.Pattern[str] = field(metadata=regex(r"다[.]|다$|했다|밝혔다"))
    phrase_break_endings: tuple[str, ...] = field(metadata=words())
    phrase_break_words: frozenset[str] = field(metadata=word_set())
    fund_act: re.Pattern[str] = field(metadata=regex(r"({fund_heads})\s+({fund_acts})$"))
    # "3개 사업": a count, not a name (grammar).
    counted: re.Pattern[str] = field(metadata=regex(r"^\d+\s*(개|건|곳|대|명|가지)"))
    modifier_endings: tuple[str, ...] = field(metadata=words())
    type_endings: tuple[str, ...] = field(metadata=words())
    fund_investment_programme: str = field(metadata=text())
    kind_heads: tuple[str, ...] = field(metadata=words())


@dataclass(frozen=True)
class ListCues:
    """``lists`` section: enumerations closed by "등 N개 사업", costed agreements, relocations."""

    tail: re.Pattern[str] = field(metadata=regex(
        r"\s(?:{list_end})\s+(?:\d+\s*개\s*)?(?:[가-힣]*[^\s해고며서을를에]\s+){0,3}[가-힣]*(?:{tail_heads})(?:{tail_act})?"
        r"(?=[\s은는이가을를에과와의도으로,.]|$)"))
    costed_agreement: re.Pattern[str] = field(metadata=regex(
        r"[▲△•∆◇○◆■□]\s*([가-힣A-Za-z0-9 ]{2,30}?(?:{costed_agreement}))\s*\(\s*(\d[\d,.]*\s*[조억만천][^)]*원)\s*\)"))
    relocation: re.Pattern[str] = field(metadata=regex(
        r"([가-힣]{2,20}(?:{institution_ends}))의\s"
        r"([가-힣]{2,6})\s({relocation})(?=[과와을를이가은는의,\s]|$)"))
    # "A 지원비 96억원, B 운영비 52억원, C 사업비 20억원": a budget broken down by item (grammar;
    # the cost words are data). Group 1 is the item with its cost word, group 2 the cost word.
    costed_budget: re.Pattern[str] = field(metadata=regex(
        r"([^\s,.][^,.\n]{1,40}?\s?({cost_words}))\s+\d[\d,.]*\s*[조억만천][\d,.조억만천백십여]*\s*원"))
    cost_anchor: re.Pattern[str] = field(metadata=regex(r"(?:{cost_words})\s+\d"))
    cost_drop: re.Pattern[str] = field(metadata=regex(r"\s?(?:{cost_drop})$"))
    headed: re.Pattern[str] = field(metadata=regex(
        r"(?:{headed_heads})(?:{headed_particles})\s+"
        r"((?:[^.,\n]{2,45}?,\s*){1,12}[^.,\n]{2,45}?)\s+(?:{list_end})(?=이다|으로|이|을|의|에|과|도|[.,])"))
