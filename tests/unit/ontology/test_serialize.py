"""Writing exports: every format parses back; N-Triples/N-Quads stream."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from graph.records import EdgeRecord, NodeRecord, Provenance
from ontology.rdf import RdfMapper, record_triples
from ontology.serialize import FORMATS, PARSERS, build_graph, serialize_graph, write_stream

# rdflib's own TriG/N-Quads/JSON-LD plugins still call its deprecated Dataset API.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _parse(text: str, fmt: str) -> int:
    dataset = Dataset(default_union=True)
    dataset.parse(data=text, format=PARSERS[fmt])
    return len(dataset)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_parses_back_with_the_same_triple_count(records, base_iri, fmt: str) -> None:  # type: ignore[no-untyped-def]
    mapper = RdfMapper(base_iri)
    nodes, edges, articles = records
    graph = build_graph(record_triples(mapper, nodes, edges, articles))
    if fmt in ("nt", "nquads"):
        handle = io.StringIO()
        write_stream(record_triples(mapper, nodes, edges, articles), handle, fmt, mapper.graph_name)
        text = handle.getvalue()
    else:
        text = serialize_graph(graph, fmt, mapper.graph_name)
    assert _parse(text, fmt) == len(graph)
    back = Dataset(default_union=True)
    back.parse(data=text, format=PARSERS[fmt])
    assert set(back.triples((None, None, None))) == set(graph)


@pytest.mark.parametrize("fmt", ["turtle", "jsonld", "trig"])
def test_prefixes_of_the_vocabulary_are_declared(records, base_iri, fmt: str) -> None:  # type: ignore[no-untyped-def]
    nodes, edges, articles = records
    mapper = RdfMapper(base_iri)
    text = serialize_graph(build_graph(record_triples(mapper, nodes, edges, articles)), fmt, mapper.graph_name)
    for prefix in ("gw", "org", "schema", "prov", "dcterms", "foaf", "skos"):
        assert f'"{prefix}"' in text if fmt == "jsonld" else f"PREFIX {prefix}:" in text or f"@prefix {prefix}:" in text


def test_nquads_put_triples_in_the_export_graph(records, base_iri) -> None:  # type: ignore[no-untyped-def]
    mapper = RdfMapper(base_iri)
    nodes, _, _ = records
    handle = io.StringIO()
    write_stream(record_triples(mapper, nodes), handle, "nquads", mapper.graph_name)
    dataset = Dataset()
    dataset.parse(data=handle.getvalue(), format="nquads")
    assert len(dataset.graph(URIRef(base_iri + "graph"))) > 0


def test_awkward_text_is_escaped_in_ntriples(base_iri) -> None:  # type: ignore[no-untyped-def]
    name = '따옴표 " 역슬래시 \\ 줄\n바꿈\t탭 \x01'
    node = NodeRecord(key='k "1" <2>', label="Person", name=name)
    handle = io.StringIO()
    write_stream(record_triples(RdfMapper(base_iri), [node]), handle)
    graph = Graph().parse(data=handle.getvalue(), format="nt")
    assert Literal(name, lang="ko") in set(graph.objects())
    assert Literal('k "1" <2>') in set(graph.objects())


def test_ntriples_export_streams_record_by_record(base_iri) -> None:  # type: ignore[no-untyped-def]
    """A lazy source is consumed one record at a time, each written before the next is read."""
    produced = 0
    written_before: list[int] = []

    def edges(n: int) -> Iterator[EdgeRecord]:
        nonlocal produced
        for i in range(n):
            produced += 1
            yield EdgeRecord(key=f"r{i}", type="FUNDS", start=f"Organization:{i}", end=f"Programme:{i}",
                             props={"amount_krw": i}, provenance=[Provenance(article=f"a{i}", evidence="지원했다.")])

    class Probe(io.StringIO):
        def write(self, text: str) -> int:
            written_before.append(produced)
            return super().write(text)

    n = 500
    handle = Probe()
    lines = write_stream(record_triples(RdfMapper(base_iri), edges=edges(n)), handle)
    assert produced == n and lines == handle.getvalue().count("\n")
    # Lines go out while the source is still producing: the i-th record's lines are written
    # when exactly i+1 records have been read, so nothing is held back.
    per_record = lines // n
    assert written_before[0] == 1 and written_before[per_record] == 2
    assert written_before[-1] == n
    assert sorted(written_before) == written_before


def test_streamed_nt_equals_the_graph_export(records, base_iri) -> None:  # type: ignore[no-untyped-def]
    mapper = RdfMapper(base_iri)
    nodes, edges, articles = records
    handle = io.StringIO()
    write_stream(record_triples(mapper, nodes, edges, articles), handle)
    streamed = Graph().parse(data=handle.getvalue(), format="nt")
    built = build_graph(record_triples(mapper, nodes, edges, articles))
    assert set(streamed) == set(built)


def _peak_bytes(n: int, base_iri: str) -> int:
    import tracemalloc

    class Sink(io.TextIOBase):
        def write(self, text: str) -> int:
            return len(text)

    def nodes() -> Iterator[NodeRecord]:
        for i in range(n):
            yield NodeRecord(key=f"Person:사람{i}", label="Person", name=f"사람{i}", aliases=[f"사 {i}"],
                             props={"title": "주무관"})

    tracemalloc.start()
    try:
        write_stream(record_triples(RdfMapper(base_iri), nodes()), Sink())
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_ntriples_export_memory_does_not_grow_with_the_graph(base_iri) -> None:  # type: ignore[no-untyped-def]
    _peak_bytes(50, base_iri)  # warm-up: first-use caches (rdflib, our term cache) are not growth
    small, large = _peak_bytes(300, base_iri), _peak_bytes(3000, base_iri)
    # Ten times the records; a collecting writer would need ~10x the memory.
    assert large < 2 * small + 64_000, (small, large)
