"""RUNS: the body that carries out, runs, builds or launches a programme (or sets up a fund)."""

from __future__ import annotations

import re

from extract.relations import Context, rule
from extract.rules.requests import is_request
from extract.words import AT, LOCATIVE_AT, NOMINATIVE, OBJECT

# Who acts when a programme is the subject ("사업은 가온시가 …"), and where a body is
# evaluated ("…에서 대상을 받았다"): grammar.
AGENT = (*NOMINATIVE, LOCATIVE_AT)
AT_OR_IN = (LOCATIVE_AT, AT[0])
# Between a body and its programme: a bracketed head and the quote mark ("(구청장 김가온) ‘").
OWNER_GAP = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*[‘'“\"]?")


def sentence_actor(ctx: Context, s: int) -> int | None:
    """Who acts in a sentence: its subject (a person's body), else who reports, else before."""
    subj = ctx.subject(s)
    if subj is not None:
        e = ctx.res.entities[subj.entity]
        if e.type in ("Programme", "Fund"):
            for m in ctx.actors(s):
                if m.particle in AGENT and m.start > subj.start:
                    return ctx.body_of(m.entity)

        else:
            body = ctx.body_of(subj.entity)
            if body is not None:
                return body
    rep = ctx.reported_by(s)
    if rep is not None:
        return ctx.body_of(rep.entity)
    progs = [p.start for p in ctx.in_sent(s, ("Programme",))]
    for m in ctx.actors(s):
        # 나래구(구청장 김가온) ‘가온 상담실’은 …: the body written right before its programme
        if not m.particle and ctx.res.entities[m.entity].type == "Organization" and any(
                OWNER_GAP.fullmatch(ctx.text[m.end:p]) for p in progs if p >= m.end):
            return m.entity
    return None




def _host(ctx: Context, s: int, m) -> int | None:
    """행정안전부가 주관한 ‘…’, 교육부 주관 ‘…’: the body named as host of the programme."""
    for o in ctx.actors(s):
        if o.end > m.start or m.start - o.end > 30:
            continue
        if ctx.pat.runs.host.match(ctx.text[o.end:m.start]) and ctx.res.entities[o.entity].type == "Organization":
            return o.entity
    return None


def _co_hosts(ctx: Context, s: int, host: int) -> list[int]:
    """가온부·나래원이 주관한 ‘…’: the bodies listed right before the host share it."""
    acts = [o for o in ctx.actors(s) if ctx.res.entities[o.entity].type == "Organization"]
    at = next((k for k, o in enumerate(acts) if o.entity == host), None)
    out: list[int] = []
    while at is not None and at > 0 and ctx.pat.runs.co_host_gap.fullmatch(
            ctx.text[acts[at - 1].end:acts[at].start]):
        at -= 1
        out.append(acts[at].entity)
    return out


@rule(25)
def actors(ctx: Context) -> None:
    """Fill ``ctx.sent_actor`` (used by money and runs) sentence by sentence."""
    # GUIDE (unstated subject): a sentence without its own subject takes the story's main actor.
    own: dict[int, int] = {}
    for s in range(len(ctx.sents)):
        actor = sentence_actor(ctx, s)
        if actor is not None:
            own[s] = actor
        elif s - 1 in own and own[s - 1] != ctx.main_actor and ctx.main_actor is not None \
                and "\n" not in ctx.text[ctx.sents[s - 1][1]:ctx.sents[s][0]]:
            # a round-up (가온구는 … 나래구(구청장 …)는 …): a sentence without its own subject
            # continues the body of the sentence before it in the same paragraph
            actor = own[s] = own[s - 1]
        if actor is None:
            actor = ctx.main_actor
        if actor is not None:
            ctx.sent_actor[s] = actor


@rule(60)
def runs(ctx: Context) -> None:
    funded_by_fund = {r.target for r in ctx.relations
                      if r.type == "FUNDS" and ctx.res.entities[r.source].type == "Fund"
                      and ctx.res.entities[r.target].type == "Programme"}  # a fund fed by another is still set up
    for s in range(len(ctx.sents)):
        if is_request(ctx, s):
            continue
        text = ctx.sent_text(s)
        if ctx.pat.runs.pleaded.search(text):
            continue  # 추진의 필요성을 설명했다: pleading for a project is asking, not running
        has_trigger = bool(ctx.pat.run_trigger.search(text))
        if ctx.pat.negation.search(text) and not has_trigger:
            continue
        for m in ctx.in_sent(s, ("Programme", "Fund")):
            if m.props.get("funded_item") or m.entity in funded_by_fund:
                continue
            actor = _host(ctx, s, m)
            if actor is not None:
                for co in _co_hosts(ctx, s, actor):
                    ctx.add("RUNS", co, m.entity, s)
                ctx.add("RUNS", actor, m.entity, s)
                continue
            if m.particle in AT_OR_IN and ctx.pat.runs.award.search(text):
                continue  # 대상을 받았다 / 최종 선정됐다: evaluated in it, not running it
            span = m.props.get("item_span")
            if span:
                lead = [o for o in ctx.actors(s) if o.start >= span[0] - 1 and o.end <= m.start
                        and not o.particle]
                if lead:
                    actor = ctx.body_of(lead[0].entity)
            if actor is None:
                actor = ctx.sent_actor.get(s)
            if actor is None or not (has_trigger or span or m.source == "quote"):
                continue
            if ctx.res.entities[m.entity].type == "Fund" and ctx.pat.fund_roles.donation.search(text):
                continue  # ‘가온 기금’ 조성을 위해 2억원을 기부: the donor gives, others run it
            if not has_trigger and not span and (ctx.pat.fund_roles.donation.search(text)
                                                 or ctx.pat.money.money_verbs.search(text)):
                continue  # ‘가온장학기금’ 1억원을 기탁, ‘…사업’에 3억원을 후원: giving is not running
            if ctx.res.entities[actor].type != "Organization":
                continue
            ctx.add("RUNS", actor, m.entity, s)


@rule(69)  # after trigger_inside_names: no run verb is needed, the mark says whose it is
def runs_by_place_note(ctx: Context) -> None:
    """묘목공원 조성(가온), 체험마을 육성(나래): a listed project marked with the place whose
    project it is is run by that local government when the story names it."""
    places: dict[str, int] = {}
    for i, e in enumerate(ctx.res.entities):
        if e.type == "Organization" and e.props.get("kind") == "local_government":
            for name in (e.name, *sorted(e.aliases)):
                places.setdefault(name, i)
    for m in ctx.mentions:
        note = m.props.get("place_note")
        if m.entity < 0 or not note or is_request(ctx, m.sent):
            continue
        hit = places.get(note)
        if hit is None:
            hit = next((i for name, i in places.items()
                        if name.startswith(note) and len(name) == len(note) + 1), None)
        if hit is not None:
            ctx.add("RUNS", hit, m.entity, m.sent)


@rule(69)
def runs_by_operator(ctx: Context) -> None:
    """위탁 운영 기관으로 가온대학교를 선정, 나래복지회를 최종 수탁자로 선정: the chosen
    operator runs the programme (facility) of the sentence; 가온시가 주최하고 나래재단이
    주관한다: each subject with its own run verb runs it."""
    cues = ctx.pat.runs
    for s in range(len(ctx.sents)):
        if is_request(ctx, s):
            continue
        progs = [m for m in ctx.in_sent(s, ("Programme",)) if not m.props.get("funded_item")]
        if not progs:
            continue
        a, _ = ctx.sents[s]
        runners: list[int] = []
        for m in ctx.actors(s):
            if ctx.res.entities[m.entity].type != "Organization":
                continue
            after = m.end + len(m.particle)
            chosen = m.particle in OBJECT and bool(
                (cues.operator_before.search(ctx.text, max(a, m.start - 25), m.start)
                 and cues.selected.match(ctx.text, after))
                or cues.operator_as.match(ctx.text, after))
            if chosen or (m.particle in NOMINATIVE and cues.own_verb.match(ctx.text, after)):
                runners.append(m.entity)
        for ent in dict.fromkeys(runners):
            for p in progs:
                ctx.add("RUNS", ent, p.entity, s)
