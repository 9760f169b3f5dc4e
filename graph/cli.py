"""The ``gwangye`` command line.

Commands live in modules named for what they work on and are registered here, the same way
any extension would add one: ``cli_extract`` (stories, extract, evaluate), ``cli_store``
(ingest, query, db, merge), ``cli_rdf`` (export, sparql) and ``cli_app`` (app).
A :class:`GwangyeError` becomes one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import importlib
import logging

import click

from graph import settings

COMMAND_MODULES: tuple[str, ...] = (
    "graph.cli_extract",
    "graph.cli_store",
    "graph.cli_rdf",
    "graph.cli_app",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--log-level", default=None, help="Logging level (env GWANGYE_LOG_LEVEL).")
def main(log_level: str | None) -> None:
    """gwangye (관계): Korean regional news → a knowledge graph of actors and programmes."""
    logging.basicConfig(
        level=str(settings.get("log_level", log_level)).upper(),
        format="%(levelname)s %(name)s: %(message)s",
    )


@main.command("settings")
@click.option("--markdown", is_flag=True, help="Print the README table.")
def settings_command(markdown: bool) -> None:
    """Show every setting, its environment variable and its current value."""
    if markdown:
        click.echo(settings.markdown_table())
        return
    for s in settings.SETTINGS:
        value = settings.get(s.name)
        shown = "***" if s.secret and value else value
        click.echo(f"{s.name:15} {s.env:22} {shown}")


for _module in COMMAND_MODULES:
    _commands = importlib.import_module(_module)
    for _command in getattr(_commands, "COMMANDS", ()):
        main.add_command(_command)
