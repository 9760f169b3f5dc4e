"""FalkorDB backend: the embedded server (default) or ``falkordb://host:port``.

Reads go through ``GRAPH.RO_QUERY``, which the server refuses for any statement that writes,
so read-only is enforced by FalkorDB itself, not by a keyword check.

FalkorDB runs each ``GRAPH.QUERY`` atomically but has no multi-statement transaction
through the client, so an article is made durable by writing it last: entities and facts
first (idempotent MERGEs that skip provenance already present), then the Article node with
its MENTIONED_IN links in one statement. An Article exists only when everything before it
is stored; an ingest cut short re-writes the missing articles and changes nothing else.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlparse

import redis
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.path import Path as FalkorPath

from graph import embedded, settings
from graph import queries as Q
from graph.cypher_store import CypherStore, Outcome
from ontology.errors import ConfigError, GraphStoreError, ReadOnlyError

log = logging.getLogger(__name__)

_READ_ONLY_REFUSAL = "is to be executed only on read-only queries"
# the statistics of a statement that changed the graph (FalkorDB reports no single flag)
_UPDATE_COUNTERS = (
    "nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
    "properties_set", "properties_removed", "labels_added", "labels_removed",
)


class FalkorDBStore(CypherStore):
    """A graph on a FalkorDB server; ``embedded`` starts (or reuses) the local one."""

    def __init__(
        self,
        uri: str = "embedded",
        *,
        home: str | None = None,
        graph: str | None = None,
        batch_size: int | None = None,
    ) -> None:
        super().__init__(batch_size)
        self.uri = uri
        self.embedded = uri == "embedded"
        self.home = home
        self.graph_name = str(settings.get("graph_name", graph))
        self._db: FalkorDB | None = None
        self._graph: Any = None
        self._connect()
        self.ensure_schema()

    # --- connection ------------------------------------------------------------------------
    def _connect(self) -> None:
        if self.embedded:
            paths = embedded.ensure_server(self.home)
            self._db = FalkorDB(unix_socket_path=str(paths.socket), socket_timeout=None,
                                retry=embedded.no_retry())
        else:
            parsed = urlparse(self.uri)
            if parsed.scheme != "falkordb" or not parsed.hostname:
                raise ConfigError(f"{self.uri}: expected falkordb://host:port")
            try:  # the client asks the server about itself (cluster? sentinel?) right away
                self._db = FalkorDB(host=parsed.hostname, port=parsed.port or 6379,
                                    username=parsed.username or None,
                                    password=parsed.password or None)
            except redis.exceptions.RedisError as err:
                raise GraphStoreError(f"{self.uri}: {_one_line(str(err))}") from err
        self._graph = self._db.select_graph(self.graph_name)

    def close(self) -> None:
        if self._db is not None:
            self._db.connection.close()
            self._db = None

    def ensure_schema(self) -> None:
        existing = self._existing_indexes()
        for label, prop in Q.falkordb_unique_constraints():
            if (label, prop) not in existing:
                ddl = f"CREATE INDEX FOR (n:{label}) ON (n.{prop})"
                self._call(lambda ddl=ddl: self._graph.query(ddl))
        constrained = self._existing_constraints()
        for label, prop in Q.falkordb_unique_constraints():
            if (label, prop) in constrained:
                continue
            try:
                self._call(lambda label=label, prop=prop: self._graph._create_constraint(
                    "UNIQUE", "NODE", label, prop))
            except GraphStoreError as err:
                if "already exists" not in str(err).lower():
                    raise
        self._ensure_degrees()

    def _existing_indexes(self) -> set[tuple[str, str]]:
        rows = self._call(lambda: self._graph.query("CALL db.indexes() YIELD label, properties "
                                                    "RETURN label, properties")).result_set
        return {(label, prop) for label, props in rows for prop in props}

    def _existing_constraints(self) -> set[tuple[str, str]]:
        try:
            rows = self._call(lambda: self._graph.list_constraints())
        except GraphStoreError:
            return set()
        found = set()
        for row in rows:
            for prop in row.get("properties") or []:
                found.add((row.get("label"), prop))
        return found

    def _call(self, action: Any) -> Any:
        """Run ``action``; on a dead embedded server, restart it once and retry."""
        try:
            return action()
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError) as err:
            if not self.embedded:
                raise GraphStoreError(f"{self.uri}: {err}") from err
            log.warning("embedded server unreachable (%s); restarting it", err)
            self.close()
            self._connect()
            try:
                return action()
            except redis.exceptions.RedisError as again:
                raise GraphStoreError(f"embedded server: {again}") from again
        except redis.exceptions.ResponseError as err:
            message = str(err)
            if _READ_ONLY_REFUSAL in message:
                raise ReadOnlyError("write refused: the statement modifies the graph "
                                    "(use --write / write=True)") from err
            raise GraphStoreError(_one_line(message)) from err
        except redis.exceptions.RedisError as err:
            raise GraphStoreError(_one_line(str(err))) from err
        except (ValueError, TypeError) as err:  # a parameter the client cannot encode
            raise GraphStoreError(f"bad query parameter: {err}") from err

    # --- statements -------------------------------------------------------------------------
    def _execute(self, cypher: str, params: Mapping[str, Any] | None, *, write: bool) -> Outcome:
        args = dict(params) if params else None
        run = self._graph.query if write else self._graph.ro_query
        result = self._call(lambda: run(cypher, args))
        columns = [h[1] for h in result.header] if result.header else []
        return Outcome(
            columns=columns,
            rows=[[plain(v) for v in row] for row in result.result_set],
            nodes_created=int(result.nodes_created),
            relationships_created=int(result.relationships_created),
            updates=any(int(getattr(result, counter) or 0) for counter in _UPDATE_COUNTERS),
        )

    def drop_all(self) -> None:
        """Delete the whole graph (tests, benchmarks)."""
        try:
            self._call(lambda: self._graph.delete())
        except GraphStoreError as err:
            if "empty key" not in str(err).lower() and "invalid graph" not in str(err).lower():
                raise
        if self._db is None:
            self._connect()
        else:
            self._graph = self._db.select_graph(self.graph_name)
        self.ensure_schema()


def plain(value: Any) -> Any:
    """FalkorDB result values → JSON-ready Python values (nodes and edges as maps)."""
    if isinstance(value, Node):
        return {"_labels": list(value.labels or []), **{k: plain(v) for k, v in value.properties.items()}}
    if isinstance(value, Edge):
        return {"_type": value.relation, **{k: plain(v) for k, v in value.properties.items()}}
    if isinstance(value, FalkorPath):
        return {"nodes": [plain(n) for n in value.nodes()], "edges": [plain(e) for e in value.edges()]}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _one_line(message: str) -> str:
    return " ".join(message.split())
