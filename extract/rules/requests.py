"""REQUESTED: the subject of a sentence that asks (요청, 건의, 촉구 …) → those it addresses."""

from __future__ import annotations

from extract.relations import Context, rule
from extract.words import DATIVE, LOCATIVE, OBJECT, SUBJECT


def is_request(ctx: Context, s: int) -> bool:
    text = ctx.sent_text(s)
    if not (ctx.pat.req_trigger.search(text) or ctx.pat.req_handover.search(text)):
        return False
    return not ctx.pat.req_exclude.search(text)


def about(ctx: Context, s: int) -> list[str]:
    return [ctx.res.entities[m.entity].name for m in ctx.in_sent(s, ("Programme", "Fund"))]


@rule(30)
def requested(ctx: Context) -> None:
    last_requester: int | None = None
    for s in range(len(ctx.sents)):
        if not is_request(ctx, s):
            continue
        text = ctx.sent_text(s)
        subj = ctx.subject(s, exclude=())
        if subj is not None and ctx.res.entities[subj.entity].type in ("Programme", "Fund"):
            subj = None
        requester = subj.entity if subj is not None else last_requester
        if requester is None:
            requester = ctx.main_actor
        if requester is None:
            continue
        own = {requester, ctx.holds.get(requester)}
        actors = [m for m in ctx.actors(s) if m.entity not in own]
        people = [m for m in actors if ctx.res.entities[m.entity].type == "Person"
                  and m.particle not in SUBJECT and "함께" not in ctx.text[m.end:m.end + 8]]
        heads = {ctx.holds.get(p.entity) for p in people}
        visit = bool(ctx.pat.req_visit.search(text))
        handover = bool(ctx.pat.req_handover.search(text))
        targets = [p.entity for p in people]
        for m in actors:
            e = ctx.res.entities[m.entity]
            if e.type != "Organization" or m.entity in heads:
                continue
            if m.particle in LOCATIVE or m.particle in SUBJECT:
                continue
            if m.particle in DATIVE and not ctx.pat.reporting.match(ctx.text[m.end:m.end + 8]):
                targets.append(m.entity)
            elif handover and m.particle in ("와", "과", "", "및"):
                continue
            elif visit and not people and (m.particle in OBJECT or
                                           ctx.text[m.end:m.end + 3].strip().startswith("등")):
                targets.append(m.entity)
        for m in ctx.in_sent(s, ("Organization",)):
            if m.props.get("title_body") and m.entity not in own and m.particle in DATIVE | {"", "와", "과"}:
                if handover or m.particle in DATIVE:
                    targets.append(m.entity)
        props = {"about": about(ctx, s)} if about(ctx, s) else {}
        for t in dict.fromkeys(targets):
            ctx.add("REQUESTED", requester, t, s, props)
        if subj is not None:
            last_requester = requester
