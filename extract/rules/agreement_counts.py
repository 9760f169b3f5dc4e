"""AGREED_WITH when the agreement sentence only counts its partners.

"가온교육지원청은 시·도교육지원청 6곳과 업무협약을 했다. … 가온교육지원청은 A, B, C, D, E,
F교육지원청과 함께 …": the partners are the six bodies named in a following sentence whose
subject is the same initiator. The count must match, so a list of something else is not read
as the partners.
"""

from __future__ import annotations

import logging

from extract.relations import Context, rule

log = logging.getLogger(__name__)

LOOK_AHEAD = 3  # sentences after the agreement that may name the partners


def _named_bodies(ctx: Context, s: int, initiator: int) -> list[int]:
    return list(dict.fromkeys(m.entity for m in ctx.actors(s)
                              if ctx.res.entities[m.entity].type == "Organization" and m.entity != initiator))


@rule(43)
def counted_partners(ctx: Context) -> None:
    cues = ctx.pat.agreements
    for s in range(len(ctx.sents)):
        text = ctx.sent_text(s)
        if not (ctx.pat.agr_trigger.search(text) and ctx.pat.agr_act.search(text)) \
                or ctx.pat.agr_exclude.search(text):
            continue
        count = cues.counted_partners.search(text)
        subj = ctx.subject(s)
        if count is None or subj is None:
            continue
        initiator = ctx.body_of(subj.entity)
        n = int(count.group(1))
        if initiator is None or n < 2 or _named_bodies(ctx, s, initiator):
            continue  # partners named in the sentence itself are read by the other rules
        for k in range(s + 1, min(len(ctx.sents), s + 1 + LOOK_AHEAD)):
            own = ctx.subject(k)
            named = _named_bodies(ctx, k, initiator)
            if own is not None and ctx.body_of(own.entity) == initiator and len(named) == n:
                for partner in named:
                    ctx.add("AGREED_WITH", initiator, partner, s)
                break
