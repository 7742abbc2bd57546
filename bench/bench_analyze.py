"""Print the analyzer's speed: p50/p99 on a 300-word answer, the 1,000-word ratio, and a cold first answer.

Usage: python bench/bench_analyze.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

SENTENCES = [
    "At my last job our checkout service timed out for about four percent of payments during sales.",
    "It wasn't my team's service, and nobody owned the alert, but customers were abandoning their carts.",
    "I pulled a week of traces and found that the retry client retried every fifty milliseconds with no backoff.",
    "I wrote a patch with jittered exponential backoff and load tested it at three times our peak.",
    "Then I rolled it out behind a flag, one region at a time, and watched the error budget each morning.",
    "Timeouts dropped from 4% to 0.2% and we stopped losing about $30k a day in abandoned carts.",
    "The platform team adopted the patch as the default for every client in the company.",
    "What I learned is that shared libraries drift when nobody owns them, so I set up an ownership rota.",
]


def answer_of(words: int) -> str:
    """Repeat the sample sentences until the answer has about this many words."""
    out: list[str] = []
    while sum(len(s.split()) for s in out) < words:
        out.append(SENTENCES[len(out) % len(SENTENCES)])
    return " ".join(out)


def timings(text: str, runs: int) -> list[float]:
    from starcoach.analysis import analyze

    analyze(text)
    # A fresh string each run, so no per-text cache can serve a repeat: every run pays the full price.
    variants = [f"{text} That was in {2000 + i % 25}." for i in range(runs)]
    result = []
    for variant in variants:
        start = time.perf_counter()
        analyze(variant, lp="ownership", level="senior")
        result.append((time.perf_counter() - start) * 1000)
    return sorted(result)


def percentile(values: list[float], share: float) -> float:
    return values[min(len(values) - 1, int(len(values) * share))]


def cold_start() -> float:
    """Time a fresh interpreter importing starcoach and analyzing one answer (median of 5)."""
    code = (
        "import time; t=time.perf_counter(); import starcoach; "
        f"starcoach.analyze({answer_of(300)!r}); print((time.perf_counter()-t)*1000)"
    )
    runs = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(5)
    ]
    return statistics.median(runs)


def main() -> None:
    short, long = answer_of(300), answer_of(1000)
    t300 = timings(short, 300)
    t1000 = timings(long, 100)
    print(
        f"analyze, {len(short.split())} words: p50 {percentile(t300, 0.5):.2f} ms, p99 {percentile(t300, 0.99):.2f} ms"
        "   (budget p50 <= 2 ms, p99 <= 10 ms)"
    )
    ratio = statistics.median(t1000) / statistics.median(t300)
    print(
        f"analyze, {len(long.split())} words: p50 {percentile(t1000, 0.5):.2f} ms, {ratio:.2f}x the 300-word time"
        "   (budget <= 4x)"
    )
    print(f"import starcoach + first analysis, cold: {cold_start():.0f} ms   (budget <= 300 ms)")


if __name__ == "__main__":
    main()
