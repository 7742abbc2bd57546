"""Recordings kept with attempts in the web app: saved with the attempt, played back on its page, deleted with it,
exported and imported, and not kept when the candidate says so."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from starcoach.settings import Settings
from starcoach.store import Store
from starcoach.store.recordings import HOLD_HOURS
from starcoach.store.schema import RecordingRow
from starcoach.web.app import create_app

SLUG = "ownership-fixed-outside-your-team"
# Bytes the store keeps as they are; the pages never decode them.
WEBM = b"\x1a\x45\xdf\xa3" + bytes(range(256)) * 8
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x07\x08" * 700
TEXTS = {
    "text_situation": "Our nightly billing export failed twice a week and finance rebuilt reports by hand.",
    "text_action": "I traced the failures to a timeout in a shared client, added retries with backoff, and tested it.",
    "text_result": "Failures dropped from eight a month to none over the next quarter.",
}


def hold(client: TestClient, audio: bytes, media_type: str) -> str:
    """Hold a recording in the app's store, as `POST /api/transcribe` does after transcribing it."""
    store: Store = client.app.state.store  # type: ignore[attr-defined]
    return store.hold_recording(audio, media_type)


def practice_with_recordings(client: TestClient, keep: bool = True) -> int:
    form = {
        **TEXTS,
        "level": "sde2",
        "recording_situation": hold(client, WEBM, "audio/webm"),
        "recording_action": hold(client, WAV, "audio/wav"),
        "recording_task": hold(client, WAV, "audio/wav"),  # the task was left empty: nothing to keep it with
    }
    if keep:
        form["keep_recordings"] = "on"
    response = client.post(f"/questions/{SLUG}/practice", data=form, follow_redirects=False)
    assert response.status_code == 303, response.text[:300]
    return int(response.headers["location"].rsplit("/", 1)[1])


def players(client: TestClient, attempt_id: int) -> dict[str, str]:
    """The audio players of an attempt's page, by the heading of the part they belong to."""
    page = BeautifulSoup(client.get(f"/attempts/{attempt_id}").text, "html.parser")
    found = {}
    for audio in page.select("figure.playback audio"):
        article = audio.find_parent(["article", "section"])
        found[article.find(["h2", "h3"]).get_text(strip=True)] = audio["src"]
    return found


def test_recorded_sections_are_kept_and_played_back_on_the_attempt_page(client: TestClient) -> None:
    attempt_id = practice_with_recordings(client)

    sources = players(client, attempt_id)

    assert sources == {
        "Situation": f"/api/attempts/{attempt_id}/recordings/situation",
        "Action": f"/api/attempts/{attempt_id}/recordings/action",
    }
    played = client.get(sources["Situation"])
    assert played.status_code == 200
    assert (played.headers["content-type"], played.content) == ("audio/webm", WEBM)
    assert client.get(sources["Action"]).content == WAV
    assert client.get(f"/api/attempts/{attempt_id}/recordings/task").status_code == 404


@pytest.mark.parametrize(
    ("asked", "first", "last"),
    [
        ("bytes=0-99", 0, 99),
        ("bytes=100-", 100, len(WEBM) - 1),
        ("bytes=-10", len(WEBM) - 10, len(WEBM) - 1),
        ("bytes=2000-999999", 2000, len(WEBM) - 1),  # a last byte past the end is cut to the end
        ("bytes = 5 - 5", 5, 5),
    ],
)
def test_a_recording_is_served_in_the_range_a_player_asks_for(
    client: TestClient, asked: str, first: int, last: int
) -> None:
    attempt_id = practice_with_recordings(client)

    played = client.get(f"/api/attempts/{attempt_id}/recordings/situation", headers={"Range": asked})

    assert played.status_code == 206
    assert played.content == WEBM[first : last + 1]
    assert played.headers["content-range"] == f"bytes {first}-{last}/{len(WEBM)}"
    assert played.headers["content-type"] == "audio/webm"


@pytest.mark.parametrize("asked", ["bytes=0-", "bytes=0-1,5-6", "items=0-5", "bytes=9-3", "bytes=abc", "bytes=-"])
def test_a_range_that_covers_it_all_or_is_not_understood_gets_the_whole_recording(
    client: TestClient, asked: str
) -> None:
    attempt_id = practice_with_recordings(client)

    played = client.get(f"/api/attempts/{attempt_id}/recordings/situation", headers={"Range": asked})

    assert (played.status_code, played.content) == (200, WEBM)
    assert played.headers["accept-ranges"] == "bytes"


@pytest.mark.parametrize("asked", [f"bytes={len(WEBM)}-", "bytes=999999-1000000", "bytes=-0"])
def test_a_range_past_the_end_is_refused_with_the_size(client: TestClient, asked: str) -> None:
    attempt_id = practice_with_recordings(client)

    played = client.get(f"/api/attempts/{attempt_id}/recordings/situation", headers={"Range": asked})

    assert played.status_code == 416
    assert played.headers["content-range"] == f"bytes */{len(WEBM)}"


def test_unticking_keep_saves_the_attempt_without_its_recordings(client: TestClient) -> None:
    attempt_id = practice_with_recordings(client, keep=False)

    assert players(client, attempt_id) == {}
    assert client.get(f"/api/attempts/{attempt_id}/recordings/situation").status_code == 404
    attempt = client.get(f"/api/attempts/{attempt_id}").json()
    assert attempt["sections"][0]["recording"] is None


def test_deleting_an_attempt_deletes_its_recordings(client: TestClient) -> None:
    attempt_id = practice_with_recordings(client)

    assert client.delete(f"/api/attempts/{attempt_id}").status_code == 204

    assert client.get(f"/api/attempts/{attempt_id}/recordings/situation").status_code == 404
    assert client.get("/api/export").json()["attempts"] == []


def test_the_attempt_page_deletes_the_attempt_with_its_recordings(client: TestClient) -> None:
    attempt_id = practice_with_recordings(client)
    page = BeautifulSoup(client.get(f"/attempts/{attempt_id}").text, "html.parser")
    form = page.select_one("form.delete-attempt")
    assert form is not None and "its recordings" in form.get_text()

    response = client.post(form["action"], follow_redirects=False)

    assert (response.status_code, response.headers["location"]) == (303, "/progress")
    assert client.get(f"/attempts/{attempt_id}").status_code == 404
    assert client.get(f"/api/attempts/{attempt_id}/recordings/action").status_code == 404
    assert client.post(form["action"]).status_code == 404


def test_a_mock_keeps_the_answer_and_follow_up_recordings(client: TestClient) -> None:
    answer = " ".join(TEXTS.values())
    form = {
        "answer": answer,
        "level": "sde2",
        "keep_recordings": "on",
        "answer_recording": hold(client, WAV, "audio/wav"),
    }
    response = client.post(f"/questions/{SLUG}/mock/answer", data=form, follow_redirects=False)
    while response.status_code == 200:
        page = BeautifulSoup(response.text, "html.parser")
        fields = {i["name"]: i.get("value", "") for i in page.select("form input[name]") if i.get("type") != "checkbox"}
        assert fields["answer_recording"] == form["answer_recording"]
        fields["keep_recordings"] = "on"
        index = fields["index"]
        fields[f"followup_{index}"] = "I checked the error dashboard daily for a month and it stayed at zero."
        fields[f"followup_recording_{index}"] = hold(client, WEBM, "audio/webm")
        response = client.post(f"/questions/{SLUG}/mock/followup", data=fields, follow_redirects=False)
    assert response.status_code == 303
    attempt_id = int(response.headers["location"].rsplit("/", 1)[1])

    attempt = client.get(f"/api/attempts/{attempt_id}").json()

    assert attempt["answer"]["recording"] == "answer"
    assert attempt["followups"] and [f["recording"] for f in attempt["followups"]] == [
        f"followup-{i}" for i in range(len(attempt["followups"]))
    ]
    assert len(players(client, attempt_id)) == 1 + len(attempt["followups"])
    assert client.get(f"/api/attempts/{attempt_id}/recordings/followup-0").content == WEBM


def test_the_json_api_keeps_recordings_named_by_their_tokens(client: TestClient) -> None:
    token = hold(client, WAV, "audio/wav")
    body = {"sections": {"action": TEXTS["text_action"]}, "recordings": {"action": token}}

    attempt = client.post(f"/api/questions/{SLUG}/practice", json=body).json()

    assert attempt["sections"][0]["recording"] == "action"
    assert client.get(f"/api/attempts/{attempt['id']}/recordings/action").content == WAV
    refused = client.post(f"/api/questions/{SLUG}/practice", json={**body, "recordings": {"epilogue": token}})
    assert refused.status_code == 422 and "epilogue" in refused.json()["detail"]


def test_export_wipe_and_import_bring_the_recordings_back(client: TestClient) -> None:
    # More than any other request may carry: an export with recordings needs the import's own limit.
    big = WAV + bytes(400_000)
    store: Store = client.app.state.store  # type: ignore[attr-defined]
    token = store.hold_recording(big, "audio/wav")
    response = client.post(
        f"/questions/{SLUG}/practice",
        data={**TEXTS, "keep_recordings": "on", "recording_result": token},
        follow_redirects=False,
    )
    assert response.status_code == 303
    document = client.get("/settings/export").json()
    assert [r["part"] for r in document["attempts"][0]["recordings"]] == ["result"]
    client.post("/settings/wipe", data={"confirm": "delete everything"})
    assert client.get("/api/export").json()["attempts"] == []

    imported = client.post(
        "/settings/import", files={"file": ("export.json", json.dumps(document), "application/json")}
    )

    assert imported.status_code == 200, imported.text[:300]
    (attempt,) = client.get("/api/attempts").json()
    assert client.get(f"/api/attempts/{attempt['id']}/recordings/result").content == big


def test_the_app_deletes_recordings_held_too_long_when_it_starts(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = Store.open
    with opened(settings) as store:
        store.hold_recording(WAV, "audio/wav")
        assert held(store) == 1
    a_day_later = datetime.now(UTC) + timedelta(hours=HOLD_HOURS + 1)
    monkeypatch.setattr(Store, "open", classmethod(lambda cls, s: cls(opened(s).engine, clock=lambda: a_day_later)))

    with TestClient(create_app(settings)):
        pass

    with opened(settings) as store:
        assert held(store) == 0


def held(store: Store) -> int:
    """Count the recordings held for no attempt yet."""
    with store.engine.connect() as connection:
        query = select(func.count()).select_from(RecordingRow).where(RecordingRow.attempt_id.is_(None))
        return int(connection.execute(query).scalar_one())
