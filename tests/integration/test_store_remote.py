"""``falkordb://host:port``: a FalkorDB someone else runs (here: the Bolt test server's Redis port)."""

from __future__ import annotations

import pytest
from store_fixtures import counts, story_a, story_b

from graph.falkordb_store import FalkorDBStore
from graph.store import open_store
from ontology.errors import ConfigError, GraphStoreError, ReadOnlyError


def test_remote_falkordb_round_trip(falkordb_tcp: str):
    store = open_store(falkordb_tcp, graph="remote_round_trip")
    try:
        assert isinstance(store, FalkorDBStore) and not store.embedded
        store.drop_all()
        assert store.write([story_a(), story_b()]).articles == 2
        before = counts(store)
        assert store.write([story_a(), story_b()]).skipped == 2
        assert counts(store) == before
        assert [n.name for n in store.search("새벽대")] == ["새벽대학교"]
        with pytest.raises(ReadOnlyError):
            store.query("MATCH (n) DETACH DELETE n")
        assert counts(store) == before
    finally:
        store.drop_all()
        store.close()


def test_bad_store_uris():
    with pytest.raises(ConfigError):
        open_store("mysql://localhost")
    with pytest.raises(GraphStoreError):
        open_store("falkordb://127.0.0.1:1")  # nothing listens there
    with pytest.raises(GraphStoreError):
        open_store("bolt://127.0.0.1:1", user="neo4j", password="x")
