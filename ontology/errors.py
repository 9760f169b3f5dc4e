"""The one exception hierarchy of gwangye.

Every error the library raises on purpose is a :class:`GwangyeError`; the CLI turns each into
one clean line (``gwangye: FILE: cause``) and carries on with the other inputs.
"""

from __future__ import annotations


class GwangyeError(Exception):
    """Root of every error gwangye raises on purpose."""


class InputError(GwangyeError):
    """An input file cannot be read as news text (binary, empty, undecodable, missing)."""

    def __init__(self, path: str, cause: str) -> None:
        super().__init__(f"{path}: {cause}")
        self.path = path
        self.cause = cause


class ExtractionError(GwangyeError):
    """The extraction pipeline could not be built (missing data file, bad pattern)."""


class OntologyError(GwangyeError):
    """The ontology or a vocabulary term is not what the schema declares."""


class ContractError(GwangyeError):
    """A JSON Lines record does not follow the extraction contract."""


class GraphStoreError(GwangyeError):
    """The graph store failed or refused (unreachable server, bad Cypher, write refused)."""


class ReadOnlyError(GraphStoreError):
    """A write was attempted through a read-only path."""


class ConfigError(GwangyeError):
    """A setting has a value gwangye cannot use."""
