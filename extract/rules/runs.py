"""RUNS: the body that carries out, runs, builds or launches a programme (or sets up a fund)."""

from __future__ import annotations

import re

from extract.relations import Context, rule
from extract.rules.requests import is_request


def sentence_actor(ctx: Context, s: int) -> int | None:
    """Who acts in a sentence: its subject (a person's body), else who reports, else before."""
    subj = ctx.subject(s)
    if subj is not None:
        e = ctx.res.entities[subj.entity]
        if e.type in ("Programme", "Fund"):
            for m in ctx.actors(s):
                if m.particle in ("이", "가", "에서") and m.start > subj.start:
                    return ctx.body_of(m.entity)
        else:
            body = ctx.body_of(subj.entity)
            if body is not None:
                return body
    rep = ctx.reported_by(s)
    if rep is not None:
        return ctx.body_of(rep.entity)
    return None


AWARD_RE = re.compile(r"수상|선정(됐|되었|돼)|받았|받아|뽑혔|차지했|인정받")
HOST_RE = re.compile(r"^\s*(?:이|가|에서)?\s*(?:[가-힣0-9]+\s)?(?:주관|주최|운영|시행|추진|실시|개최|마련)"
                     r"(?:한|하는|해\s?온|하고\s?있는|으로|로)?\s*[‘'“\"(]?\s*(?:제\d+회\s*)?$")


def _host(ctx: Context, s: int, m) -> int | None:
    """행정안전부가 주관한 ‘…’, 교육부 주관 ‘…’: the body named as host of the programme."""
    for o in ctx.actors(s):
        if o.end > m.start or m.start - o.end > 30:
            continue
        if HOST_RE.match(ctx.text[o.end:m.start]) and ctx.res.entities[o.entity].type == "Organization":
            return o.entity
    return None


def _co_hosts(ctx: Context, s: int, host: int) -> list[int]:
    """가온부·나래원이 주관한 ‘…’: the bodies listed right before the host share it."""
    acts = [o for o in ctx.actors(s) if ctx.res.entities[o.entity].type == "Organization"]
    at = next((k for k, o in enumerate(acts) if o.entity == host), None)
    out: list[int] = []
    while at is not None and at > 0 and re.fullmatch(r"\s*[·ㆍ,]\s*|[와과]\s+|\s+및\s+",
                                                    ctx.text[acts[at - 1].end:acts[at].start]):
        at -= 1
        out.append(acts[at].entity)
    return out


@rule(25)
def actors(ctx: Context) -> None:
    """Fill ``ctx.sent_actor`` (used by money and runs) sentence by sentence."""
    # GUIDE (unstated subject): a sentence without its own subject takes the story's main actor.
    for s in range(len(ctx.sents)):
        actor = sentence_actor(ctx, s)
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
            if m.particle in ("에서", "에") and AWARD_RE.search(text):
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
            if ctx.res.entities[actor].type != "Organization":
                continue
            ctx.add("RUNS", actor, m.entity, s)
