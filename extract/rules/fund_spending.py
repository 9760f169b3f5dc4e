"""Who manages a fund and spends it, and who pays into it, in the ways news reports it.

Examples (invented):

- an operator chosen: "시는 가온파트너스를 펀드 운용사로 정하고 …" → RUNS 가온파트너스 → the
  story's fund (the fund named last, else the first one named);
- spending: "가온시는 이 중 30억 원을 집행했다. 세부 사업은 △A(1억 원) △B …" → the body that
  spends the fund runs each item the fund pays for (RUNS 가온시 → A), besides FUNDS fund → A;
- a council-budget contribution: "매년 10억 원의 시 일반회계 출연금" → FUNDS the story's
  local government (a 시, 군, 구 or 도 as written) → the fund, with the sum.
"""

from __future__ import annotations

from extract.amounts import find_amounts
from extract.relations import Context, rule


def _funds_before(ctx: Context, pos: int) -> list[int]:
    return [m.entity for m in ctx.mentions if m.entity >= 0 and m.start < pos
            and ctx.res.entities[m.entity].type == "Fund"]


def _story_fund(ctx: Context, pos: int) -> int | None:
    before = _funds_before(ctx, pos)
    if before:
        return before[-1]
    after = [m.entity for m in ctx.mentions if m.entity >= 0 and ctx.res.entities[m.entity].type == "Fund"]
    return after[0] if after else None


def _operators_chosen(ctx: Context) -> None:
    for m in ctx.mentions:
        if m.entity < 0 or m.type != "Organization" or not ctx.pat.fund_spending.operator_chosen.match(ctx.text[m.end:m.end + 30]):
            continue
        fund = _story_fund(ctx, m.start)
        if fund is not None:
            ctx.add("RUNS", m.entity, fund, m.sent)


def _spenders(ctx: Context) -> None:
    fund_items: dict[int, set[int]] = {}
    for r in ctx.relations:
        if r.type == "FUNDS" and ctx.res.entities[r.source].type == "Fund" \
                and ctx.res.entities[r.target].type == "Programme":
            fund_items.setdefault(r.source, set()).add(r.target)
    if not fund_items:
        return
    for s in range(len(ctx.sents)):
        if not ctx.pat.fund_spending.spent.search(ctx.sent_text(s)):
            continue
        subj = ctx.subject(s)
        body = ctx.body_of(subj.entity) if subj is not None else ctx.main_actor
        if body is None or ctx.res.entities[body].type != "Organization":
            continue
        fund = _story_fund(ctx, ctx.sents[s][1])
        if fund not in fund_items:
            continue
        for t in range(s, min(s + 3, len(ctx.sents))):
            for m in ctx.in_sent(t, ("Programme",)):
                if m.entity in fund_items[fund] and m.props.get("item"):
                    ctx.add("RUNS", body, m.entity, t)


def _own_budget(ctx: Context) -> None:
    main = ctx.main_actor
    if main is None:
        return
    e = ctx.res.entities[main]
    if e.type != "Organization" or e.props.get("kind") != "local_government":
        return
    for s in range(len(ctx.sents)):
        a, b = ctx.sents[s]
        hit = ctx.pat.fund_spending.own_budget.search(ctx.text, a, b)
        if hit is None or not e.name.endswith(hit.group(1)):
            continue
        fund = _story_fund(ctx, b)
        if fund is None:
            continue
        sums = [v for x, _, v in find_amounts(ctx.text[a:hit.start()])]
        ctx.add("FUNDS", main, fund, s, {"amount_krw": sums[-1]} if sums else {})


@rule(67)
def fund_spending(ctx: Context) -> None:
    _operators_chosen(ctx)
    _spenders(ctx)
    _own_budget(ctx)
