"""A tiny run of the benchmark code: it works end to end; nothing is asserted about time."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bench.__main__ import main
from bench.corpus import write_corpus
from bench.measure import run_measuring_memory


def test_corpus_is_deterministic_and_realistic(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a", 12, seed=3)
    second = write_corpus(tmp_path / "b", 12, seed=3)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    texts = []
    for path in first:
        data = path.read_bytes()
        try:
            texts.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(data.decode("cp949"))
    joined = "\n".join(texts)
    for cue in ("입력 ", "기자", "▲", "억", "요청" if "요청" in joined else "건의"):
        assert cue in joined
    assert write_corpus(tmp_path / "c", 12, seed=4)[0].read_bytes() != first[0].read_bytes()


def test_peak_memory_of_a_command_is_measured() -> None:
    run = run_measuring_memory(
        [sys.executable, "-c", "import time; x = bytearray(30 * 2**20); time.sleep(0.5)"],
        articles=0,
    )
    assert run.returncode == 0
    assert run.peak_single_mb >= 30


@pytest.mark.timeout(900)
def test_bench_runs_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-n", "20", "--memory", "", "--workers", "2",
                 "--store-bench", "--nodes 300 --relationships 900 --samples 5"]) == 0
    out = capsys.readouterr().out
    assert "kiwi (per story)" in out
    assert "read+extract, 2 workers" in out
    assert "targets (issue 7)" in out
    assert "store benchmark" in out


def test_memory_runs_of_the_real_commands(tmp_path: Path) -> None:
    from bench.pipeline_bench import memory_runs

    corpus = tmp_path / "n8"
    write_corpus(corpus, 8)
    runs = memory_runs([(8, corpus)], workers=1, with_ingest=True)
    assert [r.command.split()[1] for r in runs] == ["extract", "ingest"]
    assert all(r.returncode == 0 and r.peak_single_mb > 50 for r in runs)
