"""Run every benchmark and print its figures (`make bench`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
BENCHES = [
    "bench_startup.py",
    "bench_analyze.py",
    "bench_web.py",
    "bench_store.py",
    "bench_export.py",
    "bench_story_fit.py",
    "bench_speech.py",
]


def main() -> None:
    for name in BENCHES:
        print(f"== {name}", flush=True)
        subprocess.run([sys.executable, str(HERE / name)], check=True)


if __name__ == "__main__":
    main()
