"""Projects a body only asks support for are not projects it is shown to run.

"서민준 군수는 △가온로 확장 △나래교 건설 등 지역현안사업의 국비 지원 필요성을 설명했다":
the listed projects are what the county lobbies for (their ``about``), so no RUNS is read from
that sentence (dev precedent: requested projects get no RUNS). A sentence that also says the
body carries them out (추진하고 있는, 추진 중) keeps them.
"""

from __future__ import annotations

from extract.relations import Context, rule


@rule(68)
def requested_items(ctx: Context) -> None:
    for s in range(len(ctx.sents)):
        text = ctx.sent_text(s)
        if not ctx.pat.requests.lobby.search(text) or ctx.pat.requests.own_work.search(text):
            continue
        items = {m.entity for m in ctx.in_sent(s, ("Programme",)) if m.props.get("item")}
        ctx.drop_where(("RUNS",), targets=items, evidence=text)
