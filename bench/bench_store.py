"""Print p50/p95 latency of the store's save_attempt and get_attempt (SQLite in a temporary folder by default).

Usage: python bench/bench_store.py [--iterations N] [--database-url URL]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starcoach.settings import Settings
from starcoach.store import NewAttempt, NewFollowup, NewSection, SectionName, Store

SECTIONS: tuple[SectionName, ...] = ("situation", "task", "action", "result", "reflection")


def _report(words: int) -> dict[str, Any]:
    """Return a report shaped and sized like the analyzer's for a section of this many words."""
    finding = {
        "code": "first_person_action",
        "kind": "strength",
        "severity": "major",
        "message": "Concrete actions you took yourself, in the first person.",
        "evidence": [{"start": 120, "end": 164, "text": "I rewrote the retry logic and added a canary"}],
    }
    return {
        "score": 74,
        "verdict": "lean_hire",
        "word_count": words,
        "speaking_seconds": words / 2.5,
        "target_seconds": 90,
        "findings": [finding] * 8,
    }


def _attempt(index: int) -> NewAttempt:
    """Return a mock attempt of typical size: five sections, three follow-ups, about 400 words."""
    text = "I noticed the nightly export failing for our largest customer and traced it to a retry storm. " * 4
    return NewAttempt(
        mode="mock",
        question_slug="ownership-fixed-outside-your-team",
        principle_slug="ownership",
        level="senior",
        answer_text=text * 5,
        score=74,
        verdict="lean_hire",
        report=_report(400) | {"sections": [_report(80) for _ in SECTIONS]},
        duration_seconds=158.0,
        client_token=f"bench-{index}",
        sections=tuple(
            NewSection(name=name, text=text, score=70, verdict="lean_hire", report=_report(80), seconds_taken=30.0)
            for name in SECTIONS
        ),
        followups=tuple(
            NewFollowup(
                question="How did you know it worked?",
                answer_text=text,
                score=60,
                verdict="lean_no_hire",
                report=_report(70),
                target_code="verification",
                seconds_taken=40.0,
            )
            for _ in range(3)
        ),
    )


def _timed(action: Callable[[], object], iterations: int) -> list[float]:
    """Run the action this many times and return each run's milliseconds."""
    durations = []
    for _ in range(iterations):
        start = time.perf_counter()
        action()
        durations.append((time.perf_counter() - start) * 1000)
    return durations


def _row(name: str, durations: list[float]) -> str:
    cuts = statistics.quantiles(durations, n=100)
    return f"{name:14} {len(durations):>6} {cuts[49]:>9.2f} {cuts[94]:>9.2f} {max(durations):>9.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=300, help="runs of each operation (default 300)")
    parser.add_argument("--database-url", help="a PostgreSQL URL to measure instead of a temporary SQLite file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as home:
        settings = Settings(home=Path(home), database_url=args.database_url)
        with Store.open(settings) as store:
            if store.list_attempts(limit=1):
                raise SystemExit("the database already holds attempts: point --database-url at an empty one")
            counter = iter(range(10**9))
            saved_ids: list[int] = []
            saves = _timed(lambda: saved_ids.append(store.save_attempt(_attempt(next(counter))).id), args.iterations)
            gets = _timed(lambda: store.get_attempt(saved_ids[len(saved_ids) // 2]), args.iterations)
            lists = _timed(lambda: store.list_attempts(limit=50), args.iterations)
            for attempt_id in saved_ids:
                store.delete_attempt(attempt_id)
        print(f"backend: {store.engine.dialect.name}; attempt: 5 sections, 3 follow-ups")
        print(f"{'operation':14} {'runs':>6} {'p50 ms':>9} {'p95 ms':>9} {'max ms':>9}")
        print(_row("save_attempt", saves))
        print(_row("get_attempt", gets))
        print(_row("list_attempts", lists))


if __name__ == "__main__":
    main()
