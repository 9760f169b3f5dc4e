"""Cue vocabulary of the money rules (fund roles, fund spending, amounts); words in
``funding.yaml``, grammar skeletons here."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from extract.cues import mapping, regex, word_set, words

log = logging.getLogger(__name__)

# Case particles after a donor ("가온그룹에서 10억원을 기탁"): grammar, not cue words.
DONOR_PARTICLES = ("은", "는", "이", "가", "도", "에서", "에서는", "께서")
# What separates a contributor's label from the previous share ("도 20억 원, 모태펀드 …").
SHARE_SEPARATORS = (",", "에 ", "와 ", "과 ")


@dataclass(frozen=True)
class FundRoleCues:
    """``fund_roles`` section: operators, contributors, hosts, donations, recipients."""

    operator: re.Pattern[str] = field(metadata=regex(r"(?:{operator})(?:{operator_tails})?\s+"))
    operator_nouns: tuple[str, ...] = field(metadata=words("operator"))
    operator_split: re.Pattern[str] = field(metadata=regex(r"\s*(?:&|,|·|ㆍ|및|와\s|과\s)\s*"))
    operator_list_end: re.Pattern[str] = field(metadata=regex(r"\s(?:{list_end})(?=[과와이을를은는의에도\s])"))
    contribution: re.Pattern[str] = field(metadata=regex(r"({contribution})(은|는|으로는)\s"))
    host: re.Pattern[str] = field(metadata=regex(r"^\s*({host})(의|하는|한|으로)?\s"))
    fund_projects: re.Pattern[str] = field(metadata=regex(
        r"^\s*({fund_projects})(은|는|으로)|^\s*(을|를)\s*(?:{fund_use})|^[^.]{0,20}(?:{fund_spend})"))
    donation: re.Pattern[str] = field(metadata=regex())
    recipient: re.Pattern[str] = field(metadata=regex())
    own_money: re.Pattern[str] = field(metadata=regex())
    signed_only: re.Pattern[str] = field(metadata=regex(r"({invest_agreement})\s*(?:{agreement})"))
    money_words: re.Pattern[str] = field(metadata=regex(r"({money_words})(한|해|하|했|할|을|를)"))
    revenue: re.Pattern[str] = field(metadata=regex(r"\s*({revenue})"))
    given_to: re.Pattern[str] = field(metadata=regex(r"에\s*(?:\S+\s+)?\d[\d,.]*\s*[조억만천]+\s*원을?\s*({given_to})"))
    into_verb: re.Pattern[str] = field(metadata=regex())
    built: re.Pattern[str] = field(metadata=regex(r"^[’'”\"]?\s*({built})\s*(을|를|에|{built_after})"))
    set_up: re.Pattern[str] = field(metadata=regex())
    invest_verb: re.Pattern[str] = field(metadata=regex())
    total_before: re.Pattern[str] = field(metadata=regex(r"({total_before})\s*$"))
    donation_total: re.Pattern[str] = field(metadata=regex(r"({donation_total})\s*$"))
    each_before: re.Pattern[str] = field(metadata=regex(r"(?:{each})\s*$"))
    scale_after: re.Pattern[str] = field(metadata=regex(r"\s*(?:{scale})"))
    listed_amount: re.Pattern[str] = field(metadata=regex(r"\d\s*[조억만천]+\s*원\s*(?:,|이|을|씩|등|에)"))
    body_ending: re.Pattern[str] = field(metadata=regex(r"({body_ending})$"))
    level_of: dict[str, str] = field(metadata=mapping())
    level_tails: frozenset[str] = field(metadata=word_set())
    mother_fund: tuple[str, ...] = field(metadata=words())
    fund_word: tuple[str, ...] = field(metadata=words())
    openers: frozenset[str] = field(metadata=word_set())


@dataclass(frozen=True)
class MoneyCues:
    """``money`` section: which verbs make a sentence's sums money going to a target."""

    pair_gap: re.Pattern[str] = field(metadata=regex(r"^[\s(]*(?:(?:{each})\s*)?$"))
    money_verbs: re.Pattern[str] = field(metadata=regex())
    direct_money: re.Pattern[str] = field(metadata=regex())
    item_payment: tuple[str, ...] = field(metadata=words())
    # "시의 … 전출 사업": after a body's 의, a few words and a money noun.
    possessive_money: re.Pattern[str] = field(metadata=regex(r"\s*(?:[가-힣]+\s+){0,3}?(?:{possessive_money})"))
    listed_targets: re.Pattern[str] = field(metadata=regex(
        r"(?:{listed_these})\s*(?:\d+\s*개\s*)?(?:{listed_heads})(?:들)?\s*(?:에|에는|에도|을|를)(?![가-힣])"))


@dataclass(frozen=True)
class FundSpendingCues:
    """``fund_spending`` section: chosen operators, spending, a council-budget contribution."""

    operator_chosen: re.Pattern[str] = field(metadata=regex(
        r"^\s*(?:을|를)\s*(?:\S+\s+){0,2}?(?:{operator})로\s*(?:{chosen})"))
    spent: re.Pattern[str] = field(metadata=regex())
    own_budget: re.Pattern[str] = field(metadata=regex(
        r"(?<![가-힣])({levels})\s*(?:{budget_kinds})?\s*(?:{budget_contribution})"))


@dataclass(frozen=True)
class FundNameCues:
    """``fund_names`` section: how fund names are folded together (extract/fund_names.py)."""

    time_lead: re.Pattern[str] = field(metadata=regex(r"^(?:(?:{time_lead})\s+)+"))
    heads: tuple[str, ...] = field(metadata=words())
    bare: re.Pattern[str] = field(metadata=regex(r"^(?:{heads})(?:{bare_tails})?$"))
