"""Print start-up figures: `starcoach --help` from a cold interpreter, and loading and checking all content.

Usage: python bench/bench_startup.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def help_seconds(runs: int = 7) -> float:
    """Median wall time of `python -m starcoach --help` in a fresh interpreter."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "starcoach", "--help"], capture_output=True, check=True)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def content_seconds(runs: int = 7) -> float:
    """Median time to load and validate every content file and check its invariants, in a fresh interpreter."""
    code = (
        "import time; t=time.perf_counter(); from starcoach.content import load_library; "
        "from starcoach.content.checks import check_library; assert check_library(load_library()) == []; "
        "print(time.perf_counter()-t)"
    )
    timings = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(runs)
    ]
    return statistics.median(timings)


def main() -> None:
    print(f"starcoach --help, cold: {help_seconds():.3f} s   (budget <= 0.5 s)")
    print(f"load and validate all content (with imports): {content_seconds():.3f} s   (budget <= 0.3 s)")


if __name__ == "__main__":
    main()
