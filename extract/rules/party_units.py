"""Posts in a party's regional unit: "김하늘 나래당 가온도당 위원장".

The unit (가온도당, 한빛시당) is named from the party and the place before the title; it is an
Organization of kind ``party``, PART_OF the party, and the post goes to the unit, not to
the party. A later "김하늘 가온도당 위원장" without the party resolves to the same unit.
"""

from __future__ import annotations

import re

from extract.relations import Context, rule


def _party_before(ctx: Context, m, lo: int) -> int | None:
    for o in reversed(ctx.mentions):
        if o.type == "Organization" and o.entity >= 0 and lo <= o.start < m.props["title_span"][0] \
                and ctx.res.entities[o.entity].props.get("kind") == "party":
            return o.entity
    return None


@rule(11)
def party_units(ctx: Context) -> None:
    units: dict[str, int] = {}
    for m in ctx.mentions:
        if m.type != "Person" or m.entity < 0 or not m.props.get("title_rule"):
            continue
        t = m.props["title_rule"]
        unit = ctx.pat.posts.party_unit_titles.get(t.title)
        span = m.props.get("title_span")
        if unit is None or not span:
            continue
        place = m.props.get("prefix", "")
        if not place:
            hit = re.search(r"([가-힣]{2,4})\s*$", ctx.text[m.end:span[0]])
            place = hit.group(1) if hit else ""
        party = _party_before(ctx, m, m.end)
        if not place:
            continue
        if party is None:
            known = units.get(place)
            if known is None:
                continue
            target = known
        else:
            pname = ctx.res.entities[party].name
            target = ctx.res.add("Organization", f"{pname} {place}{unit}", None, m.start,
                                 {"kind": "party"})
            ctx.res.entities[target].aliases.add(f"{place}{unit}")
            units[place] = target
            ctx.add("PART_OF", target, party, m.sent)
        ctx.drop_where(("HOLDS_POSITION",), source=m.entity, except_target=target)
        ctx.holds[m.entity] = target
        ctx.add("HOLDS_POSITION", m.entity, target, m.sent, {"title": t.title})
