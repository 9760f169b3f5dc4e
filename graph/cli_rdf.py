"""RDF commands: ``export`` (store → RDF), ``sparql`` (query an export), ``vocab``.

``export -f nt|nquads`` streams: each record's triples are written as the store yields it,
so memory stays flat however large the graph. The other formats build an rdflib graph in
memory first (they group triples by subject and abbreviate with prefixes).
"""

from __future__ import annotations

import io
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import click

from graph import settings
from ontology.errors import GwangyeError

log = logging.getLogger(__name__)

FORMAT_NAMES = ("turtle", "nt", "nquads", "jsonld", "xml", "trig")


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """A UTF-8 text stream on FILE, or on stdout whatever the terminal's encoding."""
    if path is None:
        sys.stdout.flush()
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n",
                                  write_through=True)
        try:
            yield stream
            stream.flush()
        except BrokenPipeError:
            # `gwangye export -f nt | head`: the reader left; stop quietly, no traceback.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise SystemExit(0) from None
        finally:
            stream.detach()
        return
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        yield handle


def _guess_format(fmt: str | None, output: Path | None) -> str:
    from ontology.serialize import FORMATS

    if fmt:
        return fmt
    if output is not None:
        for name, (_, suffix) in FORMATS.items():
            if output.suffix.lower() == suffix:
                return name
    return "turtle"


@click.command("export")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMAT_NAMES), default=None,
              help="RDF format (default: from the -o suffix, else turtle). nt and nquads stream.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to FILE instead of stdout.")
@click.option("--store", "store_uri", default=None, help="Store URI (env GWANGYE_STORE).")
@click.option("--entity", default=None, help="Export only the neighbourhood of this entity key.")
@click.option("--depth", type=click.IntRange(1, 3), default=1, show_default=True,
              help="Neighbourhood depth with --entity.")
@click.option("--base-iri", default=None, help="Base IRI of exported resources (env GWANGYE_BASE_IRI).")
def export_command(fmt: str | None, output: Path | None, store_uri: str | None,
                   entity: str | None, depth: int, base_iri: str | None) -> None:
    """Export the stored graph (or one neighbourhood) as RDF on the gwangye vocabulary."""
    from graph.store import open_store
    from ontology.rdf import RdfMapper, record_triples, subgraph_triples
    from ontology.serialize import STREAMED, build_graph, serialize_graph, write_stream

    fmt = _guess_format(fmt, output)
    try:
        mapper = RdfMapper(str(settings.get("base_iri", base_iri)))
        with open_store(settings.get("store", store_uri)) as store:
            if entity is not None:
                subgraph = store.neighbourhood(entity, depth)
                if not subgraph.nodes:
                    raise click.ClickException(f"no entity with key {entity!r} in the store")
                if subgraph.truncated:
                    click.echo(f"warning: the neighbourhood was cut to {len(subgraph.nodes)} of "
                               f"{subgraph.total_nodes} nodes", err=True)
                triples = subgraph_triples(mapper, subgraph)
            else:
                triples = record_triples(mapper, store.iter_nodes(), store.iter_edges(),
                                         store.iter_articles())
            if fmt in STREAMED:
                with _output(output) as handle:
                    count = write_stream(triples, handle, fmt, mapper.graph_name)
            else:
                graph = build_graph(triples)
                count = len(graph)
                text = serialize_graph(graph, fmt, mapper.graph_name)
                with _output(output) as handle:
                    handle.write(text if text.endswith("\n") else text + "\n")
    except (GwangyeError, NotImplementedError) as err:
        raise click.ClickException(str(err)) from err
    log.info("exported %d triples as %s", count, fmt)
    if output is not None:
        click.echo(f"{count} triples → {output}", err=True)


@click.command("sparql")
@click.argument("query")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "out_format", type=click.Choice(["table", "json", "csv"]),
              default="table", show_default=True, help="How to print the results.")
@click.option("--with-vocab", is_flag=True,
              help="Also load the gwangye vocabulary (labels of gw: terms and organization kinds).")
def sparql_command(query: str, file: Path, out_format: str, with_vocab: bool) -> None:
    """Run a SPARQL QUERY (text or a .rq file) over an exported FILE.

    Prefixes gw:, org:, schema:, foaf:, prov:, dcterms:, skos:, rdfs:, xsd: are predeclared.
    """
    from ontology.sparql import load_dataset, read_query, render, run_query, to_table

    try:
        dataset = load_dataset(file, with_vocabulary=with_vocab)
        result = run_query(dataset, read_query(query))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            assert result.graph is not None
            click.echo(result.graph.serialize(format="turtle"))
            return
        click.echo(render(to_table(result, dataset.namespace_manager), out_format))
    except GwangyeError as err:
        raise click.ClickException(str(err)) from err


@click.command("vocab")
@click.option("-f", "--format", "fmt", type=click.Choice(["turtle", "nt", "jsonld", "xml"]),
              default="turtle", show_default=True)
@click.option("--shapes", is_flag=True, help="Print the SHACL shapes instead of the vocabulary.")
@click.option("--write", is_flag=True,
              help="Regenerate ontology/vocab.ttl, shapes.ttl and namespace.py from schema.yaml.")
def vocab_command(fmt: str, shapes: bool, write: bool) -> None:
    """Print the gwangye vocabulary (RDFS/OWL, Korean and English labels) or its shapes."""
    from ontology.serialize import FORMATS
    from ontology.shapes import shapes_graph
    from ontology.vocab import vocabulary_graph, write_artefacts

    try:
        if write:
            for path in write_artefacts():
                click.echo(f"wrote {path}", err=True)
            return
        graph = shapes_graph() if shapes else vocabulary_graph()
        text = graph.serialize(format=FORMATS[fmt][0])
    except GwangyeError as err:
        raise click.ClickException(str(err)) from err
    with _output(None) as handle:
        handle.write(text if text.endswith("\n") else text + "\n")


COMMANDS: list[click.Command] = [export_command, sparql_command, vocab_command]
