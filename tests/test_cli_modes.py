"""Practice, mock and progress in the terminal: arrange through the core, act through the CLI, assert through it."""

from __future__ import annotations

import io
import json
import os

import pytest
from typer.testing import CliRunner

from starcoach.analysis import analyze
from starcoach.cli import app
from starcoach.cli.timer import TimerScreen, clock, read_answer, timer_line, timer_style
from starcoach.content import Library
from starcoach.modes.mock import ProbeChoice, draw_question, judge_answer, judge_followup, save_mock
from starcoach.modes.practice import check_section, finish
from starcoach.modes.review import attempt_view
from starcoach.settings import Settings
from starcoach.store import Store

runner = CliRunner()

QUESTION = "ownership-fixed-outside-your-team"
SITUATION = (
    "Our checkout service failed every Friday because the payments team owned the retry queue and nobody watched it."
)
TASK = "I was on call that quarter, so I decided to find the root cause even though it was not my team."
ACTION = (
    "I read the queue code, found a retry storm, wrote a fix with exponential backoff and got the payments lead "
    "to review it."
)
ANSWER = (
    "Our checkout service failed every Friday because nobody owned the retry queue. I decided to find the root cause "
    "even though it was not my team. I read the queue code, found a retry storm and wrote a fix with backoff. "
    "Failures dropped from 12 a week to zero."
)
REPLIES = (
    "I watched the error dashboard for a month and the Friday alerts stayed at zero.",
    "It was the payments team's queue, but our customers felt it, so I agreed the fix with their lead first.",
    "I learned to read shared queues first, and I now add an owner to every alarm I create.",
)


def typed(*answers: str) -> str:
    """Return what a candidate types: each answer followed by the empty line that ends it ("" skips one)."""
    return "".join(f"{answer}\n\n" if answer else "\n" for answer in answers)


# Practice


def test_practice_saves_one_attempt_with_the_sections_written(lib: Library) -> None:
    result = runner.invoke(app, ["practice", QUESTION, "--json"], input=typed(SITUATION, TASK, ACTION, "", ""))
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)

    question = lib.questions[QUESTION]
    with Store.open(Settings()) as store:
        assert [a.id for a in store.list_attempts()] == [summary["attempt_id"]]
        record = store.get_attempt(summary["attempt_id"])
    assert record is not None
    assert record.mode == "practice" and record.question_slug == QUESTION and record.level == "sde2"
    assert [(s.name, s.text) for s in record.sections] == [("situation", SITUATION), ("task", TASK), ("action", ACTION)]
    for part in record.sections:
        check = check_section(lib, question, part.name, part.text, "sde2")
        assert (part.score, part.verdict) == (check.report.score, check.report.verdict)
        assert part.seconds_taken is not None and part.seconds_taken >= 0
    whole = analyze(record.answer_text, lp=question.principle, level="sde2", question=question.text)
    assert (record.score, record.verdict) == (whole.score, whole.verdict)
    assert (summary["score"], summary["verdict"]) == (record.score, record.verdict)
    assert [s["name"] for s in summary["sections"]] == ["situation", "task", "action"]


def test_practice_shows_findings_model_and_where_to_review(lib: Library) -> None:
    result = runner.invoke(app, ["practice", QUESTION, "--show-model"], input=typed(SITUATION, "", "", "", ""))
    assert result.exit_code == 0, result.output
    with Store.open(Settings()) as store:
        (saved,) = store.list_attempts()
    model = lib.walkthroughs[QUESTION].sections.situation.example
    assert "Situation · target" in result.output
    assert "Model situation" in result.output and model.split()[0] in result.output
    assert f"Saved as attempt {saved.id}" in result.output
    assert f"starcoach progress --attempt {saved.id}" in result.output


def test_practice_with_every_section_skipped_fails_and_saves_nothing() -> None:
    result = runner.invoke(app, ["practice", QUESTION], input=typed("", "", "", "", ""))
    assert result.exit_code == 1, result.output
    assert "nothing was saved" in result.stderr
    with Store.open(Settings()) as store:
        assert store.list_attempts() == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["practice", "no-such-question"], "no question named 'no-such-question'"),
        (["practice", QUESTION, "--level", "intern"], "level must be one of"),
        (["mock", "--principle", "charisma"], "no principle named 'charisma'"),
        (["mock", "--question", "no-such-question"], "no question named 'no-such-question'"),
        (["progress", "--attempt", "404"], "no attempt named '404'"),
    ],
)
def test_bad_input_fails_clearly_on_stderr(args: list[str], message: str) -> None:
    result = runner.invoke(app, args, input=typed(SITUATION))
    assert result.exit_code == 1, result.output
    assert message in result.stderr
    with Store.open(Settings()) as store:
        assert store.list_attempts() == []


# Mock


def test_mock_asks_every_probe_and_saves_the_interview(lib: Library) -> None:
    question = draw_question(lib, "ownership", seed=7)
    _, probes = judge_answer(lib, question, ANSWER, "sde2")
    assert len(probes) >= 2
    replies = REPLIES[: len(probes)]

    result = runner.invoke(
        app, ["mock", "--principle", "Ownership", "--seed", "7", "--json"], input=typed(ANSWER, *replies)
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)

    with Store.open(Settings()) as store:
        record = store.get_attempt(summary["attempt_id"])
    assert record is not None
    assert record.mode == "mock" and record.question_slug == question.slug and record.answer_text == ANSWER
    assert [(f.question, f.answer_text) for f in record.followups] == [
        (p.question, r) for p, r in zip(probes, replies, strict=True)
    ]
    assert [f.target_code for f in record.followups] == [p.code for p in probes]
    debrief = record.report["debrief"]
    assert debrief["reasoning"] and debrief["verdict"] == record.verdict and debrief["score"] == record.score
    assert summary["debrief"] == debrief
    for probe in probes:
        assert probe.question in result.stderr


def test_a_follow_up_is_judged_on_the_gap_its_probe_was_chosen_for(lib: Library) -> None:
    question = lib.questions[QUESTION]
    # Worded loosely, as interviewers often do: only the gap it was chosen for says what it asks.
    probe = ProbeChoice(question="And after that?", code="handoff", reason="", listens_for="", source="bank")

    evaded = judge_followup(
        "The platform team said they would deal with it in their next sprint.", probe, question, "sde2"
    )
    answered = judge_followup(
        "I checked their fix in staging myself and watched the Friday failures for a month.", probe, question, "sde2"
    )

    assert "unanswered_probe" in evaded.codes()
    assert "unanswered_probe" not in answered.codes()


def test_mock_prints_the_debrief(lib: Library) -> None:
    question = lib.questions[QUESTION]
    _, probes = judge_answer(lib, question, ANSWER, "senior")
    result = runner.invoke(
        app, ["mock", "--question", QUESTION, "--level", "senior"], input=typed(ANSWER, *REPLIES[: len(probes)])
    )
    assert result.exit_code == 0, result.output
    with Store.open(Settings()) as store:
        (saved,) = store.list_attempts()
        record = store.get_attempt(saved.id)
    assert record is not None and record.level == "senior"
    debrief = record.report["debrief"]
    assert question.text in result.output
    assert "Debrief" in result.output and f"score {record.score}/100" in result.output
    assert " ".join(debrief["reasoning"].split()[:6]) in " ".join(result.output.split())
    assert f"starcoach study {QUESTION}" in result.output


def test_mock_counts_only_the_probes_answered(lib: Library) -> None:
    question = lib.questions[QUESTION]
    _, probes = judge_answer(lib, question, ANSWER, "sde2")
    result = runner.invoke(app, ["mock", "--question", QUESTION, "--json"], input=typed(ANSWER, REPLIES[0]))
    assert result.exit_code == 0, result.output
    with Store.open(Settings()) as store:
        record = store.get_attempt(json.loads(result.stdout)["attempt_id"])
    assert record is not None
    assert [(f.question, f.answer_text) for f in record.followups] == [(probes[0].question, REPLIES[0])]


def test_mock_without_an_answer_saves_nothing() -> None:
    result = runner.invoke(app, ["mock", "--seed", "1"], input="\n")
    assert result.exit_code == 1, result.output
    assert "nothing was saved" in result.stderr
    with Store.open(Settings()) as store:
        assert store.list_attempts() == []


# Progress


def _arrange_two_attempts(lib: Library) -> list[int]:
    question = lib.questions[QUESTION]
    with Store.open(Settings()) as store:
        practiced = finish(store, lib, question, "sde2", {"situation": SITUATION, "task": TASK}, {"situation": 12.0})
        _, probes = judge_answer(lib, question, ANSWER, "sde2")
        mocked = save_mock(store, lib, question, "sde2", ANSWER, probes, list(REPLIES[: len(probes)]))
    return [practiced.id, mocked.id]


def test_progress_json_lists_the_attempts_and_every_principle(lib: Library) -> None:
    ids = _arrange_two_attempts(lib)
    result = runner.invoke(app, ["progress", "--json"])
    assert result.exit_code == 0, result.output
    view = json.loads(result.stdout)
    assert sorted(row["id"] for row in view["attempts"]) == sorted(ids)
    assert {row["mode"] for row in view["attempts"]} == {"practice", "mock"}
    assert len(view["principles"]) == 16
    ownership = next(cell for cell in view["principles"] if cell["slug"] == "ownership")
    assert ownership["attempts"] == 2
    assert view["quiz_ratio"] is None


def test_progress_table_shows_principles_and_recent_attempts(lib: Library) -> None:
    ids = _arrange_two_attempts(lib)
    result = runner.invoke(app, ["progress"])
    assert result.exit_code == 0, result.output
    assert "1 of 16 practiced" in result.output
    assert all(p.name in result.output for p in lib.principles.values())
    assert "Recent attempts" in result.output and "practice" in result.output and "mock" in result.output
    assert all(str(attempt_id) in result.output for attempt_id in ids)


def test_progress_of_one_attempt_is_its_review(lib: Library) -> None:
    _, mock_id = _arrange_two_attempts(lib)
    result = runner.invoke(app, ["progress", "--attempt", str(mock_id), "--json"])
    assert result.exit_code == 0, result.output
    with Store.open(Settings()) as store:
        view = attempt_view(store, lib, mock_id)
    assert json.loads(result.stdout) == view.model_dump(mode="json")

    result = runner.invoke(app, ["progress", "--attempt", str(mock_id)])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert view.question in flat
    assert all(" ".join(f.title.split()) in flat for f in view.followups)
    assert "Debrief" in flat and f"starcoach study {QUESTION}" in flat


@pytest.mark.parametrize("command", ["practice", "mock", "progress"])
def test_each_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output and "--json" in result.output


# The live timer


@pytest.mark.parametrize(
    ("elapsed", "target", "style"),
    [
        (0, 30, "normal"),
        (23.9, 30, "normal"),
        (24, 30, "yellow"),
        (30, 30, "yellow"),
        (30.5, 30, "red"),
        (200, 150, "red"),
    ],
)
def test_timer_style_warns_in_the_last_fifth_and_alarms_past_the_target(
    elapsed: float, target: int, style: str
) -> None:
    assert timer_style(elapsed, target) == style


def test_timer_line_reads_like_a_clock() -> None:
    assert clock(75) == "1:15" and clock(0) == "0:00"
    assert timer_line("Situation", 12.4, 30) == "Situation · 0:12 / 0:30"


def test_read_answer_stops_at_an_empty_line_or_the_end() -> None:
    source = io.StringIO("first line\nsecond line\n\nnext answer\n")
    assert read_answer(source) == "first line\nsecond line"
    assert read_answer(source) == "next answer"
    assert read_answer(source) == ""


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _screen(stream: io.StringIO, now: FakeClock, enabled: bool = True) -> TimerScreen:
    return TimerScreen(stream, enabled=enabled, size=lambda: os.terminal_size((80, 24)), now=now, refresh_seconds=60)


def test_timer_screen_keeps_the_top_line_and_restores_the_terminal() -> None:
    stream, now = io.StringIO(), FakeClock()
    with _screen(stream, now) as screen:
        assert "\x1b[2;24r" in stream.getvalue()
        with screen.running("Situation", 30):
            now.now += 25
        text, seconds = screen.read(io.StringIO("I owned it.\n\n"), "Task", 20)
    drawn = stream.getvalue()
    assert "\x1b7\x1b[1;1H\x1b[2K" in drawn
    assert "Situation · 0:00 / 0:30" in drawn
    assert "\x1b[1;33mSituation · 0:25 / 0:30" in drawn
    assert (text, seconds) == ("I owned it.", 0)
    assert drawn.endswith("\x1b7\x1b[r\x1b[1;1H\x1b[2K\x1b8")


def test_timer_screen_restores_the_terminal_on_ctrl_c() -> None:
    stream, now = io.StringIO(), FakeClock()
    with pytest.raises(KeyboardInterrupt), _screen(stream, now) as screen, screen.running("Action", 90):
        raise KeyboardInterrupt
    assert stream.getvalue().endswith("\x1b7\x1b[r\x1b[1;1H\x1b[2K\x1b8")


def test_timer_screen_off_a_terminal_draws_nothing() -> None:
    stream, now = io.StringIO(), FakeClock()
    with _screen(stream, now, enabled=False) as screen:
        text, _ = screen.read(io.StringIO("An answer.\n"), "Answer", 150)
    assert text == "An answer." and stream.getvalue() == ""


def test_practice_and_mock_tell_one_of_ones_stories() -> None:
    from starcoach.stories.model import StoryIn

    with Store.open(Settings()) as store:
        story = store.add_story(
            StoryIn(
                title="Retry storm",
                situation="Our checkout timed out for 4% of payments; the retry library wasn't my team's.",
                action="I traced the timeouts to retries with no backoff and wrote jittered backoff myself.",
                result="Timeouts fell from 4% to 0.2%.",
            )
        )
    slug = "ownership-fixed-outside-your-team"
    kept = CliRunner().invoke(app, ["practice", slug, "--story", str(story.id), "--json"], input="\n" * 12)
    assert kept.exit_code == 0, kept.output
    told = CliRunner().invoke(
        app,
        ["mock", "--question", slug, "--story", str(story.id), "--json"],
        input="\n" + "I checked the dashboard myself: timeouts stayed at 0.2%.\n\n" * 3,
    )
    assert told.exit_code == 0, told.output
    with Store.open(Settings()) as store:
        attempts = [store.get_attempt(a.id) for a in store.list_attempts()]
    assert {a.mode for a in attempts if a} == {"practice", "mock"}
    assert all(a is not None and a.story_id == story.id for a in attempts)
    practiced = next(a for a in attempts if a and a.mode == "practice")
    assert [s.name for s in practiced.sections] == ["situation", "action", "result"]
    assert practiced.sections[1].text == story.action
    missing = CliRunner().invoke(app, ["practice", slug, "--story", "999"])
    assert missing.exit_code == 1 and "no story 999" in missing.output
