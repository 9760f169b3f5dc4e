"""A council-shaped name that is held, not a body: "가온정책협의회를 갖고", "열린 가온협의회".

GUIDE: one-off meetings are not entities. A name ending in 협의회 that is held (갖다, 개최,
열다, 진행) or that something took place at is the meeting, so its mentions are dropped
before any relation is read.
"""

from __future__ import annotations

from extract.relations import Context, rule


@rule(2)
def meetings(ctx: Context) -> None:
    for m in ctx.mentions:
        if m.type != "Organization" or m.entity < 0 or m.source != "suffix":
            continue
        if not ctx.res.entities[m.entity].name.endswith(ctx.pat.meetings.heads):
            continue
        if ctx.pat.meetings.held_after.match(ctx.text[m.end:m.end + 10]) or \
                ctx.pat.meetings.held_before.search(ctx.text[max(0, m.start - 8):m.start]):
            m.entity = -1
