"""Cue vocabulary of the agreement rules; words in ``agreements.yaml``, grammar here."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from extract.cues import regex, words

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AgreementCues:
    """Attendee lists, partner lists, venues, purposes and demands around an agreement."""

    attendees: re.Pattern[str] = field(metadata=regex())
    partner_list: re.Pattern[str] = field(metadata=regex(
        r"({agreement_nouns})({ceremony})?(에는|에도|에|(?:{ceremony})에는)\s"))
    partner_verb: re.Pattern[str] = field(metadata=regex())
    nouns: tuple[str, ...] = field(metadata=words("agreement_nouns"))
    # "A와 B는", "A-B는", "A 및 B는": two subjects on one side (grammar only).
    join_gap: re.Pattern[str] = field(metadata=regex(r"^(?:[와과]\s*|\s*[-·ㆍ‧・,]\s*|\s+및\s+)$"))
    # What may stand between two signers of one list: a title word and a joiner.
    joint_gap: re.Pattern[str] = field(metadata=regex(r"^\s*(?:[^\s,.]{1,20}?\s*)?(?:[와과]|,|·|ㆍ|및)\s*$"))
    venue: tuple[str, ...] = field(metadata=words())
    venue_in_lists: tuple[str, ...] = field(metadata=words())
    witness_titles: tuple[str, ...] = field(metadata=words())
    # "…을 위한 업무협약": the object an agreement is for (grammar: 을/를 위한/위해).
    purpose: re.Pattern[str] = field(metadata=regex(r"^[^,.▲△•∆◇○◆■□▶▷☞◎●]{0,14}?(을|를)\s*위(한|해)"))
    clause_end: re.Pattern[str] = field(metadata=regex(r"(은|는|이|가|에서|에게|으로|로)\s"))
    under_agreement: re.Pattern[str] = field(metadata=regex())
    demand_after: re.Pattern[str] = field(metadata=regex(r"^[’'”\"]?\s*(을|를)?\s*({demand})"))
    set_up: re.Pattern[str] = field(metadata=regex(r"^[’'”\"]?\s*(을|를)\s*({set_up})"))
    # "시·도교육지원청 6곳과 … 협약": the number of partners the agreement has (grammar: 과/와).
    counted_partners: re.Pattern[str] = field(metadata=regex(r"(\d+)\s*(?:{counters})(?:\s*[가-힣]{1,6})?\s*(?:과|와)\s"))
