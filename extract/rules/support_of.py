"""The body whose support is asked for is the addressee: "시의 적극적인 지원을 요청했다".

"윤가람 교육감은 … 군의 지원을 요청했고" asks the county: a body in the genitive before
지원/협조/관심/도움 that is then requested (요청, 건의, 당부, 부탁) is addressed, like one
written with 에/에게. The requester is the subject of the sentence; one's own body is never
its own addressee.
"""

from __future__ import annotations

from extract.relations import Context, rule
from extract.rules.requests import about, is_request
from extract.words import GENITIVE


@rule(31)
def support_of(ctx: Context) -> None:
    for s in range(len(ctx.sents)):
        if not is_request(ctx, s):
            continue
        subj = ctx.subject(s)
        if subj is None:
            continue
        requester = subj.entity
        own = {requester, ctx.holds.get(requester)}
        for m in ctx.actors(s):
            if m.particle != GENITIVE or m.entity in own or m.start < subj.end:
                continue
            if ctx.res.entities[m.entity].type != "Organization":
                continue
            if not ctx.pat.requests.support_of.match(ctx.text[m.end + 1:m.end + 40]):
                continue
            props = {"about": about(ctx, s)} if about(ctx, s) else {}
            ctx.add("REQUESTED", requester, m.entity, s, props)
