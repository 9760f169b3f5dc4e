"""End to end: extraction lines → real embedded store → `gwangye export` → SHACL-valid RDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyshacl import validate
from rdflib import Graph
from rdflib import namespace as ns

from graph.cli import main
from graph.embedded import stop_server
from graph.store import open_store
from ontology.model import Entity, Relation, StoryExtraction
from ontology.namespace import GW
from ontology.vocab import ONTOLOGY_DIR

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def extractions() -> list[StoryExtraction]:
    """Two fictional stories; the second restates a fact of the first (one edge, two provenances)."""
    first = StoryExtraction(
        source="201_gaon.txt", story=0, title="가온시, 나래군과 청년 협약", date="2025-04-01",
        outlet="가온일보", hash="e2e-story-1",
        entities=[
            Entity("e1", "Person", "박하늘", ["박 시장"], {"title": "가온시장"}),
            Entity("e2", "Organization", "가온시", ["가온"], {"kind": "local_government"}),
            Entity("e3", "Organization", "나래군", [], {"kind": "local_government"}),
            Entity("e4", "Programme", "가온 청년 꿈 수당", [], {"amount_krw": 350000000}),
            Entity("e5", "Person", "정바다", [], {}),
        ],
        relations=[
            Relation("HOLDS_POSITION", "e1", "e2", "박하늘 가온시장은 1일 협약식에 참석했다.", {"title": "시장"}),
            Relation("AGREED_WITH", "e2", "e3", "가온시와 나래군은 1일 청년 교류 협약을 맺었다.", {}),
            Relation("FUNDS", "e2", "e4", "가온시는 가온 청년 꿈 수당에 3억5천만원을 지원한다.",
                     {"amount_krw": 350000000}),
            Relation("REQUESTED", "e1", "e5", "박 시장은 정바다 의원에게 협조를 요청했다.", {}),
        ],
    )
    second = StoryExtraction(
        source="202_gaon.txt", story=0, title="가온 청년 꿈 수당 확대", date="2025-04-09",
        outlet="나래신문", hash="e2e-story-2",
        entities=[
            Entity("e1", "Organization", "가온시", [], {"kind": "local_government"}),
            Entity("e2", "Programme", "가온 청년 꿈 수당", [], {}),
        ],
        relations=[
            Relation("FUNDS", "e1", "e2", "가온시가 가온 청년 꿈 수당 예산을 늘린다.", {}),
        ],
    )
    return [first, second]


@pytest.fixture(scope="module")
def store_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real embedded FalkorDB in a temporary data directory, holding :func:`extractions`."""
    home = tmp_path_factory.mktemp("gwangye-home")
    mp = pytest.MonkeyPatch()
    mp.setenv("GWANGYE_HOME", str(home))
    try:
        with open_store("embedded") as store:
            store.ensure_schema()
            store.write(extractions())
        yield "embedded"
    finally:
        stop_server(home)
        mp.undo()


def _export(store_uri: str, tmp_path: Path, *args: str) -> Graph:
    out = tmp_path / "export.ttl"
    result = CliRunner().invoke(main, ["export", "--store", store_uri, "-o", str(out), *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return Graph().parse(out)


def test_store_export_validates_and_keeps_everything(store_uri: str, tmp_path: Path) -> None:
    graph = _export(store_uri, tmp_path)
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl")
    ok, _, report = validate(graph, shacl_graph=shapes, inference="none")
    assert ok, report
    relations = set(graph.subjects(ns.RDF.type, GW.Relationship))
    assert len(relations) == 4  # the FUNDS fact of both stories is one relationship
    grants = list(graph.subjects(ns.RDF.type, ns.SDO.MonetaryGrant))
    assert len(grants) == 1
    assert len(set(graph.objects(grants[0], ns.PROV.wasDerivedFrom))) == 2
    assert len(set(graph.subjects(ns.RDF.type, ns.SDO.NewsArticle))) == 2
    names = {str(o) for o in graph.objects(None, ns.RDFS.label)}
    assert {"박하늘", "가온시", "나래군", "가온 청년 꿈 수당", "정바다"} <= names


def test_export_twice_gives_the_same_iris(store_uri: str, tmp_path: Path) -> None:
    first = _export(store_uri, tmp_path)
    second = _export(store_uri, tmp_path)
    assert set(first) == set(second)


def test_neighbourhood_export(store_uri: str, tmp_path: Path) -> None:
    whole = _export(store_uri, tmp_path)
    person = next(s for s in whole.subjects(ns.RDFS.label, None)
                  if str(whole.value(s, ns.RDFS.label)) == "정바다")
    key = str(whole.value(person, ns.DCTERMS.identifier))
    part = _export(store_uri, tmp_path, "--entity", key, "--depth", "1")
    names = {str(o) for o in part.objects(None, ns.RDFS.label)}
    assert names == {"정바다", "박하늘"}
