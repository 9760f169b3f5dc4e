"""A body named in full once and by its last part afterwards is one entity.

"가온·나래상생협력재단은 … 협력재단이 운영한다": the later 협력재단 is the short form of the
full name (an alias), not a second body. Only bodies the gazetteer does not know are folded,
only into a single longer name of the story that ends with the short one.
"""

from __future__ import annotations

import re

from extract.relations import Context, rule

FLAT_RE = re.compile(r"[\s·ㆍ‧・]")
MIN_SHORT = 3


@rule(3)
def fold_short_forms(ctx: Context) -> None:
    res = ctx.res
    orgs = {m.entity for m in ctx.mentions if m.entity >= 0 and m.type == "Organization"}
    flat = {i: FLAT_RE.sub("", res.entities[i].name) for i in orgs}
    first: dict[int, int] = {}
    for m in ctx.mentions:
        if m.entity in orgs:
            first.setdefault(m.entity, m.start)
    moved: dict[int, int] = {}
    for i in orgs:
        e = res.entities[i]
        if e.body is not None or len(flat[i]) < MIN_SHORT:
            continue
        hosts = [j for j in orgs if j != i and len(flat[j]) > len(flat[i]) and flat[j].endswith(flat[i])
                 and first[j] < first[i]]
        if len(hosts) == 1:
            moved[i] = hosts[0]
    for m in ctx.mentions:
        host = moved.get(m.entity)
        if host is not None:
            res.entities[host].aliases.add(res.entities[m.entity].name)
            m.entity = host
