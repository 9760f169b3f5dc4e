"""Load the rule data of ``extract/data/patterns/*.yaml`` once, precompiled."""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from extract.cues import build
from extract.cues.agreements import AgreementCues
from extract.cues.companies import CompanyCues
from extract.cues.funding import FundNameCues, FundRoleCues, FundSpendingCues, MoneyCues
from extract.cues.mentions import MentionCues
from extract.cues.posts import PostCues
from extract.cues.programmes import ListCues, ProgrammeCues
from extract.cues.relations import MeetingCues, RequestCues, RunCues, VenueCues
from extract.reading.patterns import PATTERN_DIR
from extract.reading.patterns import load_pattern_file as _load
from ontology.errors import ExtractionError

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(sorted(words, key=len, reverse=True)))


@dataclass(frozen=True)
class Title:
    title: str
    implies: str
    suffix: str = ""
    bare: bool = False
    unit: bool = False
    body: str = ""


@dataclass
class Patterns:
    titles: list[Title]
    title_by_name: dict[str, Title]
    not_names: frozenset[str]
    not_titles: tuple[str, ...]
    surnames: frozenset[str]
    not_actor_titles: frozenset[str]
    org_suffixes: list[tuple[str, str, int]]  # (suffix, kind, min length), longest first
    not_orgs: frozenset[str]
    branch_suffixes: tuple[str, ...]
    company_markers: tuple[str, ...]
    anaphors: dict[str, str]
    alias_anaphors: frozenset[str]
    rel: dict[str, Any]
    req_trigger: re.Pattern[str]
    req_handover: re.Pattern[str]
    req_visit: re.Pattern[str]
    req_exclude: re.Pattern[str]
    agr_trigger: re.Pattern[str]
    agr_act: re.Pattern[str]
    agr_exclude: re.Pattern[str]
    fund_trigger: re.Pattern[str]
    per_recipient: re.Pattern[str]
    run_trigger: re.Pattern[str]
    negation: re.Pattern[str]
    reporting: re.Pattern[str]
    not_subject_after: re.Pattern[str]
    subject_companion: re.Pattern[str]
    prog_suffixes: tuple[str, ...]
    phrase_suffixes: tuple[str, ...]
    fund_suffixes: tuple[str, ...]
    prog_generic: frozenset[str]
    stop_heads: frozenset[str]
    trailing_actions: tuple[str, ...]
    events: tuple[str, ...]
    quote_not_programme: re.Pattern[str]
    list_markers: str
    fund_roles: FundRoleCues
    fund_spending: FundSpendingCues
    money: MoneyCues
    agreements: AgreementCues
    posts: PostCues
    runs: RunCues
    requests: RequestCues
    meetings: MeetingCues
    venues: VenueCues
    mentions: MentionCues
    programmes: ProgrammeCues
    lists: ListCues
    companies: CompanyCues
    fund_names: FundNameCues
    not_org_endings: re.Pattern[str] = re.compile(r'(?!x)x')
    unit_needs_particle: tuple[str, ...] = ()
    generic_org_heads: frozenset[str] = frozenset()
    abstract_endings: re.Pattern[str] = re.compile(r'(?!x)x')
    counters: re.Pattern[str] = re.compile(r'(?!x)x')
    phrase_suffixes_multiword: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


def _cues(cls: type[T], name: str, section: str, files: dict[str, dict[str, Any]]) -> T:
    """The cue dataclass ``cls`` from ``section`` of the pattern file ``name`` (read once)."""
    if name not in files:
        files[name] = _load(name)
    return build(cls, str(PATTERN_DIR / name), files[name].get(section))


# The files whose entries Patterns holds directly (the cue sets name their own file).
_CORE_FILES = ("titles.yaml", "names.yaml", "organizations.yaml", "relations.yaml", "programmes.yaml")


@functools.lru_cache(maxsize=1)
def load_patterns() -> Patterns:
    """All rule data, read once per process (ExtractionError if a file or key is broken)."""
    files = {name: _load(name) for name in _CORE_FILES}
    try:
        return _build(files)
    except (KeyError, TypeError, ValueError, AttributeError, re.error) as err:
        raise ExtractionError(
            f"{PATTERN_DIR}: one of {', '.join(_CORE_FILES)}: missing or malformed entry: {err!r}") from err


def _build(files: dict[str, dict[str, Any]]) -> Patterns:
    t, n, o, r, p = (files[name] for name in _CORE_FILES)
    titles = [Title(**row) for row in t["titles"]]
    titles.sort(key=lambda x: len(x.title), reverse=True)
    org_suffixes = sorted(
        ((row["suffix"], row["kind"], int(row.get("min", len(row["suffix"]) + 1)))
         for row in o["suffixes"]),
        key=lambda x: len(x[0]), reverse=True,
    )
    return Patterns(
        titles=titles,
        title_by_name={x.title: x for x in titles},
        not_names=frozenset(t.get("not_names", [])),
        not_titles=tuple(t.get("not_titles", [])),
        surnames=frozenset(n["surnames"]),
        not_actor_titles=frozenset(n.get("not_actor_titles", [])),
        org_suffixes=org_suffixes,
        not_orgs=frozenset(o.get("not_orgs", [])),
        branch_suffixes=tuple(o.get("branch_suffixes", [])),
        company_markers=tuple(o.get("company_markers", [])),
        anaphors=dict(o.get("anaphors", {})),
        alias_anaphors=frozenset(o.get("alias_anaphors", [])),
        rel=r,
        req_trigger=_alternation(r["requested"]["triggers"]),
        req_handover=re.compile("|".join(r["requested"]["handover"])),
        req_visit=_alternation(r["requested"]["visit"]),
        req_exclude=_alternation(r["requested"]["exclude"]),
        agr_trigger=_alternation(r["agreed_with"]["triggers"]),
        agr_act=_alternation(r["agreed_with"]["acts"]),
        agr_exclude=_alternation(r["agreed_with"]["exclude"]),
        fund_trigger=_alternation(r["funds"]["triggers"]),
        per_recipient=re.compile("|".join(r["funds"]["per_recipient"])),
        run_trigger=_alternation(r["runs"]["triggers"]),
        negation=_alternation(r["negation"]),
        reporting=re.compile("|".join(r["reporting"])),
        not_subject_after=re.compile(r"\s*(" + "|".join(r["not_subject_after"]) + ")"),
        subject_companion=re.compile("|".join(r["subject_companions"])),
        prog_suffixes=tuple(sorted(p["suffixes"], key=len, reverse=True)),
        phrase_suffixes_multiword=tuple(p.get("phrase_suffixes_multiword", [])),
        phrase_suffixes=tuple(sorted(p.get("phrase_suffixes", p["suffixes"]), key=len, reverse=True)),
        fund_suffixes=tuple(sorted(p["funds"], key=len, reverse=True)),
        prog_generic=frozenset(p["generic"]),
        stop_heads=frozenset(p["stop_heads"]),
        trailing_actions=tuple(sorted(p["trailing_actions"], key=len, reverse=True)),
        events=tuple(sorted(p["events"], key=len, reverse=True)),
        quote_not_programme=re.compile("|".join(p["quote_not_programme_after"])),
        list_markers="".join(p["list_markers"]),
        fund_roles=_cues(FundRoleCues, "funding.yaml", "fund_roles", files),
        fund_spending=_cues(FundSpendingCues, "funding.yaml", "fund_spending", files),
        money=_cues(MoneyCues, "funding.yaml", "money", files),
        agreements=_cues(AgreementCues, "agreements.yaml", "agreements", files),
        posts=_cues(PostCues, "posts.yaml", "posts", files),
        runs=_cues(RunCues, "relations.yaml", "runs", files),
        requests=_cues(RequestCues, "relations.yaml", "requested", files),
        meetings=_cues(MeetingCues, "organizations.yaml", "meetings", files),
        venues=_cues(VenueCues, "programmes.yaml", "not_programmes", files),
        mentions=_cues(MentionCues, "mentions.yaml", "mentions", files),
        programmes=_cues(ProgrammeCues, "programmes.yaml", "finder", files),
        lists=_cues(ListCues, "programmes.yaml", "lists", files),
        companies=_cues(CompanyCues, "organizations.yaml", "companies", files),
        fund_names=_cues(FundNameCues, "funding.yaml", "fund_names", files),
        not_org_endings=re.compile("|".join(o.get("not_org_endings", [r"(?!x)x"]))),
        unit_needs_particle=tuple(o.get("unit_needs_particle", [])),
        generic_org_heads=frozenset(o.get("generic_org_heads", [])),
        abstract_endings=re.compile(p.get("abstract_endings", r"(?!x)x")),
        counters=re.compile(p.get("counters", r"(?!x)x")),
    )
