"""The CLI through Typer's runner: arrange through the core, act through the CLI, assert on its output."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from starcoach.cli import app
from starcoach.content import Library
from starcoach.content.loader import DATA_DIR

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_principles_json_lists_all_sixteen(lib: Library) -> None:
    code, output = run("principles", "--json")
    assert code == 0, output
    data = json.loads(output)
    assert [p["name"] for p in data] == [p.name for p in lib.principles.values()]
    assert all(p["question_count"] >= 5 for p in data)


def test_principles_table_shows_names() -> None:
    code, output = run("principles")
    assert code == 0, output
    assert "Customer Obsession" in output and "Frugality" in output


def test_questions_json_has_the_documented_fields(lib: Library) -> None:
    code, output = run("questions", "--json")
    assert code == 0, output
    data = json.loads(output)
    assert len(data) == len(lib.questions)
    first = data[0]
    assert {"slug", "text", "principle", "also_fits", "walkthrough"} <= set(first)
    assert first["principle"] in {p.name for p in lib.principles.values()}
    assert sum(item["walkthrough"] for item in data) == len(lib.walkthroughs)


def test_questions_filtered_by_principle_name_or_slug(lib: Library) -> None:
    for principle in ("frugality", "Frugality"):
        code, output = run("questions", "--principle", principle, "--json")
        assert code == 0, output
        assert {item["principle"] for item in json.loads(output)} == {"Frugality"}
        assert len(json.loads(output)) == len(lib.questions_for("frugality"))


def test_questions_with_an_unknown_principle_fail_clearly() -> None:
    code, output = run("questions", "--principle", "charisma")
    assert code == 1
    assert "no principle named 'charisma'" in output


def test_questions_only_with_walkthroughs(lib: Library) -> None:
    code, output = run("questions", "--walkthroughs", "--json")
    assert code == 0, output
    assert {item["slug"] for item in json.loads(output)} == set(lib.walkthroughs)


def test_study_json_is_the_walkthrough_in_its_schema_shape(lib: Library, walkthrough_slug: str) -> None:
    code, output = run("study", walkthrough_slug, "--json")
    assert code == 0, output
    data = json.loads(output)
    assert data == lib.walkthroughs[walkthrough_slug].model_dump(mode="json")


def test_study_renders_the_walkthrough_for_a_level(lib: Library, walkthrough_slug: str) -> None:
    walkthrough = lib.walkthroughs[walkthrough_slug]
    code, output = run("study", walkthrough_slug, "--level", "senior")
    assert code == 0, output
    flat = " ".join(output.split())
    assert walkthrough.title in flat
    assert " ".join(walkthrough.followups[0].question.split()) in flat
    assert "Reflection (senior)" in flat


def test_study_of_an_unknown_question_fails_with_a_hint() -> None:
    code, output = run("study", "no-such-question")
    assert code == 1
    assert "starcoach questions --walkthroughs" in output


def test_study_with_a_bad_level_fails() -> None:
    code, output = run("study", "anything", "--level", "intern")
    assert code == 1
    assert "level must be one of" in output


def test_content_check_passes_on_the_shipped_content() -> None:
    code, output = run("content", "check")
    assert code == 0, output
    assert "Content is sound" in output


def test_content_check_names_each_violation(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    (folder / "questions" / "extra.yaml").write_text(
        "questions:\n  - slug: orphan\n    text: Tell me about nothing.\n    principle: charisma\n", encoding="utf-8"
    )
    code, output = run("content", "check", "--data", str(folder))
    assert code == 1
    assert "questions/extra.yaml: orphan.principle: unknown principle 'charisma'" in output


def test_content_schema_prints_a_json_schema() -> None:
    code, output = run("content", "schema", "walkthrough")
    assert code == 0, output
    schema = json.loads(output)
    assert schema["additionalProperties"] is False
    assert {"sections", "followups", "weak_answer", "quiz", "pivots", "calibration"} <= set(schema["required"])


def _all_commands() -> list[list[str]]:
    paths: list[list[str]] = []

    def walk(command: object, path: list[str]) -> None:
        paths.append(path)
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, [*path, name])

    walk(get_command(app), [])
    return paths


@pytest.mark.parametrize("path", _all_commands(), ids=lambda p: " ".join(p) or "starcoach")
def test_every_command_has_help(path: list[str]) -> None:
    code, output = run(*path, "--help")
    assert code == 0, output
    assert "Usage:" in output
    command = get_command(app)
    for name in path:
        command = command.commands[name]  # type: ignore[attr-defined]
    assert command.help, f"{' '.join(path)} has no help text"
