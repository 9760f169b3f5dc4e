"""FUNDS: money going to a programme or fund, with ``amount_krw`` when the text gives it."""

from __future__ import annotations

import re

from extract.amounts import find_amounts
from extract.relations import Context, rule
from extract.rules.requests import is_request

PAIR_GAP = re.compile(r"^[\s(]*(?:각\s*)?$")
MONEY_VERBS = re.compile(r"투입|출자|출연|투자|교부|보조|지원금|후원")
DIRECT_MONEY = re.compile(r"투입|출자|출연")
TARGET_PARTICLES = frozenset({"은", "는", "이", "가", "을", "를", "에", "에는", "의"})


def _amount_after(ctx: Context, end: int, amounts: list[tuple[int, int, int]]) -> int | None:
    for a, b, value in amounts:
        if a >= end and PAIR_GAP.match(ctx.text[end:a]) and a - end <= 4:
            if ctx.pat.per_recipient.search(ctx.text[max(0, a - 6):a]):
                return None
            return value
    return None


@rule(50)
def funds(ctx: Context) -> None:
    recent_fund: int | None = None
    for s in range(len(ctx.sents)):
        a, b = ctx.sents[s]
        amounts = [(x + a, y + a, v) for x, y, v in find_amounts(ctx.text[a:b])]
        mentions = ctx.in_sent(s)
        funds_here = [m for m in mentions if ctx.res.entities[m.entity].type == "Fund"]
        if is_request(ctx, s):
            if funds_here:
                recent_fund = funds_here[0].entity
            continue
        text = ctx.sent_text(s)
        # △공동체 회복 프로그램 운영 지원(2억원): the sum follows the whole item
        pairs = [(m, _amount_after(ctx, m.end, amounts)
                  or (_amount_after(ctx, m.props["item_span"][1], amounts) if m.props.get("item_span") else None))
                 for m in mentions]
        pairs = [(m, v) for m, v in pairs if v]
        paired = {m.entity for m, _ in pairs}
        topic_fund = next((m for m in funds_here if m.entity not in paired), None)
        # 강원미래산업펀드(300억원): a fund written with its size.
        if topic_fund is None:
            for m, v in pairs:
                if ctx.res.entities[m.entity].type == "Fund":
                    ctx.res.entities[m.entity].props.setdefault("amount_krw", v)
        # 나래전자㈜ 20억원, 농협 10억원 …: bodies putting sums into the fund of the sentence.
        if topic_fund is not None:
            for m, v in pairs:
                if ctx.res.entities[m.entity].type == "Organization" or \
                        (ctx.res.entities[m.entity].type == "Fund" and m.entity != topic_fund.entity):
                    ctx.add("FUNDS", m.entity, topic_fund.entity, s, {"amount_krw": v})
        # 가온노인복지관 증축사업 8억 원 …: programmes with their sums, from the fund at hand.
        prog_pairs = [(m, v) for m, v in pairs if ctx.res.entities[m.entity].type == "Programme"]
        if prog_pairs:
            subj = ctx.subject(s)
            funder = topic_fund.entity if topic_fund is not None else recent_fund
            if funder is None and subj is not None:
                funder = ctx.body_of(subj.entity)
            for m, v in prog_pairs:
                ctx.res.entities[m.entity].props.setdefault("amount_krw", v)
                if funder is not None:
                    ctx.add("FUNDS", funder, m.entity, s, {"amount_krw": v})
        # X가 20억원을 출자/투입 …: the sentence's actor funds its programme or fund.
        sums_here = [v for x, y, v in amounts
                     if not ctx.pat.per_recipient.search(ctx.text[max(0, x - 6):x])]
        if (DIRECT_MONEY.search(text) or (sums_here and MONEY_VERBS.search(text))
                or (sums_here and ctx.pat.fund_trigger.search(text))):
            actor = None
            for m in ctx.actors(s):
                if m.particle in ("이", "가") and ctx.res.entities[m.entity].type in ("Organization", "Person"):
                    actor = ctx.body_of(m.entity)
                    break
            if actor is None:
                subj = ctx.subject(s)
                if subj is not None:
                    actor = ctx.body_of(subj.entity)
            if actor is None and ctx.res.entities and ctx.main_actor is not None and not mentions[:1]:
                actor = ctx.main_actor
            if actor is None:
                subj_any = next((m for m in mentions if m.particle in ("은", "는", "이", "가")), None)
                if subj_any is not None and ctx.res.entities[subj_any.entity].type == "Fund":
                    actor = subj_any.entity
            if actor is None:
                actor = ctx.sent_actor.get(s - 1, ctx.main_actor)
            sums = [v for x, y, v in amounts
                    if not ctx.pat.per_recipient.search(ctx.text[max(0, x - 6):x])]
            targets = [m for m in mentions if ctx.res.entities[m.entity].type in ("Programme", "Fund")
                       and m.entity != actor and m.entity not in paired
                       and (m.particle in TARGET_PARTICLES or m.props.get("item_span"))]
            for m in targets[:3]:
                props = {"amount_krw": sums[0]} if len(sums) == 1 else {}
                if props and ctx.res.entities[m.entity].type in ("Programme", "Fund"):
                    ctx.res.entities[m.entity].props.setdefault("amount_krw", sums[0])
                ctx.add("FUNDS", actor, m.entity, s, props)
        # ▲나래 첫만남수당 지원: a listed measure that is a payment.
        for m in mentions:
            span = m.props.get("item_span")
            by_fund = any(r.type == "FUNDS" and r.target == m.entity
                          and ctx.res.entities[r.source].type == "Fund" for r in ctx.relations)
            if span and ctx.text[span[0]:span[1]].rstrip().endswith("지원") and not by_fund and \
                    ctx.res.entities[m.entity].type == "Programme":
                lead = [o for o in ctx.actors(s) if o.start >= span[0] - 1 and o.end <= m.start
                        and not o.particle]
                actor = ctx.body_of(lead[0].entity) if lead else ctx.sent_actor.get(s)
                if actor is not None:
                    ctx.add("FUNDS", actor, m.entity, s)
                    m.props["funded_item"] = True
        if funds_here:
            recent_fund = funds_here[-1].entity
