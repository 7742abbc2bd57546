"""The story bank and the data settings in the web app, in-process."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from starcoach.settings import Settings
from starcoach.store import Store

STORY = {
    "title": "The retry storm",
    "situation": "Our checkout timed out for 4% of payments during a sale; the retry library wasn't my team's.",
    "task": "Nobody owned it, so I took it on.",
    "action": "I traced the timeouts to retries with no backoff, wrote jittered backoff, and load tested it.",
    "result": "Timeouts fell from 4% to 0.2%, about $30k a day in carts.",
    "reflection": "Shared libraries drift when nobody owns them; I set up an owner rota.",
    "role": "Backend engineer",
    "level": "sde2",
    "tags": "incident, payments",
}


def soup(response: object) -> BeautifulSoup:
    return BeautifulSoup(response.text, "html.parser")  # type: ignore[attr-defined]


def add(client: TestClient, **changes: str) -> int:
    response = client.post("/stories", data={**STORY, **changes}, follow_redirects=False)
    assert response.status_code == 303, response.text[:300]
    return int(response.headers["location"].rsplit("/", 1)[1])


def test_a_story_is_added_listed_edited_and_deleted(client: TestClient, settings: Settings) -> None:
    story_id = add(client)
    listed = soup(client.get("/stories")).select(".story-list li")
    assert [li["data-story"] for li in listed] == [str(story_id)]
    form = soup(client.get(f"/stories/{story_id}/edit"))
    assert form.select_one("input[name=tags]")["value"] == "incident, payments"
    client.post(f"/stories/{story_id}", data={**STORY, "title": "Retries without backoff"})
    with Store.open(settings) as store:
        story = store.get_story(story_id)
        assert story is not None and story.title == "Retries without backoff" and story.tags == ["incident", "payments"]
    assert client.post(f"/stories/{story_id}/delete", follow_redirects=False).status_code == 303
    with Store.open(settings) as store:
        assert store.list_stories() == []


def test_a_story_without_an_action_is_refused_with_a_message(client: TestClient, settings: Settings) -> None:
    response = client.post("/stories", data={**STORY, "action": " "})
    assert response.status_code == 422
    assert "Action" in soup(response).select_one(".inline-error").get_text()
    assert soup(response).select_one("input[name=title]")["value"] == STORY["title"]
    with Store.open(settings) as store:
        assert store.list_stories() == []


def test_a_story_can_be_practiced_for_a_question_and_is_saved_with_it(client: TestClient, settings: Settings) -> None:
    story_id = add(client)
    slug = "ownership-fixed-outside-your-team"
    page = soup(client.get(f"/questions/{slug}/practice?story={story_id}"))
    assert page.select_one("#text-action").get_text() == STORY["action"]
    form = {f"text_{part}": STORY[part] for part in ("situation", "task", "action", "result")}
    response = client.post(
        f"/questions/{slug}/practice", data={**form, "story_id": str(story_id)}, follow_redirects=False
    )
    assert response.status_code == 303
    mock_page = soup(client.get(f"/questions/{slug}/mock?story={story_id}"))
    assert STORY["action"] in mock_page.select_one("#answer").get_text()
    with Store.open(settings) as store:
        attempt = store.get_attempt(store.list_attempts()[0].id)
    assert attempt is not None and attempt.story_id == story_id


def test_export_wipe_and_import_give_everything_back(client: TestClient, settings: Settings) -> None:
    add(client)
    client.post("/questions/ownership-fixed-outside-your-team/practice", data={"text_action": STORY["action"]})
    exported = client.get("/settings/export")
    assert exported.headers["content-disposition"].startswith("attachment")
    document = exported.json()
    assert document["version"] == 2 and len(document["stories"]) == 1 and len(document["attempts"]) == 1
    refused = client.post("/settings/wipe", data={"confirm": "yes"})
    assert refused.status_code == 422
    client.post("/settings/wipe", data={"confirm": "delete everything"})
    with Store.open(settings) as store:
        assert store.list_stories() == [] and store.list_attempts() == []
    files = {"file": ("export.json", json.dumps(document), "application/json")}
    client.post("/settings/import", files=files)
    again = client.post("/settings/import", files=files, follow_redirects=False)
    assert "skipped" in again.headers["location"]
    with Store.open(settings) as store:
        assert len(store.list_stories()) == 1 and len(store.list_attempts()) == 1


def test_a_file_that_is_not_an_export_is_refused(client: TestClient) -> None:
    response = client.post("/settings/import", files={"file": ("x.json", b'{"format": "other"}', "application/json")})
    assert response.status_code == 422
    assert soup(response).select_one(".inline-error").get_text(strip=True)


def test_markup_in_a_story_is_shown_as_text(client: TestClient) -> None:
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    story_id = add(client, title=f"Story {hostile}", action=f"I fixed it. {hostile}")
    for url in ("/stories", f"/stories/{story_id}/edit"):
        page = soup(client.get(url))
        assert not page.find("script", string=lambda s: s and "alert" in s)
        assert not page.find("img", attrs={"onerror": True})
        assert hostile in page.get_text() + " ".join(str(i.get("value", "")) for i in page.find_all("input"))


def test_the_story_page_shows_fits_questions_walkthrough_and_pivots(client: TestClient, lib: object) -> None:
    from starcoach.content import library
    from starcoach.stories.model import StoryIn
    from starcoach.stories.report import story_report

    story_id = add(client)
    fields = {k: v for k, v in STORY.items() if k != "tags"}
    expected = story_report(library(), StoryIn(**fields, tags=["incident", "payments"]), "sde2")
    page = soup(client.get(f"/stories/{story_id}"))
    fits = [li["data-principle"] for li in page.select("#fits > ol > li")]
    assert fits == [f.slug for f in expected.fits[:5]]
    links = [a["href"] for a in page.select("#questions .actions a")]
    assert f"/questions/{expected.questions[0].slug}/practice?story={story_id}&level=sde2" in links
    marks = page.select("#walkthrough .story-part mark.good")
    assert marks and all(m.get_text() in expected.text for m in marks)
    assert [a["data-principle"] for a in page.select("#pivots .pivot")] == [
        p.principle for p in expected.walkthrough.pivots
    ]
    senior = soup(client.get(f"/stories/{story_id}?level=senior"))
    assert senior.select_one("#bar select option[selected]")["value"] == "senior"


def test_coverage_fills_the_cells_of_each_story(client: TestClient) -> None:
    empty = soup(client.get("/stories/coverage"))
    assert len(empty.select("#gaps li")) == 16
    story_id = add(client)
    page = soup(client.get("/stories/coverage"))
    row = page.select_one(f"tr[data-story='{story_id}']")
    assert len(row.select("td.cell")) == 16
    assert row.select("td.strong, td.partial")
    assert len(page.select("#gaps li")) < 16


def test_markup_in_a_story_is_text_on_its_report_and_coverage(client: TestClient) -> None:
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    story_id = add(client, title=f"Story {hostile}", action=f"I fixed it. {hostile}")
    for url in (f"/stories/{story_id}", "/stories/coverage"):
        page = soup(client.get(url))
        assert not page.find("script", string=lambda s: s and "alert" in s)
        assert not page.find("img", attrs={"onerror": True})
        assert hostile in page.get_text()


def test_the_json_api_covers_the_story_bank_and_own_data(client: TestClient) -> None:
    body = {k: v for k, v in STORY.items() if k != "tags"} | {"tags": ["incident"]}
    created = client.post("/api/stories", json=body)
    assert created.status_code == 201
    story_id = created.json()["id"]
    assert client.post("/api/stories", json={**body, "action": ""}).status_code == 422
    shown = client.get(f"/api/stories/{story_id}?level=senior").json()
    assert len(shown["report"]["fits"]) == 16 and shown["report"]["level"] == "senior"
    assert client.put(f"/api/stories/{story_id}", json={**body, "title": "Renamed"}).json()["title"] == "Renamed"
    assert len(client.get("/api/stories/coverage").json()["rows"]) == 1
    document = client.get("/api/export").json()
    assert client.post("/api/wipe", json={"confirm": "no"}).status_code == 422
    assert client.post("/api/wipe", json={"confirm": "delete everything"}).status_code == 204
    assert client.get("/api/stories").json() == []
    assert client.post("/api/import", json=document).json()["stories_added"] == 1
    assert client.post("/api/import", json=document).json()["stories_skipped"] == 1
    assert client.post("/api/import", json={"format": "other"}).status_code == 422
    new_id = client.get("/api/stories").json()[0]["id"]
    assert client.delete(f"/api/stories/{new_id}").status_code == 204
    assert client.get(f"/api/stories/{new_id}").status_code == 404
