"""HOLDS_POSITION read from an appointment list: "가온공사 사장에 김하늘 전 나래그룹 전무 …".

The post is written before the person (BODY TITLE에 NAME), as in every appointment story
(임명, 선임, 내정); the person's own title after the name is a former post.
"""

from __future__ import annotations

import logging
import re

from extract.relations import Context, rule
from extract.words import AT

log = logging.getLogger(__name__)

# " TITLE에 " right before the name (grammar: the title word, the particle, one space).
_POST_BEFORE = re.compile(r"(?<![^\s△▲▶•·∆-])([가-힣0-9]{1,10})(?:" + "|".join(AT) + r")\s$")


@rule(11)
def appointed_posts(ctx: Context) -> None:
    orgs = [m for m in ctx.mentions if m.type == "Organization" and m.entity >= 0]
    for m in ctx.mentions:
        if m.type != "Person" or m.entity < 0:
            continue
        hit = _POST_BEFORE.search(ctx.text, max(0, m.start - 16), m.start)
        if not hit:
            continue
        title = ctx.pat.title_by_name.get(hit.group(1))
        if title is None:
            continue
        gap_end = hit.start(1)
        body = next((o.entity for o in orgs if o.end < gap_end and not o.particle
                     and ctx.text[o.end:gap_end] == " "), None)
        if body is None:
            continue
        ctx.holds.setdefault(m.entity, body)
        ctx.add("HOLDS_POSITION", m.entity, body, m.sent, {"title": title.title})
