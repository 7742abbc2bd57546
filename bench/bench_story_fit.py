"""Print how well story fit ranks principles on the labeled stories (top-1, top-3) and the time per story report.

Usage: python bench/bench_story_fit.py [-v]   (-v lists the stories whose labels are not in the top 3)
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import yaml

LABELED = Path(__file__).resolve().parent.parent / "tests" / "stories" / "labeled_stories.yaml"


def main(verbose: bool = False) -> None:
    from starcoach.content import library
    from starcoach.stories.model import StoryIn
    from starcoach.stories.report import story_report

    lib = library()
    items = yaml.safe_load(LABELED.read_text(encoding="utf-8"))["stories"]
    stories = [(item["id"], StoryIn(**item["story"]), set(item["labels"])) for item in items]
    story_report(lib, stories[0][1])  # warm up: compile the rubric once, as a running app would have
    top1 = top3 = 0
    seconds = []
    for story_id, story, labels in stories:
        started = time.perf_counter()
        report = story_report(lib, story)
        seconds.append(time.perf_counter() - started)
        ranked = [fit.slug for fit in report.fits]
        top1 += ranked[0] in labels
        top3 += bool(set(ranked[:3]) & labels)
        if verbose and not set(ranked[:3]) & labels:
            best = ", ".join(f"{fit.slug} {fit.fit}" for fit in report.fits[:3])
            print(f"  miss {story_id}: labeled {sorted(labels)}; top 3: {best}")
    count = len(stories)
    per_story = sorted(seconds)
    print(f"stories: {count}")
    print(f"top-1 accuracy: {top1 / count:.2f} ({top1}/{count})")
    print(f"top-3 accuracy: {top3 / count:.2f} ({top3}/{count})")
    print(
        f"story report: median {statistics.median(per_story) * 1000:.1f} ms, "
        f"max {per_story[-1] * 1000:.1f} ms, total {sum(per_story):.2f} s"
    )


if __name__ == "__main__":
    main(verbose="-v" in sys.argv[1:])
