"""Print the analyzer's figures over the labeled corpus, beside a naive baseline (length + numbers).

Usage: python bench/evaluate_corpus.py [--split dev|holdout] [--batch cN] [--codes] [--items]
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from starcoach.analysis.evaluation import as_table, corpus_files, evaluate, load_items, mismatches

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def _fmt(value: float) -> str:
    return "  n/a" if math.isnan(value) else f"{value:5.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "holdout"], help="only one split of the corpus (default: all)")
    parser.add_argument("--batch", help="only the files of one batch, by the prefix of their names (e.g. c6)")
    parser.add_argument("--codes", action="store_true", help="print precision and recall for every code")
    parser.add_argument("--items", action="store_true", help="print each item whose findings differ from its labels")
    args = parser.parse_args()

    files = [f for f in corpus_files(CORPUS, args.split) if not args.batch or f.name.startswith(f"{args.batch}-")]
    if not files:
        parser.error(f"no corpus files match batch {args.batch!r} and split {args.split or 'all'}")
    items = load_items(files)
    ours, naive, reports = evaluate(items)
    strong = sum(i.quality == "strong" for i in items)
    pairs = len({i.pair for i in items if i.pair})
    adversarial = len({i.pair for i in items if i.pair and i.adversarial})
    print(
        f"corpus: {len(items)} items ({strong} strong, {len(items) - strong} weak), {pairs} pairs, "
        f"{adversarial} adversarial; split: {args.split or 'all'}" + (f"; batch: {args.batch}" if args.batch else "")
    )
    print(f"{'figure':28} {'analyzer':>9} {'baseline':>9}")
    for name, a, b in as_table(ours, naive):
        print(f"{name:28} {_fmt(a):>9} {_fmt(b):>9}")
    table = ours.code_table()
    recalls = [row["recall"] for row in table.values() if row["support"] and not math.isnan(row["recall"])]
    precisions = [row["precision"] for row in table.values() if not math.isnan(row["precision"])]
    tp = sum(int(r["tp"]) for r in table.values())
    fp = sum(int(r["fp"]) for r in table.values())
    fn = sum(int(r["fn"]) for r in table.values())
    print(f"{'codes: micro precision':28} {_fmt(tp / (tp + fp) if tp + fp else math.nan):>9} {'  n/a':>9}")
    print(f"{'codes: micro recall':28} {_fmt(tp / (tp + fn) if tp + fn else math.nan):>9} {'  n/a':>9}")
    print(f"{'codes: macro recall':28} {_fmt(sum(recalls) / len(recalls)):>9} {'  n/a':>9}")
    print(f"{'codes: macro precision':28} {_fmt(sum(precisions) / len(precisions)):>9} {'  n/a':>9}")
    if args.codes:
        print(f"\n{'code':26} {'prec':>6} {'recall':>6} {'support':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
        for code, row in table.items():
            print(
                f"{code:26} {_fmt(row['precision']):>6} {_fmt(row['recall']):>6} {int(row['support']):7d} "
                f"{int(row['tp']):4d} {int(row['fp']):4d} {int(row['fn']):4d}"
            )
    if args.items:
        print()
        for row in mismatches(items, reports):
            wrong_side = (row["verdict"] in ("strong_hire", "lean_hire")) != (
                row["expected_verdict"] in ("strong_hire", "lean_hire")
            )
            if row["extra"] or row["missed"] or wrong_side:
                flag = "VERDICT " if wrong_side else ""
                print(
                    f"{flag}{row['id']} [{row['quality']}] {row['score']} {row['verdict']} "
                    f"(want {row['expected_verdict']}) "
                    f"extra={row['extra']} missed={row['missed']}"
                )


if __name__ == "__main__":
    main()
