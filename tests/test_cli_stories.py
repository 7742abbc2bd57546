"""The story bank and own data in the terminal: arrange through the core, act through the CLI, assert through it."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from starcoach.cli import app
from starcoach.content import Library
from starcoach.settings import Settings
from starcoach.store import NewAttempt, NewSection, Store
from starcoach.stories.model import Story, StoryIn

runner = CliRunner()

SITUATION = "Checkout failed every Friday because nobody owned the retry queue, and customers lost orders."
ACTION = (
    "I read the queue code, found a retry storm, and shipped a fix with backoff after the payments lead reviewed it."
)
RESULT = "Failed checkouts dropped from 1,200 a week to zero within a month."


def invoke(*args: str, input: str | None = None) -> Any:
    return runner.invoke(app, list(args), input=input)


def open_store() -> Store:
    return Store.open(Settings())


def add_story(**overrides: Any) -> Story:
    fields: dict[str, Any] = {"title": "Retry storm", "situation": SITUATION, "action": ACTION, "result": RESULT}
    fields.update(overrides)
    with open_store() as store:
        return store.add_story(StoryIn(**fields))


def stored_stories() -> list[Story]:
    with open_store() as store:
        return store.list_stories()


def fields_of(story: Story) -> dict[str, Any]:
    return story.model_dump(include=set(StoryIn.model_fields))


# stories add


def test_add_from_options_saves_the_story() -> None:
    result = invoke(
        "stories", "add", "--title", "Retry storm", "--situation", SITUATION, "--action", ACTION,
        "--result", RESULT, "--role", "backend engineer", "--level", "senior", "--tag", "Ops", "--tag", "queues",
    )  # fmt: skip
    assert result.exit_code == 0, result.output

    (story,) = stored_stories()
    assert fields_of(story) == {
        "title": "Retry storm",
        "situation": SITUATION,
        "task": "",
        "action": ACTION,
        "result": RESULT,
        "reflection": "",
        "role": "backend engineer",
        "level": "senior",
        "tags": ["ops", "queues"],
    }
    assert f"Added story {story.id}: Retry storm" in result.output


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_add_from_a_json_or_yaml_file(tmp_path: Path, suffix: str) -> None:
    fields: dict[str, Any] = {
        "title": "Billing drift",
        "task": "Find why the bill drifted.",
        "action": "I reconciled 3 ledgers.",
        "tags": ["billing"],
        "level": "principal",
    }
    path = tmp_path / f"story{suffix}"
    path.write_text(
        json.dumps(fields) if suffix == ".json" else "\n".join(f"{k}: {json.dumps(v)}" for k, v in fields.items())
    )

    result = invoke("stories", "add", "--from-file", str(path), "--role", "analyst", "--json")
    assert result.exit_code == 0, result.output

    printed = json.loads(result.stdout)
    (story,) = stored_stories()
    assert printed["id"] == story.id
    assert fields_of(story) == StoryIn(**fields, role="analyst").model_dump()


@pytest.mark.parametrize(
    ("args", "wrong"),
    [
        (["--title", "No action", "--situation", SITUATION], "a story needs its Action"),
        (["--title", "x", "--situation", "s", "--action", "a", "--level", "intern"], "level: Input should be"),
        (["--title", "", "--situation", "s", "--action", "a"], "title: String should have at least 1 character"),
        (["--title", "x" * 121, "--situation", "s", "--action", "a"], "title: String should have at most 120"),
    ],
    ids=["no-action", "level", "empty-title", "long-title"],
)
def test_add_names_the_field_that_is_wrong(args: list[str], wrong: str) -> None:
    result = invoke("stories", "add", *args)
    assert result.exit_code == 1
    assert wrong in result.output
    assert stored_stories() == []


def test_add_from_a_file_with_an_unknown_field_names_it(tmp_path: Path) -> None:
    path = tmp_path / "story.yaml"
    path.write_text("title: x\nsituation: s\naction: a\nimpact: big\n")
    result = invoke("stories", "add", "--from-file", str(path))
    assert result.exit_code == 1
    assert "impact: Extra inputs are not permitted" in result.output


def test_add_from_a_file_that_is_not_an_object_fails(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    path.write_text("[1, 2]")
    result = invoke("stories", "add", "--from-file", str(path))
    assert result.exit_code == 1
    assert "must hold one object" in result.output


# stories list and show


def test_list_shows_the_stories_by_title() -> None:
    add_story(title="Zero-downtime migration")
    add_story(title="Automating the release", tags=["ci"])

    table = invoke("stories", "list")
    as_json = invoke("stories", "list", "--json")

    assert table.exit_code == 0, table.output
    assert table.output.index("Automating the release") < table.output.index("Zero-downtime migration")
    assert as_json.exit_code == 0, as_json.output
    assert [(s["title"], s["tags"]) for s in json.loads(as_json.stdout)] == [
        ("Automating the release", ["ci"]),
        ("Zero-downtime migration", []),
    ]


def test_list_of_an_empty_bank_says_how_to_add_one() -> None:
    result = invoke("stories", "list")
    assert result.exit_code == 0, result.output
    assert "No stories yet" in result.output


def test_show_prints_the_story_and_its_fit_per_principle(lib: Library) -> None:
    story = add_story(title="Retry storm 🚨", reflection="J’ai appris à lire les files partagées.")

    result = invoke("stories", "show", str(story.id))

    assert result.exit_code == 0, result.output
    for text in ("Retry storm 🚨", "retry storm", "1,200 a week", "J’ai appris", "How the story fits"):
        assert text in result.output
    assert all(principle.name in result.output for principle in lib.principles.values())


def test_show_json_has_the_story_and_every_fit_with_its_reasons(lib: Library) -> None:
    story = add_story()

    result = invoke("stories", "show", str(story.id), "--json")

    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["story"]["id"] == story.id and data["story"]["action"] == ACTION
    assert {fit["slug"] for fit in data["fits"]} == set(lib.principles)
    assert [fit["fit"] for fit in data["fits"]] == sorted((fit["fit"] for fit in data["fits"]), reverse=True)
    assert data["best"] == data["fits"][0]["slug"]
    assert all({"name", "fit", "reasons"} <= set(fit) for fit in data["fits"])


@pytest.mark.parametrize("command", ["show", "edit", "delete"])
def test_an_unknown_story_id_fails_with_a_hint(command: str) -> None:
    extra = ["--title", "x"] if command == "edit" else []
    result = invoke("stories", command, "4242", *extra)
    assert result.exit_code == 1
    assert "there is no story 4242" in result.output and "starcoach stories list" in result.output


# stories edit


def test_edit_changes_only_the_fields_given() -> None:
    story = add_story(tags=["ops"], role="backend engineer")

    result = invoke("stories", "edit", str(story.id), "--result", "Zero failed checkouts since.", "--tag", "Customers")

    assert result.exit_code == 0, result.output
    with open_store() as store:
        edited = store.get_story(story.id)
    assert edited is not None
    assert fields_of(edited) == fields_of(story) | {"result": "Zero failed checkouts since.", "tags": ["customers"]}
    assert edited.created_at == story.created_at and edited.updated_at > story.updated_at


def test_edit_can_clear_a_part_with_an_empty_value() -> None:
    story = add_story()
    result = invoke("stories", "edit", str(story.id), "--result", "", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["result"] == ""


def test_edit_refuses_an_invalid_change_and_keeps_the_story() -> None:
    story = add_story()

    result = invoke("stories", "edit", str(story.id), "--action", "")

    assert result.exit_code == 1
    assert "a story needs its Action" in result.output
    assert stored_stories() == [story]


def test_edit_with_nothing_to_change_fails() -> None:
    story = add_story()
    result = invoke("stories", "edit", str(story.id))
    assert result.exit_code == 1
    assert "nothing to change" in result.output


# stories delete


def test_delete_asks_first_and_keeps_the_story_on_no() -> None:
    story = add_story()
    result = invoke("stories", "delete", str(story.id), input="n\n")
    assert result.exit_code == 1
    assert "Delete story" in result.output
    assert stored_stories() == [story]


def test_delete_on_yes_removes_the_story_and_keeps_its_attempts() -> None:
    story = add_story()
    with open_store() as store:
        attempt = store.save_attempt(_attempt(story_id=story.id))

    result = invoke("stories", "delete", str(story.id), input="y\n")

    assert result.exit_code == 0, result.output
    assert stored_stories() == []
    with open_store() as store:
        kept = store.get_attempt(attempt.id)
    assert kept is not None and kept.story_id is None


def test_delete_with_yes_does_not_ask() -> None:
    story = add_story()
    result = invoke("stories", "delete", str(story.id), "--yes", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"deleted": story.id}
    assert stored_stories() == []


# export, import and wipe


def _attempt(**overrides: Any) -> NewAttempt:
    fields: dict[str, Any] = {
        "mode": "practice",
        "question_slug": "ownership-fixed-outside-your-team",
        "principle_slug": "ownership",
        "level": "sde2",
        "answer_text": f"{SITUATION} {ACTION} {RESULT}",
        "score": 72,
        "verdict": "lean_hire",
        "report": {"score": 72, "findings": []},
        "sections": (NewSection(name="action", text=ACTION, score=80, verdict="lean_hire", report={}),),
    }
    fields.update(overrides)
    return NewAttempt(**fields)


def _fill() -> None:
    story = add_story(title="Équipe 🚨", tags=["数据"])
    add_story(title="Billing drift")
    with open_store() as store:
        store.save_attempt(_attempt(story_id=story.id, client_token="form-1"))
        store.save_attempt(_attempt(mode="mock"))
        store.record_quiz_answer("dive-deep-number-looked-wrong", 0, 2, True)


def _contents() -> tuple[list[dict[str, Any]], list[tuple[Any, ...]], int]:
    """Return the stories, the attempts (with their story's title) and the number of quiz answers stored."""
    with open_store() as store:
        stories = store.list_stories()
        titles = {story.id: story.title for story in stories}
        attempts = [store.get_attempt(summary.id) for summary in store.list_attempts()]
        quiz = store.quiz_accuracy().answered
    return (
        [fields_of(story) | {"created_at": story.created_at} for story in stories],
        [
            (
                a.created_at,
                a.mode,
                a.answer_text,
                a.client_token,
                titles.get(a.story_id or 0),
                [s.text for s in a.sections],
            )
            for a in attempts
            if a is not None
        ],
        quiz,
    )


def test_export_wipe_import_gives_back_the_same_stories_and_attempts(tmp_path: Path) -> None:
    _fill()
    before = _contents()
    path = tmp_path / "my-data.json"

    exported = invoke("export", str(path))
    wiped = invoke("wipe", "--yes")
    assert _contents() == ([], [], 0)
    imported = invoke("import", str(path))

    assert exported.exit_code == 0, exported.output
    assert "Exported 2 stories, 2 attempts and 1 quiz answers" in exported.output
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "starcoach-export"
    assert wiped.exit_code == 0, wiped.output
    assert imported.exit_code == 0, imported.output
    assert "Added 2 stories, 2 attempts and 1 quiz answers" in imported.output
    assert _contents() == before
    assert [attempt[4] for attempt in before[1]] == [None, "Équipe 🚨"]  # still told with its story


def test_importing_the_same_file_twice_adds_nothing(tmp_path: Path) -> None:
    _fill()
    path = tmp_path / "my-data.json"
    assert invoke("export", str(path)).exit_code == 0
    before = _contents()

    result = invoke("import", str(path), "--json")

    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "stories_added": 0,
        "stories_skipped": 2,
        "attempts_added": 0,
        "attempts_skipped": 2,
        "quiz_answers_added": 0,
        "quiz_answers_skipped": 1,
    }
    assert _contents() == before


def test_export_to_standard_output() -> None:
    add_story()
    result = invoke("export", "-")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert [s["title"] for s in document["stories"]] == ["Retry storm"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not JSON"),
        ('{"format": "starcoach-store", "attempts": []}', "not a starcoach export: format is 'starcoach-store'"),
        ('{"format": "starcoach-export", "version": 3}', "export version 3 is not supported"),
    ],
    ids=["not-json", "other-format", "other-version"],
)
def test_import_refuses_what_is_not_an_export(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "data.json"
    path.write_text(content)
    result = invoke("import", str(path))
    assert result.exit_code == 1
    assert message in result.output
    assert _contents() == ([], [], 0)


def test_import_of_a_missing_file_fails(tmp_path: Path) -> None:
    result = invoke("import", str(tmp_path / "nowhere.json"))
    assert result.exit_code == 1
    assert "cannot read" in result.output


def test_wipe_asks_for_the_phrase_and_does_nothing_without_it() -> None:
    _fill()
    before = _contents()

    refused = invoke("wipe", input="yes\n")
    assert refused.exit_code == 1
    assert "nothing was deleted" in refused.output
    assert _contents() == before

    done = invoke("wipe", input="delete everything\n")
    assert done.exit_code == 0, done.output
    assert _contents() == ([], [], 0)


def test_coverage_shows_the_matrix_and_the_gaps() -> None:
    from starcoach.content import library
    from starcoach.stories.coverage import coverage

    with Store.open(Settings()) as store:
        store.add_story(
            StoryIn(
                title="Cloud bill",
                situation="Our cloud bill grew 8% a month.",
                action="I deleted 640 unused tables and switched to incremental loads.",
                result="The bill fell from $61k to $36k a month.",
            )
        )
        expected = coverage(library(), store.list_stories())
    result = CliRunner().invoke(app, ["stories", "coverage", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data == expected.model_dump(mode="json")
    assert len(data["rows"]) == 1 and len(data["principles"]) == 16
    text = CliRunner().invoke(app, ["stories", "coverage"])
    assert text.exit_code == 0, text.output
    assert "principles with no strong story" in text.output
