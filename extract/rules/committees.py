"""PART_OF for a National Assembly committee the gazetteer does not know.

"교육문화체육관광위원회 가온 의원": a committee (an old or renamed one) whose members are 의원
and which appears in a story about 국회 is a committee of 국회, like the ones the gazetteer
knows (GUIDE: committees → their council).
"""

from __future__ import annotations

import logging

from extract.relations import Context, rule

log = logging.getLogger(__name__)


@rule(21)
def assembly_committees(ctx: Context) -> None:
    cues = ctx.pat.posts
    assembly = next((i for i, e in enumerate(ctx.res.entities)
                     if e.type == "Organization" and e.name == cues.parliament), None)
    if assembly is None:
        return
    parted = {r.source for r in ctx.relations if r.type == "PART_OF"}
    for r in list(ctx.relations):
        if r.type != "HOLDS_POSITION" or r.props.get("title") not in cues.mp_titles:
            continue
        body = ctx.res.entities[r.target]
        if r.target in parted or body.body is not None or not body.name.endswith(cues.committee_ending):
            continue  # a local council's committee is already PART_OF its council
        parted.add(r.target)
        first = next((m.sent for m in ctx.mentions if m.entity == r.target), 0)
        ctx.add("PART_OF", r.target, assembly, first)
