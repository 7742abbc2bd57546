"""The story bank in the store: add, read, list, edit and delete stories; attempts outlive their story."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, lazyload
from sqlalchemy.orm.attributes import set_committed_value

from starcoach.settings import Settings
from starcoach.store import NewAttempt, NewFollowup, NewSection, Store, StoreError, attempts, migrate
from starcoach.store.db import create_engine_for
from starcoach.store.schema import AttemptRow
from starcoach.stories.model import StoryIn

MakeAttempt = Callable[..., NewAttempt]


def _story(**overrides: Any) -> StoryIn:
    fields: dict[str, Any] = {
        "title": "Retry storm on the checkout queue",
        "situation": "Checkout failed every Friday; nobody owned the retry queue.",
        "action": "I read the queue code, found a retry storm and shipped a fix with backoff.",
        "result": "Failures dropped from 12 a week to zero.",
        "role": "backend engineer",
        "level": "senior",
        "tags": ["Ops", "queues"],
    }
    fields.update(overrides)
    return StoryIn(**fields)


def test_add_and_get_round_trip_with_unicode(store: Store) -> None:
    new = _story(
        title="Équipe de São Paulo — 30 % d’erreurs 🚨",
        situation="我负责修复。 Ünïcödé “quotes”.",
        reflection="J’ai appris à mesurer avant d’agir.",
        tags=["Équipe", "équipe", "数据"],
    )

    saved = store.add_story(new)

    assert store.get_story(saved.id) == saved
    assert saved.model_dump(include=set(StoryIn.model_fields)) == new.model_dump()
    assert saved.tags == ["équipe", "数据"]
    assert saved.created_at == saved.updated_at == datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    assert saved.created_at.tzinfo is UTC


def test_getting_an_unknown_story_gives_none(store: Store) -> None:
    assert store.get_story(4242) is None


def test_list_is_by_title_ignoring_case(store: Store) -> None:
    for title in ("dive into the billing drift", "Zero-downtime migration", "Automating the release", "billing"):
        store.add_story(_story(title=title))

    assert [story.title for story in store.list_stories()] == [
        "Automating the release",
        "billing",
        "dive into the billing drift",
        "Zero-downtime migration",
    ]


def test_list_of_an_empty_bank(store: Store) -> None:
    assert store.list_stories() == []


def test_update_replaces_the_fields_and_stamps_the_update(store: Store) -> None:
    saved = store.add_story(_story())
    changed = _story(title="Retry storm, told for Ownership", result="", tags=["ownership"])

    updated = store.update_story(saved.id, changed)

    assert updated is not None
    assert store.get_story(saved.id) == updated
    assert updated.model_dump(include=set(StoryIn.model_fields)) == changed.model_dump()
    assert updated.created_at == saved.created_at
    assert updated.updated_at > saved.updated_at


def test_updating_an_unknown_story_gives_none(store: Store) -> None:
    assert store.update_story(4242, _story()) is None
    assert store.list_stories() == []


def test_delete_says_whether_the_story_existed(store: Store) -> None:
    doomed = store.add_story(_story(title="doomed"))
    kept = store.add_story(_story(title="kept"))

    assert store.delete_story(doomed.id) is True
    assert store.delete_story(doomed.id) is False
    assert store.get_story(doomed.id) is None
    assert store.list_stories() == [kept]


def test_deleting_a_story_keeps_its_attempts_with_no_story(store: Store, make_attempt: MakeAttempt) -> None:
    story = store.add_story(_story())
    other = store.add_story(_story(title="another story"))
    section = NewSection(name="action", text="I shipped the fix.", score=80, verdict="lean_hire", report={})
    told = store.save_attempt(make_attempt(story_id=story.id, sections=(section,)))
    elsewhere = store.save_attempt(make_attempt(story_id=other.id))

    assert store.delete_story(story.id) is True

    kept = store.get_attempt(told.id)
    assert kept is not None
    assert kept.story_id is None
    assert kept.answer_text == told.answer_text
    assert [s.text for s in kept.sections] == ["I shipped the fix."]
    assert store.get_attempt(elsewhere.id) == elsewhere


def test_an_attempt_told_with_an_unknown_story_is_refused(store: Store, make_attempt: MakeAttempt) -> None:
    with pytest.raises(StoreError, match="no story 99"):
        store.save_attempt(make_attempt(story_id=99))
    assert store.list_attempts() == []


@pytest.mark.parametrize("field", ["title", "situation", "action", "role", "tags"])
def test_text_holding_nul_is_refused_on_every_backend(store: Store, field: str) -> None:
    value: Any = ["ok", "bad\x00tag"] if field == "tags" else "before\x00after"
    with pytest.raises(StoreError, match=field):
        store.add_story(_story(**{field: value}))
    saved = store.add_story(_story())
    with pytest.raises(StoreError, match=field):
        store.update_story(saved.id, _story(**{field: value}))
    assert store.list_stories() == [saved]


def _old_attempt(story_id: int | None, token: str | None = None) -> NewAttempt:
    return NewAttempt(
        mode="mock",
        question_slug="ownership-fixed-outside-your-team",
        principle_slug="ownership",
        level="senior",
        answer_text="J’ai corrigé la file d’attente 🚀",
        score=81,
        verdict="strong_hire",
        report={"findings": [{"code": "metric_delta"}]},
        story_id=story_id,
        client_token=token,
        sections=(
            NewSection(name="situation", text="São Paulo", score=70, verdict="lean_hire", report={}),
            NewSection(name="action", text="我负责修复", score=88, verdict="strong_hire", report={"n": [1]}),
        ),
        followups=(
            NewFollowup(
                question="How did you know?", answer_text="I measured.", score=60, verdict="lean_hire", report={}
            ),
        ),
    )


def test_migration_0002_keeps_the_attempts_of_a_database_at_0001(store_settings: Settings) -> None:
    engine = create_engine_for(store_settings)
    try:
        migrate.upgrade(engine, "0001")
        checks_before = {c["name"] for c in inspect(engine).get_check_constraints("attempts")}
        with Session(engine) as session, session.begin():
            # Written as the code of revision 0001 would: story ids then pointed at nothing.
            old = [
                attempts.insert_attempt(
                    session, _old_attempt(story_id=7, token="form-1"), datetime(2025, 1, 1, tzinfo=UTC)
                ),
                attempts.insert_attempt(session, _old_attempt(story_id=None), datetime(2025, 1, 2, tzinfo=UTC)),
            ]

        migrate.upgrade(engine)

        assert migrate.current_revision(engine) == migrate.head_revision()
        inspector = inspect(engine)
        assert "stories" in inspector.get_table_names()
        assert {c["name"] for c in inspector.get_check_constraints("attempts")} == checks_before
        (foreign_key,) = inspector.get_foreign_keys("attempts")
        assert (foreign_key["referred_table"], foreign_key["options"].get("ondelete")) == ("stories", "SET NULL")
        store = Store(engine)
        for before in old:
            after = store.get_attempt(before.id)
            assert after is not None
            assert after == replace(before, story_id=None)
        story = store.add_story(_story())
        told = store.save_attempt(_old_attempt(story_id=story.id))
        store.delete_story(story.id)
        assert replace(told, story_id=None) == store.get_attempt(told.id)
    finally:
        engine.dispose()


def test_migration_0002_downgrades_keeping_the_attempts(store_settings: Settings) -> None:
    with Store.open(store_settings) as store:
        story = store.add_story(_story())
        saved = store.save_attempt(_old_attempt(story_id=story.id))
        migrate.downgrade(store.engine, "0001")
        assert "stories" not in inspect(store.engine).get_table_names()
        with Session(store.engine) as session:
            # Revision 0001 has no recordings table: read the attempt without looking for them.
            query = select(AttemptRow).where(AttemptRow.id == saved.id).options(lazyload(AttemptRow.recordings))
            row = session.scalars(query).one()
            set_committed_value(row, "recordings", [])
            kept = attempts.attempt_record(row)
        assert kept == saved
