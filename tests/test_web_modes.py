"""Practice, mock interview, attempts and progress through the web app, in-process."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from starcoach.content import Library
from starcoach.modes.mock import judge_answer
from starcoach.settings import Settings
from starcoach.store import Store

SLUG = "ownership-fixed-outside-your-team"
ANSWER = (
    "At my last job our checkout timed out for about 4% of payments during sales. It wasn't my team's library, "
    "but nobody owned it. I traced the timeouts to a retry loop with no backoff, wrote a fix with jittered backoff, "
    "and load tested it at twice our peak. Timeouts fell from 4% to 0.2%."
)


def soup(response: object) -> BeautifulSoup:
    return BeautifulSoup(response.text, "html.parser")  # type: ignore[attr-defined]


def stored(settings: Settings) -> Store:
    return Store.open(settings)


def test_practice_page_offers_every_section_with_its_target(client: TestClient, lib: Library) -> None:
    page = soup(client.get(f"/questions/{SLUG}/practice"))
    sections = page.select("fieldset.practice-section")
    assert [s["data-section"] for s in sections] == ["situation", "task", "action", "result", "reflection"]
    walkthrough = lib.walkthroughs[SLUG]
    assert int(sections[2]["data-target"]) == walkthrough.target_seconds("action")
    assert page.select_one("input[name=csrf_token]")["value"]
    assert page.select_one("input[name=client_token]")["value"]


def test_checking_a_section_marks_the_exact_words(client: TestClient) -> None:
    text = "I traced the timeouts to a retry loop with no backoff and fixed it myself."
    fragment = soup(client.post(f"/questions/{SLUG}/practice/check", data={"section": "action", "text": text}))
    marks = fragment.select("blockquote.answer-text mark")
    assert marks
    assert all(m.get_text() in text for m in marks)
    assert fragment.select_one("details.model-section blockquote").get_text(strip=True)


def test_checking_an_empty_section_says_so_inline(client: TestClient) -> None:
    fragment = soup(client.post(f"/questions/{SLUG}/practice/check", data={"section": "task", "text": "   "}))
    assert "Write your task first" in fragment.select_one(".inline-error").get_text()


def test_finishing_practice_saves_one_attempt_even_when_sent_twice(client: TestClient, settings: Settings) -> None:
    form = {
        "level": "sde2",
        "client_token": "same-form",
        "text_situation": "Our checkout timed out for 4% of payments during sales.",
        "text_action": "I traced it to a retry loop with no backoff and added jittered backoff.",
        "text_result": "Timeouts fell from 4% to 0.2%.",
        "seconds_action": "42.5",
    }
    first = client.post(f"/questions/{SLUG}/practice", data=form, follow_redirects=False)
    second = client.post(f"/questions/{SLUG}/practice", data=form, follow_redirects=False)
    assert first.status_code == second.status_code == 303
    assert first.headers["location"] == second.headers["location"]
    with stored(settings) as store:
        attempts = store.list_attempts()
        assert len(attempts) == 1
        record = store.get_attempt(attempts[0].id)
    assert record is not None and record.mode == "practice"
    assert [s.name for s in record.sections] == ["situation", "action", "result"]
    assert record.sections[1].seconds_taken == 42.5


def test_an_empty_practice_saves_nothing(client: TestClient, settings: Settings) -> None:
    response = client.post(f"/questions/{SLUG}/practice", data={"level": "sde2", "text_situation": " "})
    assert response.status_code == 422
    assert soup(response).select_one(".inline-error")
    with stored(settings) as store:
        assert store.list_attempts() == []


def test_a_mock_interview_from_question_to_debrief(client: TestClient, lib: Library, settings: Settings) -> None:
    question = lib.questions[SLUG]
    _, probes = judge_answer(lib, question, ANSWER, "senior")
    assert 2 <= len(probes) <= 3
    page = soup(
        client.post(
            f"/questions/{SLUG}/mock/answer",
            data={"answer": ANSWER, "level": "senior", "client_token": "m1", "answer_seconds": "95"},
        )
    )
    assert page.select_one(".probe-question").get_text(strip=True).strip("“”") == probes[0].question
    answers = {}
    for index in range(len(probes)):
        answers[f"followup_{index}"] = f"I checked the dashboard: errors stayed at 0.1% for {index + 2} weeks."
        form = {"answer": ANSWER, "level": "senior", "client_token": "m1", "index": str(index), **answers}
        response = client.post(f"/questions/{SLUG}/mock/followup", data=form, follow_redirects=False)
        if index + 1 < len(probes):
            assert (
                soup(response).select_one(".probe-question").get_text(strip=True).strip("“”")
                == probes[index + 1].question
            )
    assert response.status_code == 303
    debrief = soup(client.get(response.headers["location"]))
    assert debrief.select_one("#debrief .reasoning").get_text(strip=True)
    assert len(debrief.select("#followups .followup-review")) == len(probes)
    parts = [h.get_text(" ", strip=True).split()[0] for h in debrief.select("#answer-parts .section-review h3")]
    assert parts and set(parts) <= {"Situation", "Task", "Action", "Result", "Reflection"}
    with stored(settings) as store:
        record = store.get_attempt(store.list_attempts()[0].id)
    assert record is not None and record.mode == "mock" and record.level == "senior"
    assert [f.question for f in record.followups] == [p.question for p in probes]
    assert record.report["debrief"]["verdict"] == record.verdict


def test_an_unanswered_probe_asks_again_and_saves_nothing(client: TestClient, settings: Settings) -> None:
    form = {"answer": ANSWER, "level": "sde2", "index": "0", "followup_0": "  "}
    response = client.post(f"/questions/{SLUG}/mock/followup", data=form)
    assert response.status_code == 422
    assert "Answer the follow-up" in soup(response).select_one(".inline-error").get_text()
    with stored(settings) as store:
        assert store.list_attempts() == []


def test_mock_draw_respects_the_principle(client: TestClient, lib: Library) -> None:
    response = client.get("/mock/draw?principle=frugality&level=senior", follow_redirects=False)
    slug = re.match(r"/questions/([^/]+)/mock\?level=senior", response.headers["location"]).group(1)  # type: ignore[union-attr]
    assert lib.questions[slug].principle == "frugality"


def test_progress_shows_the_grid_the_chart_and_quiz_accuracy(client: TestClient, lib: Library) -> None:
    client.post(f"/questions/{SLUG}/practice", data={"text_action": "I fixed the retry loop myself.", "level": "sde2"})
    item = lib.walkthroughs[SLUG].quiz[0]
    right = next(i for i, c in enumerate(item.choices) if c.correct)
    client.post(f"/questions/{SLUG}/quiz/0", data={"choice": right}, headers={"HX-Request": "true"})
    page = soup(client.get("/progress"))
    cells = page.select("#principle-grid .principle-cell")
    assert len(cells) == 16
    ownership = next(c for c in cells if c["data-slug"] == "ownership")
    assert "1 attempt" in ownership.get_text()
    assert page.select_one("#score-chart")["data-points"].startswith("[")
    assert "1 of 1 right" in page.get_text()


def test_json_api_runs_a_whole_mock(client: TestClient, settings: Settings) -> None:
    start = client.post("/api/mock/start", json={"principle": "ownership", "level": "sde2", "seed": 3}).json()
    slug = start["slug"]
    answered = client.post(f"/api/questions/{slug}/mock/answer", json={"answer": ANSWER, "level": "sde2"}).json()
    probes = answered["probes"]
    replies = []
    for index, _ in enumerate(probes):
        reply = "I replayed a day of traffic and errors stayed under 0.1%."
        step = client.post(
            f"/api/questions/{slug}/mock/probe", json={"answer": ANSWER, "index": index, "followup_answer": reply}
        ).json()
        assert (step.get("next_probe") is None) == (index == len(probes) - 1)
        replies.append(reply)
    body = {"answer": ANSWER, "followup_answers": replies, "client_token": "api-1"}
    saved = client.post(f"/api/questions/{slug}/mock/debrief", json=body).json()
    again = client.post(f"/api/questions/{slug}/mock/debrief", json=body).json()
    assert saved["id"] == again["id"] and saved["debrief"]["reasoning"]
    assert [row["id"] for row in client.get("/api/attempts").json()] == [saved["id"]]
    assert client.get(f"/api/attempts/{saved['id']}").json()["mode"] == "mock"
    assert client.delete(f"/api/attempts/{saved['id']}").status_code == 204
    assert client.get(f"/api/attempts/{saved['id']}").status_code == 404


def test_practice_api_checks_and_saves(client: TestClient) -> None:
    check = client.post(
        f"/api/questions/{SLUG}/practice/check", json={"section": "result", "text": "Timeouts fell from 4% to 0.2%."}
    )
    assert check.status_code == 200 and check.json()["report"]["section"] == "result"
    assert (
        client.post(f"/api/questions/{SLUG}/practice/check", json={"section": "result", "text": ""}).status_code == 422
    )
    saved = client.post(f"/api/questions/{SLUG}/practice", json={"sections": {"action": "I added backoff myself."}})
    assert saved.status_code == 200 and saved.json()["sections"][0]["title"] == "Action"


def test_the_openapi_document_covers_the_modes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/session",
        "/api/questions/{slug}/practice/check",
        "/api/questions/{slug}/practice",
        "/api/mock/start",
        "/api/questions/{slug}/mock/answer",
        "/api/questions/{slug}/mock/probe",
        "/api/questions/{slug}/mock/debrief",
        "/api/attempts",
        "/api/attempts/{attempt_id}",
        "/api/progress",
    ):
        assert path in paths, path
