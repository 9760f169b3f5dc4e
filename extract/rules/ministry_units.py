"""Offices inside a ministry written after it: "행정안전부 지방재정국", "보건복지부 가온정책과".

The office is an Organization of kind ``unit``, PART_OF the ministry; a visit to it ("… 지방재정국
등을 방문해 … 요청했다") makes it the addressee like any visited body. Rooms (회의실,
접견실 …) and posts (장관실) are not offices.
"""

from __future__ import annotations

import bisect

from extract.mention import Mention
from extract.relations import Context, rule
from extract.words import particle_after


@rule(4)
def ministry_units(ctx: Context) -> None:
    added: list[Mention] = []
    for m in ctx.mentions:
        if m.type != "Organization" or m.entity < 0 or m.props.get("inside"):
            continue
        if ctx.res.entities[m.entity].props.get("kind") != "central_government":
            continue
        hit = ctx.pat.posts.office.match(ctx.text, m.end)
        if hit is None:
            continue
        name = hit.group(1).replace(" ", "")
        titles = ctx.pat.title_by_name
        if len(name) < 3 or name in titles or name[:-1] in titles \
                or any(name.endswith(t) for t in titles if len(t) >= 2):
            continue  # 장관, 국회의원과, 주관: a post or a word, not an office
        if name.endswith(ctx.pat.posts.rooms) or any(o.start <= hit.start(1) < o.end for o in ctx.mentions):
            continue
        if ctx.res.gaz.lookup(name):
            continue
        ministry = ctx.res.entities[m.entity].name
        ent = ctx.res.add("Organization", name, f"{ministry} {name}", hit.start(1), {"kind": "unit"})
        end = hit.end(1)
        u = Mention(hit.start(1), end, "Organization", name, "ministry_unit", name=name, kind="unit",
                    particle=particle_after(ctx.text, end), sent=m.sent, entity=ent)
        added.append(u)
        ctx.add("PART_OF", ent, m.entity, m.sent)
    for u in added:
        bisect.insort(ctx.mentions, u, key=lambda x: (x.start, x.end))
