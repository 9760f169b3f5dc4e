"""What every page shares: the cached store connection, cached capped reads, the centre.

The store is opened once per (URI, data directory) with ``st.cache_resource``; reads go
through ``st.cache_data`` with the store passed as ``_store`` (not hashed) and the store's
identity as a hashable ``sid``. ``clear_reads()`` drops the cached reads after an ingest.
"""

from __future__ import annotations

import logging
from typing import Any

import streamlit as st

from graph import settings
from graph.explore import Filters
from graph.records import EntityDetails, NodeRecord, QueryResult, Subgraph
from graph.store import GraphStore, open_store

log = logging.getLogger(__name__)

READ_TTL = 60  # seconds; another process (a CLI ingest) may add to the graph meanwhile
# whole-graph aggregates (counts, degrees) scan the graph: seconds on 100k nodes, kept longer
AGGREGATE_TTL = 300
TOP_LIMIT = 10  # most connected entities read at once (first load and overview share the read)
CENTRE = "gwangye_centre"  # session-state key of the entity the explorer is centred on
CENTRE_PARAM = "centre"  # URL query parameter of the same (double-click on a node, shared links)


def store_identity() -> tuple[str, str]:
    """The store URI and data directory the app uses (environment, else defaults)."""
    return str(settings.get("store")), str(settings.get("home"))


@st.cache_resource(show_spinner="그래프 저장소에 연결하는 중… (connecting to the graph store)")
def _open(uri: str, home: str) -> GraphStore:
    log.info("opening store %s (home %s)", uri, home)
    store = open_store(uri)
    return store


def connect() -> tuple[GraphStore | None, str | None]:
    """Open (or reuse) the store; return ``(store, None)`` or ``(None, error text)``."""
    uri, home = store_identity()
    try:
        return _open(uri, home), None
    except Exception as err:  # noqa: BLE001 - any failure to connect becomes a message, never a trace
        log.warning("cannot open store %s: %s", uri, err)
        return None, f"{type(err).__name__}: {err}"


def sid() -> str:
    """A hashable identity of the current store, part of every cached read's key."""
    uri, home = store_identity()
    return f"{uri}|{home}"


def clear_reads() -> None:
    """Forget every cached read (after the app itself wrote to the store)."""
    st.cache_data.clear()


# --- cached, capped reads ------------------------------------------------------------------


@st.cache_data(ttl=AGGREGATE_TTL, show_spinner="그래프 통계를 세는 중… (counting)")
def stats(_store: GraphStore, sid: str) -> dict[str, Any]:
    return _store.stats()


@st.cache_data(ttl=AGGREGATE_TTL, show_spinner=False)
def most_connected(_store: GraphStore, sid: str, limit: int = 10) -> list[NodeRecord]:
    return _store.most_connected(limit)


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def search(_store: GraphStore, sid: str, text: str, limit: int = 20) -> list[NodeRecord]:
    return _store.search(text, limit=limit)


@st.cache_data(ttl=READ_TTL, show_spinner="이웃을 불러오는 중… (loading the neighbourhood)")
def neighbourhood(_store: GraphStore, sid: str, key: str, filters: Filters) -> Subgraph:
    return _store.neighbourhood(key, **filters.as_kwargs())


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def entity(
    _store: GraphStore, sid: str, key: str, offset: int = 0, types: tuple[str, ...] = ()
) -> EntityDetails | None:
    """One page of ``key``'s details (``details_limit`` relationships from ``offset``)."""
    return _store.entity(key, offset=offset, relation_types=list(types) or None)


@st.cache_data(ttl=READ_TTL, show_spinner=False)
def query(_store: GraphStore, sid: str, cypher: str, params_json: str) -> QueryResult:
    import json

    return _store.query(cypher, json.loads(params_json))


@st.cache_data(ttl=AGGREGATE_TTL, show_spinner=False)
def regions(_store: GraphStore, sid: str) -> list[str]:
    from graph.explore import known_regions

    return known_regions(_store)


# --- state that outlives a page switch ----------------------------------------------------------

# Streamlit forgets a widget's value when a run does not draw it (another page is shown);
# writing the value back at the start of each run keeps the explorer's filters and search.
KEPT_WIDGETS = (
    "q",
    "depth",
    "entity_types",
    "relation_types",
    "region",
    "use_dates",
    "dates",
    "cap",
    "details_types",
)


def keep_widget_state() -> None:
    for key in KEPT_WIDGETS:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


# --- the centre of the explorer ------------------------------------------------------------


def centre_key(store: GraphStore) -> str | None:
    """The entity the explorer shows: the session's, else the URL's, else the most connected.

    The choice is mirrored into the URL (``?centre=KEY``) so that a reload keeps it.
    """
    key = st.session_state.get(CENTRE) or st.query_params.get(CENTRE_PARAM)
    if not key:
        top = most_connected(store, sid(), TOP_LIMIT)  # the same cached read as the overview's
        if not top:
            return None
        key = top[0].key
    key = str(key)
    st.session_state[CENTRE] = key
    if st.query_params.get(CENTRE_PARAM) != key:
        st.query_params[CENTRE_PARAM] = key
    return key


def forget_centre() -> None:
    """Drop the centre (it no longer exists); the next call to centre_key() picks again."""
    st.session_state.pop(CENTRE, None)
    st.query_params.pop(CENTRE_PARAM, None)


def set_centre(key: str | None) -> None:
    """Re-centre the explorer (used from widget callbacks)."""
    if key:
        st.session_state[CENTRE] = key
