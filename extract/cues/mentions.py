"""Cue vocabulary of the mention finder (extract/mentions.py) and of the programme, list and
company readers; words in ``mentions.yaml``."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from extract.cues import mapping, regex, text, word_set, words

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MentionCues:
    """``mentions`` section: company markers, name shapes, title prefixes, branches."""

    marker: re.Pattern[str] = field(metadata=regex(r"{marker}"))
    norm_marker: re.Pattern[str] = field(metadata=regex(r"{norm_marker}"))
    prefix_markers: frozenset[str] = field(metadata=word_set())
    civic_markers: frozenset[str] = field(metadata=word_set())
    unit_staff_titles: tuple[str, ...] = field(metadata=words())
    lead_adverbs: tuple[str, ...] = field(metadata=words())
    former_markers: frozenset[str] = field(metadata=word_set())
    not_name_endings: tuple[str, ...] = field(metadata=words())
    place_endings: tuple[str, ...] = field(metadata=words())
    no_anaphor_suffixes: frozenset[str] = field(metadata=word_set())
    office_title: str = field(metadata=text())
    not_body_prefixes: frozenset[str] = field(metadata=word_set())
    placeish_prefixes: frozenset[str] = field(metadata=word_set())
    ordinal: str = field(metadata=text())
    clause_endings: tuple[str, ...] = field(metadata=words())
    list_end: str = field(metadata=text())
    lg_branch_suffix: str = field(metadata=text())
    committee_ending: str = field(metadata=text())
    committee_short: dict[str, str] = field(metadata=mapping())
    self_governing_province: str = field(metadata=text())
