"""Candidate mentions of people and bodies: title patterns, the gazetteer, name suffixes.

A :class:`Mention` is a character span of the story with a type and what the rule learnt
about it (a person's title and the span of the body the title names, an organisation's
gazetteer candidates and kind). Programmes and funds are found in :mod:`extract.programmes`;
overlaps are settled in :mod:`extract.choose`.
"""

from __future__ import annotations

import logging

from extract.body_mentions import BodyMentions
from extract.mention import LIST_SEPS, ORG_SPLIT, Mention, subject_like
from extract.person_mentions import PAREN_TITLE_RE, PersonMentions
from extract.word_memo import CACHE_SIZE, WordMemo

log = logging.getLogger(__name__)

__all__ = ["CACHE_SIZE", "LIST_SEPS", "ORG_SPLIT", "PAREN_TITLE_RE", "Mention", "MentionFinder",
           "WordMemo", "subject_like"]


class MentionFinder(PersonMentions, BodyMentions):
    """Finds Person and Organization mentions in one story's text.

    The word-level predicates live in :class:`extract.name_shapes.NameShapes`; people in
    :mod:`extract.person_mentions`, bodies in :mod:`extract.body_mentions`.
    """
