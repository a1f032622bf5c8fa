"""The benchmark's results page: its table is what benchmark.json holds, and a partial run keeps the rest."""

import copy
import json
import sys

from conftest import PROJECT_DIR

sys.path.insert(0, str(PROJECT_DIR / "tests" / "perf"))
import bench  # the runner lives beside its operations, outside any package

DOCS = PROJECT_DIR / "docs"


def stored_results():
    return json.loads((DOCS / "benchmark.json").read_text(encoding="utf-8"))


def test_results_page_shows_what_benchmark_json_holds():
    text = (DOCS / "benchmark.md").read_text(encoding="utf-8")
    block = bench.BEGIN + text.split(bench.BEGIN, 1)[1].split(bench.END, 1)[0] + bench.END
    assert block == bench.render_block(stored_results()), "run scripts/bench.sh, do not edit the generated block"


def partial_run(previous, key, run_count, **changes):
    """A run with ``--only key`` of ``run_count`` runs, its row the stored one with ``changes``."""
    row = next(row for row in previous["rows"] if row["key"] == key)
    return {
        "date": "2030-01-02 03:04 UTC",
        "runs": run_count,
        "machine": {**previous["machine"], "commit": "abc1234", "load": "0.1 0.2 0.3"},
        "counts": {},
        "rows": [{**row, **changes}],
    }


def test_partial_run_replaces_only_its_rows_and_says_when():
    results = stored_results()
    previous = copy.deepcopy(results["L"])
    partial = partial_run(previous, "3", 7, ours={"ms": 1.0, "queries": 1})
    merged = bench.merge_partial(previous, partial)
    assert [r["key"] for r in merged["rows"]] == [r["key"] for r in previous["rows"]]
    assert [r for r in merged["rows"] if r["key"] != "3"] == [r for r in previous["rows"] if r["key"] != "3"]
    assert next(r for r in merged["rows"] if r["key"] == "3")["ours"] == {"ms": 1.0, "queries": 1}
    assert merged["date"] == previous["date"] and merged["machine"] == previous["machine"]
    notes = list(bench.render_partial_runs(merged))
    assert any(
        "Rows 3 re-measured alone" in note and "2030-01-02 03:04 UTC" in note and "abc1234" in note for note in notes
    )
    # a first run of a scale is stored as it is
    assert bench.merge_partial(None, partial) is partial


def test_rows_measured_with_their_own_run_count_say_so():
    """Rows 8a/8b (two databases) run at least CROSS_DB_MIN_RUNS times whatever --runs says; the page says it."""
    results = stored_results()
    previous = copy.deepcopy(results["S"])
    partial = partial_run(previous, "8b", 9, runs=bench.CROSS_DB_MIN_RUNS)
    notes = list(bench.render_partial_runs(bench.merge_partial(previous, partial)))
    assert any("Rows 8b re-measured alone" in n and f"{bench.CROSS_DB_MIN_RUNS} runs" in n for n in notes), notes
    # a whole run: no row carries a partial run's note, the two-database rows their own count
    rows = [{key: value for key, value in r.items() if key != "measured"} for r in previous["rows"]]
    for r in rows:
        if r["key"] in ("8a", "8b"):
            r["runs"] = bench.CROSS_DB_MIN_RUNS
        else:
            r.pop("runs", None)
    whole = {**previous, "rows": rows}
    block = bench.render_block({"S": whole})
    assert f"Rows 8a, 8b: {bench.CROSS_DB_MIN_RUNS} runs each" in block
    assert bench.CROSS_DB_MIN_RUNS >= 100
