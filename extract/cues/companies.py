"""Cue vocabulary of the company reader (extract/companies.py); words in the ``companies``
section of ``organizations.yaml``, grammar here."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from extract.cues import regex, word_set

log = logging.getLogger(__name__)

NAME = r"[가-힣A-Za-z0-9&]{2,20}"


@dataclass(frozen=True)
class CompanyCues:
    """Legal forms, bracketed heads, group words and dotted names of companies."""

    legal_form: re.Pattern[str] = field(metadata=regex(r"(?:{legal_forms})\s?(" + NAME + ")"))
    head_in_brackets: re.Pattern[str] = field(metadata=regex(
        r"(" + NAME + r")\((?:{bracket_heads})(?:\s*[:：]\s*|\s+)[가-힣]{2,4}\)"))
    latin_group: re.Pattern[str] = field(metadata=regex(r"(?<![A-Za-z0-9])([A-Z]{2,6}\s(?:{group_words}))"))
    not_names: frozenset[str] = field(metadata=word_set())
    dotted: re.Pattern[str] = field(metadata=regex(
        r"(?<![가-힣A-Za-z0-9·])((?:[가-힣]{1,4}·){1,4}[가-힣]{2,14}(?:{dotted_body_ends}))"))
    body_end: re.Pattern[str] = field(metadata=regex(r"({body_ends})$"))
