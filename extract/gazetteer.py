"""The named bodies of Korea, read from ``extract/data/gazetteers/*.jsonl``.

One JSON object per line per body (local governments, councils, education offices and
universities, central government, parties, public institutions, units). Surfaces are matched
whitespace-insensitively (광주 서구 = 광주서구). Ambiguity is kept, not resolved: ``lookup``
returns every candidate and the extractor chooses by context (story region, neighbours).

``generic.yaml`` holds the words whose referent depends on the story (시의회, 도청, 교육청 …),
the generic words that never name a body (정부, 공공기관 …) and the short place names that are
also ordinary words (예산, 영광, 경기 …).
"""

from __future__ import annotations

import functools
import json
import logging
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from extract.patterns import load_patterns
from ontology.errors import ExtractionError

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data" / "gazetteers"

KINDS: tuple[str, ...] = (
    "local_government",
    "council",
    "central_government",
    "party",
    "public_institution",
    "education",
    "company",
    "civic",
    "unit",
)
LEVELS: tuple[str, ...] = ("metropolitan", "basic")
_REQUIRED = ("name", "kind")
_OPTIONAL = ("aliases", "region", "parent", "level", "of", "since", "until", "note")
_KIND_RANK = {kind: rank for rank, kind in enumerate(KINDS)}
_LEVEL_RANK = {"metropolitan": 0, "basic": 1, None: 2}
# generic.yaml suffix values that pick a level instead of a name ending
_LEVEL_SUFFIXES = {("*", "metropolitan"), ("basic", "basic")}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Body:
    """One named body. ``aliases`` never repeat ``name``."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    region: str | None
    parent: str | None
    level: str | None = None
    of: str | None = None
    since: str | None = None  # ISO date the body (under this name) came into being
    until: str | None = None  # ISO date it ceased (merged, split, renamed into a new body)

    def surface_forms(self) -> tuple[str, ...]:
        """The canonical name followed by every alias (and the 특위 short form of a
        …특별위원회: news writes 가온특별위원회 as 가온특위)."""
        forms = (self.name, *self.aliases)
        short = tuple(f[:-len(long)] + abbr for long, abbr in load_patterns().mentions.committee_short.items()
                      for f in forms if f.endswith(long) and len(f) > len(long))
        return forms + tuple(x for x in short if x not in forms)

    def active_on(self, date: str | None) -> bool:
        """Whether the body existed on ``date`` (ISO ``YYYY-MM-DD``); unknown date → True."""
        if not date:
            return True
        if self.since and date < self.since:
            return False
        return not (self.until and date > self.until)


# middle dots as typed in Korean news (5·18, 5ㆍ18, 5‧18) all read as one
_MIDDLE_DOTS = str.maketrans({"ㆍ": "·", "‧": "·", "･": "·", "・": "·", "∙": "·"})


@functools.lru_cache(maxsize=1 << 14)
def surface_key(surface: str) -> str:
    """The lookup key of a surface: NFC, middle dots unified, every whitespace removed.

    Cached: the extractor asks for the same words' keys story after story."""
    return "".join(unicodedata.normalize("NFC", surface).translate(_MIDDLE_DOTS).split())


class Gazetteer:
    """All bodies, indexed by canonical name and by every surface form."""

    def __init__(self, bodies: Iterable[Body], generic: dict[str, Any] | None = None) -> None:
        self.bodies: dict[str, Body] = {}
        for body in bodies:
            self.bodies[body.name] = body
        self.generic: dict[str, Any] = generic or {}
        self._never = frozenset(surface_key(w) for w in self.words("never_bodies"))
        self._common = frozenset(surface_key(w) for w in self.words("common_word_aliases"))
        index: dict[str, list[Body]] = {}
        for body in self.bodies.values():
            for form in body.surface_forms():
                candidates = index.setdefault(surface_key(form), [])
                if body not in candidates:
                    candidates.append(body)
        self._index: dict[str, tuple[Body, ...]] = {
            key: tuple(sorted(found, key=_ranking(key))) for key, found in index.items()
        }
        self.keys = frozenset(self._index)  # every surface form's lookup key
        # Every proper prefix of every key: lets a caller give up on a run of words early.
        self._prefixes = frozenset(key[:n] for key in self._index for n in range(1, len(key)))
        self._sorted = tuple(sorted(self.bodies.values(), key=lambda b: b.name))
        self._children: dict[str, list[Body]] = {}
        self._council: dict[str, Body] = {}
        self._education: dict[str, Body] = {}
        for body in self._sorted:
            if body.parent:
                self._children.setdefault(body.parent, []).append(body)
            if body.of and body.kind == "council":
                self._council[body.of] = body
            if body.of and body.kind == "education":
                self._education[body.of] = body

    def __len__(self) -> int:
        return len(self.bodies)

    def __contains__(self, name: object) -> bool:
        return name in self.bodies

    def __iter__(self) -> Iterator[Body]:
        return iter(self._sorted)

    def get(self, name: str) -> Body | None:
        """The body with this canonical name, or None."""
        return self.bodies.get(name)

    def lookup(self, surface: str, date: str | None = None) -> list[Body]:
        """Every body whose name or an alias equals ``surface`` (whitespace-insensitive).

        Order: exact canonical matches first, then by kind, level (광역 before 기초) and name.
        With ``date`` (ISO), bodies that did not exist on that date are left out.
        """
        found = self._index.get(surface_key(surface))
        if not found:
            return []
        return [body for body in found if body.active_on(date)]

    def may_continue(self, prefix: str) -> bool:
        """Whether some surface form starts with ``prefix`` and goes on after it."""
        return surface_key(prefix) in self._prefixes

    def is_ambiguous(self, surface: str, date: str | None = None) -> bool:
        """Whether ``surface`` names more than one body."""
        return len(self.lookup(surface, date)) > 1

    def surfaces(self, include_spaceless: bool = True) -> list[tuple[str, Body]]:
        """Every (surface form, body) pair, sorted; for phrase patterns and Kiwi's dictionary.

        With ``include_spaceless`` a form written with spaces (광주 서구) also appears without
        them (광주서구), since news writes both and Kiwi's user words cannot hold spaces.
        """
        pairs: set[tuple[str, str]] = set()
        for body in self.bodies.values():
            for form in body.surface_forms():
                pairs.add((form, body.name))
                if include_spaceless and surface_key(form) != form:
                    pairs.add((surface_key(form), body.name))
        return [(form, self.bodies[name]) for form, name in sorted(pairs)]

    def user_words(self) -> list[str]:
        """Surface forms for Kiwi's user dictionary: no spaces, no ordinary-word aliases.

        예산 or 영광 added as proper nouns would turn every budget into a county, so the
        ``common_word_aliases`` of generic.yaml are left out; forms with spaces are joined.
        """
        forms = {surface_key(form) for form, _ in self.surfaces(include_spaceless=False)}
        return sorted(form for form in forms if form not in self._common and len(form) > 1)

    def children(self, name: str) -> list[Body]:
        """Bodies whose ``parent`` is ``name`` (canonical), sorted by name."""
        return list(self._children.get(name, ()))

    def _canonical(self, name: str) -> str | None:
        if name in self.bodies:
            return name
        found = self.lookup(name)
        return found[0].name if len(found) == 1 else None

    def resolve(
        self, surface: str, region: str | None = None, date: str | None = None
    ) -> Body | None:
        """The one body ``surface`` names in a story about ``region`` (a canonical body name).

        Unique candidate → it. Otherwise, in order: the candidates of the story's region, of
        its region group (광주·전남, 대구·경북 … in generic.yaml), then a lone 광역 among the
        candidates (광주 → 광주광역시 over 경기도 광주시). None when still ambiguous.
        """
        found = self.lookup(surface, date)
        if len(found) <= 1:
            return found[0] if found else None
        place = self.bodies.get(region) if region else None
        if place is not None and place.region:
            region = place.region  # a 기초 or any regional body stands for its 광역
        if region:
            group = self.region_group(region)
            for allowed in ({region}, group):
                near = [b for b in found if b.region in allowed]
                if len(near) == 1:
                    return near[0]
                if near:
                    found = near
                    break
        metro = [b for b in found if b.level == "metropolitan"]
        return metro[0] if len(metro) == 1 else None

    def region_group(self, region: str) -> set[str]:
        """The 광역 that news treats as one area with ``region`` (itself included)."""
        out = {region}
        for group in self.generic.get("region_groups", ()) or ():
            if region in group:
                out.update(group)
        return out

    def council_of(self, body_name: str) -> Body | None:
        """The council serving a local government (canonical name or an unambiguous alias)."""
        canonical = self._canonical(body_name)
        return self._council.get(canonical) if canonical else None

    def education_office_of(self, body_name: str) -> Body | None:
        """The education office serving a local government (canonical or unambiguous alias).

        A 광역 → its 시·도 교육청; a 기초 → its 교육지원청 when the data lists one.
        """
        canonical = self._canonical(body_name)
        return self._education.get(canonical) if canonical else None

    def in_region(self, region: str, kind: str | None = None) -> list[Body]:
        """Bodies whose ``region`` is the 광역 ``region`` (optionally of one kind), sorted."""
        return [b for b in self if b.region == region and (kind is None or b.kind == kind)]

    def words(self, group: str) -> tuple[str, ...]:
        """A word list of ``generic.yaml`` (e.g. ``never_bodies``, ``common_word_aliases``)."""
        value = self.generic.get(group, ())
        return tuple(value.keys()) if isinstance(value, dict) else tuple(value)

    def is_generic(self, surface: str) -> bool:
        """Whether ``surface`` is a generic word that never names a body by itself."""
        return surface_key(surface) in self._never

    def is_common_word(self, surface: str) -> bool:
        """Whether a place alias (예산, 영광, 경기) is also an ordinary word needing context."""
        return surface_key(surface) in self._common

    def resolve_generic(self, word: str, place: str) -> Body | None:
        """The body a context word (시의회, 구청, 도교육청 …) names in a story about ``place``.

        ``place`` is a local government (canonical or unambiguous alias), 광역 or 기초; the
        word's suffix picks the level: 구의회 in a 광주광역시 서구 story → 광주광역시 서구의회,
        시의회 in the same story → 광주광역시의회. None when nothing fits.
        """
        canonical = self._canonical(place)
        if canonical is None:
            return None
        key = surface_key(word)
        for group in ("council_words", "office_words", "education_words"):
            table = self.generic.get(group) or {}
            suffix = table.get(key)
            if suffix is None:
                continue
            target = self._local_government_ending(canonical, str(suffix))
            if target is None:
                return None
            if group == "council_words":
                return self._council.get(target.name)
            if group == "education_words":
                return self._education.get(target.name)
            return target
        return None

    def _local_government_ending(self, name: str, suffix: str) -> Body | None:
        body = self.bodies.get(name)
        while body is not None:
            if body.kind == "local_government" and body.name.endswith(suffix):
                return body
            if body.kind == "local_government" and (suffix, body.level) in _LEVEL_SUFFIXES:
                return body
            body = self.bodies.get(body.parent) if body.parent else None
        return None


def _ranking(key: str) -> Callable[[Body], tuple[int, int, int, str]]:
    def rank(body: Body) -> tuple[int, int, int, str]:
        exact = 0 if surface_key(body.name) == key else 1
        return (exact, _KIND_RANK.get(body.kind, 99), _LEVEL_RANK.get(body.level, 2), body.name)

    return rank


def _parse_line(path: Path, number: int, line: str) -> Body:
    where = f"{path}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ExtractionError(f"{where}: not valid JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise ExtractionError(f"{where}: expected a JSON object")
    for field in _REQUIRED:
        if not isinstance(record.get(field), str) or not record[field].strip():
            raise ExtractionError(f"{where}: missing or empty required field {field!r}")
    unknown = sorted(set(record) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        raise ExtractionError(f"{where}: unknown field(s) {', '.join(unknown)}")
    if record["kind"] not in KINDS:
        raise ExtractionError(f"{where}: unknown kind {record['kind']!r}")
    aliases = record.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise ExtractionError(f"{where}: 'aliases' must be a list of non-empty strings")
    for field in ("region", "parent", "level", "of", "since", "until"):
        if record.get(field) is not None and not isinstance(record[field], str):
            raise ExtractionError(f"{where}: {field!r} must be a string or null")
    for field in ("since", "until"):
        if record.get(field) is not None and not _ISO_DATE.fullmatch(record[field]):
            raise ExtractionError(f"{where}: {field!r} must be an ISO date (YYYY-MM-DD)")
    if record.get("level") is not None and record["level"] not in LEVELS:
        raise ExtractionError(f"{where}: unknown level {record['level']!r}")
    name = record["name"]
    return Body(
        name=name,
        kind=record["kind"],
        aliases=tuple(dict.fromkeys(a for a in aliases if a != name)),
        region=record.get("region"),
        parent=record.get("parent"),
        level=record.get("level"),
        of=record.get("of"),
        since=record.get("since"),
        until=record.get("until"),
    )


def read_bodies(path: Path) -> Iterator[tuple[int, Body]]:
    """(line number, body) for each non-blank line of one JSONL file; raises on a bad line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExtractionError(f"{path}: cannot read gazetteer ({exc})") from None
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, _parse_line(path, number, line)


def _read_generic(directory: Path) -> dict[str, Any]:
    path = directory / "generic.yaml"
    if not path.exists():
        return {}
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ExtractionError(f"{path}: cannot read generic words ({exc})") from None
    if not isinstance(data, dict):
        raise ExtractionError(f"{path}: expected a mapping of word groups")
    return data


def build_gazetteer(directory: Path) -> Gazetteer:
    """Read and validate every ``*.jsonl`` in ``directory`` (uncached)."""
    files = sorted(directory.glob("*.jsonl"))
    if not files:
        raise ExtractionError(f"{directory}: no gazetteer files (*.jsonl)")
    generic = _read_generic(directory)
    never = {surface_key(w) for w in generic.get("never_bodies", ()) or ()}
    seen: dict[str, str] = {}
    located: list[tuple[str, Body]] = []
    for path in files:
        for number, body in read_bodies(path):
            where = f"{path}:{number}"
            if body.name in seen:
                raise ExtractionError(
                    f"{where}: duplicate canonical name {body.name!r} (first at {seen[body.name]})"
                )
            for form in body.surface_forms():
                if surface_key(form) in never:
                    raise ExtractionError(f"{where}: generic word {form!r} used as a name")
            seen[body.name] = where
            located.append((where, body))
    names = {body.name for _, body in located}
    for where, body in located:
        for field in ("parent", "region", "of"):
            target = getattr(body, field)
            if target is not None and target not in names:
                raise ExtractionError(f"{where}: {field} {target!r} is not a known body")
    return Gazetteer((body for _, body in located), generic)


_CACHE: dict[Path, Gazetteer] = {}
_LOCK = threading.Lock()


def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    """The gazetteer of ``directory`` (default: the package data), read once per process.

    Raises:
        ExtractionError: a file is missing or unreadable, or a line is malformed (the message
            names ``file:line``).
    """
    key = Path(directory or DATA_DIR).resolve()
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = build_gazetteer(key)
            log.debug("gazetteer %s: %d bodies", key, len(_CACHE[key]))
        return _CACHE[key]


def __getattr__(name: str) -> tuple[str, ...]:
    # GENERIC_COUNCIL_WORDS & co. live in generic.yaml; read them on first use, not at import.
    groups = {
        "GENERIC_COUNCIL_WORDS": "council_words",
        "GENERIC_OFFICE_WORDS": "office_words",
        "NEVER_BODIES": "never_bodies",
    }
    if name in groups:
        return load_gazetteer().words(groups[name])
    raise AttributeError(name)
