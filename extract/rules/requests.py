"""REQUESTED: the subject of a sentence that asks (요청, 건의, 촉구 …) → those it addresses."""

from __future__ import annotations

from itertools import pairwise

from extract.mention import Mention
from extract.relations import Context, rule
from extract.words import AND, DATIVE, LOCATIVE, OBJECT, SUBJECT, WITH

# Bodies joined to the requester's side in a handover ("A와 B는 건의서를 전달"): grammar.
HANDOVER_JOINERS = (*WITH, "", AND)


def is_request(ctx: Context, s: int) -> bool:
    text = ctx.sent_text(s)
    if not (ctx.pat.req_trigger.search(text) or ctx.pat.req_handover.search(text)):
        return False
    return not ctx.pat.req_exclude.search(text)


def about(ctx: Context, s: int) -> list[str]:
    return [ctx.res.entities[m.entity].name for m in ctx.in_sent(s, ("Programme", "Fund"))]


def _clause_subject(ctx: Context, s: int):
    """요청하는 정바다 가온시장: the person right after the request verb's modifier form, else
    the first unmarked person before the trigger (headlines drop their particles)."""
    a, _ = ctx.sents[s]
    text = ctx.text
    people = [m for m in ctx.actors(s) if ctx.res.entities[m.entity].type == "Person"]
    for m in people:
        if ctx.pat.requests.asking_modifier.search(text[max(a, m.start - 12):m.start]):
            return m
    trig = ctx.pat.req_trigger.search(text, a)
    for m in people:
        if trig and m.start < trig.start() and m.particle == "" and not m.props.get("listed"):
            before = text[a:m.start]
            # 김하늘(예결위원장), 박구름 의원 등을 만나 … 당부: those met are addressed, not asking
            visit = ctx.pat.req_visit.search(text, m.end, trig.start())
            if not ctx.pat.requests.meeting_before.search(before) and not (
                    visit and ctx.pat.requests.met_list.search(text[m.end:visit.start()])
                    and not _headline_subject(ctx, m, people, visit.start())):
                return m
    return None


def _headline_subject(ctx: Context, m: Mention, people: list[Mention], visit_start: int) -> bool:
    """김하늘 부시장, 7일 가온부 등 방문…건의: a headline's comma after the title marks its
    subject, not a list of people met (no other person follows before the visit)."""
    title_end = m.props["title_span"][1] if m.props.get("title_span") else m.end
    return ctx.text[title_end:title_end + 1] == "," \
        and not ctx.pat.requests.met_list.search(ctx.text, title_end + 1, visit_start) \
        and not any(m.end < p.start < visit_start for p in people)


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
        if subj is None:
            subj = _clause_subject(ctx, s)
        if subj is None and s > 0:
            # 권 시장은 국회를 찾았다. 이어 … 의원을 만나 협조를 당부했다: the one before speaks
            prev = ctx.subject(s - 1)
            if prev is not None and ctx.res.entities[prev.entity].type in ("Person", "Organization") \
                    and not is_request(ctx, s - 1):
                subj = prev
        requester = subj.entity if subj is not None else last_requester
        if requester is None:
            requester = ctx.main_actor
        if requester is None:
            continue
        own = {requester, ctx.holds.get(requester)}
        actors = [m for m in ctx.actors(s) if m.entity not in own]
        # a body never asks its own head (예천군은 … 김가온 군수와 … 협조를 구하기 위해)
        people = [m for m in actors if ctx.res.entities[m.entity].type == "Person"
                  and ctx.holds.get(m.entity) != requester and m.particle not in SUBJECT and not any(w in ctx.text[m.end:m.end + 8] for w in ctx.pat.requests.together)]
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
            elif handover and m.particle in HANDOVER_JOINERS:
                continue
            elif visit and not people and (m.particle in OBJECT or
                                           ctx.text[m.end:m.end + 3].strip().startswith(ctx.pat.requests.list_end) or
                                           (not m.particle and ctx.pat.req_visit.match(
                                               ctx.text[m.end:m.end + 6].strip()))):
                targets.append(m.entity)
        if visit and not people:
            # 가온부와 나래부, 다솜청을 방문해: the first of a list joined by 와/과 is visited too
            for m, nxt in reversed(list(pairwise(actors))):
                if m.particle in WITH and nxt.entity in targets and m.entity not in heads \
                        and ctx.res.entities[m.entity].type == "Organization" \
                        and not ctx.text[m.end + len(m.particle):nxt.start].strip():
                    targets.append(m.entity)
        if handover:
            start = subj.end if subj is not None else ctx.sents[s][0]
            for m in actors:
                if m.start > start and m.entity not in own and m.particle not in SUBJECT \
                        and ctx.res.entities[m.entity].type == "Organization":
                    targets.append(m.entity)
        props = {"about": about(ctx, s)} if about(ctx, s) else {}
        for t in dict.fromkeys(targets):
            ctx.add("REQUESTED", requester, t, s, props)
        if subj is not None:
            last_requester = requester
