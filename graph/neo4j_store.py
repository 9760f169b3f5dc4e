"""Neo4j backend (``bolt://``, ``neo4j://``, ``neo4j+s://``) through the official driver.

Writes of one batch of whole articles run in ONE managed write transaction, so an article
is stored whole or not at all. Reads run in managed read transactions: Neo4j refuses a write
in a read transaction itself (``Neo.ClientError.Statement.AccessMode``); as a second guard,
a read whose summary reports updates raises inside the transaction function, which makes
the driver roll it back. ``neo4j://`` schemes bring routing (clusters, Aura): read
transactions go to readers, write transactions to the leader.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

import neo4j
from neo4j import READ_ACCESS, WRITE_ACCESS, GraphDatabase
from neo4j import exceptions as nx

from graph import queries as Q
from graph import settings
from graph.cypher_store import CypherStore, Outcome, Statement
from ontology.errors import GraphStoreError, ReadOnlyError

log = logging.getLogger(__name__)


class Neo4jStore(CypherStore):
    """A graph in a Neo4j database (or any server speaking Bolt and this Cypher)."""

    def __init__(
        self,
        uri: str,
        *,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        batch_size: int | None = None,
        schema: bool = True,
        driver: neo4j.Driver | None = None,
        **_: Any,
    ) -> None:
        super().__init__(batch_size)
        self.uri = uri
        self.database = str(settings.get("neo4j_database", database) or "") or None
        auth = (str(settings.get("neo4j_user", user)), str(settings.get("neo4j_password", password)))
        self._owns_driver = driver is None
        try:
            # a caller may share one driver (its connection pool) between several stores
            self.driver = driver or GraphDatabase.driver(uri, auth=auth)
            self.driver.verify_connectivity()
        except (nx.Neo4jError, nx.DriverError, ValueError, OSError) as err:
            raise GraphStoreError(f"{uri}: {_message(err)}") from err
        if schema:
            self.ensure_schema()

    def close(self) -> None:
        if self._owns_driver:
            self.driver.close()

    def ensure_schema(self) -> None:
        for statement in Q.neo4j_schema_ddl():
            try:
                self._execute(statement, None, write=True)
            except GraphStoreError as err:
                # a server without Neo4j's constraint DDL (e.g. FalkorDB over Bolt): fall
                # back to plain indexes; MERGE on keys still keeps nodes unique
                log.info("constraint not created (%s); trying an index", err)
                label = statement.split("(n:", 1)[1].split(")", 1)[0]
                prop = statement.rsplit("n.", 1)[1].split()[0].rstrip(")")
                try:
                    self._execute(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})", None, write=True)
                except GraphStoreError as again:
                    log.info("index not created either: %s", again)
        self._ensure_degrees()

    # --- statements -------------------------------------------------------------------------
    def _session(self, write: bool) -> neo4j.Session:
        return self.driver.session(database=self.database,
                                   default_access_mode=WRITE_ACCESS if write else READ_ACCESS)

    def _execute(self, cypher: str, params: Mapping[str, Any] | None, *, write: bool) -> Outcome:
        return self._write_group([(cypher, dict(params or {}))])[0] if write else self._read(cypher, params)

    def _read(self, cypher: str, params: Mapping[str, Any] | None) -> Outcome:
        def work(tx: neo4j.ManagedTransaction) -> Outcome:
            outcome = _run(tx, cypher, params)
            if outcome.updates:
                raise ReadOnlyError("write refused: the statement modifies the graph "
                                    "(use --write / write=True)")
            return outcome

        try:
            with self._session(write=False) as session:
                return session.execute_read(work)
        except ReadOnlyError:
            raise
        except nx.ClientError as err:
            if "AccessMode" in (err.code or "") or "read access mode" in str(err).lower():
                raise ReadOnlyError("write refused: the statement modifies the graph "
                                    "(use --write / write=True)") from err
            raise GraphStoreError(_message(err)) from err
        except (nx.Neo4jError, nx.DriverError) as err:
            raise GraphStoreError(_message(err)) from err

    def _write_group(self, statements: Sequence[Statement]) -> list[Outcome]:
        def work(tx: neo4j.ManagedTransaction) -> list[Outcome]:
            return [_run(tx, cypher, params) for cypher, params in statements]

        try:
            with self._session(write=True) as session:
                return session.execute_write(work)
        except (nx.Neo4jError, nx.DriverError) as err:
            raise GraphStoreError(_message(err)) from err

    def drop_all(self) -> None:
        """Delete every node and relationship (tests, benchmarks)."""
        self._execute("MATCH (n) DETACH DELETE n", None, write=True)


def _run(tx: neo4j.ManagedTransaction, cypher: str, params: Mapping[str, Any] | None) -> Outcome:
    result = tx.run(cypher, dict(params or {}))
    keys = list(result.keys())
    rows = [[plain(record[k]) for k in keys] for record in result]
    counters = result.consume().counters
    outcome = Outcome(columns=keys, rows=rows, nodes_created=counters.nodes_created,
                      relationships_created=counters.relationships_created)
    # any update (a property set, a label, a deletion) counts for the read-only guard
    outcome.updates = bool(counters.contains_updates)
    return outcome


def plain(value: Any) -> Any:
    """Driver values → JSON-ready Python values (nodes and relationships as maps)."""
    if isinstance(value, neo4j.graph.Node):
        return {"_labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Relationship):
        return {"_type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Path):
        return {"nodes": [plain(n) for n in value.nodes],
                "edges": [plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _message(err: BaseException) -> str:
    text = getattr(err, "message", None) or str(err)
    return " ".join(str(text).split())
