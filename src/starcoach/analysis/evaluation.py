"""Measure the analyzer against a labeled corpus: ranking, verdicts, per-code precision and recall.

The same figures are computed for a naive baseline (length plus the count of numbers) so that every
figure can be read against what surface features alone would give.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median
from typing import Any

import yaml

from starcoach.analysis.analyzer import analyze
from starcoach.analysis.codes import CODES
from starcoach.analysis.report import HIRE_SIDE, Report
from starcoach.analysis.text import count_words, numbers

# Measurements rather than judgements: a strong answer that is short is not falsely accused by being timed.
# Every other mistake found on a strong answer and not in its labels is a false alarm (unanswered_probe too:
# a strong answer to a probe answers it).
TIMING_CODES = frozenset({"too_long", "too_short", "pace"})
# Codes measured from time or added beyond the labeled set: not part of the precision/recall table.
UNLABELED_CODES = TIMING_CODES | {"unanswered_probe", "specific_detail"}


@dataclass(frozen=True)
class Item:
    """One labeled answer or section of the corpus."""

    id: str
    principle: str
    question: str
    section: str
    level: str
    style: str
    quality: str
    verdict: str
    codes: frozenset[str]
    kind: str
    text: str
    pair: str | None = None
    adversarial: bool = False
    file: str = ""


def load_items(paths: Iterable[Path]) -> list[Item]:
    """Read corpus files into items, refusing unknown codes so a typo never hides."""
    items = []
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for raw in data["items"]:
            codes = frozenset(raw.get("codes") or [])
            unknown = codes - set(CODES)
            if unknown:
                raise ValueError(f"{path.name}: {raw['id']}: unknown codes {sorted(unknown)}")
            items.append(
                Item(
                    id=raw["id"],
                    principle=raw["principle"],
                    question=raw.get("question", ""),
                    section=raw["section"],
                    level=raw["level"],
                    style=raw.get("style", "typed"),
                    quality=raw["quality"],
                    verdict=raw["verdict"],
                    codes=codes,
                    kind=raw.get("kind", "normal"),
                    text=raw["text"],
                    pair=raw.get("pair"),
                    adversarial=bool(raw.get("adversarial")),
                    file=path.name,
                )
            )
    return items


def run(item: Item) -> Report:
    """Analyze one corpus item as the product would."""
    return analyze(item.text, section=item.section, lp=item.principle, level=item.level, question=item.question or None)


def baseline_score(item: Item) -> float:
    """The naive baseline: longer answers with more numbers rank higher."""
    return count_words(item.text) + 10 * sum(1 for _ in numbers(item.text))


@dataclass
class Figures:
    """Every figure of one scorer over one set of items."""

    pairs: int = 0
    pairs_right: int = 0
    adversarial: int = 0
    adversarial_right: int = 0
    cross_pairs: int = 0
    cross_right: int = 0
    verdicts: int = 0
    hire_side_right: int = 0
    exact_right: int = 0
    strong_items: int = 0
    strong_false_alarms: int = 0
    strong_judged_no_hire: int = 0
    per_code: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    @staticmethod
    def ratio(part: int, whole: int) -> float:
        return part / whole if whole else float("nan")

    def summary(self) -> dict[str, float]:
        return {
            "pairwise_accuracy": self.ratio(self.pairs_right, self.pairs),
            "adversarial_accuracy": self.ratio(self.adversarial_right, self.adversarial),
            "cross_pair_accuracy": self.ratio(self.cross_right, self.cross_pairs),
            "verdict_side_accuracy": self.ratio(self.hire_side_right, self.verdicts),
            "verdict_exact_accuracy": self.ratio(self.exact_right, self.verdicts),
            "strong_false_alarm_rate": self.ratio(self.strong_false_alarms, self.strong_items),
            "strong_judged_no_hire": self.ratio(self.strong_judged_no_hire, self.strong_items),
        }

    def code_table(self) -> dict[str, dict[str, float]]:
        table = {}
        for code, counts in sorted(self.per_code.items()):
            tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
            table[code] = {
                "precision": self.ratio(tp, tp + fp),
                "recall": self.ratio(tp, tp + fn),
                "support": tp + fn,
                "tp": tp,
                "fp": fp,
                "fn": fn,
            }
        return table


def _pairs(items: Sequence[Item]) -> list[tuple[Item, Item]]:
    groups: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        if item.pair:
            groups[item.pair].append(item)
    result = []
    for members in groups.values():
        strong = [m for m in members if m.quality == "strong"]
        weak = [m for m in members if m.quality == "weak"]
        result += [(s, w) for s in strong for w in weak]
    return result


def evaluate(items: Sequence[Item]) -> tuple[Figures, Figures, dict[str, Report]]:
    """Return the analyzer's figures, the baseline's, and each item's report."""
    reports = {item.id: run(item) for item in items}
    ours, naive = Figures(), Figures()
    base = {item.id: baseline_score(item) for item in items}
    medians = {
        section: median(base[i.id] for i in items if i.section == section) for section in {i.section for i in items}
    }
    for strong, weak in _pairs(items):
        for figures, scores in ((ours, {i: r.score for i, r in reports.items()}), (naive, base)):
            figures.pairs += 1
            right = scores[strong.id] > scores[weak.id]
            figures.pairs_right += right
            if strong.adversarial or weak.adversarial:
                figures.adversarial += 1
                figures.adversarial_right += right
    for figures, scores in ((ours, {i: r.score for i, r in reports.items()}), (naive, base)):
        for a in items:
            for b in items:
                if a.quality == "strong" and b.quality == "weak" and a.section == b.section and a.level == b.level:
                    figures.cross_pairs += 1
                    figures.cross_right += scores[a.id] > scores[b.id]
    for item in items:
        report = reports[item.id]
        naive_hire = base[item.id] >= medians[item.section]
        expected_hire = item.verdict in HIRE_SIDE
        for figures, hire, verdict in ((ours, report.hire, report.verdict), (naive, naive_hire, None)):
            figures.verdicts += 1
            figures.hire_side_right += hire == expected_hire
            figures.exact_right += verdict == item.verdict
            if item.quality == "strong":
                figures.strong_items += 1
                figures.strong_judged_no_hire += not hire
        if item.kind == "non_english":
            continue
        found = {f.code for f in report.findings if f.code not in UNLABELED_CODES}
        expected = {c for c in item.codes if c not in UNLABELED_CODES}
        for code in found | expected:
            key = "tp" if code in found and code in expected else ("fp" if code in found else "fn")
            ours.per_code[code][key] += 1
        if item.quality == "strong":
            judged = {f.code for f in report.findings} - TIMING_CODES
            alarms = {c for c in judged - item.codes if CODES[c].kind == "mistake"}
            ours.strong_false_alarms += bool(alarms)
    return ours, naive, reports


def corpus_files(folder: Path, split: str | None = None) -> list[Path]:
    """Return the corpus files of a split ('dev', 'holdout') or all of them."""
    pattern = f"*-{split}.yaml" if split else "*.yaml"
    return sorted(folder.glob(pattern))


def as_table(ours: Figures, naive: Figures) -> list[tuple[str, float, float]]:
    """Return (figure, analyzer, baseline) rows for printing."""
    a, b = ours.summary(), naive.summary()
    return [(name, a[name], b[name]) for name in a]


def mismatches(items: Sequence[Item], reports: dict[str, Report]) -> list[dict[str, Any]]:
    """Return, per item, what the analyzer found that the labels lack and the reverse."""
    rows = []
    for item in items:
        report = reports[item.id]
        found = {f.code for f in report.findings if f.code not in UNLABELED_CODES}
        rows.append(
            {
                "id": item.id,
                "quality": item.quality,
                "expected_verdict": item.verdict,
                "verdict": report.verdict,
                "score": report.score,
                "extra": sorted(found - item.codes),
                "missed": sorted(item.codes - found - UNLABELED_CODES),
            }
        )
    return rows
