"""Who runs a fund, who puts money into it, and what a fund pays for.

How Korean news states the roles around a fund (examples invented):

- operators: "운용사인 가온창업투자 & 나래파트너스 등과 조합을 결성" → RUNS each operator →
  the story's funds;
- contribution lists: "출자액은 도 20억 원, 모태펀드 100억 원, 펀드 운용사 30억 원 등이다" →
  FUNDS each contributor → the story's funds (with ``amount_krw``); the contributors are funders,
  not funds someone runs;
- a host: "행정안전부 주관 한빛대응기금" → RUNS 행정안전부 → the fund;
- projects under a fund: "한빛기금 대상 사업은 △A △B" → FUNDS the fund → each item;
- donations to a fund named before: "가온금융그룹에서 10억원을 기탁했다", "나래농협도 5억원을
  내기로 했다", "…총 3억 원의 기금을 재단에 출연한다" → FUNDS donor → that fund;
- recipients: "한빛군은 한빛기금 120억원을 확보했다/지원받는다" — the county neither funds
  nor runs the fund; "…출자협약을 체결" alone does not make the signers funders.
"""

from __future__ import annotations

import re

from extract.amounts import find_amounts
from extract.cues.funding import DONOR_PARTICLES, SHARE_SEPARATORS, FundRoleCues
from extract.relations import Context, rule
from extract.words import INSTRUMENTAL, LOCATIVE_AT, TOPIC, Word


def _sent_funds(ctx: Context, s: int) -> list[int]:
    return list(dict.fromkeys(m.entity for m in ctx.in_sent(s, ("Fund",))))


def _story_funds(ctx: Context) -> list[int]:
    return list(dict.fromkeys(m.entity for m in ctx.mentions
                              if m.entity >= 0 and ctx.res.entities[m.entity].type == "Fund"))


def _is_org_name(ctx: Context, name: str) -> bool:
    if re.search(r"[A-Za-z]", name):
        return True
    return any(name.endswith(suf) and len(name) >= least for suf, _, least in ctx.pat.org_suffixes)


def _mother(cue: FundRoleCues, name: str) -> bool:
    return any(w in name for w in cue.mother_fund)


def _operators(ctx: Context) -> list[tuple[int, int]]:
    """``(sentence, entity)`` of fund operators named after 운용사(인)."""
    cue = ctx.pat.fund_roles
    out: list[tuple[int, int]] = []
    for s, (a, b) in enumerate(ctx.sents):
        for hit in cue.operator.finditer(ctx.text, a, b):
            tail = ctx.text[hit.end():b]
            stop = cue.operator_list_end.search(tail[:80])
            if stop is None:
                first = tail.split(" ")[0]
                stems = Word(0, len(first), first).stems()
                chunk = stems[-1][0] if len(stems) > 1 else first
            else:
                chunk = tail[:stop.start()]
            if len(chunk) > 60:
                continue
            for part in cue.operator_split.split(chunk):
                name = part.replace(" ", "")
                if len(name) < 3 or not _is_org_name(ctx, name):
                    continue
                pos = hit.end() + tail.find(part.strip()[:2])
                ent = ctx.res.find("Organization", name)
                if ent is None:
                    ent = ctx.res.add("Organization", name, part.strip(), pos, {"kind": "company"})
                out.append((s, ent))
    return out


def _topic_fund(ctx: Context, s: int, before: int) -> int | None:
    """제1호 가온펀드는 A 20억원, B 10억원 …: the fund the sentence is about."""
    for m in ctx.in_sent(s, ("Fund",)):
        if m.start < before and m.particle in TOPIC and not _mother(ctx.pat.fund_roles, ctx.res.entities[m.entity].name):
            return m.entity
    return None


def _contributors(ctx: Context, operators: list[int]) -> list[tuple[int, int, int, int | None]]:
    """``(sentence, entity, amount, topic fund)`` from contribution lists: "출자액은 X N원, Y N원",
    "가온펀드는 A N원, B·C 각 N원, 모태펀드 N원을 합쳐 조성됐다", "펀드에는 도 N원 … 출자된다"."""
    cue = ctx.pat.fund_roles
    out: list[tuple[int, int, int, int | None]] = []
    for s, (a, b) in enumerate(ctx.sents):
        text = ctx.text[a:b]
        amounts = [(x + a, y + a, v) for x, y, v in find_amounts(text)]
        listy = len(cue.listed_amount.findall(text)) >= 2
        topic = _topic_fund(ctx, s, amounts[0][0]) if amounts else None
        head = cue.contribution.search(ctx.text, a, b)
        if head is not None:
            pos = head.end()
        elif listy and (cue.invest_verb.search(text) or topic is not None):
            pos = a
        else:
            continue
        prev = pos
        for x, y, value in amounts:
            if x < pos:
                continue
            label = ctx.text[prev:x]
            prev = y
            if cue.total_before.search(label) or cue.scale_after.match(ctx.text[y:y + 4]):
                continue  # 총 150억원 규모, 등 50억원: a total, not a share
            cut = max(label.rfind(sep) for sep in SHARE_SEPARATORS)
            lo = x - len(label) + (cut + 1 if cut >= 0 else 0)
            inside = [m for m in ctx.mentions if m.entity >= 0 and lo <= m.start and m.end <= x
                      and m.entity != topic
                      and ctx.res.entities[m.entity].type in ("Organization", "Fund")]
            words = ctx.text[lo:x].split()
            last = words[-1] if words else ""
            if inside:
                each = cue.each_before.search(ctx.text[lo:x]) is not None
                for m in (inside if each else inside[-1:]):
                    out.append((s, m.entity, value, topic))
            elif any(w in ctx.text[lo:x] for w in cue.operator_nouns):
                out.extend((s, op, value, topic) for op in operators)
            elif last[:1] in cue.level_of and (len(last) == 1 or last[1:] in cue.level_tails):
                ent = ctx.res.level_target(cue.level_of[last[:1]], x)
                if ent is None and ctx.main_actor is not None:
                    ent = ctx.body_of(ctx.main_actor)
                if ent is not None:
                    out.append((s, ent, value, topic))
    return out


def _host_runs(ctx: Context) -> None:
    """행정안전부 주관 한빛기금: the host runs the fund or programme right after it."""
    for m in ctx.mentions:
        if m.entity < 0 or ctx.res.entities[m.entity].type != "Organization":
            continue
        hit = ctx.pat.fund_roles.host.match(ctx.text[m.end:m.end + 8])
        if hit is None:
            continue
        after = m.end + hit.end()
        nxt = [p for p in ctx.mentions if p.entity >= 0 and after <= p.start <= after + 1
               and ctx.res.entities[p.entity].type in ("Fund", "Programme")]
        if nxt:
            ctx.add("RUNS", m.entity, nxt[0].entity, m.sent)
            # whoever else "runs" it in that sentence only takes part (공모에 참여)
            evidence = ctx.sent_text(m.sent)
            for r in list(ctx.relations):
                if r.type == "RUNS" and r.target == nxt[0].entity and r.source != m.entity \
                        and r.evidence == evidence:
                    ctx.drop_where(("RUNS",), source=r.source, targets=(r.target,))


def _fund_projects(ctx: Context) -> None:
    """한빛기금 대상 사업은 △A △B: the fund funds each listed project."""
    for s in range(len(ctx.sents)):
        for f in ctx.in_sent(s, ("Fund",)):
            if not ctx.pat.fund_roles.fund_projects.search(ctx.text[f.end:f.end + 30]):
                continue
            items = [p for p in ctx.in_sent(s, ("Programme",)) if p.start > f.end and p.props.get("item")]
            for p in items:
                ctx.add("FUNDS", f.entity, p.entity, s)


def _donations(ctx: Context) -> None:
    """가온금융그룹에서 10억원을 기탁: a donation to the fund named just before."""
    cue = ctx.pat.fund_roles
    received: list[int] = [r.target for r in ctx.relations if r.type == "FUNDS"
                           and ctx.res.entities[r.target].type == "Fund"]
    revenue = _revenue_sources(ctx)
    for s in range(len(ctx.sents)):
        text = ctx.sent_text(s)
        if not cue.donation.search(text):
            continue
        # ‘가온 나눔 지원금’ 1억원을 기탁: a fund named in the donating sentence itself
        here = [f for f in _sent_funds(ctx, s) if f not in revenue]
        if not here and _sent_funds(ctx, s) and not any(w in text for w in cue.fund_word):
            continue
        a, b = ctx.sents[s]
        amounts = find_amounts(ctx.text[a:b])
        if not amounts:
            continue
        before = [m for m in ctx.mentions if m.entity >= 0 and m.sent < s and s - m.sent <= 6
                  and ctx.res.entities[m.entity].type == "Fund" and m.entity not in revenue]
        pick = [m for m in before if m.entity in received] or before
        fund = here[0] if here else pick[-1].entity if pick else None
        if fund is None:
            continue
        total = next((v for x, _, v in amounts if cue.donation_total.search(ctx.text[a:a + x])), None)
        value = total if total is not None else amounts[0][2]
        if not ctx.actors(s) and len(here) > 1:
            _costed_donation(ctx, s, here, [(a + x, a + y, v) for x, y, v in amounts])
            continue
        for m in ctx.actors(s):
            if m.particle not in DONOR_PARTICLES or ctx.res.entities[m.entity].type != "Organization":
                continue
            opener = ctx.text[a:m.start].strip()
            if m.particle == LOCATIVE_AT and not re.match(r"\s*\d", ctx.text[m.end + 2:m.end + 12]) \
                    and not (opener == "" or opener in cue.openers):
                continue
            ctx.add("FUNDS", m.entity, fund, s, {"amount_krw": value})
            break


def _costed_donation(ctx: Context, s: int, here: list[int], amounts: list[tuple[int, int, int]]) -> None:
    """기탁분야를 기존 가온기금 20억원과 나래기금 10억원 외에 …: no donor written, several funds
    each with its sum — the story's main actor (an Organization) gives to each."""
    donor = ctx.main_actor
    if donor is None or ctx.res.entities[donor].type != "Organization":
        return
    for m in ctx.in_sent(s, ("Fund",)):
        if m.entity not in here:
            continue
        value = next((v for x, _, v in amounts if m.end <= x <= m.end + 2), None)
        if value is not None:
            ctx.add("FUNDS", donor, m.entity, s, {"amount_krw": value})


def _revenue_sources(ctx: Context) -> set[int]:
    out = set()
    for f in _story_funds(ctx):
        ms = [m for m in ctx.mentions if m.entity == f]
        if ms and all(ctx.pat.fund_roles.revenue.match(ctx.text[m.end:m.end + 8]) for m in ms):
            out.add(f)
    return out


def _given_to_a_body(ctx: Context) -> None:
    """가온장학회에 20억원을 출연해 A사업을 확대: the money goes to the body named with 에; the
    programmes that follow are what that body does, not what the giver funds."""
    for s in range(len(ctx.sents)):
        a, b = ctx.sents[s]
        hit = ctx.pat.fund_roles.given_to.search(ctx.text, a, b)
        if hit is None:
            continue
        bodies = [m for m in ctx.mentions if m.sent == s and m.entity >= 0 and m.end <= hit.start()
                  and hit.start() - m.end <= 2 and ctx.res.entities[m.entity].type == "Organization"]
        if not bodies and not ctx.pat.fund_roles.body_ending.search(ctx.text[max(a, hit.start() - 6):hit.start()]):
            continue
        evidence = ctx.sent_text(s)
        for m in ctx.in_sent(s, ("Programme",)):
            if m.start > hit.end():
                for r in list(ctx.relations):
                    if r.type == "FUNDS" and r.target == m.entity and r.evidence == evidence:
                        ctx.drop_where(("FUNDS",), source=r.source, targets=(r.target,))


def _not_funders(ctx: Context) -> None:
    """Recipients and mere signers of an 출자협약 give no FUNDS/RUNS to the fund; nor does
    a revenue source (세외수입 증가분 … 재원) receive money."""
    cue = ctx.pat.fund_roles
    for f in _revenue_sources(ctx):
        ctx.drop_where(("FUNDS",), targets=(f,))
        ctx.drop_where(("RUNS",), targets=(f,))
    for r in list(ctx.relations):
        if r.type not in ("FUNDS", "RUNS") or ctx.res.entities[r.target].type != "Fund":
            continue
        if ctx.res.entities[r.source].type != "Organization":
            continue
        ev = r.evidence
        if cue.recipient.search(ev) and not cue.own_money.search(ev) or r.type == "FUNDS" and cue.signed_only.search(ev) \
                and not cue.money_words.search(cue.signed_only.sub("", ev)):
            ctx.drop_where((r.type,), source=r.source, targets=(r.target,))


def _money_into(ctx: Context) -> None:
    """가온기금으로 20억원을 출연한다; ‘나래센터’ 조성에 10억원을 지원했다: the money goes into
    a fund written with 으로/로, or into what is built (X 조성을/에), from the sentence's subject."""
    for s in range(len(ctx.sents)):
        a, b = ctx.sents[s]
        text = ctx.text[a:b]
        amounts = [(x + a, v) for x, _, v in find_amounts(text)
                   if not ctx.pat.per_recipient.search(ctx.text[max(0, x + a - 6):x + a])]
        if not amounts or not ctx.pat.fund_trigger.search(text):
            continue
        subj = ctx.subject(s)
        giver = ctx.body_of(subj.entity) if subj is not None else None
        if giver is None:
            continue
        for m in ctx.in_sent(s, ("Programme", "Fund")):
            kind = ctx.res.entities[m.entity].type
            into_fund = kind == "Fund" and m.particle in INSTRUMENTAL and ctx.pat.fund_roles.into_verb.search(text)
            built = kind == "Programme" and ctx.pat.fund_roles.built.match(ctx.text[m.end:m.end + 10])
            if not (into_fund or built) or m.entity == giver:
                continue
            later = [v for x, v in amounts if x > m.end]
            if later:
                ctx.add("FUNDS", giver, m.entity, s, {"amount_krw": later[0]})


def _funds_not_runs(ctx: Context) -> None:
    """기금으로 20억원을 출연한다: money put into a fund is FUNDS, not RUNS (GUIDE: funds)."""
    funded = {(r.source, r.target, r.evidence) for r in ctx.relations if r.type == "FUNDS"}
    for r in list(ctx.relations):
        if r.type == "RUNS" and (r.source, r.target, r.evidence) in funded \
                and ctx.res.entities[r.target].type == "Fund" and not ctx.pat.fund_roles.set_up.search(r.evidence):
            ctx.drop_where(("RUNS",), source=r.source, targets=(r.target,))


@rule(65)
def fund_roles(ctx: Context) -> None:
    funds = _story_funds(ctx)
    _not_funders(ctx)
    _given_to_a_body(ctx)
    _host_runs(ctx)
    _money_into(ctx)
    _fund_projects(ctx)
    _donations(ctx)
    _funds_not_runs(ctx)
    if not funds:
        return
    ops = _operators(ctx)
    op_ents = list(dict.fromkeys(e for _, e in ops))
    contrib = _contributors(ctx, op_ents)
    givers = {e for _, e, _, _ in contrib}
    targets = [f for f in funds if f not in givers and not _mother(ctx.pat.fund_roles, ctx.res.entities[f].name)]
    for f in givers:
        if ctx.res.entities[f].type == "Fund":
            ctx.drop_where(("RUNS",), targets=(f,))  # a contributing fund is a funder, not a project
    for s, ent, value, topic in contrib:
        for f in ([topic] if topic is not None else targets):
            ctx.add("FUNDS", ent, f, s, {"amount_krw": value})
    for s, ent in ops:
        topic = _topic_fund(ctx, s, ctx.sents[s][1])
        for f in ([topic] if topic is not None else targets):
            ctx.add("RUNS", ent, f, s)
