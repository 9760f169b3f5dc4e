"""A programme's generic kind written beside its name is the same programme.

"‘나래형 가온 상생 통합기획’을 추진한다 … 가온 상생 사업이 …": the phrase "가온 상생 사업"
is the quoted programme called by its kind (a word of the name plus 사업), not a second
programme. It is folded into the quoted name (one host only).
"""

from __future__ import annotations

from extract.canonical import Resolver, norm
from extract.mention import Mention


def fold_programme_kinds(res: Resolver, mentions: list[Mention], moved: dict[int, int]) -> dict[int, int]:
    """Fold "WORD 사업" phrases into the one quoted programme that holds WORD; adds to ``moved``."""
    quoted = {m.entity for m in mentions if m.type == "Programme" and m.source == "quote" and m.entity >= 0}
    by_entity: dict[int, list[Mention]] = {}
    for m in mentions:
        by_entity.setdefault(m.entity, []).append(m)
    for i, e in enumerate(res.entities):
        if e.type != "Programme" or i in moved or i in quoted:
            continue
        if any(m.source != "phrase" for m in by_entity.get(i, [])):
            continue
        n = norm(e.name)
        head = next((h for h in res.pat.programmes.kind_heads if n.endswith(h)), None)
        if head is None or len(n) - len(head) < 3:
            continue
        core = n[: -len(head)]
        hosts = [j for j in quoted if j not in moved and j != i and core in norm(res.entities[j].name)
                 and not norm(res.entities[j].name).endswith(head)]
        if len(hosts) != 1:
            continue
        host = res.entities[hosts[0]]
        host.aliases.add(e.name)
        host.first = min(host.first, e.first)
        moved[i] = hosts[0]
    return moved
