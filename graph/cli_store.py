"""Store commands: ``ingest``, ``query``, ``db status|start|stop``, ``merge``, ``recount``."""

from __future__ import annotations

import csv
import io
import itertools
import json
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from extract.parallel import parallel_options
from ontology.errors import GwangyeError

STORE_HELP = "Graph store URI (default: the `store` setting, env GWANGYE_STORE: `embedded`)."


def _fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"gwangye: {message}", err=True)
    sys.exit(code)


def _open(store: str | None) -> Any:
    from graph.store import open_store

    try:
        return open_store(store)
    except GwangyeError as err:
        _fail(str(err))


# --- ingest -----------------------------------------------------------------------------------

@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--store", default=None, help=STORE_HELP)
@click.option("--batch-size", type=int, default=None,
              help="Rows per UNWIND batch (env GWANGYE_BATCH_SIZE).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
@parallel_options
def ingest_command(paths: tuple[str, ...], store: str | None, batch_size: int | None,
                   progress: bool | None, workers: int | None, shard: str | None) -> None:
    """Read, extract and store PATHS (article files, directories, globs, or .jsonl extractions).

    Articles already stored are skipped, so running it twice changes nothing and an
    interrupted run resumes where it stopped.
    """
    from extract.parallel import resolve_workers
    from graph.ingest import Ingester

    try:
        count = resolve_workers(workers)
    except GwangyeError as err:
        _fail(str(err))
    graph_store = _open(store)
    if batch_size is not None:
        graph_store.batch_size = max(1, batch_size)
    ingester = Ingester(graph_store)
    show = sys.stderr.isatty() if progress is None else progress
    try:
        # One path for every worker count: extraction (in worker processes when count > 1)
        # feeds batches of whole articles to the writer, in input order.
        done = itertools.count(1)

        def tick(name: str) -> None:
            if show:
                click.echo(f"\ringest: {next(done)} files ({Path(name).name})", err=True, nl=False)

        ingester.run(paths, workers=count, shard=shard, progress=tick)
        if show:
            click.echo("", err=True)
    except GwangyeError as err:
        _fail(str(err))
    finally:
        graph_store.close()
    report = ingester.report
    for error in report.errors:
        click.echo(f"gwangye: {error}", err=True)
    click.echo(report.summary())
    if report.errors:
        sys.exit(1)


# --- query ------------------------------------------------------------------------------------

def _param(text: str) -> tuple[str, Any]:
    name, sep, raw = text.partition("=")
    if not sep or not name.strip():
        raise click.BadParameter(f"{text!r}: expected name=value")
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    return name.strip(), value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def format_result(columns: list[str], rows: list[list[Any]], fmt: str) -> str:
    if fmt == "json":
        objects = [dict(zip(columns, row)) for row in rows]
        return json.dumps(objects, ensure_ascii=False, indent=2, default=str)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_cell(v) for v in row] for row in rows])
        return out.getvalue().rstrip("\n")
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [" | ".join(_pad(c, w) for c, w in zip(columns, widths)),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(_pad(v, w) for v, w in zip(row, widths)) for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


@click.command("query")
@click.argument("cypher")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Query parameter ($NAME); VALUE is read as JSON when it parses, else text.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@click.option("--write", is_flag=True, help="Allow the statement to change the graph.")
@click.option("--store", default=None, help=STORE_HELP)
def query_command(cypher: str, params: tuple[str, ...], fmt: str, write: bool,
                  store: str | None) -> None:
    """Run CYPHER against the store; read-only unless --write.

    After a --write statement that changed the graph, the stored per-entity counts (most
    connected, most asked, search ranking) are recounted (seconds on 100k entities).
    """
    values = dict(_param(p) for p in params)
    graph_store = _open(store)
    try:
        result = graph_store.query(cypher, values, write=write)
    except GwangyeError as err:
        _fail(str(err))
    finally:
        graph_store.close()
    click.echo(format_result(result.columns, result.rows, fmt))


# --- db ---------------------------------------------------------------------------------------

@click.group("db")
def db_group() -> None:
    """The embedded server of the data directory (GWANGYE_HOME)."""


@db_group.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
def db_status(as_json: bool) -> None:
    """Show whether the embedded server runs, its socket, pid and size."""
    from graph.embedded import server_status

    try:
        status = server_status()
    except GwangyeError as err:
        _fail(str(err))
    if as_json:
        click.echo(json.dumps(status, ensure_ascii=False, indent=2))
        return
    for name, value in status.items():
        click.echo(f"{name:15} {value}")


@db_group.command("start")
def db_start() -> None:
    """Start the embedded server (or report the one already running)."""
    from graph.embedded import ensure_server, server_pid

    try:
        paths = ensure_server()
    except GwangyeError as err:
        _fail(str(err))
    click.echo(f"running (pid {server_pid(paths)}) on {paths.socket}")


@db_group.command("stop")
def db_stop() -> None:
    """Stop the embedded server; committed data stays in the data directory."""
    from graph.embedded import stop_server

    try:
        stopped = stop_server()
    except GwangyeError as err:
        _fail(str(err))
    click.echo("stopped" if stopped else "not running")


# --- merge ------------------------------------------------------------------------------------

@click.command("merge")
@click.argument("keep")
@click.argument("drop")
@click.option("--store", default=None, help=STORE_HELP)
def merge_command(keep: str, drop: str, store: str | None) -> None:
    """Merge entity DROP into entity KEEP (aliases, relationships, provenance kept).

    The decision is stored, so a later ingest maps DROP onto KEEP.
    """
    graph_store = _open(store)
    try:
        graph_store.merge_entities(keep, drop)
        details = graph_store.entity(keep)
    except GwangyeError as err:
        _fail(str(err))
    finally:
        graph_store.close()
    if details is not None:
        node = details.node
        click.echo(f"merged {drop} into {keep} ({node.label} {node.name}; "
                   f"aliases: {', '.join(node.aliases) or '-'}; {details.edges_total} relationships)")


@click.command("recount")
@click.option("--store", default=None, help=STORE_HELP)
def recount_command(store: str | None) -> None:
    """Recount every entity's stored counts (relationships, requests, mentions) and search text.

    `query --write` does this by itself after a statement that changed the graph; run it after
    changing the graph another way (Neo4j Browser, redis-cli). Seconds on 100k entities.
    """
    graph_store = _open(store)
    try:
        graph_store.recount()
    except GwangyeError as err:
        _fail(str(err))
    finally:
        graph_store.close()
    click.echo("recounted")


COMMANDS: list[click.Command] = [ingest_command, query_command, db_group, merge_command,
                                 recount_command]

__all__ = ["COMMANDS", "Path", "format_result"]
