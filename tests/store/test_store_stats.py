"""Quiz accuracy and progress per principle, as the progress page will show them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from starcoach.store import NewAttempt, Store, StoreError

MakeAttempt = Callable[..., NewAttempt]


def test_quiz_accuracy_before_any_answer(store: Store) -> None:
    stats = store.quiz_accuracy()
    assert (stats.answered, stats.correct, stats.ratio, stats.per_question) == (0, 0, None, {})


def test_quiz_accuracy_counts_every_answer_overall_and_per_question(store: Store) -> None:
    answers = [
        ("dive-deep-number-looked-wrong", 0, 1, True),
        ("dive-deep-number-looked-wrong", 1, 0, False),
        ("dive-deep-number-looked-wrong", 1, 2, True),
        ("frugality-cut-running-costs", 0, 3, False),
    ]
    for question_slug, quiz_index, choice, correct in answers:
        store.record_quiz_answer(question_slug, quiz_index, choice, correct)

    stats = store.quiz_accuracy()

    assert (stats.answered, stats.correct, stats.ratio) == (4, 2, 0.5)
    deep = stats.per_question["dive-deep-number-looked-wrong"]
    assert (deep.answered, deep.correct) == (3, 2)
    assert deep.ratio == pytest.approx(2 / 3)
    frugal = stats.per_question["frugality-cut-running-costs"]
    assert (frugal.answered, frugal.correct, frugal.ratio) == (1, 0, 0.0)
    assert list(stats.per_question) == sorted(stats.per_question)


def test_a_negative_quiz_index_is_refused(store: Store) -> None:
    with pytest.raises(StoreError):
        store.record_quiz_answer("q", -1, 0, True)


def test_progress_of_an_empty_store(store: Store) -> None:
    progress = store.progress()
    assert (progress.scores, progress.principles) == ((), {})


def test_progress_gives_scores_over_time_and_the_best_verdict_per_principle(
    store: Store, make_attempt: MakeAttempt
) -> None:
    plan = [
        ("ownership", "practice", 35, "strong_no_hire"),
        ("dive-deep", "mock", 52, "lean_no_hire"),
        ("ownership", "mock", 64, "strong_hire"),  # best verdict, not best score
        ("ownership", "practice", 70, "lean_hire"),  # best score, latest
        ("dive-deep", "practice", 48, "lean_no_hire"),
    ]
    for principle, mode, score, verdict in plan:
        store.save_attempt(make_attempt(principle_slug=principle, mode=mode, score=score, verdict=verdict))

    progress = store.progress()

    assert [(p.principle_slug, p.mode, p.score, p.verdict) for p in progress.scores] == plan
    times = [p.created_at for p in progress.scores]
    assert times == sorted(times) and all(t.tzinfo is UTC for t in times)
    assert {p.question_slug for p in progress.scores} == {"ownership-fixed-outside-your-team"}

    assert list(progress.principles) == ["dive-deep", "ownership"]
    ownership = progress.principles["ownership"]
    assert (ownership.attempts, ownership.best_verdict, ownership.best_score) == (3, "strong_hire", 70)
    assert ownership.last_attempted == datetime(2025, 3, 1, 9, 3, tzinfo=UTC)
    dive_deep = progress.principles["dive-deep"]
    assert (dive_deep.attempts, dive_deep.best_verdict, dive_deep.best_score) == (2, "lean_no_hire", 52)
    assert dive_deep.last_attempted == datetime(2025, 3, 1, 9, 4, tzinfo=UTC)


def test_deleted_attempts_leave_the_progress(store: Store, make_attempt: MakeAttempt) -> None:
    best = store.save_attempt(make_attempt(score=90, verdict="strong_hire"))
    store.save_attempt(make_attempt(score=40, verdict="lean_no_hire"))
    store.delete_attempt(best.id)

    ownership = store.progress().principles["ownership"]
    assert (ownership.attempts, ownership.best_verdict, ownership.best_score) == (1, "lean_no_hire", 40)
