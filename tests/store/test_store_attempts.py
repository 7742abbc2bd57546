"""Saving, reading, listing and deleting attempts, with their sections and follow-ups."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import func, select

from starcoach.settings import Settings
from starcoach.store import NewAttempt, NewFollowup, NewSection, Store, StoreError
from starcoach.store.schema import AttemptRow, FollowupRow, SectionRow
from starcoach.stories.model import StoryIn

MakeAttempt = Callable[..., NewAttempt]

UNICODE_ANSWER = "Situation : l’équipe de São Paulo — 30 % d’erreurs 🚨. 我负责修复。 Ünïcödé “quotes”."
REPORT: dict[str, Any] = {
    "score": 81,
    "verdict": "strong_hire",
    "word_count": 212,
    "speaking_seconds": 84.8,
    "target_seconds": None,
    "findings": [
        {
            "code": "metric_delta",
            "kind": "strength",
            "severity": "major",
            "message": "A before-and-after measure: 30 % → 2 %.",
            "evidence": [{"start": 40, "end": 47, "text": "30 % d’"}],
        }
    ],
    "sections": [{"section": "situation", "spans": [{"start": 0, "end": 12}], "ok": True}],
}


def _mock_attempt(make_attempt: MakeAttempt, **overrides: Any) -> NewAttempt:
    return make_attempt(
        mode="mock",
        level="senior",
        answer_text=UNICODE_ANSWER,
        score=81,
        verdict="strong_hire",
        report=REPORT,
        duration_seconds=142.5,
        sections=(
            NewSection(name="situation", text="São Paulo, 30 % d’erreurs.", score=70, verdict="lean_hire", report={}),
            NewSection(
                name="action", text="J’ai écrit le correctif 🚀", score=88, verdict="strong_hire", report=REPORT
            ),
            NewSection(name="reflection", text="教训", score=40, verdict="lean_no_hire", report={"n": [1, 2]}),
        ),
        followups=(
            NewFollowup(
                question="How did you know it worked?",
                answer_text="J’ai mesuré : 2 % d’erreurs après.",
                score=77,
                verdict="lean_hire",
                report={"findings": []},
                target_code="verification",
                seconds_taken=31.0,
            ),
            NewFollowup(
                question="Whose problem was it?", answer_text="Not mine.", score=20, verdict="strong_no_hire", report={}
            ),
        ),
        **overrides,
    )


def _count(store: Store, row: type[AttemptRow] | type[SectionRow] | type[FollowupRow]) -> int:
    with store.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(row)).scalar_one())


def test_save_and_get_round_trip_unicode_text_and_json_reports(store: Store, make_attempt: MakeAttempt) -> None:
    story = store.add_story(StoryIn(title="Retry storm", situation="São Paulo", action="J’ai corrigé."))
    saved = store.save_attempt(_mock_attempt(make_attempt, client_token="form-1", story_id=story.id))
    loaded = store.get_attempt(saved.id)

    assert loaded == saved
    assert loaded.answer_text == UNICODE_ANSWER
    assert loaded.report == REPORT
    assert loaded.created_at == datetime(2025, 3, 1, 9, 1, tzinfo=UTC)  # the story was stamped at 9:00
    assert loaded.created_at.tzinfo is UTC
    assert (loaded.mode, loaded.level, loaded.story_id, loaded.duration_seconds) == ("mock", "senior", story.id, 142.5)
    assert [(s.position, s.name) for s in loaded.sections] == [(0, "situation"), (1, "action"), (2, "reflection")]
    assert loaded.sections[1].report == REPORT
    assert loaded.sections[2].text == "教训"
    assert [f.question for f in loaded.followups] == ["How did you know it worked?", "Whose problem was it?"]
    assert loaded.followups[0].target_code == "verification"
    assert loaded.followups[0].seconds_taken == 31.0
    assert loaded.followups[1].target_code is None
    assert loaded.followups[1].seconds_taken is None


def test_getting_an_unknown_attempt_gives_none(store: Store) -> None:
    assert store.get_attempt(12345) is None


def test_deleting_an_attempt_cascades_to_its_sections_and_followups(store: Store, make_attempt: MakeAttempt) -> None:
    doomed = store.save_attempt(_mock_attempt(make_attempt))
    kept = store.save_attempt(_mock_attempt(make_attempt))
    assert (_count(store, SectionRow), _count(store, FollowupRow)) == (6, 4)

    assert store.delete_attempt(doomed.id) is True

    assert store.get_attempt(doomed.id) is None
    assert store.get_attempt(kept.id) == kept
    assert (_count(store, AttemptRow), _count(store, SectionRow), _count(store, FollowupRow)) == (1, 3, 2)
    assert store.delete_attempt(doomed.id) is False


def test_the_same_client_token_twice_saves_one_attempt(store: Store, make_attempt: MakeAttempt) -> None:
    first = store.save_attempt(make_attempt(client_token="tok-42", answer_text="first"))
    second = store.save_attempt(make_attempt(client_token="tok-42", answer_text="double submit"))

    assert second == first
    assert second.answer_text == "first"
    assert _count(store, AttemptRow) == 1
    assert store.save_attempt(make_attempt(client_token="tok-43")).id != first.id


def test_concurrent_submits_of_one_token_save_one_attempt(store: Store, make_attempt: MakeAttempt) -> None:
    workers = 8
    barrier = threading.Barrier(workers)

    def submit(index: int) -> int:
        barrier.wait()
        return store.save_attempt(make_attempt(client_token="raced", answer_text=f"submit {index}")).id

    with ThreadPoolExecutor(workers) as pool:
        ids = set(pool.map(submit, range(workers)))

    assert len(ids) == 1
    assert _count(store, AttemptRow) == 1


def test_attempts_without_a_token_are_all_saved(store: Store, make_attempt: MakeAttempt) -> None:
    store.save_attempt(make_attempt())
    store.save_attempt(make_attempt())
    assert _count(store, AttemptRow) == 2


def test_list_is_newest_first_and_filters_by_principle_and_mode(store: Store, make_attempt: MakeAttempt) -> None:
    plan = [
        ("ownership", "practice"),
        ("dive-deep", "mock"),
        ("ownership", "mock"),
        ("customer-obsession", "practice"),
        ("ownership", "practice"),
    ]
    ids = [store.save_attempt(make_attempt(principle_slug=p, mode=m)).id for p, m in plan]

    everything = store.list_attempts()
    assert [a.id for a in everything] == ids[::-1]
    assert [a.created_at for a in everything] == sorted((a.created_at for a in everything), reverse=True)
    assert [a.id for a in store.list_attempts(limit=2)] == [ids[4], ids[3]]
    assert [a.id for a in store.list_attempts(limit=2, offset=2)] == [ids[2], ids[1]]
    assert [a.id for a in store.list_attempts(principle="ownership")] == [ids[4], ids[2], ids[0]]
    assert [a.id for a in store.list_attempts(mode="mock")] == [ids[2], ids[1]]
    assert [a.id for a in store.list_attempts(principle="ownership", mode="practice")] == [ids[4], ids[0]]
    assert store.list_attempts(principle="frugality") == []
    summary = everything[0]
    assert (summary.principle_slug, summary.mode, summary.score, summary.verdict) == (
        "ownership",
        "practice",
        72,
        "lean_hire",
    )


def test_attempts_saved_in_the_same_instant_list_by_id(store_settings: Settings, make_attempt: MakeAttempt) -> None:
    instant = datetime(2025, 5, 5, 12, 0, tzinfo=UTC)
    with Store.open(store_settings, clock=lambda: instant) as frozen:
        ids = [frozen.save_attempt(make_attempt()).id for _ in range(3)]
        assert [a.id for a in frozen.list_attempts()] == ids[::-1]


def test_times_from_another_zone_are_kept_in_utc(store_settings: Settings, make_attempt: MakeAttempt) -> None:
    paris = timezone(timedelta(hours=1))
    with Store.open(store_settings, clock=lambda: datetime(2025, 1, 1, 10, 30, tzinfo=paris)) as store:
        saved = store.save_attempt(make_attempt())
        assert store.get_attempt(saved.id) == saved
        assert saved.created_at == datetime(2025, 1, 1, 9, 30, tzinfo=UTC)
        assert saved.created_at.tzinfo is UTC


def test_a_clock_without_a_timezone_is_refused(store_settings: Settings, make_attempt: MakeAttempt) -> None:
    with Store.open(store_settings, clock=lambda: datetime(2025, 1, 1, 10, 30)) as store:
        with pytest.raises(StoreError, match="naive"):
            store.save_attempt(make_attempt())
        assert store.list_attempts() == []


@pytest.mark.parametrize("limit", [0, -1])
def test_list_refuses_a_limit_below_one(store: Store, limit: int) -> None:
    with pytest.raises(StoreError):
        store.list_attempts(limit=limit)


@pytest.mark.parametrize(
    "overrides",
    [{"score": 101}, {"score": -1}, {"verdict": "hire"}, {"mode": "exam"}, {"level": "intern"}, {"client_token": ""}],
    ids=["score-high", "score-low", "verdict", "mode", "level", "empty-token"],
)
def test_invalid_attempts_are_refused_before_they_reach_the_database(
    make_attempt: MakeAttempt, overrides: dict[str, Any]
) -> None:
    with pytest.raises(StoreError):
        make_attempt(**overrides)


def test_a_section_with_an_unknown_name_is_refused() -> None:
    with pytest.raises(StoreError, match="section"):
        NewSection(name="epilogue", text="x", score=50, verdict="lean_hire", report={})  # type: ignore[arg-type]


def test_export_is_json_ready_and_wipe_leaves_nothing(store: Store, make_attempt: MakeAttempt) -> None:
    saved = store.save_attempt(_mock_attempt(make_attempt))
    store.record_quiz_answer("dive-deep-number-looked-wrong", 0, 2, True)

    exported = json.loads(json.dumps(store.export_data()))
    assert exported["format"] == "starcoach-export"
    assert [a["id"] for a in exported["attempts"]] == [saved.id]
    assert exported["attempts"][0]["answer_text"] == UNICODE_ANSWER
    assert exported["attempts"][0]["created_at"] == "2025-03-01T09:00:00+00:00"
    assert len(exported["attempts"][0]["sections"]) == 3
    assert exported["quiz_answers"][0]["question_slug"] == "dive-deep-number-looked-wrong"

    store.wipe_all()

    assert store.list_attempts() == []
    assert store.quiz_accuracy().answered == 0
    assert (_count(store, SectionRow), _count(store, FollowupRow)) == (0, 0)
