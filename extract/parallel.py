"""Parallel and sharded extraction: input files → ``Result(path, extraction | error)``, in order.

``extract_paths`` is the one engine behind ``gwangye extract`` and ``gwangye ingest``:

- **Streaming, bounded memory.** Files are handed to worker processes in small chunks with at
  most a fixed window of chunks in flight; the corpus is never listed into memory as text, and
  results are yielded as soon as the chunk at the head of the window is done.
- **Deterministic.** Results come out in input-file order whatever the number of workers, so
  ``workers=N`` writes byte-identical JSON Lines to ``workers=1``.
- **Processes, not threads.** Each worker builds its own :class:`~extract.pipeline.Extractor`
  once (pool initializer). The pool uses the ``forkserver`` start method where it exists
  (``spawn`` elsewhere): a worker never inherits a parent's Kiwi threads mid-flight.
- **Sharding.** ``shard="I/N"`` (1-based: ``1/3``, ``2/3``, ``3/3``) keeps the files whose
  shard key hashes to shard I. The key is the file's path *relative to the argument that named
  it* (a directory or the fixed prefix of a glob; a file argument: its base name), in POSIX
  form, so the same file lands in the same shard on every machine that names the same corpus
  root, whatever the listing order or mount point. The N shards are disjoint and their union
  is the whole corpus.
"""

from __future__ import annotations

import glob
import hashlib
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from ontology.errors import ConfigError, ExtractionError, GwangyeError, InputError
from ontology.model import StoryExtraction

log = logging.getLogger(__name__)

CHUNK_FILES = 4
"""Files per task sent to a worker: large enough to hide the hand-over cost, small enough
that one slow file does not hold the window's head for long."""

WINDOW_PER_WORKER = 4
"""Chunks in flight per worker: bounds memory (results wait at most this long for the head)."""


# --- results --------------------------------------------------------------------------------


class Result(NamedTuple):
    """One story's extraction, or the error that stopped a file (or an input argument)."""

    path: str
    value: StoryExtraction | InputError

    @property
    def ok(self) -> bool:
        return not isinstance(self.value, InputError)


# --- sharding -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Shard:
    """Shard ``index`` (1-based) of ``count``."""

    index: int
    count: int

    @classmethod
    def parse(cls, spec: str | Shard | None) -> Shard | None:
        """``"I/N"`` → Shard; ``None`` or ``""`` → no sharding.

        Raises:
            ConfigError: when the spec is not ``I/N`` with 1 <= I <= N.
        """
        if spec is None or isinstance(spec, Shard):
            return spec
        text = str(spec).strip()
        if not text:
            return None
        index_text, slash, count_text = text.partition("/")
        try:
            if not slash:
                raise ValueError
            index, count = int(index_text), int(count_text)
        except ValueError:
            raise ConfigError(f"--shard {text!r}: expected I/N, e.g. 1/4 (1-based)") from None
        if count < 1 or not 1 <= index <= count:
            raise ConfigError(f"--shard {text!r}: need 1 <= I <= N (shards are numbered from 1)")
        return cls(index, count)

    def holds(self, key: str) -> bool:
        return shard_of(key, self.count) == self.index

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def shard_of(key: str, count: int) -> int:
    """The 1-based shard of a shard key: a stable hash (never Python's salted ``hash``)."""
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


def shard_key(path: Path, root: Path | None) -> str:
    """The file's path relative to ``root`` in POSIX form; its base name when no root."""
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.name


def _glob_root(spec: str) -> Path:
    """The directory part of a glob before its first wildcard (``data/2024/*.txt`` → data/2024)."""
    parts: list[str] = []
    for part in Path(spec).parts:
        if glob.has_magic(part):
            break
        parts.append(part)
    return Path(*parts) if parts else Path(".")


def iter_sharded_files(
    paths: Iterable[str | os.PathLike[str]], shard: str | Shard | None = None
) -> Iterator[Path | InputError]:
    """The article files named by ``paths`` that belong to ``shard``, each once, in order.

    An argument that names no file comes out as an :class:`InputError` in its place, so the
    caller reports it and carries on. Without a shard every file is kept.
    """
    from extract.reading.inputs import expand_input

    wanted = Shard.parse(shard)
    seen: set[Path] = set()
    for spec in paths:
        spec = os.fspath(spec)
        try:
            files = expand_input(spec)
        except InputError as err:
            yield err
            continue
        if Path(spec).is_dir():
            root: Path | None = Path(spec)
        elif Path(spec).is_file():
            root = None
        else:
            root = _glob_root(spec)
        for path in files:
            resolved = path.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            if wanted is None or wanted.holds(shard_key(path, root)):
                yield path


# --- the work of one file --------------------------------------------------------------------

# Errors cross the process boundary as (path, cause) pairs: InputError's two-argument
# constructor does not survive pickling.
_FileOutcome = tuple[str, "list[StoryExtraction] | tuple[str, str]"]

_worker_extractor: Any = None
_worker_failure: BaseException | None = None


def default_extractor_factory() -> Any:
    from extract.pipeline import Extractor

    return Extractor()


def _extract_file(extractor: Any, path: str) -> _FileOutcome:
    from extract.reading import read_stories

    try:
        stories = read_stories(path)
    except InputError as err:
        return path, (err.path, err.cause)
    except (OSError, UnicodeError, ValueError) as err:
        return path, (path, f"cannot read: {err}")
    extractions: list[StoryExtraction] = []
    for story in stories:
        try:
            extractions.append(extractor.extract(story))
        except GwangyeError as err:
            return path, (path, f"extraction failed: {err}")
        except Exception as err:  # one odd file must not end a corpus run
            log.exception("%s: extraction failed", path)
            return path, (path, f"extraction failed: {type(err).__name__}: {err}")
    return path, extractions


def _init_worker(factory: Callable[[], Any], log_level: int) -> None:
    global _worker_extractor, _worker_failure
    logging.basicConfig(level=log_level, format="%(levelname)s %(name)s[%(process)d]: %(message)s")
    try:
        _worker_extractor = factory()
    except BaseException as err:  # noqa: BLE001 — re-raised in the parent by the first task
        _worker_failure = err


def _extract_chunk(paths: Sequence[str]) -> list[_FileOutcome]:
    if _worker_failure is not None:
        raise ExtractionError(f"worker could not build the extractor: {_worker_failure}")
    return [_extract_file(_worker_extractor, path) for path in paths]


def _results(outcome: _FileOutcome) -> Iterator[Result]:
    path, value = outcome
    if isinstance(value, tuple):
        yield Result(path, InputError(*value))
    else:
        for extraction in value:
            yield Result(path, extraction)


# --- the engine -----------------------------------------------------------------------------


def default_start_method() -> str:
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def extract_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int = 1,
    shard: str | Shard | None = None,
    extractor: Any = None,
    extractor_factory: Callable[[], Any] | None = None,
    chunk_files: int = CHUNK_FILES,
    start_method: str | None = None,
    keep_file: Callable[[Path], bool] | None = None,
) -> Iterator[Result]:
    """Extract every story of the files named by ``paths`` (files, directories, globs).

    Args:
        paths: input arguments, as on the command line.
        workers: worker processes; 1 extracts in this process.
        shard: ``"I/N"`` (1-based) to keep only this machine's share of the corpus.
        extractor: an already built extractor to reuse (``workers=1`` only).
        extractor_factory: builds an extractor; must be picklable (a module-level function).
        chunk_files: files per task handed to a worker.
        start_method: ``forkserver`` (default where available) or ``spawn``.
        keep_file: called in this process on each file of the shard; False skips the file
            (``ingest`` uses it to skip files whose stories are all stored already).

    Yields:
        ``Result(path, StoryExtraction)`` per story, or ``Result(path, InputError)`` per file
        (or argument) that could not be read, in input order.

    Raises:
        ConfigError: bad ``workers`` or ``shard``.
        ExtractionError: the extractor cannot be built, or a worker process died.
    """
    if workers < 1:
        raise ConfigError(f"--workers {workers}: need at least 1")
    wanted = Shard.parse(shard)
    factory = extractor_factory or default_extractor_factory
    files = iter_sharded_files(paths, wanted)
    if keep_file is not None:
        files = (f for f in files if isinstance(f, InputError) or keep_file(f))
    if workers == 1:
        yield from _extract_serial(files, extractor if extractor is not None else factory())
    else:
        yield from _extract_pooled(files, workers, factory, chunk_files, start_method)


def _extract_serial(files: Iterator[Path | InputError], extractor: Any) -> Iterator[Result]:
    for item in files:
        if isinstance(item, InputError):
            yield Result(item.path, item)
        else:
            yield from _results(_extract_file(extractor, str(item)))


def _extract_pooled(
    files: Iterator[Path | InputError],
    workers: int,
    factory: Callable[[], Any],
    chunk_files: int,
    start_method: str | None,
) -> Iterator[Result]:
    context = multiprocessing.get_context(start_method or default_start_method())
    if context.get_start_method() == "forkserver":
        # Import (not build) the pipeline once in the fork server: workers start faster.
        context.set_forkserver_preload(["extract.pipeline", "extract.reading"])
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(factory, logging.getLogger().getEffectiveLevel()),
    )
    window = max(2, workers * WINDOW_PER_WORKER)
    # Each slot is a Future of one chunk's outcomes, or an argument error kept in its place.
    pending: deque[Future[list[_FileOutcome]] | InputError] = deque()
    chunk: list[str] = []

    def submit() -> None:
        if chunk:
            pending.append(pool.submit(_extract_chunk, list(chunk)))
            chunk.clear()

    try:
        for item in files:
            if isinstance(item, InputError):
                submit()  # the error keeps its place after the files named before it
                pending.append(item)
            else:
                chunk.append(str(item))
                if len(chunk) >= chunk_files:
                    submit()
            while len(pending) >= window:
                yield from _drain_head(pending)
        submit()
        while pending:
            yield from _drain_head(pending)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _drain_head(pending: deque[Future[list[_FileOutcome]] | InputError]) -> Iterator[Result]:
    head = pending.popleft()
    if isinstance(head, InputError):
        yield Result(head.path, head)
        return
    try:
        outcomes = head.result()
    except BrokenProcessPool as err:
        raise ExtractionError(f"an extraction worker process died: {err}") from err
    for outcome in outcomes:
        yield from _results(outcome)


# --- command-line wiring ---------------------------------------------------------------------


def resolve_workers(workers: int | None) -> int:
    """``--workers`` or the ``workers`` setting; 0 means one per CPU."""
    from graph import settings

    value = int(settings.get("workers", workers))
    if value == 0:
        value = os.cpu_count() or 1
    if value < 1:
        raise ConfigError(f"--workers {value}: need at least 1 (0: one per CPU)")
    return value


def parallel_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Click decorator adding ``--workers N`` and ``--shard I/N`` to a command.

    The command receives ``workers`` (int or None: use :func:`resolve_workers`) and
    ``shard`` (str or None: pass to :func:`extract_paths`).
    """
    import click

    command = click.option(
        "--shard",
        default=None,
        metavar="I/N",
        help="Process only shard I of N (1-based) of the input files; the N shards are "
        "disjoint and together cover the corpus, the same on every machine.",
    )(command)
    command = click.option(
        "--workers",
        type=int,
        default=None,
        help="Extraction worker processes (default: the `workers` setting, "
        "env GWANGYE_WORKERS; 0: one per CPU).",
    )(command)
    return command
