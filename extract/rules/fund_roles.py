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
from extract.relations import Context, RelDraft, rule
from extract.words import Word

OPERATOR_RE = re.compile(r"운용사(?:인|는|로는|로|로\s*선정된)?\s+")
OPERATOR_SPLIT_RE = re.compile(r"\s*(?:&|,|·|ㆍ|및|와\s|과\s)\s*")
CONTRIB_CUE_RE = re.compile(r"(출자\s*액|출자금|출자\s*구조|출연금|조성\s*재원|재원)(은|는|으로는)\s")
HOST_RE = re.compile(r"^\s*(주관|주최)(의|하는|한|으로)?\s")
FUND_PROJECTS_RE = re.compile(r"^\s*(대상\s*사업|지원\s*사업|사업)(은|는|으로)|^\s*(을|를)\s*활용|^[^.]{0,20}투입")
DONATION_RE = re.compile(r"기탁|내기로|냈|쾌척|기부|출연한다|출연하기로|출연키로|출연했|출연할")
DONOR_PARTICLES = ("은", "는", "이", "가", "도", "에서", "에서는", "께서")
RECIPIENT_RE = re.compile(r"확보|지원받|받는다|받게|배정받|교부받|받았|받아|유치했|선정돼|선정되")
OWN_MONEY_RE = re.compile(r"출자한|출자해|출자하|출연한|출연해|출연하|조성한|조성해|조성하|운용한|운용하|결성")
SIGNED_ONLY_RE = re.compile(r"(출자|출연|투자)\s*협약")
MONEY_WORDS_RE = re.compile(r"(출자|출연|투입|투자|지원|부담)(한|해|하|했|할|을|를)")
REVENUE_RE = re.compile(r"\s*(증액분|증가분|감액분|재원|세입|수입|잉여금)")
GIVEN_TO_RE = re.compile(r"에\s*(?:\S+\s+)?\d[\d,.]*\s*[조억만천]+\s*원을?\s*(출연|출자|기탁)")
INTO_VERB_RE = re.compile(r"출연|출자|기탁|적립")
BUILT_RE = re.compile(r"^[’'”\"]?\s*(조성|건립|구축|설치|건설)\s*(을|를|에|사업)")
SET_UP_RE = re.compile(r"조성|운용|설립|결성|관리|운영|만든|만들|출범|신설")
INVEST_VERB_RE = re.compile(r"출자|출연")
TOTAL_BEFORE_RE = re.compile(r"(총|모두|합계|등|전체)\s*$")
LEVEL_OF = {"도": "lg_province", "시": "lg_city", "군": "lg_county", "구": "lg_district"}


def _sent_funds(ctx: Context, s: int) -> list[int]:
    return list(dict.fromkeys(m.entity for m in ctx.in_sent(s, ("Fund",))))


def _story_funds(ctx: Context) -> list[int]:
    return list(dict.fromkeys(m.entity for m in ctx.mentions
                              if m.entity >= 0 and ctx.res.entities[m.entity].type == "Fund"))


def _drop(ctx: Context, type_: str, src: int | None, tgt: int) -> None:
    keep: list[RelDraft] = []
    for r in ctx.relations:
        if r.type == type_ and r.target == tgt and (src is None or r.source == src):
            ctx.seen.discard((r.type, r.source, r.target))
            continue
        keep.append(r)
    ctx.relations[:] = keep


def _is_org_name(ctx: Context, name: str) -> bool:
    if re.search(r"[A-Za-z]", name):
        return True
    return any(name.endswith(suf) and len(name) >= least for suf, _, least in ctx.pat.org_suffixes)


def _operators(ctx: Context) -> list[tuple[int, int]]:
    """``(sentence, entity)`` of fund operators named after 운용사(인)."""
    out: list[tuple[int, int]] = []
    for s, (a, b) in enumerate(ctx.sents):
        for hit in OPERATOR_RE.finditer(ctx.text, a, b):
            tail = ctx.text[hit.end():b]
            stop = re.search(r"\s등(?=[과와이을를은는의에도\s])", tail[:80])
            if stop is None:
                first = tail.split(" ")[0]
                stems = Word(0, len(first), first).stems()
                chunk = stems[-1][0] if len(stems) > 1 else first
            else:
                chunk = tail[:stop.start()]
            if len(chunk) > 60:
                continue
            for part in OPERATOR_SPLIT_RE.split(chunk):
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
        if m.start < before and m.particle in ("은", "는") and "모태" not in ctx.res.entities[m.entity].name:
            return m.entity
    return None


def _contributors(ctx: Context, operators: list[int]) -> list[tuple[int, int, int, int | None]]:
    """``(sentence, entity, amount, topic fund)`` from contribution lists: "출자액은 X N원, Y N원",
    "가온펀드는 A N원, B·C 각 N원, 모태펀드 N원을 합쳐 조성됐다", "펀드에는 도 N원 … 출자된다"."""
    out: list[tuple[int, int, int, int | None]] = []
    for s, (a, b) in enumerate(ctx.sents):
        text = ctx.text[a:b]
        amounts = [(x + a, y + a, v) for x, y, v in find_amounts(text)]
        listy = len(re.findall(r"\d\s*[조억만천]+\s*원\s*(?:,|이|을|씩|등|에)", text)) >= 2
        topic = _topic_fund(ctx, s, amounts[0][0]) if amounts else None
        cue = CONTRIB_CUE_RE.search(ctx.text, a, b)
        if cue is not None:
            pos = cue.end()
        elif listy and (INVEST_VERB_RE.search(text) or topic is not None):
            pos = a
        else:
            continue
        prev = pos
        for x, y, value in amounts:
            if x < pos:
                continue
            label = ctx.text[prev:x]
            prev = y
            if TOTAL_BEFORE_RE.search(label) or re.match(r"\s*규모", ctx.text[y:y + 4]):
                continue  # 총 150억원 규모, 등 50억원: a total, not a share
            cut = max(label.rfind(","), label.rfind("에 "), label.rfind("와 "), label.rfind("과 "))
            lo = x - len(label) + (cut + 1 if cut >= 0 else 0)
            inside = [m for m in ctx.mentions if m.entity >= 0 and lo <= m.start and m.end <= x
                      and m.entity != topic
                      and ctx.res.entities[m.entity].type in ("Organization", "Fund")]
            words = ctx.text[lo:x].split()
            last = words[-1] if words else ""
            if inside:
                each = re.search(r"각\s*$", ctx.text[lo:x]) is not None
                for m in (inside if each else inside[-1:]):
                    out.append((s, m.entity, value, topic))
            elif "운용사" in ctx.text[lo:x]:
                out.extend((s, op, value, topic) for op in operators)
            elif last[:1] in LEVEL_OF and (len(last) == 1 or last[1:] in ("비", "청")):
                ent = ctx.res.level_target(LEVEL_OF[last[:1]], x)
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
        hit = HOST_RE.match(ctx.text[m.end:m.end + 8])
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
                    _drop(ctx, "RUNS", r.source, r.target)


def _fund_projects(ctx: Context) -> None:
    """한빛기금 대상 사업은 △A △B: the fund funds each listed project."""
    for s in range(len(ctx.sents)):
        for f in ctx.in_sent(s, ("Fund",)):
            if not FUND_PROJECTS_RE.search(ctx.text[f.end:f.end + 30]):
                continue
            items = [p for p in ctx.in_sent(s, ("Programme",)) if p.start > f.end and p.props.get("item")]
            for p in items:
                ctx.add("FUNDS", f.entity, p.entity, s)


def _donations(ctx: Context) -> None:
    """가온금융그룹에서 10억원을 기탁: a donation to the fund named just before."""
    received: list[int] = [r.target for r in ctx.relations if r.type == "FUNDS"
                           and ctx.res.entities[r.target].type == "Fund"]
    revenue = _revenue_sources(ctx)
    for s in range(len(ctx.sents)):
        text = ctx.sent_text(s)
        if not DONATION_RE.search(text) or _sent_funds(ctx, s) and "기금" not in text:
            continue
        a, b = ctx.sents[s]
        amounts = find_amounts(ctx.text[a:b])
        if not amounts:
            continue
        before = [m for m in ctx.mentions if m.entity >= 0 and m.sent < s and s - m.sent <= 6
                  and ctx.res.entities[m.entity].type == "Fund" and m.entity not in revenue]
        pick = [m for m in before if m.entity in received] or before
        fund = pick[-1].entity if pick else None
        if fund is None:
            continue
        total = next((v for x, _, v in amounts if re.search(r"(총|모두)\s*$", ctx.text[a:a + x])), None)
        value = total if total is not None else amounts[0][2]
        for m in ctx.actors(s):
            if m.particle not in DONOR_PARTICLES or ctx.res.entities[m.entity].type != "Organization":
                continue
            if m.particle == "에서" and not re.match(r"\s*\d", ctx.text[m.end + 2:m.end + 12]) \
                    and not ctx.text[a:m.start].strip() in ("", "앞서", "또", "또한", "한편"):
                continue
            ctx.add("FUNDS", m.entity, fund, s, {"amount_krw": value})
            break


def _revenue_sources(ctx: Context) -> set[int]:
    out = set()
    for f in _story_funds(ctx):
        ms = [m for m in ctx.mentions if m.entity == f]
        if ms and all(REVENUE_RE.match(ctx.text[m.end:m.end + 8]) for m in ms):
            out.add(f)
    return out


def _given_to_a_body(ctx: Context) -> None:
    """가온장학회에 20억원을 출연해 A사업을 확대: the money goes to the body named with 에; the
    programmes that follow are what that body does, not what the giver funds."""
    for s in range(len(ctx.sents)):
        a, b = ctx.sents[s]
        hit = GIVEN_TO_RE.search(ctx.text, a, b)
        if hit is None:
            continue
        bodies = [m for m in ctx.mentions if m.sent == s and m.entity >= 0 and m.end <= hit.start()
                  and hit.start() - m.end <= 2 and ctx.res.entities[m.entity].type == "Organization"]
        if not bodies and not re.search(r"(회|단|원|재단|기관)$", ctx.text[max(a, hit.start() - 6):hit.start()]):
            continue
        evidence = ctx.sent_text(s)
        for m in ctx.in_sent(s, ("Programme",)):
            if m.start > hit.end():
                for r in list(ctx.relations):
                    if r.type == "FUNDS" and r.target == m.entity and r.evidence == evidence:
                        _drop(ctx, "FUNDS", r.source, r.target)


def _not_funders(ctx: Context) -> None:
    """Recipients and mere signers of an 출자협약 give no FUNDS/RUNS to the fund; nor does
    a revenue source (세외수입 증가분 … 재원) receive money."""
    for f in _revenue_sources(ctx):
        _drop(ctx, "FUNDS", None, f)
        _drop(ctx, "RUNS", None, f)
    for r in list(ctx.relations):
        if r.type not in ("FUNDS", "RUNS") or ctx.res.entities[r.target].type != "Fund":
            continue
        if ctx.res.entities[r.source].type != "Organization":
            continue
        ev = r.evidence
        if RECIPIENT_RE.search(ev) and not OWN_MONEY_RE.search(ev) or r.type == "FUNDS" and SIGNED_ONLY_RE.search(ev) \
                and not MONEY_WORDS_RE.search(SIGNED_ONLY_RE.sub("", ev)):
            _drop(ctx, r.type, r.source, r.target)


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
            into_fund = kind == "Fund" and m.particle in ("으로", "로") and INTO_VERB_RE.search(text)
            built = kind == "Programme" and BUILT_RE.match(ctx.text[m.end:m.end + 10])
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
                and ctx.res.entities[r.target].type == "Fund" and not SET_UP_RE.search(r.evidence):
            _drop(ctx, "RUNS", r.source, r.target)


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
    targets = [f for f in funds if f not in givers and "모태" not in ctx.res.entities[f].name]
    for f in givers:
        if ctx.res.entities[f].type == "Fund":
            _drop(ctx, "RUNS", None, f)  # a contributing fund is a funder, not a project
    for s, ent, value, topic in contrib:
        for f in ([topic] if topic is not None else targets):
            ctx.add("FUNDS", ent, f, s, {"amount_krw": value})
    for s, ent in ops:
        topic = _topic_fund(ctx, s, ctx.sents[s][1])
        for f in ([topic] if topic is not None else targets):
            ctx.add("RUNS", ent, f, s)
