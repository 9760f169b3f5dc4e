"""extract/parallel.py: ordered, sharded, multi-process extraction over real files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extract.parallel import Result, Shard, extract_paths, iter_sharded_files, shard_key, shard_of
from ontology.errors import ConfigError, ExtractionError, InputError
from ontology.model import Story, StoryExtraction

ARTICLE = """한빛시, 청년 일자리 사업 국비 지원 요청

입력 2024.05.{day:02d} 10:00
한빛일보 가나다 기자

홍길{n} 한빛시장이 {day}일 세종시에서 행정안전부 장관을 만나 ‘한빛 청년{n} 일자리 사업’에 대한
국비 지원을 요청했다. 한빛시는 이날 ▲청년{n} 창업 지원 ▲마을{n} 돌봄 사업 등 지역 현안을 건의했다.

가나다 기자
"""


def _write_corpus(root: Path, count: int = 14) -> Path:
    for n in range(count):
        folder = root / ("a" if n % 2 else "b")
        folder.mkdir(parents=True, exist_ok=True)
        text = ARTICLE.format(n=n, day=n % 27 + 1)
        encoding = "cp949" if n % 5 == 0 else "utf-8"
        (folder / f"{n:03d}.txt").write_bytes(text.encode(encoding))
    (root / "b" / "005_bad.txt").write_bytes(bytes(range(256)) * 8)  # binary: unreadable
    return root


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write_corpus(tmp_path_factory.mktemp("parallel") / "corpus")


@pytest.fixture(scope="module")
def extractor():  # type: ignore[no-untyped-def]
    from extract.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="module")
def serial(corpus: Path, extractor) -> list[Result]:  # type: ignore[no-untyped-def]
    return list(extract_paths([corpus], workers=1, extractor=extractor))


def _lines(results: list[Result]) -> list[str]:
    """What ``gwangye extract`` would print: JSON lines, and one line per error."""
    return [
        r.value.to_json() if isinstance(r.value, StoryExtraction) else f"ERROR {r.value}"
        for r in results
    ]


# --- shards ----------------------------------------------------------------------------------


@pytest.mark.parametrize("spec", ["0/3", "4/3", "1/0", "3", "a/b", "1/2/3", "-1/2"])
def test_bad_shard_specs_are_config_errors(spec: str) -> None:
    with pytest.raises(ConfigError, match="shard"):
        Shard.parse(spec)


def test_shard_spec_is_one_based() -> None:
    assert Shard.parse("1/3") == Shard(1, 3)
    assert Shard.parse(" 3/3 ") == Shard(3, 3)
    assert Shard.parse(None) is None and Shard.parse("") is None
    assert str(Shard(2, 5)) == "2/5"


def test_shard_hash_is_stable_across_machines() -> None:
    # Pinned: a change here would move files between shards of existing deployments.
    assert [shard_of(f"d000/a{i:07d}.txt", 4) for i in range(8)] == [1, 2, 4, 1, 4, 2, 3, 1]
    assert shard_of("뉴스/광주/기사.txt", 7) == 4
    assert {shard_of(str(i), 3) for i in range(100)} == {1, 2, 3}


def test_shard_key_is_relative_to_the_named_root(tmp_path: Path) -> None:
    assert shard_key(tmp_path / "x" / "y.txt", tmp_path) == "x/y.txt"
    assert shard_key(tmp_path / "y.txt", None) == "y.txt"


def test_same_files_land_in_same_shard_wherever_the_corpus_lives(
    corpus: Path, tmp_path: Path
) -> None:
    moved = tmp_path / "elsewhere" / "copy"
    shutil.copytree(corpus, moved)
    for index in (1, 2, 3):
        here = [p.relative_to(corpus) for p in iter_sharded_files([corpus], f"{index}/3")]
        there = [p.relative_to(moved) for p in iter_sharded_files([moved], f"{index}/3")]
        assert here == there


def test_shards_are_disjoint_and_cover_the_corpus(
    corpus: Path, extractor, serial: list[Result]  # type: ignore[no-untyped-def]
) -> None:
    whole = _lines(serial)
    parts = [
        _lines(list(extract_paths([corpus], shard=f"{i}/3", extractor=extractor)))
        for i in (1, 2, 3)
    ]
    assert all(parts), "with 15 files every one of 3 shards should get some"
    union = [line for part in parts for line in part]
    assert sorted(union) == sorted(whole)
    assert len(union) == len(whole)  # disjoint: nothing twice
    for part in parts:  # each shard keeps the corpus order
        positions = [whole.index(line) for line in part]
        assert positions == sorted(positions)


# --- errors ----------------------------------------------------------------------------------


def test_bad_file_and_missing_argument_are_results_not_crashes(
    corpus: Path, extractor, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    missing = tmp_path / "nope.txt"
    results = list(extract_paths([missing, corpus / "b"], extractor=extractor))
    assert isinstance(results[0].value, InputError) and results[0].path == str(missing)
    bad = [r for r in results if not r.ok]
    assert {Path(r.path).name for r in bad} == {"nope.txt", "005_bad.txt"}
    assert all(isinstance(r.value, InputError) and r.value.cause for r in bad)
    assert sum(r.ok for r in results) >= 7


class _Brittle:
    """An extractor with a bug on one story (nothing real fails on demand)."""

    def extract(self, story: Story) -> StoryExtraction:
        if "청년3 " in story.text:
            raise RuntimeError("boom")
        return StoryExtraction.empty(story)


def test_an_extractor_bug_on_one_file_is_an_error_result(corpus: Path) -> None:
    results = list(extract_paths([corpus], extractor=_Brittle()))
    failed = [r for r in results if not r.ok]
    assert [Path(r.path).name for r in failed] == ["003.txt", "005_bad.txt"] or [
        Path(r.path).name for r in failed
    ] == ["005_bad.txt", "003.txt"]
    assert "boom" in str(next(r.value for r in failed if r.path.endswith("003.txt")))


def test_workers_must_be_positive(corpus: Path) -> None:
    with pytest.raises(ConfigError):
        list(extract_paths([corpus], workers=0))


# --- processes -------------------------------------------------------------------------------


def test_two_workers_write_the_same_bytes_as_one(
    corpus: Path, serial: list[Result], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    pooled = list(extract_paths([corpus, missing], workers=2, chunk_files=2))
    assert _lines(pooled) == _lines(serial) + [f"ERROR {missing}: no such file or directory"]
    assert [r.path for r in pooled[:-1]] == [r.path for r in serial]
    assert any(not r.ok and r.path.endswith("005_bad.txt") for r in pooled)


def failing_factory() -> object:
    raise ExtractionError("no model here")


def test_an_extractor_that_cannot_be_built_stops_the_run(corpus: Path) -> None:
    with pytest.raises(ExtractionError, match="no model here"):
        list(extract_paths([corpus], workers=2, extractor_factory=failing_factory))


# --- the command line ------------------------------------------------------------------------


def test_extract_command_shards_cover_the_corpus(
    corpus: Path, tmp_path: Path, extractor, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from click.testing import CliRunner

    import extract.parallel
    from graph.cli import main

    # the module's real extractor, built once, instead of one per command run
    monkeypatch.setattr(extract.parallel, "default_extractor_factory", lambda: extractor)

    runner = CliRunner()
    outputs = []
    for spec in (None, "1/2", "2/2"):
        out = tmp_path / f"out{spec.replace('/', '_') if spec else ''}.jsonl"
        args = ["extract", str(corpus), "-o", str(out)] + (["--shard", spec] if spec else [])
        result = runner.invoke(main, args)
        assert result.exit_code in (0, 1), result.output  # 1: the binary file is reported
        outputs.append(out.read_text(encoding="utf-8").splitlines())
    whole, first, second = outputs
    assert sorted(first + second) == sorted(whole) and first and second


def test_extract_command_refuses_a_bad_shard(corpus: Path) -> None:
    from click.testing import CliRunner

    from graph.cli import main

    result = CliRunner().invoke(main, ["extract", str(corpus), "--shard", "3/2"])
    assert result.exit_code != 0
    assert "shard" in result.output and "Traceback" not in result.output
