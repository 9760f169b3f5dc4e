"""`gwangye export`, `gwangye sparql`, `gwangye vocab`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from graph.cli import main
from ontology.serialize import PARSERS
from ontology.vocab import write_artefacts

REPO = Path(__file__).resolve().parents[3]
EXPECTED = REPO / "tests" / "data" / "rdf" / "small.ttl"
QUERIES = REPO / "examples" / "queries"
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.usefixtures("memory_store")
def test_export_turtle_file_matches_the_expected_graph(tmp_path: Path, base_iri: str) -> None:
    out = tmp_path / "graph.ttl"
    code, _, err = run("export", "-o", str(out), "--base-iri", base_iri)
    assert code == 0, err
    assert isomorphic(Graph().parse(out), Graph().parse(EXPECTED))


@pytest.mark.usefixtures("memory_store")
@pytest.mark.parametrize("fmt", list(PARSERS))
def test_export_every_format_to_stdout(fmt: str, base_iri: str) -> None:
    code, out, err = run("export", "-f", fmt, "--base-iri", base_iri)
    assert code == 0, err
    dataset = Dataset(default_union=True)
    dataset.parse(data=out, format=PARSERS[fmt])
    assert set(dataset.triples((None, None, None))) == set(Graph().parse(EXPECTED))


@pytest.mark.usefixtures("memory_store")
def test_export_format_follows_the_file_suffix_and_env_base_iri(tmp_path: Path) -> None:
    out = tmp_path / "graph.nt"
    code, _, err = run("export", "-o", str(out), env={"GWANGYE_BASE_IRI": "https://kr.example/x/"})
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<https://kr.example/x/")
    assert len(Graph().parse(data=text, format="nt")) == len(Graph().parse(EXPECTED))


@pytest.mark.usefixtures("memory_store")
def test_export_one_neighbourhood(base_iri: str) -> None:
    code, out, err = run("export", "-f", "nt", "--entity", "Person:정바다", "--depth", "1",
                         "--base-iri", base_iri)
    assert code == 0, err
    graph = Graph().parse(data=out, format="nt")
    labels = {str(o) for o in graph.objects(None, Graph().namespace_manager.expand_curie("rdfs:label"))}
    assert labels == {"박하늘", "정바다"}


@pytest.mark.usefixtures("memory_store")
def test_export_unknown_entity_is_one_clear_error() -> None:
    code, _, err = run("export", "--entity", "Person:없음")
    assert code != 0 and "Person:없음" in err and "Traceback" not in err


def sparql_json(query: str, file: Path) -> list[dict[str, object]]:
    code, out, err = run("sparql", query, str(file), "--format", "json")
    assert code == 0, err
    return json.loads(out)


def test_readme_query_requests(exported: Path) -> None:
    rows = sparql_json(str(QUERIES / "requests.rq"), exported)
    assert rows == [{"requester": "박하늘", "addressee": "정바다", "about": "가온 청년 꿈 수당",
                     "date": "2025-03-04",
                     "evidence": '박하늘 가온시장은 4일 정바다 의원에게 "협력"을 요청했다.'}]


def test_readme_query_agreements(exported: Path) -> None:
    query = (QUERIES / "agreements.rq").read_text(encoding="utf-8")
    assert '"순천시"@ko' in query  # the README's body; the test graph's is 가온시
    rows = sparql_json(query.replace("순천시", "가온시"), exported)
    assert [(r["partner"], r["about"], r["date"]) for r in rows] == [("나래군", "청년 교류", "2025-03-05")]


def test_readme_query_funding(exported: Path) -> None:
    rows = sparql_json(str(QUERIES / "funding.rq"), exported)
    assert rows == [{"funder": "가온시", "funded": "가온 청년 꿈 수당", "amount": 350000000,
                     "first_reported": "2025-03-04", "articles": 2}]


def test_sparql_table_and_csv(exported: Path) -> None:
    query = "SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name } ORDER BY ?name"
    code, out, _ = run("sparql", query, str(exported))
    assert code == 0 and out.splitlines()[0] == "name" and out.splitlines()[2:] == ["박하늘", "정바다"]
    code, out, _ = run("sparql", query, str(exported), "--format", "csv")
    assert out.splitlines() == ["name", "박하늘", "정바다"]


def test_sparql_ask_and_iri_compaction(exported: Path) -> None:
    assert sparql_json("ASK { ?r a gw:Request }", exported) == [{"ask": True}]
    rows = sparql_json("SELECT ?k WHERE { ?o org:classification ?k } ORDER BY ?k LIMIT 1", exported)
    assert rows == [{"k": "gw:LocalGovernment"}]


def test_sparql_with_the_vocabulary_gives_korean_kind_labels(exported: Path) -> None:
    query = ('SELECT DISTINCT ?kind WHERE { ?o org:classification ?k . ?k skos:prefLabel ?kind '
             'FILTER(lang(?kind) = "ko") } ORDER BY ?kind')
    assert sparql_json(query, exported) == []
    code, out, err = run("sparql", query, str(exported), "--with-vocab", "--format", "csv")
    assert code == 0, err
    assert out.splitlines() == ["kind", "부서", "지방자치단체"]


def test_sparql_bad_query_is_one_line(exported: Path) -> None:
    code, _, err = run("sparql", "SELEC ?x", str(exported))
    assert code == 1 and err.startswith("Error: SPARQL:") and len(err.strip().splitlines()) == 1


def test_sparql_bad_file_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    code, _, err = run("sparql", "ASK {}", str(bad))
    assert code == 1 and str(bad) in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [[], ["--shapes"], ["-f", "jsonld"], ["-f", "nt"]])
def test_vocab_prints_a_parsable_graph(args: list[str]) -> None:
    code, out, err = run("vocab", *args)
    assert code == 0, err
    fmt = {"jsonld": "json-ld", "nt": "nt"}.get(args[-1] if args and args[0] == "-f" else "", "turtle")
    assert len(Graph().parse(data=out, format=fmt)) > 50


def test_write_artefacts_regenerates_the_checked_in_files(tmp_path: Path) -> None:
    for path in write_artefacts(tmp_path):
        assert path.read_text(encoding="utf-8") == (REPO / "ontology" / path.name).read_text(encoding="utf-8")
