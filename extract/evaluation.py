"""Scoring extraction JSON Lines against gold annotations (``gwangye evaluate``).

Implements the matching rules of the project's evaluation contract (EXTRACTION.md):
per source file, system entities are first merged into clusters (same type, a shared
normalised name), clusters are matched one to one to gold entities (exact names first, then
containment for Programme and Fund), and a relation is correct when its type and both mapped
ends agree (either direction for ``AGREED_WITH``). Precision, recall and F1 come out overall
and by type, rounded to four places.
"""

from __future__ import annotations

import json
import logging
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ontology.errors import ContractError

log = logging.getLogger(__name__)

LEGAL_MARKERS: tuple[str, ...] = ("(주)", "(사)", "(재)", "(유)", "(합)", "주식회사", "사단법인", "재단법인")
CONTAINMENT_TYPES = frozenset({"Programme", "Fund"})
SYMMETRIC_RELATIONS = frozenset({"AGREED_WITH"})

Counts = dict[tuple[str, Any], list[int]]  # (part, type) -> [tp, fp, fn]


def normalise_name(text: str | None) -> str:
    """NFKC, lower case, legal-form markers cut, punctuation/symbols/spaces/controls dropped."""
    folded = unicodedata.normalize("NFKC", text or "").lower()
    for marker in LEGAL_MARKERS:
        folded = folded.replace(marker, "")
    return "".join(
        ch for ch in folded if unicodedata.category(ch)[0] not in "PZSC" and not ch.isspace()
    )


def name_keys(entity: dict[str, Any]) -> set[str]:
    """The normalised name and aliases of an entity record."""
    keys = {normalise_name(entity.get("name", ""))}
    keys.update(normalise_name(alias) for alias in entity.get("aliases") or [])
    keys.discard("")
    return keys


def contains_close(left: set[str], right: set[str]) -> bool:
    """One name inside the other, the longer at most twice the shorter (≥ 2 characters)."""
    for a in left:
        for b in right:
            short, long_ = (a, b) if len(a) <= len(b) else (b, a)
            if len(short) >= 2 and short in long_ and len(long_) <= 2 * len(short):
                return True
    return False


@dataclass
class _Cluster:
    type: Any
    keys: set[str]

    @property
    def alive(self) -> bool:
        return bool(self.type) and bool(self.keys)


@dataclass
class EntityClusters:
    """System entities of one source file, merged when type and one name agree."""

    clusters: list[_Cluster] = field(default_factory=list)
    owner: dict[tuple[int, str], int] = field(default_factory=dict)

    def add(self, row_number: int, entity: dict[str, Any]) -> None:
        kind, keys = entity.get("type"), name_keys(entity)
        hits = [n for n, c in enumerate(self.clusters) if c.type == kind and c.keys & keys]
        if not hits:
            self.clusters.append(_Cluster(kind, set(keys)))
            target = len(self.clusters) - 1
        else:
            target = hits[0]
            for absorbed in hits[1:]:
                self.clusters[target].keys |= self.clusters[absorbed].keys
                self.clusters[absorbed] = _Cluster(None, set())
                for local, index in self.owner.items():
                    if index == absorbed:
                        self.owner[local] = target
            self.clusters[target].keys |= keys
        self.owner[(row_number, str(entity.get("id")))] = target

    def alive(self) -> list[int]:
        return [n for n, c in enumerate(self.clusters) if c.alive]


def align_entities(system: EntityClusters, gold: list[dict[str, Any]]) -> dict[int, Any]:
    """Cluster index → gold entity id, one to one; exact names first, then containment."""
    aligned: dict[int, Any] = {}
    used: set[Any] = set()
    gold_keys = [(g, name_keys(g)) for g in gold]
    for fuzzy_pass in (False, True):
        for index in system.alive():
            if index in aligned:
                continue
            cluster = system.clusters[index]
            for entity, keys in gold_keys:
                if entity["id"] in used or entity["type"] != cluster.type:
                    continue
                matched = bool(cluster.keys & keys)
                if not matched and fuzzy_pass and cluster.type in CONTAINMENT_TYPES:
                    matched = contains_close(cluster.keys, keys)
                if matched:
                    aligned[index] = entity["id"]
                    used.add(entity["id"])
                    break
    return aligned


def _relation_key(kind: Any, source: Any, target: Any) -> tuple[Any, Any, Any]:
    if kind in SYMMETRIC_RELATIONS:
        source, target = sorted((str(source), str(target)))
    return (kind, source, target)


def _score_source(
    gold: dict[str, Any], rows: list[dict[str, Any]], counts: Counts, errors: list[str]
) -> None:
    source = gold["source"]
    clusters = EntityClusters()
    relations: list[tuple[int, dict[str, Any]]] = []
    for number, row in enumerate(rows):
        for entity in row.get("entities") or []:
            clusters.add(number, entity)
        relations.extend((number, relation) for relation in row.get("relations") or [])
    aligned = align_entities(clusters, gold["entities"])
    matched_gold = set(aligned.values())
    for index in clusters.alive():
        cluster = clusters.clusters[index]
        if index in aligned:
            counts[("entity", cluster.type)][0] += 1
        else:
            counts[("entity", cluster.type)][1] += 1
            errors.append(f"{source}: extra {cluster.type} {sorted(cluster.keys)}")
    for entity in gold["entities"]:
        if entity["id"] not in matched_gold:
            counts[("entity", entity["type"])][2] += 1
            errors.append(f"{source}: missed {entity['type']} {entity['name']}")

    expected = {_relation_key(r["type"], r["source"], r["target"]) for r in gold["relations"]}
    seen: set[tuple[Any, Any, Any]] = set()

    def label(index: int | None) -> list[str]:
        return sorted(clusters.clusters[index].keys)[:1] if index is not None else ["?"]

    for number, relation in relations:
        head = clusters.owner.get((number, str(relation.get("source"))))
        tail = clusters.owner.get((number, str(relation.get("target"))))
        kind = relation.get("type")
        own_key = _relation_key(kind, f"s{head}", f"s{tail}")
        if own_key in seen:
            continue
        seen.add(own_key)
        gold_key = _relation_key(kind, aligned.get(head), aligned.get(tail))  # type: ignore[arg-type]
        if gold_key in expected:
            counts[("relation", kind)][0] += 1
            expected.discard(gold_key)
        else:
            counts[("relation", kind)][1] += 1
            errors.append(f"{source}: extra {kind} {label(head)} -> {label(tail)}")
    by_id = {entity["id"]: entity for entity in gold["entities"]}
    for kind, head_id, tail_id in expected:
        counts[("relation", kind)][2] += 1
        errors.append(
            f"{source}: missed {kind} {by_id.get(head_id, {}).get('name', head_id)} -> "
            f"{by_id.get(tail_id, {}).get('name', tail_id)}"
        )


def score(
    gold_rows: Iterable[dict[str, Any]], system_rows: Iterable[dict[str, Any]]
) -> tuple[Counts, list[str]]:
    """Count true/false positives and misses per (part, type); list the errors."""
    by_source: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in system_rows:
        by_source[row.get("source")].append(row)
    counts: Counts = defaultdict(lambda: [0, 0, 0])
    errors: list[str] = []
    for gold in gold_rows:
        _score_source(gold, by_source.get(gold["source"], []), counts, errors)
    return counts, errors


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Precision, recall, F1 (rounded to 4 places) and the raw counts."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
        "tp": tp, "fp": fp, "fn": fn,
    }


def summarise(counts: Counts) -> dict[str, Any]:
    """``{"entity"|"relation": {"overall": prf, "by_type": {type: prf}}}``."""
    summary: dict[str, Any] = {}
    ordered = sorted(counts.items(), key=lambda item: str(item[0]))
    for part in ("entity", "relation"):
        totals = [0, 0, 0]
        by_type: dict[str, Any] = {}
        for (counted_part, kind), values in ordered:
            if counted_part != part:
                continue
            by_type[str(kind)] = prf(*values)
            totals = [t + v for t, v in zip(totals, values)]
        summary[part] = {"overall": prf(*totals), "by_type": by_type}
    return summary


def format_summary(summary: dict[str, Any]) -> str:
    """The plain-text report: one line overall per part, then one per type."""
    lines = []

    def fmt(v: dict[str, Any]) -> str:
        return (
            f"P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f} "
            f"(tp={v['tp']} fp={v['fp']} fn={v['fn']})"
        )

    for part in ("entity", "relation"):
        lines.append(f"{part:9s} {fmt(summary[part]['overall'])}")
        for kind, values in summary[part]["by_type"].items():
            lines.append(f"  {kind:15s} {fmt(values)}")
    return "\n".join(lines)


def read_rows(path: str) -> list[dict[str, Any]]:
    """JSON objects of a JSON Lines file (blank lines skipped)."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise ContractError(f"{path}:{number}: not JSON: {err.msg}") from err
    return rows


def read_gold(path: str) -> list[dict[str, Any]]:
    """Gold rows, checked for the fields scoring needs."""
    rows = read_rows(path)
    for number, row in enumerate(rows, 1):
        if not isinstance(row, dict) or "source" not in row:
            raise ContractError(f"{path}:{number}: gold row without a source")
        row.setdefault("entities", [])
        row.setdefault("relations", [])
    return rows
