"""FUNDS: money going to a programme or fund, with ``amount_krw`` when the text gives it."""

from __future__ import annotations

from extract.amounts import find_amounts
from extract.relations import Context, rule
from extract.rules.requests import is_request
from extract.words import AT, GENITIVE, NOMINATIVE, OBJECT, TOPIC_OR_NOMINATIVE

# Particles a programme or fund takes as the thing money goes to (grammar).
TARGET_PARTICLES = frozenset({*TOPIC_OR_NOMINATIVE, *OBJECT, *AT, GENITIVE})


def _amount_after(ctx: Context, end: int, amounts: list[tuple[int, int, int]]) -> int | None:
    for a, b, value in amounts:
        if a >= end and ctx.pat.money.pair_gap.match(ctx.text[end:a]) and a - end <= 4:
            if ctx.pat.per_recipient.search(ctx.text[max(0, a - 6):a]):
                return None
            return value
    return None


def possessive_funder(ctx: Context, s: int) -> int | None:
    """시의 교육비특별회계 전출 사업, 도의 예산은: the body whose money this or the sentence
    before speaks of."""
    for k in (s, s - 1):
        if k < 0:
            continue
        for m in ctx.actors(k):
            if m.particle == GENITIVE and ctx.res.entities[m.entity].type == "Organization" and \
                    ctx.pat.money.possessive_money.match(ctx.text, m.end + len(m.particle)):
                return m.entity
    return None


def _last_list(ctx: Context, s: int) -> list[int]:
    """The programmes listed (two or more items) in this sentence or the two before it; else
    the one programme of the sentence before (이 사업에는 … 투입된다)."""
    for k in (s, s - 1, s - 2):
        items = list(dict.fromkeys(
            m.entity for m in ctx.in_sent(k, ("Programme",))
            if m.props.get("enumerated") or m.props.get("item_span")))
        if len(items) >= 2:
            return items
    if ctx.in_sent(s, ("Programme", "Fund")):
        return []  # the sentence names its own target
    before = list(dict.fromkeys(m.entity for m in ctx.in_sent(s - 1, ("Programme",)))) if s > 0 else []
    return before if len(before) == 1 else []


@rule(51)
def funds_to_listed(ctx: Context) -> None:
    """도는 이들 사업에 4억 원씩을 지원: money to "these projects" goes to each item just listed."""
    for s in range(len(ctx.sents)):
        text = ctx.sent_text(s)
        if not ctx.pat.money.listed_targets.search(text) or not ctx.pat.fund_trigger.search(text) \
                or is_request(ctx, s) or ctx.pat.negation.search(text):
            continue
        subj = ctx.subject(s)
        actor = ctx.body_of(subj.entity) if subj is not None else ctx.sent_actor.get(s)
        if actor is None or ctx.res.entities[actor].type not in ("Organization", "Fund"):
            continue
        items = _last_list(ctx, s)
        sums = [v for _, _, v in find_amounts(text)]
        props = {"amount_krw": max(sums)} if len(items) == 1 and sums else {}
        for item in items:
            ctx.add("FUNDS", actor, item, s, props)


@rule(50)
def funds(ctx: Context) -> None:
    recent_fund: int | None = None
    costed_payer: dict[int, int] = {}
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
        # 교복비 지원(27억 원) read from a headed list: the item carries its sum
        pairs = [(m, v or (m.props.get("amount_krw") if m.props.get("enumerated") else None))
                 for m, v in pairs]
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
            owner = possessive_funder(ctx, s)
            # 시의 … 전출 사업으로는 A(3억 원), B(1억 원): items of a body's money transfer
            transfer = owner is not None and (funder is None or (
                topic_fund is not None and not topic_fund.particle and subj is None))
            if transfer:
                funder = owner
            elif funder is None and all(m.props.get("costed") for m, _ in prog_pairs):
                # a budget broken down by item with no payer written: the payer of the breakdown
                # just before (또 C 지원 예산 …), else the story's main actor
                funder = costed_payer.get(s - 1, ctx.main_actor)
                transfer = funder is not None
            if funder is not None and all(m.props.get("costed") for m, _ in prog_pairs):
                costed_payer[s] = funder
            for m, v in prog_pairs:
                ctx.res.entities[m.entity].props.setdefault("amount_krw", v)
                if funder is not None:
                    ctx.add("FUNDS", funder, m.entity, s, {"amount_krw": v})
                    if transfer:
                        m.props["funded_item"] = True  # paid for, not run, by the payer
        # X가 20억원을 출자/투입 …: the sentence's actor funds its programme or fund.
        sums_here = [v for x, y, v in amounts
                     if not ctx.pat.per_recipient.search(ctx.text[max(0, x - 6):x])]
        received = ctx.pat.fund_roles.recipient.search(text) and not ctx.pat.money.direct_money.search(text)
        if not received and (
                ctx.pat.money.direct_money.search(text) or (sums_here and ctx.pat.money.money_verbs.search(text))
                or (sums_here and ctx.pat.fund_trigger.search(text))):
            actor = None
            for m in ctx.actors(s):
                if m.particle in NOMINATIVE and ctx.res.entities[m.entity].type in ("Organization", "Person"):
                    actor = ctx.body_of(m.entity)
                    break
            if actor is None:
                subj = ctx.subject(s)
                if subj is not None:
                    actor = ctx.body_of(subj.entity)
            if actor is None and ctx.res.entities and ctx.main_actor is not None and not mentions[:1]:
                actor = ctx.main_actor
            if actor is None:
                subj_any = next((m for m in mentions if m.particle in TOPIC_OR_NOMINATIVE), None)
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
            if span and ctx.text[span[0]:span[1]].rstrip().endswith(ctx.pat.money.item_payment) and not by_fund and \
                    ctx.res.entities[m.entity].type == "Programme":
                lead = [o for o in ctx.actors(s) if o.start >= span[0] - 1 and o.end <= m.start
                        and not o.particle]
                actor = ctx.body_of(lead[0].entity) if lead else ctx.sent_actor.get(s)
                if actor is not None:
                    ctx.add("FUNDS", actor, m.entity, s)
                    m.props["funded_item"] = True
        if funds_here:
            recent_fund = funds_here[-1].entity
