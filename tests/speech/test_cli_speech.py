"""Spoken steps in the terminal modes: `practice --audio SECTION=FILE` and `mock --audio FILE…`."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from starcoach.cli import app
from starcoach.settings import Settings
from starcoach.store import Store
from tests.speech.conftest import trimmed_seconds

runner = CliRunner()
QUESTION = "ownership-fixed-outside-your-team"


def test_practice_reads_recorded_sections_and_keeps_their_real_time(clips: dict[str, Path]) -> None:
    args = ["practice", QUESTION, "--audio", f"situation={clips['situation']}", "--audio", f"action={clips['action']}"]
    # The task is typed; the result and reflection are skipped.
    result = runner.invoke(app, args, input="I owned the fix although it was not my team's service.\n\n\n\n")
    assert result.exit_code == 0, result.output
    assert "words a minute" in result.output
    with Store.open(Settings()) as store:
        (saved,) = store.list_attempts()
        record = store.get_attempt(saved.id)
    assert record is not None
    sections = {s.name: s for s in record.sections}
    assert set(sections) == {"situation", "task", "action"}
    assert "load test" in sections["action"].text.lower()
    assert abs((sections["action"].seconds_taken or 0) - trimmed_seconds(clips["action"])) <= 1.0
    assert sections["action"].report.get("delivery", {}).get("words_per_minute")
    # The recordings are kept with the attempt, byte for byte; the typed task has none.
    assert [r.part for r in record.recordings] == ["situation", "action"]
    with Store.open(Settings()) as store:
        kept = store.get_recording(record.id, "action")
    assert kept is not None and (kept.media_type, kept.audio) == ("audio/wav", clips["action"].read_bytes())


def test_practice_without_keeping_the_audio_saves_no_recording(clips: dict[str, Path]) -> None:
    args = ["practice", QUESTION, "--audio", f"action={clips['action']}", "--no-keep-audio"]
    result = runner.invoke(app, args, input="\n\n\n\n")
    assert result.exit_code == 0, result.output
    with Store.open(Settings()) as store:
        (saved,) = store.list_attempts()
        record = store.get_attempt(saved.id)
    assert record is not None and record.sections and record.recordings == ()


def test_practice_refuses_a_malformed_audio_option(clips: dict[str, Path]) -> None:
    result = runner.invoke(app, ["practice", QUESTION, "--audio", str(clips["action"])])
    assert result.exit_code == 1
    assert "SECTION=FILE" in result.output


def test_mock_takes_the_answer_and_follow_ups_from_recordings(clips: dict[str, Path], client: TestClient) -> None:
    recordings = [clips["answer"], clips["action"], clips["result"], clips["task"]]
    args = ["mock", "--question", QUESTION, *[a for clip in recordings for a in ("--audio", str(clip))]]
    result = runner.invoke(app, args, input="")
    assert result.exit_code == 0, result.output
    assert "Heard:" in result.output and "Debrief" in result.output
    with Store.open(Settings()) as store:
        (saved,) = store.list_attempts()
        record = store.get_attempt(saved.id)
    assert record is not None
    assert "checkout" in record.answer_text.lower()
    assert record.duration_seconds is not None and 20 < record.duration_seconds < 40
    assert record.followups and all(f.seconds_taken for f in record.followups)
    assert all(f.report.get("delivery", {}).get("seconds") == f.seconds_taken for f in record.followups)
    delivery = record.report["answer"]["delivery"]
    assert delivery["seconds"] == record.duration_seconds and delivery["words_per_minute"]
    # The attempt page shows the measured delivery of the spoken answer.
    page = BeautifulSoup(client.get(f"/attempts/{record.id}").text, "html.parser")
    shown = page.select_one("#answer .delivery")
    assert shown is not None and "words a minute" in shown.get_text()
    # Each spoken part is kept and offered for playback: the answer, then the follow-ups in order.
    assert [r.part for r in record.recordings] == ["answer"] + [f"followup-{i}" for i in range(len(record.followups))]
    assert len(page.select("figure.playback audio")) == len(record.recordings)
