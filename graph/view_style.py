"""How the explorer names and shows things: styles, Korean labels, values, captions.

Colours, shapes and labels come from the one declaration in ``ontology/schema.yaml``.
Pure text functions, no Streamlit and no pyvis.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graph.records import EntityDetails, NodeRecord, Subgraph
from ontology.schema import load as load_ontology

log = logging.getLogger(__name__)

FONT_FACE = "'Noto Sans CJK KR', 'Noto Sans KR', 'Malgun Gothic', 'Apple SD Gothic Neo', sans-serif"


@dataclass(frozen=True, slots=True)
class EntityStyle:
    label: str
    colour: str
    shape: str
    symbol: str


@dataclass(frozen=True, slots=True)
class RelationStyle:
    label: str
    colour: str
    directed: bool = True
    dashes: bool = False


@dataclass(frozen=True, slots=True)
class Style:
    entities: Mapping[str, EntityStyle]
    other: EntityStyle
    relations: Mapping[str, RelationStyle]

    def entity(self, label: str) -> EntityStyle:
        return self.entities.get(label, self.other)

    def relation(self, type_: str) -> RelationStyle:
        return self.relations.get(type_, RelationStyle(label=type_, colour="#9D9D9D"))


_OTHER = EntityStyle(label="기타", colour="#9D9D9D", shape="dot", symbol="●")


@functools.lru_cache(maxsize=1)
def style() -> Style:
    """The drawing style of every type, from the one declaration in ``ontology/schema.yaml``."""
    onto = load_ontology()
    return Style(
        entities={
            name: EntityStyle(
                label=e.label.ko,
                colour=e.style.colour,
                shape=e.style.shape or "dot",
                symbol=e.style.symbol or "●",
            )
            for name, e in onto.entities.items()
        },
        other=_OTHER,
        relations={
            name: RelationStyle(
                label=r.style.edge_label or r.label.ko,
                colour=r.style.colour,
                directed=r.directed,
                dashes=r.style.dashes,
            )
            for name, r in onto.relations.items()
        },
    )


def entity_label(type_: str) -> str:
    """Korean name of an entity type (Person → 인물)."""
    return style().entity(type_).label


def relation_label(type_: str) -> str:
    """Korean name of a relationship type (REQUESTED → 요청)."""
    return style().relation(type_).label


def property_label(name: str) -> str:
    """Korean label of a property (amount_krw → 금액); unknown names stay as they are."""
    spec = load_ontology().properties.get(name)
    return spec.label.ko if spec else name


def format_krw(amount: int) -> str:
    """Korean money: 1318700000000 → ``1조 3,187억원``; 350000000 → ``3억 5,000만원``."""
    if amount < 10_000:
        return f"{amount:,}원"
    units = [(10**12, "조"), (10**8, "억"), (10**4, "만")]
    parts, rest = [], amount
    for size, name in units:
        if rest >= size:
            parts.append(f"{rest // size:,}{name}")
            rest %= size
    text = " ".join(parts) + "원"
    return text if rest == 0 else f"{text} {rest:,}원".replace("원 ", " ", 1)


def format_property(name: str, value: Any) -> str:
    """A property value as a Korean reader expects it (money in 억/만, organisation kinds named)."""
    if name == "amount_krw" and isinstance(value, int) and not isinstance(value, bool):
        return format_krw(value)
    if name == "kind" and isinstance(value, str):
        kind = load_ontology().kinds.get(value)
        if kind:
            return kind.label.ko
    return format_value(value)


def node_caption(node: NodeRecord) -> str:
    """One line for pickers: name · type · region · mentions."""
    parts = [node.name, entity_label(node.label)]
    region = node.props.get("region")
    if region:
        parts.append(str(region))
    parts.append(f"언급 {node.mentions}회")
    return " · ".join(parts)


def cap_note(subgraph: Subgraph) -> str | None:
    """The note shown when the size cap cut the neighbourhood, else ``None``."""
    if not subgraph.truncated:
        return None
    # the store stops expanding once a level is cut, so the total is a lower bound
    total = max(subgraph.total_nodes, len(subgraph.nodes))
    return (
        f"이웃이 너무 커서 최소 {total:,}개 중 {len(subgraph.nodes):,}개 노드만 그렸습니다. "
        "깊이를 줄이거나 유형·관계·지역·기간 필터로 좁혀 보세요. "
        f"(Showing {len(subgraph.nodes):,} of at least {total:,} nodes: narrow the filters.)"
    )


def relation_counts_line(details: EntityDetails) -> str:
    """Every relationship of the entity by type and direction: ``요청 → 3 · 요청 ← 1,800``.

    ``→`` counts those the entity starts, ``←`` those it ends; an undirected type (협약) is
    one figure with ``↔``.
    """
    totals: dict[tuple[str, str], int] = {}
    for c in details.relation_counts:
        arrow = "↔" if not style().relation(c.type).directed else ("→" if c.direction == "out" else "←")
        totals[(c.type, arrow)] = totals.get((c.type, arrow), 0) + c.count
    return " · ".join(f"{relation_label(t)} {arrow} {n:,}" for (t, arrow), n in totals.items())


def details_page_note(details: EntityDetails) -> str:
    """Which relationships the details panel lists: ``관계 2,134건 중 1–100번째 (newest first)``."""
    total = details.edges_total
    if not details.edges:
        return f"관계 {total:,}건 (relationships: {total:,})" if total else "관계가 없습니다. (none)"
    first, last = details.offset + 1, details.offset + len(details.edges)
    return (
        f"관계 {total:,}건 중 {first:,}–{last:,}번째, 최근 기사 순 "
        f"(relationships {first:,}–{last:,} of {total:,}, newest first)"
    )


def format_value(value: Any) -> str:
    """A property value as a reader expects it (money with thousands separators)."""
    if isinstance(value, bool):
        return "예" if value else "아니오"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)
