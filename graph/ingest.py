"""Read → extract → write, with resume: what ``gwangye ingest`` runs.

Inputs are article files (txt/html, directories, globs) or extraction JSON Lines (``.jsonl``,
the contract of shared/spec/EXTRACTION.md). Stories whose article is already stored are
skipped before extraction, so an interrupted ingest resumes where it stopped and a second
run over the same files writes nothing. A bad input file is reported and the run carries on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


def plan_inputs(paths: Iterable[str], report: IngestReport) -> list[Path]:
    """Expand the arguments into files (each once, in order); bad arguments go to the report."""
    files: list[Path] = []
    seen: set[Path] = set()
    for spec in paths:
        candidate = Path(spec)
        try:
            if is_jsonl(candidate):
                if not candidate.is_file():
                    raise InputError(spec, "no such file")
                found = [candidate]
            else:
                from extract.reading import iter_input_files

                found = list(iter_input_files([spec]))
        except InputError as err:
            report.errors.append(str(err))
            continue
        for path in found:
            if path.resolve() not in seen:
                seen.add(path.resolve())
                files.append(path)
    return files


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

    def run(self, paths: Iterable[str], progress: Callable[[Path], None] | None = None) -> IngestReport:
        files = plan_inputs(paths, self.report)
        for path in files:
            self.ingest_file(path)
            if progress is not None:
                progress(path)
        return self.report

    def ingest_file(self, path: Path) -> None:
        self.report.files += 1
        try:
            if is_jsonl(path):
                self._queue(self._jsonl(path))
            else:
                self._queue(self._extracted(path))
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

    def _extracted(self, path: Path) -> Iterator[StoryExtraction]:
        from extract.reading import read_stories

        stories = read_stories(path)
        self.report.stories += len(stories)
        stored = self._stored([s.hash for s in stories])
        for story in stories:
            if story.hash in stored:
                self.report.skipped += 1
                continue
            yield self.extractor.extract(story)

    def _stored(self, keys: list[str]) -> set[str]:
        check = getattr(self.store, "stored_articles", None)
        if check is not None:
            return set(check(keys))
        return {k for k in keys if self.store.has_article(k)}

    def _queue(self, extractions: Iterable[StoryExtraction]) -> None:
        for extraction in extractions:
            if extraction.hash is None:
                extraction.hash = article_key(None, extraction.source, extraction.story, extraction.title)
            self._pending.append(extraction)
            if len(self._pending) >= self.batch_articles:
                self.flush()

    queue = _queue  # public name: extract/parallel.py feeds extractions made in workers

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
           progress: Callable[[Path], None] | None = None) -> IngestReport:
    """Ingest ``paths`` into ``store``; see :class:`Ingester`."""
    return Ingester(store, extractor).run(paths, progress)
