"""Candidate mentions of people and bodies: title patterns, the gazetteer, name suffixes.

A :class:`extract.mention.Mention` is a character span of the story with a type and what the rule learnt
about it (a person's title and the span of the body the title names, an organisation's
gazetteer candidates and kind). Programmes and funds are found in :mod:`extract.programmes`;
overlaps are settled in :mod:`extract.choose`.
"""

from __future__ import annotations

import logging

from extract.body_mentions import BodyMentions
from extract.person_mentions import PersonMentions

log = logging.getLogger(__name__)


class MentionFinder(PersonMentions, BodyMentions):
    """Finds Person and Organization mentions in one story's text.

    The word-level predicates live in :class:`extract.name_shapes.NameShapes`; people in
    :mod:`extract.person_mentions`, bodies in :mod:`extract.body_mentions`.
    """
