"""Cue vocabulary of the request, run, meeting and venue rules; words in ``relations.yaml``,
``organizations.yaml`` and ``programmes.yaml``, grammar here."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from extract.cues import regex, words

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunCues:
    """``runs`` section of relations.yaml (besides its triggers): hosts and awards."""

    award: re.Pattern[str] = field(metadata=regex())
    host: re.Pattern[str] = field(metadata=regex(
        r"^\s*(?:이|가|에서)?\s*(?:[가-힣0-9]+\s)?(?:{host})"
        r"(?:한|하는|해\s?온|하고\s?있는|으로|로)?\s*[‘'“\"(]?\s*(?:제\d+회\s*)?$"))
    # "가온부·나래원이 주관한": bodies listed right before the host (grammar only).
    co_host_gap: re.Pattern[str] = field(metadata=regex(r"\s*[·ㆍ,]\s*|[와과]\s+|\s+및\s+"))
    # "위탁 운영 기관으로 X를 선정" (before X) and "X를 최종 수탁자로 선정" (after X).
    operator_before: re.Pattern[str] = field(metadata=regex(r"(?:{operator_nouns})\s*(?:으로|로)\s*$"))
    operator_as: re.Pattern[str] = field(metadata=regex(
        r"\s*(?:{operator_final})?(?:{operator_nouns})\s*(?:으로|로)\s*(?:{operator_final})?(?:{selected})"))
    selected: re.Pattern[str] = field(metadata=regex(r"\s*(?:{operator_final})?(?:{selected})"))
    own_verb: re.Pattern[str] = field(metadata=regex(r"\s*(?:{own_verb})"))
    pleaded: re.Pattern[str] = field(metadata=regex(r"(?:{pleaded})[^.]{0,40}(?:{pleaded_verbs})"))
    # "이들 기관은 …", "양 기관은 …": the parties of the story's agreement, as the subject.
    parties_subject: re.Pattern[str] = field(metadata=regex(r"^\s*(?:{parties_pronoun})\s*(?:은|는|이|가)\s"))


@dataclass(frozen=True)
class RequestCues:
    """``requested`` section of relations.yaml (besides its triggers): who asks whom."""

    asking_modifier: re.Pattern[str] = field(metadata=regex(r"({asking})(하는|한|했던)\s*$"))
    meeting_before: re.Pattern[str] = field(metadata=regex(r"({meeting})\s*$"))
    together: tuple[str, ...] = field(metadata=words())
    list_end: tuple[str, ...] = field(metadata=words())
    support_of: re.Pattern[str] = field(metadata=regex(
        r"^\s*(?:[가-힣·ㆍ]{1,8}\s+){0,2}?({support})\s*(을|를|과|와)?\s*"
        r"(?:[가-힣]+\s+){0,2}?({support_asked})"))
    lobby: re.Pattern[str] = field(metadata=regex(
        r"(?:{need})을?\s*({need_stated})|"
        r"({budget})\s*({budget_act})\S{0,3}\s*({need}|을|를)?\s*"
        r"({lobby_verbs})"))
    own_work: re.Pattern[str] = field(metadata=regex())
    # Between a person and the meeting verb: a list or an object marker ("A(…), B 의원 등을 만나").
    met_list: re.Pattern[str] = field(metadata=regex(r"[(,·]|(?:{list_end})[을과]|[을를]\s*$"))


@dataclass(frozen=True)
class MeetingCues:
    """``meetings`` section of organizations.yaml: a council-shaped name that is held."""

    heads: tuple[str, ...] = field(metadata=words())
    held_after: re.Pattern[str] = field(metadata=regex(r"^\s*(을|를)\s*({held})"))
    held_before: re.Pattern[str] = field(metadata=regex(r"({held_modifier})\s*$"))


@dataclass(frozen=True)
class VenueCues:
    """``not_programmes`` section of programmes.yaml: venues and agreed items."""

    inside: re.Pattern[str] = field(metadata=regex(r"^\s*({inside})(?=[\s에의,.]|$)"))
    quoted_place: re.Pattern[str] = field(metadata=regex(r"^[’'”\"]\s*(에서|(?:{quoted_inside})\s)"))
    under_agreement: re.Pattern[str] = field(metadata=regex())
    cooperate: re.Pattern[str] = field(metadata=regex())
    happenings: tuple[str, ...] = field(metadata=words())
    run_before: re.Pattern[str] = field(metadata=regex(r"({run_before})(한|하는|된|될|할|중인)\s*[‘'\"“]?$"))
    # "이장우 의원(대전 동구)": a member's title right before the bracket naming the constituency.
    seat: re.Pattern[str] = field(metadata=regex(r"(?:{seat_titles})\s*$"))
