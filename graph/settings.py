"""Every setting of gwangye, declared once: name, default, environment variable, help.

The CLI options, ``gwangye settings`` and the README's configuration table all come from
``SETTINGS``. Precedence: default < environment < explicit CLI option.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ontology.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    env: str
    help: str
    parse: Callable[[str], Any] = str
    secret: bool = False


def _default_home() -> str:
    return str(Path.home() / ".gwangye")


SETTINGS: tuple[Setting, ...] = (
    Setting("store", "embedded", "GWANGYE_STORE",
            "Graph store: `embedded` (FalkorDB started by gwangye), `falkordb://host:port`, "
            "or a Neo4j URI (`bolt://`, `neo4j://`, `neo4j+s://`)."),
    Setting("home", _default_home(), "GWANGYE_HOME",
            "Data directory: the embedded server's socket, database files and logs live here."),
    Setting("graph_name", "gwangye", "GWANGYE_GRAPH",
            "Graph name on a FalkorDB server (embedded or remote)."),
    Setting("neo4j_user", "neo4j", "NEO4J_USER", "Neo4j user name."),
    Setting("neo4j_password", "", "NEO4J_PASSWORD", "Neo4j password.", secret=True),
    Setting("neo4j_database", "", "NEO4J_DATABASE",
            "Neo4j database name (empty: the server's default database)."),
    Setting("batch_size", 500, "GWANGYE_BATCH_SIZE",
            "Rows per UNWIND batch when writing to the store.", parse=int),
    Setting("details_limit", 100, "GWANGYE_DETAILS_LIMIT",
            "Relationships (and articles) per page in an entity's details: the explorer's "
            "details panel, `GraphStore.entity`.", parse=int),
    Setting("workers", 1, "GWANGYE_WORKERS",
            "Extraction worker processes for `extract` and `ingest`.", parse=int),
    Setting("base_iri", "https://gwangye.example.org/id/", "GWANGYE_BASE_IRI",
            "Base IRI of exported RDF resources."),
    Setting("log_level", "WARNING", "GWANGYE_LOG_LEVEL", "Logging level of the CLI."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str, override: Any = None) -> Any:
    """Return a setting's value: an explicit override, else the environment, else the default."""
    setting = _BY_NAME[name]
    if override is not None:
        return override
    raw = os.environ.get(setting.env)
    if raw is None or raw == "":
        return setting.default
    try:
        return setting.parse(raw)
    except (TypeError, ValueError) as err:
        raise ConfigError(f"{setting.env}={raw!r}: {err}") from err


def markdown_table() -> str:
    """The README's configuration table, generated from the declarations."""
    lines = ["| setting | environment variable | default | meaning |", "| --- | --- | --- | --- |"]
    for s in SETTINGS:
        default = "`~/.gwangye`" if s.name == "home" else (f"`{s.default}`" if s.default != "" else "(empty)")
        lines.append(f"| {s.name} | `{s.env}` | {default} | {s.help} |")
    return "\n".join(lines)
