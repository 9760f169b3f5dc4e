"""A spaCy tokenizer backed by Kiwi: morphemes as tokens, Kiwi's tags, Kiwi's sentences.

``spacy.blank("ko")`` wants mecab; instead a ``spacy.blank("xx")`` gets this tokenizer,
registered as ``gwangye.kiwi_tokenizer.v1``. ``doc.text`` always equals the input: a token is
the surface span of one Kiwi morpheme (morphemes whose spans overlap, as in 했다 → 하+었+다,
are merged into one token), whitespace goes into ``spaces``, and any character Kiwi skipped
becomes a token of its own tagged ``X``.
"""

from __future__ import annotations

import itertools
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

log = logging.getLogger(__name__)

TOKENIZER_NAME = "gwangye.kiwi_tokenizer.v1"
# Kiwi's model gives up on very long runs without a break; text is fed to it in pieces
# cut at line ends (or, failing that, at spaces) no longer than this.
MAX_CHUNK = 4000
# A run without any space (lost spacing, junk) costs Kiwi more than linear time: such runs are
# cut into pieces of at most this many characters.
MAX_RUN = 200
_LONG_RUN = re.compile(f"[^ \\n]{{{MAX_RUN + 1},}}")


def make_kiwi(user_words: Iterable[tuple[str, str, float]] = ()) -> Any:
    """Load Kiwi once and add ``(word, tag, score)`` entries to its user dictionary."""
    from kiwipiepy import Kiwi

    kiwi = Kiwi()
    added = 0
    for word, tag, score in user_words:
        word = word.strip()
        if not word or " " in word or len(word) < 2:
            continue
        try:
            if kiwi.add_user_word(word, tag, score):
                added += 1
        except Exception as err:  # noqa: BLE001 - a malformed entry must not stop the pipeline
            log.debug("user word %r refused: %s", word, err)
    log.debug("kiwi user dictionary: %d words", added)
    return kiwi


def _chunks(text: str) -> list[tuple[int, str]]:
    """Cut text into pieces Kiwi handles, at line ends or spaces; keep their offsets."""
    pieces: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + MAX_CHUNK)
        if end < n:
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            if cut > start:
                end = cut + 1
        # No break in a long stretch: cut it hard so Kiwi stays fast on junk.
        long_run = _LONG_RUN.search(text, start, end)
        if long_run is not None:
            end = long_run.start() + MAX_RUN
        pieces.append((start, text[start:end]))
        start = end
    return pieces


class KiwiTokenizer:
    """Callable ``str -> Doc`` over a shared Kiwi instance."""

    def __init__(self, vocab: Vocab, kiwi: Any | None = None) -> None:
        self.vocab = vocab
        self.kiwi = kiwi if kiwi is not None else make_kiwi()

    def morphemes(self, text: str) -> Iterator[tuple[int, int, str, str, int]]:
        """Kiwi morphemes as ``(start, end, tag, form, sentence_no)`` over the whole text."""
        sent_base = 0
        for offset, piece in _chunks(text):
            if not piece.strip():
                continue
            try:
                tokens = self.kiwi.tokenize(piece)
            except Exception as err:  # noqa: BLE001 - Kiwi refusing odd input: that piece yields nothing
                log.warning("kiwi could not tokenize %d chars: %s", len(piece), err)
                continue
            last = -1
            for tok in tokens:
                start = offset + tok.start
                sent = tok.sent_position
                yield start, start + tok.len, tok.tag, tok.form, sent_base + sent
                last = max(last, sent)
            sent_base += last + 1

    def __call__(self, text: str) -> Doc:
        n = len(text)
        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str] = []
        # typed as spaCy's Doc(sent_starts=...) takes it (a list is invariant)
        starts: list[bool | int | None] = []
        pos = 0
        prev_sent = -1

        def add_gap(gap_start: int, gap_end: int) -> None:
            # Characters Kiwi did not cover: whitespace becomes a space or a whitespace token,
            # anything else a token tagged X.
            i = gap_start
            while i < gap_end:
                ch = text[i]
                if ch == " " and words and not spaces[-1]:
                    spaces[-1] = True
                    i += 1
                    continue
                j = i + 1
                if ch.isspace():
                    while j < gap_end and text[j].isspace() and not (text[j] == " " and j == gap_end - 1):
                        j += 1
                else:
                    while j < gap_end and not text[j].isspace():
                        j += 1
                words.append(text[i:j])
                spaces.append(False)
                tags.append("_SP" if ch.isspace() else "X")
                starts.append(False)
                i = j

        # One pass: morphemes whose character spans overlap (했다 = 하+었+다) make one token,
        # emitted when the next morpheme starts past it.
        g_start, g_end, g_tag, g_sent = -1, -1, "", 0
        past_end = (sys.maxsize, sys.maxsize, "", "", 0)  # flushes the last group
        for start, end, tag, _form, sent in itertools.chain(self.morphemes(text), (past_end,)):
            if end <= start:
                end = start + 1
            if g_start >= 0 and start < g_end:
                g_end = max(g_end, end)
                g_tag += "+" + tag
                continue
            if g_start >= 0:
                a, b = max(g_start, pos), min(g_end, n)
                if b > a:
                    if a > pos:
                        add_gap(pos, a)
                    words.append(text[a:b])
                    spaces.append(False)
                    tags.append(g_tag)
                    starts.append(g_sent != prev_sent)
                    prev_sent = g_sent
                    pos = b
            g_start, g_end, g_tag, g_sent = start, end, tag, sent
        add_gap(pos, n)
        if starts:
            starts[0] = True
        doc = Doc(self.vocab, words=words, spaces=spaces, tags=tags, sent_starts=starts)
        if doc.text != text:  # never hand on a doc whose text differs from the input
            log.warning("tokenizer alignment failed; falling back to whitespace tokens")
            doc = _whitespace_doc(self.vocab, text)
        return doc


def _whitespace_doc(vocab: Vocab, text: str) -> Doc:
    words = text.split(" ")
    spaces = [True] * (len(words) - 1) + [False]
    keep = [(w, s) for w, s in zip(words, spaces)]
    # Empty strings from double spaces are not allowed as words: fold them into a space token.
    out_w: list[str] = []
    out_s: list[bool] = []
    for w, s in keep:
        if w == "":
            out_w.append(" ")
            out_s.append(False)
        else:
            out_w.append(w)
            out_s.append(s)
    if not out_w or "".join(w + (" " if s else "") for w, s in zip(out_w, out_s)) != text:
        return Doc(vocab, words=[text] if text else [], spaces=[False] if text else [])
    return Doc(vocab, words=out_w, spaces=out_s)


@spacy.registry.tokenizers(TOKENIZER_NAME)
def create_kiwi_tokenizer() -> Callable[[Language], KiwiTokenizer]:
    def make(nlp: Language) -> KiwiTokenizer:
        return KiwiTokenizer(nlp.vocab)

    return make


def build_nlp(user_words: Iterable[tuple[str, str, float]] = ()) -> Language:
    """A blank multilingual pipeline whose tokenizer is Kiwi with the given user words."""
    nlp = spacy.blank("xx")
    nlp.tokenizer = KiwiTokenizer(nlp.vocab, make_kiwi(user_words))
    return nlp
