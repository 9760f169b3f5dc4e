"""A council-shaped name that is held, not a body: "가온정책협의회를 갖고", "열린 가온협의회".

GUIDE: one-off meetings are not entities. A name ending in 협의회 that is held (갖다, 개최,
열다, 진행) or that something took place at is the meeting, so its mentions are dropped
before any relation is read.
"""

from __future__ import annotations

import re

from extract.relations import Context, rule

MEETING_HEADS = ("협의회", "간담회", "설명회", "보고회")
HELD_AFTER_RE = re.compile(r"^\s*(을|를)\s*(갖|가졌|가진|개최|열|연다|열었|진행)")
HELD_BEFORE_RE = re.compile(r"(열린|개최된|열리는|개최되는|진행된)\s*$")


@rule(2)
def meetings(ctx: Context) -> None:
    for m in ctx.mentions:
        if m.type != "Organization" or m.entity < 0 or m.source != "suffix":
            continue
        if not ctx.res.entities[m.entity].name.endswith(MEETING_HEADS):
            continue
        if HELD_AFTER_RE.match(ctx.text[m.end:m.end + 10]) or \
                HELD_BEFORE_RE.search(ctx.text[max(0, m.start - 8):m.start]):
            m.entity = -1
