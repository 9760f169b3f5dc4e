"""Commands registered on the ``gwangye`` group (see graph/cli.py)."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
