"""Card scan speed and memory: seconds per card of the generated set and the worker's memory with the models.

    .venv/bin/python tests/perf/card_scan_bench.py

Not collected by pytest; the figures are in docs/card_scan.md and docs/benchmark.md.
"""

import resource
import statistics
import sys
import time
from pathlib import Path

ADDON = Path(__file__).resolve().parents[2] / "addons" / "wfk_card_scan"
sys.path[:0] = [str(ADDON / "models"), str(ADDON / "tests")]
RSS_BEFORE = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

import card_reader  # noqa: E402
import card_set  # noqa: E402


def main():
    photos = [card_set.render(card) for card in card_set.CARDS]
    start = time.perf_counter()
    card_reader.get_engine()
    load = time.perf_counter() - start
    times = []
    for photo in photos:
        start = time.perf_counter()
        card_reader.read_card(photo)
        times.append(time.perf_counter() - start)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"cards {len(times)}: median {statistics.median(times):.2f} s, mean {statistics.mean(times):.2f} s, "
        f"slowest {max(times):.2f} s; engine load {load:.2f} s; maximum RSS {rss:.0f} MB "
        f"(before the import {RSS_BEFORE:.0f} MB)"
    )


if __name__ == "__main__":
    main()
