"""AGREED_WITH: the parties of an agreement, MOU or pact (one initiator → each partner)."""

from __future__ import annotations

from extract.relations import Context, rule
from extract.words import GENITIVE, LOCATIVE, WITH


def is_agreement(ctx: Context, s: int) -> bool:
    text = ctx.sent_text(s)
    if not ctx.pat.agr_trigger.search(text) or not ctx.pat.agr_act.search(text):
        return False
    return not ctx.pat.agr_exclude.search(text)


@rule(40)
def agreed_with(ctx: Context) -> None:
    from extract.rules.agreement_lists import claims  # attendee lists, co-subjects

    for s in range(len(ctx.sents)):
        if not is_agreement(ctx, s) or claims(ctx, s):
            continue
        orgs = [m for m in ctx.actors(s) if ctx.res.entities[m.entity].type == "Organization"
                and m.particle not in LOCATIVE and not m.props.get("inside")
                and not ctx.pat.agreements.set_up.match(ctx.text[m.end:m.end + 12])]
        # 가온위원회의 심사를 통해 …: a body modifying another noun is no party, unless its
        # 의 joins it to the agreement itself (A와 B의 협약) or it closes a joined list
        orgs = [m for k, m in enumerate(orgs) if m.particle != GENITIVE
                or any(n in ctx.text[m.end + 1:m.end + 10] for n in ctx.pat.agreements.nouns)
                or (k > 0 and orgs[k - 1].particle in WITH)]
        subj = ctx.subject(s)
        if subj is not None:
            # 광주시와 전남대와 조선대가 손잡고: the first of the joined parties leads.
            joined = [m for m in orgs if m.start < subj.start and m.particle in WITH]
            if joined:
                subj = joined[0]
        initiator = ctx.body_of(subj.entity) if subj is not None else None
        if initiator is None and orgs:
            initiator = orgs[0].entity
        if initiator is None:
            continue
        heads = set(ctx.holds)
        about = [ctx.res.entities[m.entity].name for m in ctx.in_sent(s, ("Programme", "Fund"))]
        props = {"about": about} if about else {}
        partners: dict[int, set[int]] = {}
        for r in ctx.relations:
            if r.type == "AGREED_WITH":
                partners.setdefault(r.source, set()).add(r.target)
        for m in orgs:
            if m.entity == initiator or m.entity in heads:
                continue
            if any(initiator in ps and m.entity in ps for ps in partners.values()):
                continue  # a later line (a caption) retelling one agreement: both are partners of its initiator
            if ctx.text[m.end:m.end + 8].lstrip().startswith(ctx.pat.agreements.venue):
                continue
            ctx.add("AGREED_WITH", initiator, m.entity, s, props)
