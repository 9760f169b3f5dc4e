"""``gwangye app``: serve the Streamlit explorer (app.py) on the configured graph store."""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
from pathlib import Path

import click

from ontology.errors import ConfigError

log = logging.getLogger(__name__)

DEFAULT_PORT = 8501


def app_script() -> Path:
    """The installed explorer script (the top-level ``app`` module of this distribution).

    Raises:
        ConfigError: the script cannot be found.
    """
    candidates: list[Path] = []
    spec = importlib.util.find_spec("app")
    if spec is not None and spec.origin:
        candidates.append(Path(spec.origin))
    # a source checkout: app.py sits next to the graph/ package
    candidates.append(Path(__file__).resolve().parent.parent / "app.py")
    for path in candidates:
        if path.is_file() and "graph.app_pages" in path.read_text(
            encoding="utf-8", errors="replace"
        ):
            return path
    raise ConfigError("the explorer script app.py is not installed (reinstall gwangye)")


def streamlit_command(script: Path, port: int, address: str | None = None) -> list[str]:
    """The ``streamlit run`` command line: headless, no usage statistics, no file watching."""
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.fileWatcherType",
        "none",
        "--browser.gatherUsageStats",
        "false",
        "--client.toolbarMode",
        "viewer",
    ]
    if address:
        command += ["--server.address", address]
    return command


def app_environment(store: str | None, base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of the app process, with ``--store`` passed on as ``GWANGYE_STORE``."""
    env = dict(os.environ if base is None else base)
    if store:
        env["GWANGYE_STORE"] = store
    return env


@click.command("app")
@click.option(
    "--store",
    "store",
    default=None,
    metavar="URI",
    help="Graph store: `embedded`, `falkordb://host:port` or a Neo4j URI (env GWANGYE_STORE).",
)
@click.option(
    "--port",
    default=DEFAULT_PORT,
    show_default=True,
    type=click.IntRange(1, 65535),
    help="Port the explorer listens on.",
)
@click.option(
    "--address", default=None, help="Address to bind (default: Streamlit's, all interfaces)."
)
def app_command(store: str | None, port: int, address: str | None) -> None:
    """Open the explorer (Streamlit) on the graph store: search, neighbourhoods, Cypher, export."""
    script = app_script()
    env = app_environment(store)
    command = streamlit_command(script, port, address)
    click.echo(
        f"gwangye app: http://localhost:{port}  (store: {env.get('GWANGYE_STORE', 'embedded')}; "
        "Ctrl+C to stop)"
    )
    sys.stdout.flush()
    # replace this process, so that stopping `gwangye app` stops the server itself
    os.execve(sys.executable, command, env)


COMMANDS: list[click.Command] = [app_command]
