"""The analyzer measured on the labeled corpus: the floors it must hold (figures: bench/evaluate_corpus.py)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from starcoach.analysis.evaluation import Figures, corpus_files, evaluate, load_items

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(scope="module")
def figures() -> tuple[Figures, Figures]:
    items = load_items(corpus_files(CORPUS))
    assert len(items) >= 300
    ours, naive, _ = evaluate(items)
    return ours, naive


def test_the_corpus_is_wide(figures: tuple[Figures, Figures]) -> None:
    items = load_items(corpus_files(CORPUS))
    assert len({i.principle for i in items}) == 16
    assert {i.section for i in items} == {"answer", "situation", "task", "action", "result", "reflection", "followup"}
    assert {i.level for i in items} == {"sde1", "sde2", "senior", "principal"}
    assert {i.style for i in items} == {"typed", "transcribed"}
    assert len({i.pair for i in items if i.adversarial}) >= 40
    assert {"off_topic", "gibberish", "fabricated", "reordered", "non_english"} <= {i.kind for i in items}


def test_strong_answers_rank_above_weak_ones(figures: tuple[Figures, Figures]) -> None:
    ours, naive = figures
    summary = ours.summary()
    assert summary["pairwise_accuracy"] >= 0.95
    assert summary["adversarial_accuracy"] >= 0.9
    assert summary["pairwise_accuracy"] > naive.summary()["pairwise_accuracy"] + 0.5


def test_verdicts_land_on_the_right_side(figures: tuple[Figures, Figures]) -> None:
    ours, naive = figures
    assert ours.summary()["verdict_side_accuracy"] >= 0.88
    assert ours.summary()["strong_judged_no_hire"] <= 0.15
    assert ours.summary()["verdict_side_accuracy"] > naive.summary()["verdict_side_accuracy"]


# The target is 5%. Over the 917 items with the eleventh batch (whose strong answers drew a false accusation in 16% of
# cases when it arrived, the tenth's in 24%, the ninth's in 20%), the rate is 4.5% (22 of 485). 21 of the 22 are in
# held-out halves, where the rate is 9.8% (21 of 214): the floor keeps the whole-corpus level from slipping, and the
# held-out rate is the figure still to bring down.
STRONG_FALSE_ALARM_FLOOR = 0.046


def test_strong_answers_are_rarely_accused_of_mistakes(figures: tuple[Figures, Figures]) -> None:
    ours, _ = figures
    assert ours.summary()["strong_false_alarm_rate"] <= STRONG_FALSE_ALARM_FLOOR


def test_codes_are_found_and_mostly_right(figures: tuple[Figures, Figures]) -> None:
    ours, _ = figures
    table = ours.code_table()
    tp = sum(row["tp"] for row in table.values())
    fp = sum(row["fp"] for row in table.values())
    fn = sum(row["fn"] for row in table.values())
    assert tp / (tp + fp) >= 0.72
    assert tp / (tp + fn) >= 0.58
    # A floor per code, so no detector quietly stops working; the target (0.85) is not reached yet.
    weak_codes = [
        code
        for code, row in table.items()
        if row["support"] >= 10 and not math.isnan(row["recall"]) and row["recall"] < 0.25
    ]
    assert not weak_codes, weak_codes
