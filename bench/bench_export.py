"""Print the peak memory of exporting a store whose attempts keep recordings: written out an attempt at a time
(as `starcoach export` and the web app do) beside the document built whole in memory.

Usage: python bench/bench_export.py [--attempts N] [--recording-kib K]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from starcoach.settings import Settings
from starcoach.store import NewAttempt, Recording, Store

PARTS = ("answer", "followup-0", "followup-1")


def _attempt(index: int, audio: bytes) -> NewAttempt:
    return NewAttempt(
        mode="mock",
        question_slug="ownership-fixed-outside-your-team",
        principle_slug="ownership",
        level="senior",
        answer_text="I traced the nightly export failures to a retry storm and fixed the backoff. " * 20,
        score=74,
        verdict="lean_hire",
        report={"score": 74},
        client_token=f"bench-{index}",
        recordings=tuple(Recording(part=part, media_type="audio/webm", audio=audio) for part in PARTS),
    )


def _peak(action: Callable[[], object]) -> tuple[float, float]:
    """Run the action once; return its peak traced memory in MiB and its seconds."""
    tracemalloc.start()
    start = time.perf_counter()
    action()
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1_048_576, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=40, help="attempts, each keeping 3 recordings (default 40)")
    parser.add_argument("--recording-kib", type=int, default=512, help="size of each recording (default 512 KiB)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as home, Store.open(Settings(home=Path(home))) as store:
        audio = os.urandom(args.recording_kib * 1024)
        for index in range(args.attempts):
            store.save_attempt(_attempt(index, audio))
        target = Path(home) / "export.json"

        def written() -> None:
            with target.open("w", encoding="utf-8") as out:
                store.write_export(out)

        def whole() -> None:
            target.write_text(json.dumps(store.export_data(), ensure_ascii=False), encoding="utf-8")

        audio_mib = args.attempts * len(PARTS) * len(audio) / 1_048_576
        print(f"{args.attempts} attempts, {args.attempts * len(PARTS)} recordings, {audio_mib:.0f} MiB of audio")
        print(f"{'export':28} {'peak MiB':>9} {'seconds':>8} {'file MiB':>9}")
        for name, action in (("written an attempt at a time", written), ("built whole in memory", whole)):
            peak, seconds = _peak(action)
            print(f"{name:28} {peak:>9.1f} {seconds:>8.2f} {target.stat().st_size / 1_048_576:>9.1f}")


if __name__ == "__main__":
    main()
