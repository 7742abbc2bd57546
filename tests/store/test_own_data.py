"""Own data: export everything, import it back with nothing lost or doubled, refuse what is not an export, wipe."""

from __future__ import annotations

import base64
import copy
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from sqlalchemy import func, inspect, select, table

from starcoach.analysis.report import VERDICTS
from starcoach.levels import LEVELS
from starcoach.settings import Settings
from starcoach.store import NewAttempt, NewFollowup, NewSection, Recording, Store, migrate
from starcoach.store.own_data import EXPORT_FORMAT, ExportCounts, ImportSummary, InvalidExport
from starcoach.stories.model import StoryIn

MakeAttempt = Callable[..., NewAttempt]
Document = dict[str, Any]

# Not real audio: the store keeps the bytes it is given, whatever they sound like.
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(range(256)) * 3
WEBM = b"\x1a\x45\xdf\xa3" + b"\x00\xff" * 500
UNICODE = "Situation : l’équipe de São Paulo — 30 % d’erreurs 🚨. 我负责修复。 Ünïcödé “quotes”."


def without_ids(document: Document) -> Document:
    """Return the document without exported_at and ids, each story_id replaced by its story's place in the list."""
    place = {story["id"]: index for index, story in enumerate(document["stories"])}

    def strip(item: Document) -> Document:
        return {key: value for key, value in item.items() if key != "id"}

    attempts = []
    for attempt in document["attempts"]:
        item = strip(attempt)
        item["story_id"] = None if attempt["story_id"] is None else place[attempt["story_id"]]
        item["sections"] = [strip(section) for section in attempt["sections"]]
        item["followups"] = [strip(followup) for followup in attempt["followups"]]
        item["recordings"] = sorted(attempt["recordings"], key=lambda recording: recording["part"])
        attempts.append(item)
    return {
        **{key: value for key, value in document.items() if key != "exported_at"},
        "stories": [strip(story) for story in document["stories"]],
        "attempts": attempts,
        "quiz_answers": [strip(answer) for answer in document["quiz_answers"]],
    }


def exported(store: Store) -> Document:
    """Export as the CLI and the web app do: written out as JSON text, an attempt at a time, and read back."""
    out = io.StringIO()
    store.write_export(out)
    document: Document = json.loads(out.getvalue())
    return document


def row_counts(store: Store) -> dict[str, int]:
    """Count the rows of every table but Alembic's own."""
    names = [name for name in inspect(store.engine).get_table_names() if name != "alembic_version"]
    with store.engine.connect() as connection:
        return {name: connection.execute(select(func.count()).select_from(table(name))).scalar_one() for name in names}


def fill(store: Store, make_attempt: MakeAttempt) -> None:
    """Store two stories, three attempts (one told with a story, one with a token, two with recordings kept,
    one of them held first) and two quiz answers; one more recording is held and never claimed."""
    retry = store.add_story(
        StoryIn(title="Retry storm", situation=UNICODE, action="J’ai écrit le correctif 🚀", tags=["Ops", "数据"])
    )
    store.add_story(StoryIn(title="Billing drift", task="Find the drift.", action="I reconciled it.", level="senior"))
    store.save_attempt(
        make_attempt(
            mode="mock",
            answer_text=UNICODE,
            story_id=retry.id,
            client_token="form-1",
            duration_seconds=142.5,
            report={"score": 72, "findings": [{"code": "metric_delta", "evidence": [{"text": "30 % d’"}]}]},
            sections=(
                NewSection(name="situation", text="São Paulo", score=70, verdict="lean_hire", report={}),
                NewSection(name="action", text="教训", score=88, verdict="strong_hire", report={"n": [1, 2]}),
            ),
            followups=(
                NewFollowup(
                    question="How did you know it worked?",
                    answer_text="J’ai mesuré : 2 %.",
                    score=77,
                    verdict="lean_hire",
                    report={},
                    target_code="verification",
                    seconds_taken=31.0,
                ),
            ),
            recordings=(Recording(part="answer", media_type="audio/wav", audio=WAV),),
        ),
        held={"followup-0": store.hold_recording(WEBM, "audio/webm")},
    )
    store.hold_recording(b"OggS never claimed", "audio/ogg")
    store.save_attempt(make_attempt(question_slug="dive-deep-number-looked-wrong", principle_slug="dive-deep"))
    store.save_attempt(make_attempt())
    store.record_quiz_answer("dive-deep-number-looked-wrong", 0, 2, True)
    store.record_quiz_answer("dive-deep-number-looked-wrong", 1, 0, False)


def test_the_export_document_holds_everything(store: Store, make_attempt: MakeAttempt) -> None:
    fill(store, make_attempt)

    document = exported(store)

    assert (document["format"], document["version"]) == ("starcoach-export", 2)
    assert datetime.fromisoformat(document["exported_at"]).tzinfo is not None
    assert [story["title"] for story in document["stories"]] == ["Retry storm", "Billing drift"]
    retry = document["stories"][0]
    assert retry["situation"] == UNICODE and retry["tags"] == ["ops", "数据"]
    assert retry["created_at"] == "2025-03-01T09:00:00+00:00"
    told = document["attempts"][0]
    assert told["story_id"] == retry["id"]
    assert told["answer_text"] == UNICODE and told["client_token"] == "form-1"
    assert [s["text"] for s in told["sections"]] == ["São Paulo", "教训"]
    assert told["followups"][0]["target_code"] == "verification"
    assert sorted((r["part"], r["media_type"], base64.b64decode(r["audio"])) for r in told["recordings"]) == [
        ("answer", "audio/wav", WAV),
        ("followup-0", "audio/webm", WEBM),
    ]
    assert [a["recordings"] for a in document["attempts"][1:]] == [[], []]  # the held one is not exported
    assert [(q["quiz_index"], q["correct"]) for q in document["quiz_answers"]] == [(0, True), (1, False)]


def test_the_written_export_is_the_document_held_whole_and_says_what_it_holds(
    store: Store, make_attempt: MakeAttempt
) -> None:
    fill(store, make_attempt)
    out = io.StringIO()

    counts = store.write_export(out)

    written, whole = json.loads(out.getvalue()), store.export_data()
    assert {**written, "exported_at": None} == {**whole, "exported_at": None}
    assert (counts.stories, counts.attempts, counts.quiz_answers) == (2, 3, 2)
    empty = io.StringIO()
    store.wipe_all()
    assert store.write_export(empty) == ExportCounts(0, 0, 0)
    assert {**json.loads(empty.getvalue()), "exported_at": None} == {
        "format": EXPORT_FORMAT,
        "version": 2,
        "exported_at": None,
        "stories": [],
        "attempts": [],
        "quiz_answers": [],
    }


def test_export_then_import_into_an_empty_store_then_export_is_identical(
    store: Store, make_attempt: MakeAttempt
) -> None:
    fill(store, make_attempt)
    first = exported(store)
    store.wipe_all()

    summary = store.import_data(first)

    assert summary == ImportSummary(stories_added=2, attempts_added=3, quiz_answers_added=2)
    second = exported(store)
    assert without_ids(second) == without_ids(first)
    assert second["exported_at"] != first["exported_at"]


def test_importing_twice_adds_nothing_the_second_time(store: Store, make_attempt: MakeAttempt) -> None:
    fill(store, make_attempt)
    document = exported(store)
    before = row_counts(store)

    summary = store.import_data(document)

    assert summary == ImportSummary(stories_skipped=2, attempts_skipped=3, quiz_answers_skipped=2)
    assert (summary.added, summary.skipped) == (0, 7)
    assert row_counts(store) == before
    assert without_ids(exported(store)) == without_ids(document)


def test_importing_adds_only_what_is_missing_and_remaps_story_ids(store: Store, make_attempt: MakeAttempt) -> None:
    fill(store, make_attempt)
    document = exported(store)
    store.wipe_all()
    store.add_story(StoryIn(title="Written after the export", situation="s", action="a"))
    partial = copy.deepcopy(document)
    partial["attempts"] = [a for a in partial["attempts"] if a["story_id"] is None]  # the told attempt is not there
    store.import_data(partial)

    summary = store.import_data(document)

    assert summary == ImportSummary(stories_skipped=2, attempts_added=1, attempts_skipped=2, quiz_answers_skipped=2)
    (told,) = [a for a in store.list_attempts(mode="mock")]
    record = store.get_attempt(told.id)
    assert record is not None and record.story_id is not None
    story = store.get_story(record.story_id)
    assert story is not None and story.title == "Retry storm"
    assert len(store.list_stories()) == 3


def test_attempts_of_the_same_instant_are_all_kept(store_settings: Settings, make_attempt: MakeAttempt) -> None:
    instant = datetime(2025, 5, 5, 12, 0, tzinfo=UTC)
    with Store.open(store_settings, clock=lambda: instant) as frozen:
        for _ in range(3):
            frozen.save_attempt(make_attempt())
            frozen.record_quiz_answer("q", 0, 1, True)
        document = exported(frozen)
        frozen.wipe_all()

        assert frozen.import_data(document) == ImportSummary(attempts_added=3, quiz_answers_added=3)
        assert frozen.import_data(document) == ImportSummary(attempts_skipped=3, quiz_answers_skipped=3)
        assert without_ids(exported(frozen)) == without_ids(document)


def test_an_attempt_with_a_known_token_is_skipped_whatever_else_differs(
    store: Store, make_attempt: MakeAttempt
) -> None:
    store.save_attempt(make_attempt(client_token="form-1", answer_text="first"))
    document = exported(store)
    store.wipe_all()
    store.save_attempt(make_attempt(client_token="form-1", answer_text="saved again later"))

    assert store.import_data(document).attempts_skipped == 1
    assert [store.get_attempt(a.id).answer_text for a in store.list_attempts()] == ["saved again later"]  # type: ignore[union-attr]


def _valid() -> Document:
    return {"format": EXPORT_FORMAT, "version": 1, "exported_at": "2025-03-01T09:00:00+00:00"}


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ([], "an export is a JSON object, not list"),
        ({"attempts": []}, "not a starcoach export: format is None, expected 'starcoach-export'"),
        ({**_valid(), "format": "starcoach-store"}, "format is 'starcoach-store'"),
        ({**_valid(), "version": 3}, "export version 3 is not supported: this starcoach reads versions 1 and 2"),
        ({**_valid(), "version": "1"}, "export version '1' is not supported"),
        ({**_valid(), "version": True}, "export version True is not supported"),
        ({**_valid(), "exported_at": "2025-03-01T09:00:00"}, "exported_at: Input should have timezone info"),
        ({**_valid(), "stories": [{"title": "t"}]}, "stories.0.id: Field required"),
        ({**_valid(), "extra": 1}, "extra: Extra inputs are not permitted"),
    ],
    ids=["list", "no-format", "old-format", "version-3", "version-text", "version-bool", "naive", "story", "extra"],
)
def test_what_is_not_a_readable_export_is_refused_clearly(store: Store, document: Any, message: str) -> None:
    with pytest.raises(InvalidExport) as raised:
        store.import_data(document)
    assert message in str(raised.value)


def test_a_version_1_export_without_recordings_is_still_imported(store: Store, make_attempt: MakeAttempt) -> None:
    fill(store, make_attempt)
    document = exported(store)
    store.wipe_all()
    old = {**copy.deepcopy(document), "version": 1}
    for attempt in old["attempts"]:
        del attempt["recordings"]

    assert store.import_data(old) == ImportSummary(stories_added=2, attempts_added=3, quiz_answers_added=2)
    assert all(not store.get_attempt(a.id).recordings for a in store.list_attempts())  # type: ignore[union-attr]


def test_imported_recordings_play_back_byte_for_byte(store: Store, make_attempt: MakeAttempt) -> None:
    fill(store, make_attempt)
    document = exported(store)
    store.wipe_all()

    store.import_data(document)

    (told,) = store.list_attempts(mode="mock")
    answer, followup = store.get_recording(told.id, "answer"), store.get_recording(told.id, "followup-0")
    assert answer is not None and (answer.media_type, answer.audio) == ("audio/wav", WAV)
    assert followup is not None and (followup.media_type, followup.audio) == ("audio/webm", WEBM)


@pytest.mark.parametrize(
    ("recording", "message"),
    [
        ({"part": "answer", "media_type": "audio/wav", "audio": "not base64!"}, "audio is not valid base64"),
        ({"part": "answer", "media_type": "audio/wav", "audio": ""}, "the recording is empty"),
        ({"part": "answer", "media_type": "audio/wav", "audio": 12}, "audio is the recording in base64 text"),
        ({"part": "epilogue", "media_type": "audio/wav", "audio": "UklGRg=="}, "recordings.0.part"),
        ({"part": "answer", "media_type": "text/html", "audio": "UklGRg=="}, "recordings.0.media_type"),
    ],
    ids=["base64", "empty", "number", "part", "media-type"],
)
def test_a_bad_recording_in_an_export_is_named_and_nothing_is_imported(
    store: Store, make_attempt: MakeAttempt, recording: Document, message: str
) -> None:
    fill(store, make_attempt)
    document = exported(store)
    store.wipe_all()
    document["attempts"][1]["recordings"] = [recording]

    with pytest.raises(InvalidExport) as raised:
        store.import_data(document)

    assert "attempts.1.recordings.0" in str(raised.value) and message in str(raised.value)
    assert set(row_counts(store).values()) == {0}


def test_a_malformed_export_names_each_problem_and_imports_nothing(store: Store, make_attempt: MakeAttempt) -> None:
    fill(store, make_attempt)
    document = exported(store)
    store.wipe_all()
    document["attempts"][1]["score"] = 140
    document["attempts"][2]["mode"] = "exam"

    with pytest.raises(InvalidExport) as raised:
        store.import_data(document)

    message = str(raised.value)
    assert "attempts.1.score" in message and "attempts.2.mode" in message
    assert set(row_counts(store).values()) == {0}


def test_an_attempt_pointing_at_a_story_not_exported_is_refused(store: Store, make_attempt: MakeAttempt) -> None:
    fill(store, make_attempt)
    document = exported(store)
    store.wipe_all()
    document["stories"] = document["stories"][1:]

    with pytest.raises(InvalidExport, match=r"attempts\.0\.story_id: story \d+ is not in the export"):
        store.import_data(document)
    assert set(row_counts(store).values()) == {0}


def test_wipe_leaves_every_table_empty(store: Store, make_attempt: MakeAttempt) -> None:
    fill(store, make_attempt)
    assert all(row_counts(store).values())

    store.wipe_all()

    counts = row_counts(store)
    assert {"stories", "attempts", "attempt_sections", "followups", "recordings", "quiz_answers"} <= set(counts)
    assert set(counts.values()) == {0}
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    assert store.list_stories() == [] and store.list_attempts() == []


def test_a_tag_that_grows_when_lower_cased_is_checked_after_lowering(store: Store) -> None:
    with pytest.raises(ValidationError, match="40"):
        StoryIn(title="t", situation="s", action="a", tags=["İ" * 40])
    saved = store.add_story(StoryIn(title="t", situation="s", action="a", tags=["İ" * 20]))
    assert StoryIn.model_validate(saved.model_dump(include=set(StoryIn.model_fields))).tags == saved.tags


# Any Unicode text but NUL, which PostgreSQL cannot keep (the store refuses it in stories), and lone surrogates.
TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=30)
SOME_TEXT = TEXT.filter(str.strip)
TAG = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), min_size=1, max_size=12)


def _story_or_none(fields: dict[str, Any]) -> StoryIn | None:
    try:
        return StoryIn.model_validate(fields)
    except ValidationError:
        return None


STORIES = st.builds(
    dict,
    title=SOME_TEXT,
    situation=SOME_TEXT,
    task=TEXT,
    action=SOME_TEXT,
    result=TEXT,
    reflection=TEXT,
    role=TEXT,
    level=st.sampled_from(LEVELS),
    tags=st.lists(TAG, max_size=4),
).map(_story_or_none)
SECTIONS = st.builds(
    NewSection,
    name=st.sampled_from(["situation", "task", "action", "result", "reflection"]),
    text=TEXT,
    score=st.integers(0, 100),
    verdict=st.sampled_from(VERDICTS),
    report=st.fixed_dictionaries({"note": TEXT}),
    seconds_taken=st.none() | st.floats(0, 1e4),
)
FOLLOWUPS = st.builds(
    NewFollowup,
    question=TEXT,
    answer_text=TEXT,
    score=st.integers(0, 100),
    verdict=st.sampled_from(VERDICTS),
    report=st.fixed_dictionaries({"said": st.lists(TEXT, max_size=2)}),
    target_code=st.none() | st.sampled_from(["verification", "scope_boundary"]),
    seconds_taken=st.none() | st.floats(0, 1e4),
)
ATTEMPTS = st.fixed_dictionaries(
    {
        "mode": st.sampled_from(["practice", "mock"]),
        "question_slug": st.sampled_from(["ownership-fixed-outside-your-team", "dive-deep-number-looked-wrong"]),
        "level": st.sampled_from(LEVELS),
        "answer_text": TEXT,
        "score": st.integers(0, 100),
        "verdict": st.sampled_from(VERDICTS),
        "report": st.fixed_dictionaries({"text": TEXT, "count": st.integers(-1000, 1000)}),
        "duration_seconds": st.none() | st.floats(0, 1e4),
        "client_token": st.none() | st.text("abcdef0123456789", min_size=1, max_size=8),
        "sections": st.lists(SECTIONS, max_size=3).map(tuple),
        "followups": st.lists(FOLLOWUPS, max_size=2).map(tuple),
    }
)
BANKS = st.fixed_dictionaries(
    {
        "stories": st.lists(STORIES, max_size=4),
        "attempts": st.lists(st.tuples(ATTEMPTS, st.none() | st.integers(0, 3)), max_size=4),
        "quiz": st.lists(st.tuples(st.sampled_from(["q1", "q2"]), st.integers(0, 3), st.booleans()), max_size=3),
    }
)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(bank=BANKS)
def test_any_unicode_bank_round_trips_through_an_export(
    store: Store, make_attempt: MakeAttempt, bank: dict[str, Any]
) -> None:
    store.wipe_all()
    story_ids = [store.add_story(story).id for story in bank["stories"] if story is not None]
    for fields, story_place in bank["attempts"]:
        story_id = story_ids[story_place] if story_place is not None and story_place < len(story_ids) else None
        store.save_attempt(make_attempt(**fields, story_id=story_id))
    for slug, index, correct in bank["quiz"]:
        store.record_quiz_answer(slug, index, index + 1, correct)
    first = exported(store)
    store.wipe_all()

    added = store.import_data(first)
    second = exported(store)
    again = store.import_data(first)

    assert added.skipped == 0
    assert (added.stories_added, added.attempts_added) == (len(first["stories"]), len(first["attempts"]))
    assert without_ids(second) == without_ids(first)
    assert again.added == 0
    assert without_ids(exported(store)) == without_ids(first)
