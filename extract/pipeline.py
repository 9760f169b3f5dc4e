"""``Extractor``: Story → StoryExtraction (entities, relations, evidence).

The spaCy pipeline (a blank ``xx`` language over the Kiwi tokenizer, gazetteer names in
Kiwi's user dictionary) is built once in ``__init__``; each story is tokenized once. Mentions
are found by rule (:mod:`extract.mentions`, :mod:`extract.programmes`), overlaps settled
(:mod:`extract.choose`), resolved to entities (:mod:`extract.canonical`), and the relation
rules of :mod:`extract.rules` run over the sentences (:mod:`extract.relations`).
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from extract.canonical import MARKERS_RE, Resolver
from extract.choose import choose
from extract.fund_names import fold_funds
from extract.gazetteer import load_gazetteer, surface_key
from extract.mention import LIST_SEPS, Mention
from extract.mentions import MentionFinder
from extract.patterns import load_patterns
from extract.programme_kinds import fold_programme_kinds
from extract.programmes import QUOTE_RE, ProgrammeFinder
from extract.relations import Context, rule, run_rules
from extract.tokenizer import build_nlp
from extract.words import SUBJECT, Word, is_hangul, words_of
from ontology.model import Entity, Relation, Story, StoryExtraction

log = logging.getLogger(__name__)

USER_WORD_SCORE = 5.0
# Span groups the pipeline leaves on the Doc (see Extractor.doc).
CANDIDATES = "gwangye.candidates"
MENTIONS = "gwangye.mentions"
GAZETTEER = "gwangye.gazetteer"  # the PhraseMatcher's gazetteer hits (inspection only)


class Extractor:
    """Builds the pipeline once; call :meth:`extract` per story."""

    def __init__(self) -> None:
        # The rule families register themselves on import: a broken rule module must stop the
        # run here, not turn every story into a quiet empty extraction.
        from extract import rules  # noqa: F401

        self.pat = load_patterns()
        self.gaz = load_gazetteer()
        common = set(self.gaz.words("common_word_aliases"))
        words = sorted({surface_key(form) for form, _ in self.gaz.surfaces()
                        if len(surface_key(form)) >= 3 and form not in common})
        self.nlp = build_nlp((w, "NNP", USER_WORD_SCORE) for w in words)
        self._user_words = set(words)
        # The PhraseMatcher only cross-checks the gazetteer lookup (it decides nothing), so it
        # is built on the first inspected Doc, not in every worker's start-up.
        self.gaz_matcher: PhraseMatcher | None = None
        self.finder = MentionFinder(self.pat, self.gaz)
        self.programmes = ProgrammeFinder(self.pat)

    def extract_many(self, stories: Iterable[Story]) -> list[StoryExtraction]:
        return [self.extract(s) for s in stories]

    def extract(self, story: Story) -> StoryExtraction:
        """Entities and relations of one story; odd text gives an empty extraction."""
        try:
            return self._extract(story, inspect=False)[0]
        except Exception:  # never raise on odd text: log it and hand on what we have
            log.exception("extraction failed for %s story %s", story.source, story.index)
            return StoryExtraction.empty(story)

    def doc(self, story: Story) -> Doc:
        """The story's annotated Doc, for inspection: span groups ``gwangye.candidates``
        (every candidate, label = type) and ``gwangye.mentions`` (the resolved ones,
        ``kb_id_`` = canonical name, ``id_`` = entity index) and ``gwangye.gazetteer``
        (the PhraseMatcher's gazetteer hits, a cross-check of the lookup)."""
        if self.gaz_matcher is None:
            self.gaz_matcher = gazetteer_matcher(
                self.nlp, [form for form, _ in self.gaz.surfaces()], self._user_words)
        return self._extract(story, inspect=True)[1]

    # -- steps ----------------------------------------------------------------------------------
    def _extract(self, story: Story, inspect: bool) -> tuple[StoryExtraction, Doc]:
        out = StoryExtraction.empty(story)
        text = story.text or ""
        doc = self.nlp(text)
        if not text.strip():
            return out, doc
        sents = _sentences(text, [(s.start_char, s.end_char) for s in doc.sents])
        tok_spans = [(t.idx, t.idx + len(t), t.tag_) for t in doc]
        tok_starts = [a for a, _, _ in tok_spans]

        def tags_in(a: int, b: int) -> list[tuple[int, int, str]]:
            i = max(0, bisect.bisect_right(tok_starts, a) - 1)
            found = []
            while i < len(tok_spans) and tok_spans[i][0] < b:
                if tok_spans[i][1] > a and tok_spans[i][2] != "_SP":
                    found.append(tok_spans[i])
                i += 1
            return found

        def tags_of(w: Word) -> list[str]:
            return [t for _, _, t in tags_in(w.start, w.end)]

        words = words_of(text)
        self.finder.tags_of = tags_of
        self.finder.phrase_hits = None
        if inspect and self.gaz_matcher is not None:
            doc.spans[GAZETTEER] = self.gaz_matcher(doc, as_spans=True)
            self.finder.phrase_hits = frozenset((sp.start_char, sp.end_char) for sp in doc.spans[GAZETTEER])
        people = self.finder.persons(text, words, story.reporter)
        orgs = self.finder.organizations(text, words, {}, story.date)
        progs = (self.programmes.quoted(text, tags_in) + self.programmes.items(text, tags_in)
                 + self.programmes.phrases(text, words, tags_of))
        progs = [p for p in progs if p.type == "Organization" or not self._org_shaped(p.props.get("name", p.surface))
                 or self._run_item(text, p)]
        run_items = {(p.start, p.end) for p in progs if p.type == "Programme" and self._run_item(text, p)}
        orgs = [o for o in orgs if (o.start, o.end) not in run_items]
        quotes = [(q.start, q.end) for q in progs if q.source == "quote"] + \
            [(m.start(), m.end()) for m in QUOTE_RE.finditer(text)]
        progs = [p for p in progs if p.source != "phrase"
                 or not any(a <= p.start and p.end <= b and (a, b) != (p.start, p.end) for a, b in quotes)]
        candidates = [m for m in people if m.type in ("Person", "Organization")] + orgs + progs
        chosen = choose(candidates)
        doc.spans[CANDIDATES] = _spans(doc, candidates)
        res = Resolver(self.pat, self.gaz)
        res.settle_place([m for m in chosen if m.type == "Organization"])
        mentions = self._resolve(res, chosen)
        moved = fold_programme_kinds(res, mentions, fold_funds(res, res.merge_programmes()))
        for m in mentions:
            while m.entity in moved:
                m.entity = moved[m.entity]
        taken = [(m.start, m.end) for m in mentions]
        anaphors = [m for m in people if m.type == "Anaphor"] + res.anaphors(text, words, taken)
        mentions += self._anaphora(res, anaphors, mentions)
        mentions.sort(key=lambda m: (m.start, m.end))
        for m in mentions:
            m.sent = _sent_index(sents, m.start)
        _share_list_particles(text, mentions)
        ctx = Context(text=text, sents=sents, mentions=mentions, res=res, pat=self.pat,
                      gaz=self.gaz, date=story.date)
        run_rules(ctx)
        doc.spans[MENTIONS] = _spans(doc, mentions, res)
        return self._output(out, res, ctx, moved), doc

    def _run_item(self, text: str, p: Mention) -> bool:
        """△가온사회서비스원 운영: a listed body with the act done to it is a programme."""
        span: tuple[int, int] | None = p.props.get("item_span")
        return span is not None and text[span[0]:span[1]].rstrip(" .,").endswith(self.pat.trailing_actions)

    def _org_shaped(self, name: str) -> bool:
        flat = name.replace(" ", "")
        return bool(self.gaz.lookup(flat)) or (
            self.finder.org_suffix(flat) is not None
            and not flat.endswith(self.pat.prog_suffixes + self.pat.fund_suffixes))

    def _resolve(self, res: Resolver, chosen: list[Mention]) -> list[Mention]:
        kept = []
        for m in chosen:
            if m.type == "Organization":
                if m.bodies:
                    body = res.pick(m)
                    if body is None:
                        continue
                    m.entity = res.org_for_body(body, m.surface, m.start)
                    if m.props.get("span_words", 1) > 1 and body.kind == "local_government" \
                            and body.level == "basic" and body.parent:
                        m.props["qualified_by"] = body.parent
                else:
                    name = MARKERS_RE.sub("", m.props.get("name", m.surface)).strip()
                    if len(name) < 2 or self.gaz.is_generic(name):
                        continue
                    m.entity = res.add("Organization", name, m.surface, m.start, {"kind": m.kind})
                    if m.props.get("marked"):
                        res.entities[m.entity].aliases.add(m.props["marked"])
            elif m.type == "Person":
                m.entity = res.add("Person", m.surface, None, m.start,
                                   {"title": m.props.get("title", "")})
            else:
                props = {}
                if m.props.get("amount_krw"):
                    props["amount_krw"] = m.props["amount_krw"]
                m.entity = res.add(m.type, m.props.get("name", m.surface), m.surface, m.start, props)
            kept.append(m)
        return kept

    def _anaphora(self, res: Resolver, anaphors: list[Mention], mentions: list[Mention]) -> list[Mention]:
        out = []
        persons = [m for m in mentions if m.type == "Person"]
        for a in anaphors:
            target = None
            if a.source == "person_anaphor":
                sur = a.props["surname"]
                cands = [p for p in persons if res.entities[p.entity].name.startswith(sur)]
                if not cands:
                    continue
                titled = [p for p in cands if a.props["title"] in str(res.entities[p.entity].props.get("title"))]
                pool = titled or cands
                before = [p for p in pool if p.start < a.start]
                target = (before[-1] if before else pool[0]).entity
                res.entities[target].aliases.add(a.surface if " " in a.surface else
                                                 f"{sur} {a.props['title']}")
                out.append(Mention(a.start, a.end, "Person", a.surface, "anaphor",
                                   entity=target, particle=a.particle or _particle(res, a)))
                continue
            level = a.props["level"]
            if level == "named_head":
                target = res.named_before(a.surface, a.start)
            elif level.startswith("lg_"):
                target = res.level_target(level, a.start)
            else:
                body = res.generic_target(a.surface)
                if body is None and level == "education":
                    body = res.generic_target(res.pat.posts.education_office)
                if body is not None:
                    target = res.org_for_body(body, None, a.start)
            if target is None:
                continue
            if a.surface in self.pat.alias_anaphors:
                res.entities[target].aliases.add(a.surface)
            out.append(Mention(a.start, a.end, "Organization", a.surface, "anaphor",
                               entity=target, particle=a.particle))
        return out

    def _output(self, out: StoryExtraction, res: Resolver, ctx: Context,
                moved: dict[int, int]) -> StoryExtraction:
        used = {r.source for r in ctx.relations} | {r.target for r in ctx.relations}
        mentioned = {m.entity for m in ctx.mentions if m.entity >= 0}
        keep = [i for i in range(len(res.entities)) if (i in used or i in mentioned) and i not in moved]
        keep.sort(key=lambda i: (res.entities[i].first, res.entities[i].name))
        ids = {i: f"e{n + 1}" for n, i in enumerate(keep)}
        for i in keep:
            e = res.entities[i]
            aliases = sorted(a for a in e.aliases if a != e.name)
            props = {k: v for k, v in e.props.items() if v not in (None, "")}
            out.entities.append(Entity(ids[i], e.type, e.name, aliases, props))
        for r in ctx.relations:
            if r.source in ids and r.target in ids:
                props = {k: v for k, v in r.props.items() if v not in (None, "", [])}
                out.relations.append(Relation(r.type, ids[r.source], ids[r.target], r.evidence, props))
        return out


def gazetteer_matcher(nlp: Language, forms: list[str], user_words: set[str]) -> PhraseMatcher:
    """A PhraseMatcher (ORTH) over the gazetteer's surface forms, tokenized by the same Kiwi
    tokenizer. Kiwi's user words are one token each, so they are patterns as they stand; the
    other forms go through Kiwi as one text, a line each (one call instead of thousands),
    each name still read on its own line."""
    forms = sorted(set(forms))
    patterns = [Doc(nlp.vocab, words=[f]) for f in forms if f in user_words]
    rest = [f for f in forms if f not in user_words]
    joined = nlp.make_doc("\n".join(rest))
    i, start = 0, 0
    for form in rest:
        end = start + len(form)
        while i < len(joined) and joined[i].idx < start:
            i += 1
        words: list[str] = []
        while i < len(joined) and joined[i].idx + len(joined[i].text) <= end:
            words.append(joined[i].text)
            i += 1
        if "".join(words) != form.replace(" ", ""):  # Kiwi read across the line break
            words = [t.text for t in nlp.make_doc(form) if not t.is_space]
        if words:
            patterns.append(Doc(nlp.vocab, words=words))
        start = end + 1
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    matcher.add("GAZETTEER", patterns)
    log.debug("gazetteer PhraseMatcher: %d patterns from %d forms", len(patterns), len(forms))
    return matcher


def _spans(doc: Doc, mentions: list[Mention], res: Resolver | None = None) -> list[Span]:
    """Mentions as Doc spans (label = type); expanded to whole tokens, since Kiwi may glue a
    particle to a name's last token."""
    out = []
    for m in mentions:
        if res is not None and m.entity >= 0:
            kb_id, span_id = res.entities[m.entity].name, str(m.entity)
        else:
            kb_id, span_id = (m.bodies[0].name if m.bodies else ""), m.source
        span = doc.char_span(m.start, m.end, label=m.type, kb_id=kb_id, span_id=span_id,
                             alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


def _share_list_particles(text: str, mentions: list[Mention]) -> None:
    """산림청, 기획재정부, 행정안전부 등을: every member of a list takes the list's particle."""
    actors = [m for m in mentions if m.type in ("Person", "Organization") and not m.props.get("inside")]
    run: list[Mention] = []
    def end_of(m: Mention) -> int:
        span = m.props.get("title_span")
        return span[1] if span else m.end

    for m in actors + [None]:  # type: ignore[list-item]
        if m is not None and run and not run[-1].particle and run[-1].sent == m.sent \
                and text[end_of(run[-1]):m.start] in LIST_SEPS and run[-1].type == m.type:
            run.append(m)
            continue
        if len(run) > 1 and run[-1].particle:
            for r in run[:-1]:
                r.particle = run[-1].particle
                r.props["listed"] = True
        run = [m] if m is not None else []


def _particle(res: Resolver, m: Mention) -> str:
    return m.particle


def _sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Kiwi's sentences, cut again at line ends (headlines, captions and list lines)."""
    out = []
    glued: list[tuple[int, int]] = []
    for a, b in spans:  # 보은.옥천.영동군: a dot between place syllables ends no sentence
        if glued and glued[-1][1] == a and 0 < a < len(text) and text[a - 1] == "." \
                and is_hangul(text[a]) and is_hangul(text[max(0, a - 2)]) and text[a - 2] not in "다요까":
            glued[-1] = (glued[-1][0], b)
        else:
            glued.append((a, b))
    for a, b in glued:
        start = a
        while True:
            cut = text.find("\n", start, b)
            if cut == -1:
                break
            if text[start:cut].strip():
                out.append((start, cut))
            start = cut + 1
        if text[start:b].strip():
            out.append((start, b))
    return out or [(0, len(text))]


def _sent_index(sents: list[tuple[int, int]], pos: int) -> int:
    starts = [a for a, _ in sents]
    return max(0, bisect.bisect_right(starts, pos) - 1)


@rule(15)
def main_actor(ctx: Context) -> None:
    """The body (or person's body) the story's lead is about (GUIDE: unstated subject)."""
    for s in range(len(ctx.sents)):
        subj = ctx.subject(s)
        if subj is None:
            first = ctx.actors(s)
            if first and first[0].start == ctx.sents[s][0] and \
                    ctx.text[first[0].end:first[0].end + 1] in (",", "·"):
                subj = first[0]
        if subj is not None and ctx.res.entities[subj.entity].type in ("Organization", "Person"):
            body = ctx.body_of(subj.entity)
            if body is not None:
                ctx.main_actor = body
                return
    orgs = [m for m in ctx.mentions if m.type == "Organization" and m.entity >= 0
            and m.particle in SUBJECT]
    if orgs:
        ctx.main_actor = orgs[0].entity
