"""A post written as an apposition before the name: "가온특위 간사인 김하늘 국회의원".

The post (간사, 위원장 …) is in the body named before it, a committee here, not in the body
the trailing title implies (국회): HOLDS_POSITION goes to the committee (GUIDE: the most
specific named body), with the apposition's title.
"""

from __future__ import annotations

from extract.relations import Context, rule


@rule(12)
def appositive_posts(ctx: Context) -> None:
    orgs = [m for m in ctx.mentions if m.type == "Organization" and m.entity >= 0]
    for m in ctx.mentions:
        if m.type != "Person" or m.entity < 0 or not m.props.get("title_rule"):
            continue
        before = [o for o in orgs if o.end <= m.start and m.start - o.end <= 12 and o.sent == m.sent]
        if not before:
            continue
        o = before[-1]
        hit = ctx.pat.posts.apposition.fullmatch(ctx.text[o.end:m.start])
        if hit is None or ctx.res.entities[o.entity].props.get("kind") not in ("council", "committee"):
            continue
        ctx.drop_where(("HOLDS_POSITION",), source=m.entity, except_target=o.entity)
        ctx.holds[m.entity] = o.entity
        ctx.add("HOLDS_POSITION", m.entity, o.entity, m.sent, {"title": hit.group(1)})
