"""AGREED_WITH when the parties are not simply "A는 B와 협약을 체결했다".

Korean news often names the parties of an agreement in other shapes:

- an attendee list: "한빛군수, ㈜가온 대표 등이 참석한 가운데 … 협약을 체결했다" — the story's
  main actor is the initiator and every other attendee's body a partner (attendees are never
  paired with each other);
- co-subjects: "한빛시와 가온투자는 나래은행과 협약을 체결했다" or "한빛군-한빛군의회는 …" —
  both subjects are on one side and each is linked to the partner, never to each other;
- a separate partner list: "시는 5개 기관과 협약을 체결했다. 협약에는 A공사, B재단, C대학교가
  참여했다." — the initiator of the agreement sentence → each body of the list.

:func:`claims` tells :mod:`extract.rules.agreements` which sentences this module handles.
"""

from __future__ import annotations

from extract.relations import Context, rule
from extract.rules.agreements import is_agreement
from extract.words import LOCATIVE, PARTNER

# Bodies that attend as witnesses, not as parties (a party's figure).
WITNESS_KINDS = ("party",)


def _about(ctx: Context, s: int) -> dict[str, list[str]]:
    about = [ctx.res.entities[m.entity].name for m in ctx.in_sent(s, ("Programme", "Fund"))]
    return {"about": about} if about else {}


def _party_of(ctx: Context, m) -> int | None:
    e = ctx.res.entities[m.entity]
    if e.type == "Person":
        if any(str(e.props.get("title", "")).endswith(t) for t in ctx.pat.agreements.witness_titles):
            return None
        return ctx.holds.get(m.entity)
    if e.type == "Organization":
        if e.props.get("kind") in WITNESS_KINDS:
            return None
        return m.entity
    return None


def _parties(ctx: Context, s: int, lo: int, hi: int) -> list[int]:
    out: list[int] = []
    for m in ctx.actors(s):
        if not lo <= m.start < hi or m.particle in LOCATIVE:
            continue
        if ctx.text[m.end:m.end + 8].lstrip().startswith(ctx.pat.agreements.venue_in_lists):
            continue
        party = _party_of(ctx, m)
        if party is not None:
            out.append(party)
    return list(dict.fromkeys(out))


def _attendee_cut(ctx: Context, s: int) -> int | None:
    """Where an attendee list ends ("… 등이 참석한 가운데"), when the sentence has one."""
    a, b = ctx.sents[s]
    hit = ctx.pat.agreements.attendees.search(ctx.text, a, b)
    if hit is None:
        return None
    people = [m for m in ctx.actors(s) if m.start < hit.start()
              and ctx.res.entities[m.entity].type == "Person"]
    return hit.start() if people else None


def _co_subjects(ctx: Context, s: int) -> tuple[list[int], list[int]] | None:
    """``(side, partners)`` for "A와 B는 C와 …" / "A-B는 C와 …", else None."""
    subj = ctx.subject(s)
    if subj is None or ctx.res.entities[subj.entity].type != "Organization":
        return None
    orgs = [m for m in ctx.actors(s) if ctx.res.entities[m.entity].type == "Organization"]
    side = [subj]
    before = [m for m in orgs if m.end <= subj.start]
    for m in reversed(before):
        gap = ctx.text[m.end:side[0].start]
        if not ctx.pat.agreements.join_gap.match(gap):
            break
        side.insert(0, m)
    if len(side) < 2:
        return None
    partners = [m for m in orgs if m.start > subj.end and m.particle in PARTNER
                and not m.props.get("inside")]
    if not partners:
        return None
    return ([m.entity for m in side], list(dict.fromkeys(m.entity for m in partners)))


def claims(ctx: Context, s: int) -> bool:
    """True when this module states the agreement parties of sentence ``s``."""
    if not is_agreement(ctx, s):
        return False
    return _attendee_cut(ctx, s) is not None or _co_subjects(ctx, s) is not None


def _initiator(ctx: Context, s: int, parties: list[int]) -> int | None:
    if ctx.main_actor is not None:
        main = ctx.body_of(ctx.main_actor)
        if main in parties:
            return main
    subj = ctx.subject(s)
    if subj is not None:
        body = ctx.body_of(subj.entity)
        if body in parties:
            return body
    return parties[0] if parties else None


@rule(41)
def agreement_lists(ctx: Context) -> None:
    last_initiator: tuple[int, int] | None = None  # (sentence, entity)
    for s in range(len(ctx.sents)):
        if is_agreement(ctx, s):
            cut = _attendee_cut(ctx, s)
            co = _co_subjects(ctx, s)
            if cut is not None:
                a, b = ctx.sents[s]
                parties = _parties(ctx, s, a, cut)
                # partners named after the list ("… 참석한 가운데 B와 협약")
                parties += [p for p in _parties(ctx, s, cut, b) if p not in parties]
                first = _initiator(ctx, s, parties)
                for p in parties:
                    if p != first:
                        ctx.add("AGREED_WITH", first, p, s, _about(ctx, s))
                if first is not None:
                    last_initiator = (s, first)
            elif co is not None:
                side, partners = co
                for x in side:
                    for y in partners:
                        if x != y and y not in side:
                            ctx.add("AGREED_WITH", x, y, s, _about(ctx, s))
                last_initiator = (s, side[0])
            else:
                subj = ctx.subject(s)
                body = ctx.body_of(subj.entity) if subj is not None else None
                if body is None:
                    body = ctx.main_actor
                if body is not None:
                    last_initiator = (s, body)
            continue
        text = ctx.sent_text(s)
        if not (ctx.pat.agreements.partner_list.search(text) and ctx.pat.agreements.partner_verb.search(text)):
            continue
        if last_initiator is None or s - last_initiator[0] > 3:
            continue
        first = last_initiator[1]
        a, b = ctx.sents[s]
        for p in _parties(ctx, s, a, b):
            if p != first:
                ctx.add("AGREED_WITH", first, p, s, _about(ctx, last_initiator[0]))


@rule(62)
def agreement_objects(ctx: Context) -> None:
    """What an agreement is for is its ``about``, not a programme a party runs: the object of
    "…을 위한 업무협약" and the ▲ items of "협약에 따라 … 협력한다" give no RUNS."""
    parts = {(r.source, r.target) for r in ctx.relations if r.type == "PART_OF"}
    # a unit does not sign with its own body
    ctx.drop(lambda r: r.type == "AGREED_WITH"
             and ((r.source, r.target) in parts or (r.target, r.source) in parts))
    for s in range(len(ctx.sents)):
        text = ctx.sent_text(s)
        agreement = is_agreement(ctx, s)
        under = bool(ctx.pat.agreements.under_agreement.search(text))
        if not (agreement or under):
            continue
        for m in ctx.in_sent(s, ("Programme",)):
            hit = ctx.pat.agreements.purpose.match(ctx.text[m.end:m.end + 24]) if agreement else None
            purpose = hit is not None and not ctx.pat.agreements.clause_end.search(hit.group(0))
            listed = under and m.props.get("item")
            if not (purpose or listed):
                continue
            ctx.drop_where(("RUNS",), targets=(m.entity,), evidence=text)


@rule(66)
def demanded_not_run(ctx: Context) -> None:
    """‘가온역 신설’ 촉구 결의안, X 건의: what a body demands of another it does not run."""
    for m in ctx.mentions:
        if m.entity < 0 or m.type != "Programme":
            continue
        if not ctx.pat.agreements.demand_after.match(ctx.text[m.end:m.end + 8]):
            continue
        evidence = ctx.sent_text(m.sent)
        ctx.drop_where(("RUNS",), targets=(m.entity,), evidence=evidence)


@rule(63)
def trigger_inside_names(ctx: Context) -> None:
    """A run verb that only appears inside a name (…센터 건립 등 현안사업과 관련해) states no
    RUNS: the sentence must say the act outside the names it mentions."""
    for s in range(len(ctx.sents)):
        a, b = ctx.sents[s]
        mentions = ctx.in_sent(s)
        chars = list(ctx.text[a:b])
        for m in mentions:
            for k in range(max(m.start, a), min(m.end, b)):
                chars[k - a] = " "
        if ctx.pat.run_trigger.search("".join(chars)):
            continue
        evidence = ctx.sent_text(s)
        loose = {m.entity for m in mentions if m.props.get("enumerated")
                 or (not m.props.get("item_span") and m.source != "quote")}
        ctx.drop_where(("RUNS",), targets=loose, evidence=evidence)
