"""HOLDS_POSITION (a person's post in a body) and PART_OF (unit → body, district → city)."""

from __future__ import annotations

import re

from extract.cues.posts import LIST_JOINERS, SEAT_BRACKET
from extract.mention import Mention
from extract.relations import Context, rule
from extract.words import AT, GENITIVE


def _org_at(ctx: Context, span: tuple[int, int] | None, last: bool = True) -> int | None:
    if not span:
        return None
    hits = [m for m in ctx.mentions if m.type == "Organization" and m.entity >= 0
            and m.start < span[1] and span[0] < m.end]
    if not hits:
        return None
    return (hits[-1] if last else hits[0]).entity


def _org_ending_at(ctx: Context, pos: int) -> int | None:
    for m in ctx.mentions:
        if m.type == "Organization" and m.entity >= 0 and m.end <= pos \
                and (not m.particle or m.particle == GENITIVE or ctx.text[m.end:m.end + 1] == "(") and (
                pos - 2 <= m.end or ctx.pat.posts.company_marker_gap.fullmatch(ctx.text[m.end:pos + 1])):
            return m.entity  # 가온테크(주) 김하나 대표: a company marker may sit between
    return None


def _lookup_org(ctx: Context, surface: str, pos: int) -> int | None:
    bodies = ctx.res.gaz.lookup(surface, ctx.date)
    if not bodies:
        return None
    probe = Mention(pos, pos, "Organization", surface, "title_body", bodies=list(bodies))
    body = ctx.res.pick(probe)
    return ctx.res.org_for_body(body, surface, pos) if body else None


def _implied(ctx: Context, implies: str, pos: int) -> int | None:
    res = ctx.res
    cue = ctx.pat.posts
    if implies in cue.level_suffix:
        hit = res.level_target(implies, pos)
        if hit is not None:
            return hit
        suffix = cue.level_suffix[implies]
        if res.place and res.place.endswith(suffix):
            body = res.gaz.get(res.place)
            return res.org_for_body(body, None, pos) if body else None
        return None
    if implies == "education_office":  # 교육장: the local office (…교육지원청) first
        for i, e in enumerate(res.entities):
            if e.type == "Organization" and e.name.endswith(cue.education_local_office):
                return i
        implies = "education"
    if implies == "education":
        for i, e in enumerate(res.entities):
            if e.type == "Organization" and e.props.get("kind") == "education" and cue.education_word in e.name:
                return i
        body = res.generic_target(cue.education_office)
        return res.org_for_body(body, None, pos) if body else None
    if implies == "council":
        best = None
        for i, e in enumerate(res.entities):
            if e.type == "Organization" and e.name.endswith(cue.council_ending) and e.first <= pos:
                best = i
        return best
    if implies == "parliament":
        return _lookup_org(ctx, cue.parliament, pos)
    if implies == "body" and res.place:
        body = res.gaz.get(res.place)
        return res.org_for_body(body, None, pos) if body else None
    return None


def _committee(ctx: Context, name: str, named: int | None, pos: int) -> int:
    """A committee named in a title (환경복지위원장 → …의회 환경복지위원회), part of its body."""
    parent = named
    if parent is not None and ctx.res.entities[parent].props.get("kind") in ("council", "party"):
        full = f"{ctx.res.entities[parent].name} {name}"
    else:
        parent = None
        full = name
    found = _lookup_org(ctx, full, pos)
    if found is None:
        found = _lookup_org(ctx, name, pos)
    if found is None:
        kind = ctx.res.entities[parent].props.get("kind", "council") if parent is not None else "council"
        found = ctx.res.add("Organization", full, name, pos, {"kind": kind})
    if parent is not None:
        ctx.add("PART_OF", found, parent, ctx.sent_of(pos))
    return found


def _joint_prefix(ctx: Context, m: Mention) -> str:
    """The place before a middle dot glued to the title word (가온·한빛교육장 → 가온)."""
    span = m.props.get("title_span")
    if not span:
        return ""
    hit = re.search(r"([가-힣]{1,4})[·ㆍ・‧]$", ctx.text[max(0, span[0] - 6):span[0]])
    return hit.group(1) if hit else ""


def body_for(ctx: Context, m: Mention, last_named: int | None) -> int | None:
    t = m.props["title_rule"]
    prefix: str = m.props.get("prefix", "")
    pos = m.start
    named = None
    if m.props.get("between_span") and t.suffix:
        a, b = m.props["between_span"]
        named = _lookup_org(ctx, ctx.text[a:b] + t.suffix, a)
    if named is None:
        named = _org_at(ctx, m.props.get("between_span"))
        if named is not None and ctx.res.entities[named].props.get("kind") == "party":
            # 국회 예결특위 더불어민주당 간사: a party label beside a post in another body
            first = _org_at(ctx, m.props.get("between_span"), last=False)
            if first is not None and ctx.res.entities[first].props.get("kind") != "party":
                named = first
    if named is None and m.props.get("between_span"):
        a, b = m.props["between_span"]
        raw = re.sub(r"\([^)]*\)|\(.*$", "", ctx.text[a:b]).strip()
        if raw and not ctx.res.gaz.is_generic(raw) and len(raw) >= 2 \
                and not raw.endswith(ctx.pat.posts.division_words):  # 경영부문 부사장: a division, not a body
            named = ctx.res.add("Organization", raw, ctx.text[a:b].strip(), a, {"kind": "company"})
    if named is None and m.props.get("before"):
        named = _org_ending_at(ctx, m.start - 1)
    if named is None and m.props.get("body_before") is not None:
        named = _org_ending_at(ctx, m.props["body_before"])
    if named is None and m.props.get("between_span") and t.suffix:
        a, b = m.props["between_span"]
        named = _lookup_org(ctx, ctx.text[a:b] + t.suffix, a)
    m.props["named_entity"] = named
    cue = ctx.pat.posts
    fused = None
    if t.body:
        fused = _lookup_org(ctx, t.body, pos)
    elif not prefix and t.title in cue.emergency_titles and named is not None:
        fused = _committee(ctx, cue.emergency_committee, named, pos)
    elif prefix and prefix not in cue.ordinal_prefixes and not prefix.isdigit():
        if prefix in cue.level_prefixes:
            fused = _implied(ctx, t.implies, pos) if t.implies != "education" else None
            if t.suffix == cue.education_office:
                office = ctx.res.generic_target(prefix + cue.education_office)
                fused = ctx.res.org_for_body(office, None, pos) if office else None
        else:
            tries = [prefix + t.suffix, prefix] if t.suffix else [prefix]
            joint = _joint_prefix(ctx, m)
            if joint and t.suffix:  # 가온·한빛교육장: the joint office of both places
                tries.insert(0, joint + prefix + t.suffix)
            for surface in tries:
                fused = _lookup_org(ctx, surface, pos)
                if fused is not None:
                    break
            if fused is None and t.suffix in cue.committee_suffixes:
                name = prefix + t.suffix if t.title not in cue.emergency_titles else cue.emergency_committee
                fused = _committee(ctx, name, named, pos)
            elif fused is None and t.unit and t.suffix:
                want = prefix + t.suffix
                for i, e in enumerate(ctx.res.entities):
                    if e.type == "Organization" and (e.name.endswith(want) or want in e.aliases):
                        fused = i
                        break
    body = fused if fused is not None else named
    if body is None and t.implies == "body" and last_named is not None:
        body = last_named
    if body is None and last_named is not None and t.title in cue.mp_titles \
            and ctx.res.entities[last_named].name.endswith(cue.committee_ending):
        body = last_named  # 가온위원회 A 의원 및 B 의원: both sit on the committee
    if body is None and m.props.get("paren_outer") and t.title in cue.mp_titles \
            and cue.parliament in ctx.sent_text(m.sent) + ctx.sent_text(max(0, m.sent - 1)):
        body = _lookup_org(ctx, cue.parliament, pos)  # 김하늘(가온·나래) 의원 after 국회를 찾아: an MP
    if body is None and t.implies not in ("none",):
        body = _implied(ctx, t.implies, pos)
    if body is None and last_named is not None and t.implies == "none":
        body = last_named
    if body is not None and ctx.res.entities[body].props.get("kind") == "party" \
            and t.title in cue.mp_titles:
        body = _lookup_org(ctx, cue.parliament, pos)
    if body is None and t.title == cue.member_title and cue.parliament in ctx.text:
        body = _lookup_org(ctx, cue.parliament, pos)  # no council in the story: an MP (국회의원)
    return body


@rule(10)
def holds_position(ctx: Context) -> None:
    prev_end = -10
    prev_named: int | None = None
    for m in ctx.mentions:
        if m.type != "Person" or m.entity < 0 or "title_rule" not in m.props:
            continue
        listed = SEAT_BRACKET.sub("", ctx.text[prev_end:m.start]) in LIST_JOINERS if prev_end >= 0 else False
        body = body_for(ctx, m, prev_named if listed else None)
        prev_end = m.props["title_span"][1] if m.props.get("title_span") else m.end
        prev_named = m.props.get("named_entity") if m.props.get("named_entity") is not None \
            else (prev_named if listed else None)
        if body is None or m.props.get("former"):
            continue  # 김하늘 전 도의원: a past post is no HOLDS_POSITION (the body stays an entity)
        if ctx.res.entities[body].type != "Organization":
            continue
        ctx.holds.setdefault(m.entity, body)
        ctx.add("HOLDS_POSITION", m.entity, body, m.sent, {"title": m.props.get("title", "")})


@rule(20)
def part_of(ctx: Context) -> None:
    res = ctx.res
    first_sent: dict[int, int] = {}
    for m in ctx.mentions:
        if m.entity >= 0:
            first_sent.setdefault(m.entity, m.sent)
    for i, e in enumerate(res.entities):
        if e.type != "Organization" or e.body is None or not e.body.parent:
            continue
        parent = res.find("Organization", e.body.parent)
        if parent is None:
            continue
        pb = res.entities[parent].body
        if e.body.kind == "local_government" and pb is not None and not pb.name.endswith(ctx.pat.posts.city_ending):
            continue  # a city is not annotated as part of its province
        ctx.add("PART_OF", i, parent, first_sent.get(i, 0))
    orgs = [m for m in ctx.mentions if m.type == "Organization" and m.entity >= 0]
    for k, m in enumerate(orgs):
        e = res.entities[m.entity]
        if m.source == "branch" and m.props.get("parent_span"):
            pa, pb_ = m.props["parent_span"]
            surface = ctx.text[pa:pb_]
            parent = _lookup_org(ctx, surface, pa)
            if parent is None:
                parent = res.add("Organization", surface, None, pa,
                                 {"kind": e.props.get("kind", "public_institution")})
            ctx.add("PART_OF", m.entity, parent, m.sent)
            continue
        if m.props.get("qualified_by") and e.body is not None and e.body.parent:
            parent = _lookup_org(ctx, e.body.parent, m.start)
            pb = res.entities[parent].body if parent is not None else None
            if parent is not None and pb is not None and pb.level == "metropolitan" \
                    and pb.name.endswith(ctx.pat.posts.city_ending):
                ctx.add("PART_OF", m.entity, parent, m.sent)
            continue
        kind = e.props.get("kind")
        if e.body is not None or m.source not in ("suffix", "quote_unit"):
            continue
        if kind == "unit":
            parent = None
            for prev in reversed(orgs[:k]):
                pe = res.entities[prev.entity]
                if prev.entity == m.entity:
                    continue
                if pe.props.get("kind") == "unit" and prev.sent == m.sent and prev.particle in AT:
                    parent = prev.entity
                    break
                if pe.props.get("kind") in ("local_government", "central_government",
                                            "public_institution", "education"):
                    parent = prev.entity
                    break
            if parent is None and ctx.main_actor is not None:
                parent = ctx.body_of(ctx.main_actor)
            elif parent is not None and ctx.main_actor is not None and \
                    (ctx.main_actor, parent) in {(r.source, r.target) for r in ctx.relations if r.type == "PART_OF"}:
                parent = ctx.main_actor  # 대전시 서구의 아동복지과: the story's district, not its city
            ctx.add("PART_OF", m.entity, parent, m.sent)
        elif kind == "council" and e.name.endswith(ctx.pat.posts.committee_ending):
            for prev in reversed(orgs[:k]):
                pe = res.entities[prev.entity]
                if pe.name.endswith(ctx.pat.posts.council_ending) and prev.entity != m.entity:
                    ctx.add("PART_OF", m.entity, prev.entity, m.sent)
                    break
