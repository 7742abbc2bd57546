"""`POST /api/transcribe` and recorded sections in Practice: limits, refusals, and real timing in Check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from starcoach.speech.audio import MAX_AUDIO_BYTES
from tests.speech.conftest import SECTIONS, trimmed_seconds
from tests.speech.test_transcribe import _silence, normalize

SLUG = "ownership-fixed-outside-your-team"


def test_a_recording_comes_back_as_timed_words_and_delivery(client: TestClient, clips: dict[str, Path]) -> None:
    response = client.post(
        "/api/transcribe?section=action",
        content=clips["action"].read_bytes(),
        headers={"content-type": "audio/wav"},
    )
    assert response.status_code == 200, response.text
    data = response.json()
    assert "load test" in data["text"].lower()
    assert data["words"][0]["start"] <= data["words"][-1]["end"]
    known = len(normalize(SECTIONS["action"])) * 60 / trimmed_seconds(clips["action"])
    assert data["delivery"]["words_per_minute"] == pytest.approx(known, rel=0.15)


def test_bad_recordings_are_refused_with_the_right_status(client: TestClient, tmp_path: Path) -> None:
    pdf = client.post("/api/transcribe", content=b"%PDF-1.7" + b"x" * 500, headers={"content-type": "audio/wav"})
    assert pdf.status_code == 415
    quiet = client.post("/api/transcribe", content=_silence(tmp_path / "q.wav", 3).read_bytes())
    assert quiet.status_code == 422 and "no speech heard" in quiet.json()["detail"]
    empty = client.post("/api/transcribe", content=b"")
    assert empty.status_code == 422


def test_oversize_recordings_get_413_before_being_read(client: TestClient) -> None:
    declared = client.post(
        "/api/transcribe",
        content=b"RIFF" + b"\0" * 100,
        headers={"content-type": "audio/wav", "content-length": str(MAX_AUDIO_BYTES + 10)},
    )
    assert declared.status_code == 413
    chunk = b"\0" * (1 << 20)
    streamed = client.post(
        "/api/transcribe",
        content=iter([b"RIFF\0\0\0\0WAVE", *([chunk] * (MAX_AUDIO_BYTES // len(chunk) + 2))]),
        headers={"content-type": "audio/wav"},
    )
    assert streamed.status_code == 413


def test_a_recording_needs_the_csrf_token(client: TestClient, clips: dict[str, Path]) -> None:
    del client.headers["X-CSRF-Token"]
    assert client.post("/api/transcribe", content=clips["task"].read_bytes()).status_code == 403


def test_check_uses_the_real_timing_of_a_recorded_section(client: TestClient, clips: dict[str, Path]) -> None:
    page = BeautifulSoup(client.get(f"/questions/{SLUG}/practice").text, "html.parser")
    assert page.select_one("#spoken-action") is not None and page.select_one(".record-button") is not None
    heard = client.post("/api/transcribe", content=clips["action"].read_bytes()).json()
    # The candidate edits the transcript before checking: the words still there keep their times.
    edited = heard["text"] + " I also documented the fix for the on-call team."
    words = [{**w, "start": w["start"] * 3, "end": w["end"] * 3} for w in heard["words"]]  # said three times slower
    form = {"section": "action", "text_action": edited, "level": "sde2", "spoken_action": json.dumps(words)}
    checked = BeautifulSoup(client.post(f"/questions/{SLUG}/practice/check", data=form).text, "html.parser")
    delivery = checked.select_one(".delivery")
    assert delivery is not None
    assert float(delivery["data-wpm"]) < 100  # about 160 words a minute as recorded
    assert checked.select_one('[data-code="pace"]') is not None
    typed = client.post(f"/questions/{SLUG}/practice/check", data={**form, "spoken_action": "not json"})
    assert BeautifulSoup(typed.text, "html.parser").select_one(".delivery") is None
    assert SECTIONS["action"].split()[0] in typed.text


def test_finish_saves_recorded_sections_with_their_real_time(client: TestClient, clips: dict[str, Path]) -> None:
    from starcoach.settings import Settings
    from starcoach.store import Store

    heard = client.post("/api/transcribe", content=clips["action"].read_bytes()).json()
    form = {
        "text_situation": SECTIONS["situation"],
        "seconds_situation": "40",
        "text_action": heard["text"],
        "seconds_action": "300",  # the typing timer ran long; the recording says how long it was spoken
        "spoken_action": json.dumps(heard["words"]),
        "level": "sde2",
    }
    response = client.post(f"/questions/{SLUG}/practice", data=form, follow_redirects=False)
    assert response.status_code == 303
    with Store.open(Settings()) as store:
        (saved,) = store.list_attempts()
        record = store.get_attempt(saved.id)
    assert record is not None
    sections = {s.name: s for s in record.sections}
    assert sections["situation"].seconds_taken == 40 and "delivery" not in sections["situation"].report
    assert 8 < (sections["action"].seconds_taken or 0) < 13
    assert sections["action"].report["delivery"]["words_per_minute"]


def test_pages_offer_recording_only_with_speech_support(client: TestClient) -> None:
    from starcoach.web.templating import templates

    for path in (f"/questions/{SLUG}/practice", f"/questions/{SLUG}/mock"):
        assert BeautifulSoup(client.get(path).text, "html.parser").select(".record-button")
    speech = templates.env.globals["speech"]
    templates.env.globals["speech"] = lambda: False
    try:
        for path in (f"/questions/{SLUG}/practice", f"/questions/{SLUG}/mock"):
            page = BeautifulSoup(client.get(path).text, "html.parser")
            assert not page.select(".record-button") and not page.select('script[src="/static/record.js"]')
            assert page.select_one("textarea") is not None
    finally:
        templates.env.globals["speech"] = speech


def test_a_spoken_mock_keeps_the_timing_of_every_recording(client: TestClient, clips: dict[str, Path]) -> None:
    from starcoach.settings import Settings
    from starcoach.store import Store

    def heard(name: str) -> dict:
        return client.post("/api/transcribe", content=clips[name].read_bytes()).json()

    answer = heard("answer")
    form = {"answer": answer["text"], "answer_spoken": json.dumps(answer["words"]), "level": "sde2"}
    response = client.post(f"/questions/{SLUG}/mock/answer", data=form, follow_redirects=False)
    reply = heard("result")
    while response.status_code == 200:
        page = BeautifulSoup(response.text, "html.parser")
        fields = {i["name"]: i.get("value", "") for i in page.select("form input[name]")}
        assert fields["answer_spoken"] == form["answer_spoken"]
        index = fields["index"]
        fields[f"followup_{index}"] = reply["text"]
        fields[f"followup_spoken_{index}"] = json.dumps(reply["words"])
        response = client.post(f"/questions/{SLUG}/mock/followup", data=fields, follow_redirects=False)
    assert response.status_code == 303
    with Store.open(Settings()) as store:
        (saved,) = store.list_attempts()
        record = store.get_attempt(saved.id)
    assert record is not None and record.followups
    assert record.report["answer"]["delivery"]["words_per_minute"]
    assert all(f.report["delivery"]["words_per_minute"] for f in record.followups)


def test_a_transcribed_recording_is_held_for_its_attempt_unless_told_not_to(
    client: TestClient, clips: dict[str, Path]
) -> None:
    audio = clips["action"].read_bytes()
    kept = client.post("/api/transcribe?section=action", content=audio).json()
    not_kept = client.post("/api/transcribe?section=action&keep=false", content=audio).json()
    assert not_kept["recording"] is None and not_kept["text"] == kept["text"]

    form = {
        "text_action": kept["text"],
        "spoken_action": json.dumps(kept["words"]),
        "recording_action": kept["recording"],
        "keep_recordings": "on",
    }
    response = client.post(f"/questions/{SLUG}/practice", data=form, follow_redirects=False)

    attempt_id = int(response.headers["location"].rsplit("/", 1)[1])
    played = client.get(f"/api/attempts/{attempt_id}/recordings/action")
    assert (played.headers["content-type"], played.content) == ("audio/wav", audio)
