"""RUNS by the parties of an agreement named as a group: "이들 기관은 … A와 B 등 2개 사업을 추진".

GUIDE (agreements, runs): the parties are the bodies of the story's AGREED_WITH relations; a
sentence whose subject is "이들 기관", "양 기관", "세 기관" … and that runs programmes gives
RUNS from each party to each programme of the sentence.
"""

from __future__ import annotations

from extract.relations import Context, rule
from extract.rules.requests import is_request


@rule(61)
def party_runs(ctx: Context) -> None:
    parties = list(dict.fromkeys(
        e for r in ctx.relations if r.type == "AGREED_WITH" for e in (r.source, r.target)
        if ctx.res.entities[e].type == "Organization"))
    if len(parties) < 2:
        return
    for s in range(len(ctx.sents)):
        text = ctx.sent_text(s)
        if not ctx.pat.runs.parties_subject.match(text) or not ctx.pat.run_trigger.search(text) \
                or is_request(ctx, s):
            continue
        for m in ctx.in_sent(s, ("Programme",)):
            if m.props.get("funded_item"):
                continue
            for party in parties:
                ctx.add("RUNS", party, m.entity, s)
