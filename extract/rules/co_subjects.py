"""Co-subjects share what their sentence says: "한빛시와 가온투자는 … 펀드를 조성한다".

When two bodies are joined before the topic marker (A와 B는, A-B는, A·B는), the relation that
the other rules read from the subject (RUNS, FUNDS, REQUESTED) holds for each of them.
Agreements are handled in :mod:`extract.rules.agreement_lists` (both sides there).
"""

from __future__ import annotations

from extract.relations import Context, rule

SHARED = ("RUNS", "FUNDS", "REQUESTED")


def co_subjects(ctx: Context, s: int) -> list[int]:
    """The bodies joined to the subject of sentence ``s`` (the subject's own body excluded)."""
    subj = ctx.subject(s)
    if subj is None or ctx.res.entities[subj.entity].type != "Organization":
        return []
    orgs = [m for m in ctx.actors(s) if ctx.res.entities[m.entity].type == "Organization"
            and m.end <= subj.start]
    side = [subj]
    for m in reversed(orgs):
        if not ctx.pat.agreements.join_gap.match(ctx.text[m.end:side[0].start]):
            break
        side.insert(0, m)
    return [m.entity for m in side[:-1] if m.entity != subj.entity]


@rule(70)
def share_with_co_subjects(ctx: Context) -> None:
    for s in range(len(ctx.sents)):
        others = co_subjects(ctx, s)
        if not others:
            continue
        subj = ctx.subject(s)
        body = ctx.body_of(subj.entity) if subj is not None else None
        evidence = ctx.sent_text(s)
        for r in list(ctx.relations):
            if r.type in SHARED and r.source == body and r.evidence == evidence:
                for o in others:
                    if o != r.target:
                        ctx.add(r.type, o, r.target, s, dict(r.props))
