"""Run SPARQL over an exported file with rdflib, for users without a triple store.

The file is loaded into an in-memory ``Dataset`` whose default graph is the union of its
named graphs, so the same query works on Turtle, N-Triples, N-Quads, TriG, JSON-LD and
RDF/XML exports. Our prefixes (``gw:``, ``org:``, ``schema:`` …) are predeclared, so queries
need no PREFIX lines.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import NamespaceManager
from rdflib.query import Result

from ontology.errors import InputError, OntologyError
from ontology.schema import load
from ontology.serialize import FORMATS, PARSERS

log = logging.getLogger(__name__)

_SUFFIXES = {suffix: name for name, (_, suffix) in FORMATS.items()} | {
    ".turtle": "turtle", ".n3": "turtle", ".json": "jsonld", ".owl": "xml", ".xml": "xml",
    ".nquads": "nquads", ".ntriples": "nt",
}


@dataclass(slots=True)
class Table:
    """A SELECT result as plain values (IRIs compacted with our prefixes)."""

    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)


def _one_line(err: Exception, limit: int = 240) -> str:
    text = " ".join(str(err).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_of(path: Path) -> str:
    """Our format name for an export file, from its suffix."""
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InputError(str(path), f"unknown RDF file suffix {path.suffix!r}")
    return fmt


def load_dataset(path: Path, fmt: str | None = None, *, with_vocabulary: bool = False) -> Dataset:
    """Parse an export into a Dataset whose default graph is the union of all graphs.

    Args:
        with_vocabulary: also load the gwangye vocabulary (Korean and English labels of the
            ``gw:`` terms and organization kinds), into its own named graph.
    """
    fmt = fmt or format_of(path)
    dataset = Dataset(default_union=True)
    if with_vocabulary:
        from ontology.vocab import ontology_iri, vocabulary_graph

        vocab = dataset.graph(ontology_iri(load()))
        for triple in vocabulary_graph():
            vocab.add(triple)
    for prefix, iri in load().all_prefixes().items():
        dataset.bind(prefix, Namespace(iri), override=True, replace=True)
    try:
        dataset.parse(path, format=PARSERS[fmt])
    except FileNotFoundError as err:
        raise InputError(str(path), "no such file") from err
    except Exception as err:  # rdflib parsers raise many unrelated types on bad input
        raise InputError(str(path), f"not valid {fmt}: {_one_line(err)}") from err
    return dataset


def read_query(query: str) -> str:
    """A query given inline, or the text of a ``.rq``/``.sparql`` file."""
    if query.strip().lower().endswith((".rq", ".sparql")) and "\n" not in query:
        path = Path(query.strip())
        try:
            return path.read_text(encoding="utf-8")
        except OSError as err:
            raise InputError(str(path), f"cannot read the query: {err.strerror}") from err
    return query


def run_query(dataset: Dataset, query: str) -> Result:
    """Run SPARQL with our prefixes predeclared; a bad query raises OntologyError."""
    init_ns = {p: URIRef(iri) for p, iri in load().all_prefixes().items()}
    try:
        return dataset.query(query, initNs=init_ns)
    except Exception as err:  # pyparsing / rdflib evaluation errors
        raise OntologyError(f"SPARQL: {_one_line(err)}") from err


def plain(value: Any, nsm: NamespaceManager | None = None) -> Any:
    """A result term as a plain value: compact IRI, Python number, or string."""
    if value is None:
        return None
    if isinstance(value, URIRef):
        if nsm is not None:
            try:
                prefix, _, local = nsm.compute_qname(str(value), generate=False)
                if local and all(ch.isalnum() or ch in "_-" for ch in local):
                    return f"{prefix}:{local}"
            except (KeyError, ValueError):
                pass
        return str(value)
    if isinstance(value, Literal):
        py = value.toPython()
        return py if isinstance(py, (int, float, bool)) else str(value)
    return str(value)


def to_table(result: Result, nsm: NamespaceManager | None = None) -> Table:
    """A SELECT result as a :class:`Table`; ASK becomes one ``ask`` column."""
    if result.type == "ASK":
        return Table(columns=["ask"], rows=[[bool(result.askAnswer)]])
    if result.type != "SELECT":
        raise OntologyError(f"SPARQL {result.type} results are graphs, not tables")
    columns = [str(v) for v in result.vars or []]
    rows = [[plain(row[i], nsm) for i in range(len(columns))] for row in result]  # type: ignore[index]
    return Table(columns=columns, rows=rows)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def render(table: Table, fmt: str = "table") -> str:
    """Render as an aligned text table (wide Hangul counted twice), JSON or CSV."""
    if fmt == "json":
        return json.dumps([dict(zip(table.columns, row)) for row in table.rows],
                          ensure_ascii=False, indent=2)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows([["" if v is None else v for v in row] for row in table.rows])
        return out.getvalue().rstrip("\n")
    cells = [table.columns] + [["" if v is None else str(v) for v in row] for row in table.rows]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(table.columns))]

    def line(row: list[str]) -> str:
        return " | ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths)).rstrip()

    rule = "-+-".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule, *(line(r) for r in cells[1:])])
