"""Read → extract → write, with resume: what ``gwangye ingest`` runs.

Inputs are article files (txt/html, directories, globs) or extraction JSON Lines (``.jsonl``,
the contract of shared/spec/EXTRACTION.md). Stories whose article is already stored are
skipped before extraction, so an interrupted ingest resumes where it stopped and a second
run over the same files writes nothing. A bad input file is reported and the run carries on.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.parallel import Shard, extract_paths, resolve_workers
from graph.keys import article_key
from graph.store import GraphStore
from ontology.errors import ContractError, GwangyeError, InputError
from ontology.model import StoryExtraction, read_jsonl

log = logging.getLogger(__name__)

JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(slots=True)
class IngestReport:
    files: int = 0
    stories: int = 0
    articles: int = 0  # newly written
    skipped: int = 0  # already stored
    nodes: int = 0
    relationships: int = 0
    errors: list[str] = field(default_factory=list)  # "FILE: cause"

    def summary(self) -> str:
        return (
            f"{self.files} files, {self.stories} stories: {self.articles} articles written, "
            f"{self.skipped} already stored; {self.nodes} nodes and {self.relationships} "
            f"relationships added" + (f"; {len(self.errors)} files failed" if self.errors else "")
        )


def is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in JSONL_SUFFIXES


class Ingester:
    """Writes files into a store in batches of whole articles."""

    def __init__(self, store: GraphStore, extractor: Any = None, batch_articles: int = 50) -> None:
        self.store = store
        self._extractor = extractor
        self.batch_articles = max(1, batch_articles)
        self.report = IngestReport()
        self._pending: list[StoryExtraction] = []

    @property
    def extractor(self) -> Any:
        if self._extractor is None:
            from extract.pipeline import Extractor

            self._extractor = Extractor()
        return self._extractor

    def run(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        workers: int = 1,
        shard: str | Shard | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> IngestReport:
        """Ingest ``paths``: extract (in ``workers`` processes), write here, in input order.

        ``.jsonl`` extraction files are written as they are. Articles already stored are
        skipped: whole files before extraction when the store holds articles, single stories
        by the store's own idempotent write.
        """
        report = self.report
        articles: list[str] = []
        for spec in (os.fspath(p) for p in paths):
            if is_jsonl(Path(spec)) and Path(spec).is_file():
                self.ingest_file(Path(spec))
                if progress is not None:
                    progress(spec)
            else:
                articles.append(spec)
        skip = None
        if articles and _holds_articles(self.store):
            skip = SkipStored(lambda keys: set(self.store.stored_articles(keys)))
        seen: set[str] = set()
        count = resolve_workers(workers)
        extractor = self.extractor if count == 1 else None  # built once, kept for reuse
        for result in extract_paths(articles, workers=count, shard=shard, keep_file=skip,
                                    extractor=extractor):
            if result.path not in seen:
                seen.add(result.path)
                if not (isinstance(result.value, InputError) and not Path(result.path).exists()):
                    report.files += 1
                if progress is not None:
                    progress(result.path)
            if isinstance(result.value, InputError):
                report.errors.append(str(result.value))
                continue
            report.stories += 1
            self._queue([result.value])
        self.flush()
        if skip is not None:
            report.files += skip.files
            report.stories += skip.stories
            report.skipped += skip.stories
        return report

    def ingest_file(self, path: Path) -> None:
        """Write one extraction JSON Lines file (whatever was read whole before a failure stays)."""
        self.report.files += 1
        try:
            self._queue(self._jsonl(path))
        except (InputError, ContractError) as err:
            self.report.errors.append(str(err) if str(path) in str(err) else f"{path}: {err}")
        except OSError as err:
            self.report.errors.append(f"{path}: {err.strerror or err}")
        except GwangyeError:
            raise
        finally:
            # whatever was read whole before a failure is kept
            self.flush()

    def _jsonl(self, path: Path) -> Iterator[StoryExtraction]:
        with path.open(encoding="utf-8") as handle:
            for extraction in read_jsonl(handle, str(path)):
                self.report.stories += 1
                yield extraction

    def _queue(self, extractions: Iterable[StoryExtraction]) -> None:
        for extraction in extractions:
            if extraction.hash is None:
                extraction.hash = article_key(None, extraction.source, extraction.story, extraction.title)
            self._pending.append(extraction)
            if len(self._pending) >= self.batch_articles:
                self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        summary = self.store.write(pending)
        self.report.articles += summary.articles
        self.report.skipped += summary.skipped
        self.report.nodes += summary.nodes
        self.report.relationships += summary.relationships


def ingest(paths: Iterable[str], store: GraphStore, extractor: Any = None,
           progress: Callable[[str], None] | None = None) -> IngestReport:
    """Ingest ``paths`` into ``store``; see :class:`Ingester`."""
    return Ingester(store, extractor).run(paths, progress=progress)


@dataclass(slots=True)
class SkipStored:
    """``keep_file`` for a resumed ingest: False when every story of the file is stored.

    ``stored(keys)`` returns the subset of article keys (story hashes) the store holds. The
    check reads the file in this process (reading costs a fraction of extraction), and is
    worth it only when the store already holds articles, so callers enable it then.
    """

    stored: Callable[[list[str]], set[str]]
    files: int = 0
    stories: int = 0

    def __call__(self, path: Path) -> bool:
        from extract.reading import read_stories

        try:
            keys = [story.hash for story in read_stories(path)]
        except InputError:
            return True  # the worker reports it in its place
        if keys and len(self.stored(keys)) == len(keys):
            self.files += 1
            self.stories += len(keys)
            return False
        return True


def _holds_articles(store: Any) -> bool:
    try:
        return bool(store.stats().get("articles"))
    except Exception:  # noqa: BLE001 — unknown: check every file, which is only slower
        return True

