"""Write ``extract/data/gazetteers/*.jsonl`` from the tables in ``tools/gazetteer_*.py``.

    .venv/bin/python tools/make_gazetteers.py [--check]

Local governments, their councils and education offices and the per-광역 bodies (시·도
경찰청, 테크노파크, 신용보증재단 …) are derived by rule; ministries, parties, public
institutions and universities are listed by hand. Output is sorted and byte-stable; the
checked-in JSONL is what the product reads. ``--check`` exits 1 when the files are stale.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gazetteer_bodies as hand
import gazetteer_tables as t

OUT = Path(__file__).resolve().parents[1] / "extract" / "data" / "gazetteers"
FIELD_ORDER = (
    "name",
    "kind",
    "level",
    "region",
    "parent",
    "of",
    "aliases",
    "since",
    "until",
    "note",
)
Record = dict[str, Any]
FILE_OF_KIND = {
    "local_government": "local_governments",
    "unit": "local_governments",
    "council": "councils",
    "education": "education",
    "central_government": "central_government",
    "party": "parties",
    "public_institution": "public_institutions",
    "civic": "public_institutions",
    "company": "companies",
}


def record(
    name: str, kind: str, aliases: list[str], region: str | None, parent: str | None, **extra: Any
) -> Record:
    seen = dict.fromkeys(a for a in aliases if a and a != name)
    out: Record = {
        "name": name,
        "kind": kind,
        "region": region,
        "parent": parent,
        "aliases": list(seen),
        **{k: v for k, v in extra.items() if v is not None},
    }
    return {key: out[key] for key in FIELD_ORDER if key in out}


def metro_prefixes(metro: str) -> list[str]:
    """How news names a 광역 in front of a 기초: 광주 서구, 광주시 서구, 광주광역시 서구."""
    _, si_do, bare, _ = next(m for m in t.METROPOLITAN if m[0] == metro)
    return [*bare, *si_do, metro]


def merged_until(metro: str) -> str | None:
    """The last day of a 광역 merged into a new one (the day before the new one starts)."""
    for _name, _short, since, merged in t.MERGED_METROPOLITAN:
        if metro in merged:
            return (date.fromisoformat(since) - timedelta(days=1)).isoformat()
    return None


def metro_records() -> list[Record]:
    out = []
    for name, shorts, since, merged in t.MERGED_METROPOLITAN:
        note = "merges " + " and ".join(merged)
        out.append(
            record(
                name,
                "local_government",
                shorts,
                name,
                None,
                level="metropolitan",
                since=since,
                note=note,
            )
        )
    for name, si_do, bare, _former in t.METROPOLITAN:
        offices = [f"{form}청" for form in (name, *si_do)]
        out.append(
            record(
                name,
                "local_government",
                [*si_do, *bare, *offices],
                name,
                None,
                level="metropolitan",
                until=merged_until(name),
            )
        )
    return out


def basic_names() -> list[tuple[str, str]]:
    pairs = [(metro, basic) for metro, basics in t.BASIC.items() for basic in basics]
    pairs += [(metro, basic) for metro, basics in t.BASIC_ADDED.items() for basic in basics]
    return pairs


def basic_records() -> list[Record]:
    pairs = basic_names()
    counts: dict[str, int] = {}
    for _, basic in pairs:
        counts[basic] = counts.get(basic, 0) + 1
    # a 기초 name that is also a short form of a 광역 (경기도 광주시 vs 광주시) is qualified too
    metro_forms = {form for _, si_do, bare, _f in t.METROPOLITAN for form in (*si_do, *bare)}
    out = []
    for metro, basic in pairs:
        shared = counts[basic] > 1 or basic in metro_forms
        name = f"{metro} {basic}" if shared else basic
        stem = basic[:-1] if basic[-1] in "시군" else None
        aliases = [basic, f"{basic}청"]
        if stem:
            aliases.append(stem)
        if basic in t.SPECIAL_CITIES:
            aliases += [f"{stem}특례시", f"{stem}특례시청"]
        for prefix in metro_prefixes(metro):
            aliases.append(f"{prefix} {basic}")
            if shared:
                aliases.append(f"{prefix} {basic}청")
                if stem:
                    aliases.append(f"{prefix} {stem}")
        aliases += t.BASIC_FORMER.get((metro, basic), [])
        since, until = t.BASIC_DATES.get((metro, basic), (None, None))
        out.append(
            record(
                name,
                "local_government",
                aliases,
                metro,
                metro,
                level="basic",
                since=since,
                until=until,
            )
        )
    return out


def unit_records(basics: list[Record]) -> list[Record]:
    by_official: dict[str, list[Record]] = {}
    for rec in basics:
        official = rec["name"].split()[-1]
        by_official.setdefault(official, []).append(rec)
    out = []
    for city, gus in t.UNITS.items():
        (parent,) = by_official[city]
        for gu in gus:
            aliases = [gu, f"{gu}청", f"{city[:-1]} {gu}", f"{city[:-1]}시 {gu}청"]
            out.append(
                record(
                    f"{city} {gu}",
                    "unit",
                    aliases,
                    parent["region"],
                    parent["name"],
                    since=t.UNIT_SINCE.get(city),
                    note="일반구: an administrative district of the city, not a local government",
                )
            )
    for metro, cities in t.ADMINISTRATIVE_CITIES.items():
        for city in cities:
            aliases = [f"{city}청"] + ([city[:-1]] if city != "제주시" else [])
            out.append(
                record(
                    city,
                    "unit",
                    aliases,
                    metro,
                    metro,
                    note="행정시: an administrative city of the 특별자치도",
                )
            )
    return out


def council_records(lgs: list[Record]) -> list[Record]:
    out = []
    for lg in lgs:
        forms = [lg["name"], *lg["aliases"]]
        aliases = [f"{form}의회" for form in forms if form[-1] in "시도구군"]
        region = lg["region"]
        out.append(
            record(
                f"{lg['name']}의회",
                "council",
                aliases,
                region,
                None,
                of=lg["name"],
                since=lg.get("since"),
                until=lg.get("until"),
            )
        )
    return out


def education_office_records() -> list[Record]:
    out = []
    for name, si_do, bare, _ in t.METROPOLITAN:
        aliases = [f"{form}교육청" for form in (*si_do, *bare)]
        out.append(
            record(
                f"{name}교육청", "education", aliases, name, None, of=name, until=merged_until(name)
            )
        )
    for name, shorts, since, _merged in t.MERGED_METROPOLITAN:
        aliases = [f"{form}교육청" for form in shorts]
        out.append(record(f"{name}교육청", "education", aliases, name, None, of=name, since=since))
    return out


def education_support_records(basics: list[Record]) -> list[Record]:
    """교육지원청: PART_OF the 시·도 교육청; ``of`` the 기초 it serves when it serves one."""
    canonical = {(rec["region"], rec["name"].split()[-1]): rec["name"] for rec in basics}
    out = []
    for metro, groups in t.EDUCATION_SUPPORT.items():
        short = metro_prefixes(metro)[0]
        for cities in groups:
            stems = "".join(c[:-1] for c in cities)
            aliases = [f"{stems}교육지원청", f"{short} {stems}교육지원청"]
            if len(cities) == 1:
                aliases.append(f"{cities[0]}교육지원청")
            of = canonical[(metro, cities[0])] if len(cities) == 1 else None
            out.append(
                record(
                    f"{metro}{stems}교육지원청",
                    "education",
                    aliases,
                    metro,
                    f"{metro}교육청",
                    of=of,
                )
            )
    areas = [area for _, area in t.EDUCATION_SUPPORT_AREAS]
    for metro, area in t.EDUCATION_SUPPORT_AREAS:
        # 동부교육지원청 exists in several cities: only a unique area name stands alone
        aliases = [f"{area}교육지원청"] if areas.count(area) == 1 else []
        aliases += [f"{p} {area}교육지원청" for p in metro_prefixes(metro)]
        out.append(
            record(f"{metro}{area}교육지원청", "education", aliases, metro, f"{metro}교육청")
        )
    return out


def per_region_records() -> list[Record]:
    """Bodies that every 광역 (or most) has under a regular name."""
    out = []
    for metro, families in hand.PER_REGION.items():
        for family in families:
            name, aliases, parent, kind = family
            out.append(record(name, kind, aliases, metro, parent))
    return out


def hand_records(rows: list[tuple], kind: str) -> list[Record]:
    out = []
    for row in rows:
        name, aliases, *rest = row
        extra: dict[str, Any] = dict(rest[0]) if rest else {}
        region = extra.pop("region", None)
        parent = extra.pop("parent", None)
        out.append(record(name, extra.pop("kind", kind), list(aliases), region, parent, **extra))
    return out


def families() -> dict[str, list[Record]]:
    metros = metro_records()
    basics = basic_records()
    lgs = metros + basics
    regional = per_region_records()
    fams = {
        "local_governments": lgs + unit_records(basics),
        "councils": council_records(lgs) + hand_records(hand.COUNCILS, "council"),
        "education": education_office_records()
        + education_support_records(basics)
        + hand_records(hand.EDUCATION, "education"),
        "central_government": hand_records(hand.CENTRAL, "central_government"),
        "parties": hand_records(hand.PARTIES, "party"),
        "public_institutions": hand_records(hand.PUBLIC, "public_institution"),
        "companies": hand_records(hand.COMPANIES, "company"),
    }
    fams["public_institutions"] += hand_records(hand.CIVIC, "civic")
    for metro, rows in hand.REGIONAL.items():
        with_region = [
            (r[0], r[1], {"region": metro, **(r[2] if len(r) > 2 else {})}) for r in rows
        ]
        fams["public_institutions"] += hand_records(with_region, "public_institution")
    fams["public_institutions"] += regional
    # one file per family: a row filed under another family's kind moves to that file
    out: dict[str, list[Record]] = {family: [] for family in fams}
    for records in fams.values():
        for rec in records:
            out[FILE_OF_KIND[rec["kind"]]].append(rec)
    return out


def render(records: list[Record]) -> str:
    lines = [
        json.dumps(rec, ensure_ascii=False, separators=(", ", ": "))
        for rec in sorted(records, key=lambda r: r["name"])
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the files are stale")
    args = parser.parse_args(argv)
    stale = []
    names: dict[str, str] = {}
    for family, records in families().items():
        for rec in records:
            if rec["name"] in names:
                raise SystemExit(f"duplicate {rec['name']} in {family} and {names[rec['name']]}")
            names[rec["name"]] = family
        path = OUT / f"{family}.jsonl"
        text = render(records)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{path.name}: {len(records)}")
    if stale:
        print("stale: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
