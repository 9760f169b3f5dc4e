"""AGREED_WITH for a pact signed jointly: every pair of the named parties.

"가온시장, 한빛군수, 나래구청장이 공동으로 협약을 체결했다" or "가온시교육감과 한빛군수는 …
업무협약을 체결했다" name the signers as one coordinated subject and no partner after it
(no "…와 협약"): nobody initiates, so every pair of their bodies is linked (GUIDE: the body,
not the signing head, is the party). A unit and its own body are not paired
(:func:`extract.rules.agreement_lists.agreement_objects` drops those).
"""

from __future__ import annotations

from itertools import combinations

from extract.relations import Context, rule
from extract.rules.agreement_lists import _about, _attendee_cut, _co_subjects, _party_of
from extract.rules.agreements import is_agreement
from extract.words import LOCATIVE, PARTNER_ALL


def joint_signers(ctx: Context, s: int) -> list[int]:
    """The parties of a jointly signed agreement in sentence ``s``, or [] when it is not one."""
    if not is_agreement(ctx, s) or _attendee_cut(ctx, s) is not None or _co_subjects(ctx, s):
        return []
    subj = ctx.subject(s)
    if subj is None:
        return []
    actors = [m for m in ctx.actors(s) if m.particle not in LOCATIVE]
    if subj not in actors:
        return []
    i = j = actors.index(subj)
    while i > 0 and ctx.pat.agreements.joint_gap.match(ctx.text[actors[i - 1].end:actors[i].start]):
        i -= 1
    # members after the first subject-marked one: a list may carry the particle on every signer
    while j + 1 < len(actors) and ctx.pat.agreements.joint_gap.match(ctx.text[actors[j].end:actors[j + 1].start]):
        j += 1
    chain = actors[i:j + 1]
    if len(chain) < 2:
        return []
    if any(m.start > chain[-1].end and m.particle in PARTNER_ALL for m in ctx.actors(s)):
        return []  # "X는 A, B와 협약": an initiator and its partners, handled elsewhere
    parties = [p for p in (_party_of(ctx, m) for m in chain) if p is not None]
    return list(dict.fromkeys(parties))


@rule(42)
def joint_agreements(ctx: Context) -> None:
    parts = {(r.source, r.target) for r in ctx.relations if r.type == "PART_OF"}
    for s in range(len(ctx.sents)):
        parties = joint_signers(ctx, s)
        if len(parties) < 2:
            continue
        for x, y in combinations(parties, 2):
            if (x, y) in parts or (y, x) in parts:
                continue
            ctx.add("AGREED_WITH", x, y, s, _about(ctx, s))
