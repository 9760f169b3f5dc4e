"""``gwangye stories``, ``gwangye extract`` and ``gwangye evaluate`` (registered in graph/cli.py).

Bad input never stops a run: each failing file gives one line ``gwangye: FILE: cause`` on
stderr, the other files go through, a summary closes the run and the exit status is 1.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import click

from extract.parallel import parallel_options
from ontology.errors import ConfigError, ContractError, ExtractionError, InputError
from ontology.model import Story, StoryExtraction, write_jsonl

log = logging.getLogger(__name__)


@dataclass
class RunTally:
    """Counts for the closing summary of a run."""

    files: int = 0
    stories: int = 0
    failures: list[str] = field(default_factory=list)

    def fail(self, name: str, cause: str) -> None:
        self.failures.append(name)
        click.echo(f"gwangye: {name}: {cause}", err=True)

    def summary(self) -> str:
        return (
            f"gwangye: {self.files} file(s) read, {self.stories} stor"
            f"{'y' if self.stories == 1 else 'ies'}, {len(self.failures)} failure(s)"
        )

    def finish(self) -> None:
        click.echo(self.summary(), err=True)
        if self.failures:
            raise SystemExit(1)


def iter_stories(paths: tuple[str, ...], tally: RunTally) -> Iterator[Story]:
    """Stories of every input, in argument order then file order; failures go to ``tally``."""
    from extract.reading import iter_input_files, read_stories

    for spec in paths:
        try:
            files = list(iter_input_files([spec]))
        except InputError as err:
            tally.fail(err.path, err.cause)
            continue
        for path in files:
            try:
                stories = read_stories(path)
            except InputError as err:
                tally.fail(str(path), err.cause)
                continue
            tally.files += 1
            tally.stories += len(stories)
            yield from stories


def _story_json(story: Story) -> str:
    return json.dumps(story.to_dict(), ensure_ascii=False, separators=(", ", ": "))


def _story_summary(story: Story) -> str:
    head = f"{story.source} #{story.index}"
    facts = [f"{len(story.text)} chars"]
    for label, value in (("date", story.date), ("outlet", story.outlet), ("reporter", story.reporter)):
        if value:
            facts.append(f"{label} {value}")
    title = story.title or story.text.split("\n", 1)[0][:60]
    return f"{head}  {title}\n    {', '.join(facts)}"


@click.command("stories")
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per story.")
def stories_command(paths: tuple[str, ...], as_json: bool) -> None:
    """Show the stories found in PATHS (files, directories, globs), to check segmentation."""
    tally = RunTally()
    for story in iter_stories(paths, tally):
        click.echo(_story_json(story) if as_json else _story_summary(story))
    tally.finish()


def _extractions(
    paths: tuple[str, ...], tally: RunTally, workers: int | None = None, shard: str | None = None
) -> Iterator[StoryExtraction]:
    """Extractions of every story, in input order, through the parallel engine."""
    from extract.parallel import extract_paths, resolve_workers

    read: set[str] = set()
    for result in extract_paths(paths, workers=resolve_workers(workers), shard=shard):
        if isinstance(result.value, InputError):
            tally.fail(result.value.path, result.value.cause)
            continue
        if result.path not in read:
            read.add(result.path)
            tally.files += 1
        tally.stories += 1
        yield result.value


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
    help="Write the JSON Lines here (default: standard output).",
)
@parallel_options
def extract_command(
    paths: tuple[str, ...], output: str | None, workers: int | None, shard: str | None
) -> None:
    """Extract entities and relations from PATHS as JSON Lines, one line per story."""
    tally = RunTally()
    try:
        if output is None:
            write_jsonl(_extractions(paths, tally, workers, shard), sys.stdout)
            sys.stdout.flush()
        else:
            with open(output, "w", encoding="utf-8", newline="\n") as handle:
                write_jsonl(_flushing(_extractions(paths, tally, workers, shard), handle), handle)
    except (ConfigError, ExtractionError) as err:
        click.echo(f"gwangye: {err}", err=True)
        tally.failures.append("<run>")
    tally.finish()


def _flushing(
    extractions: Iterator[StoryExtraction], handle: IO[str]
) -> Iterator[StoryExtraction]:
    """Flush after each line so output already written survives a later failure."""
    for extraction in extractions:
        yield extraction
        handle.flush()


def _system_rows(paths: tuple[str, ...], tally: RunTally) -> list[dict]:
    """Extraction rows for scoring: ``.jsonl`` inputs are read, articles are extracted."""
    from extract.evaluation import read_rows

    rows: list[dict] = []
    articles: list[str] = []
    for spec in paths:
        if spec.endswith(".jsonl") and Path(spec).is_file():
            try:
                found = read_rows(spec)
            except (ContractError, OSError, UnicodeDecodeError) as err:
                tally.fail(spec, str(err))
                continue
            rows.extend(found)
            tally.files += 1
            tally.stories += len(found)
        else:
            articles.append(spec)
    if articles:
        rows.extend(e.to_dict() for e in _extractions(tuple(articles), tally))
    return rows


@click.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("paths", nargs=-1, required=True)
@click.option("--show-errors", is_flag=True, help="List missed and extra entities and relations.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate_command(gold: str, paths: tuple[str, ...], show_errors: bool, as_json: bool) -> None:
    """Score extraction of PATHS (articles, or extraction .jsonl files) against GOLD."""
    from extract.evaluation import format_summary, read_gold, score, summarise

    tally = RunTally()
    try:
        gold_rows = read_gold(gold)
    except ContractError as err:
        raise click.ClickException(str(err)) from err
    counts, errors = score(gold_rows, _system_rows(paths, tally))
    summary = summarise(counts)
    if show_errors:
        for line in errors:
            click.echo(line)
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False))
    else:
        click.echo(format_summary(summary))
    tally.finish()


COMMANDS: list[click.Command] = [stories_command, extract_command, evaluate_command]
