"""The web app in-process: pages asserted with selectors, and their JSON twins built from the same views."""

from __future__ import annotations

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from starcoach.content import Library
from starcoach.study.walkthrough import study_view


def page(client: TestClient, url: str, status: int = 200) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return BeautifulSoup(response.text, "html.parser")


def test_home_lists_the_sixteen_principles_with_counts(client: TestClient, lib: Library) -> None:
    soup = page(client, "/")
    cards = soup.select(".principle-card")
    assert [card.h3.get_text(strip=True) for card in cards] == [p.name for p in lib.principles.values()]
    first = lib.principles[next(iter(lib.principles))]
    assert f"{len(lib.questions_for(first.slug))} questions" in cards[0].get_text()
    assert soup.select_one("form.search input[name=q]") is not None


def test_search_finds_questions_containing_every_word(client: TestClient, lib: Library) -> None:
    question = next(iter(lib.questions.values()))
    words = question.text.split()[-2:]
    soup = page(client, "/?q=" + "+".join(words))
    links = [a["href"] for a in soup.select("#results .questions a")]
    assert f"/questions/{question.slug}" in links
    for link in links:
        text = lib.questions[link.rsplit("/", 1)[1]].text.lower()
        assert all(word.lower() in text for word in words)


def test_search_with_no_match_says_so(client: TestClient) -> None:
    soup = page(client, "/?q=zzqxv")
    assert soup.select_one("#results .empty") is not None


def test_walkthrough_filter_lists_only_questions_with_one(client: TestClient, lib: Library) -> None:
    soup = page(client, "/?walkthroughs=true")
    links = {a["href"].rsplit("/", 1)[1] for a in soup.select("#results .questions a")}
    assert links == set(lib.walkthroughs)


def test_principle_page_lists_its_questions(client: TestClient, lib: Library) -> None:
    soup = page(client, "/principles/dive-deep")
    assert soup.h1.get_text(strip=True) == "Dive Deep"
    listed = [a.get_text(strip=True) for a in soup.select("section .questions")[0].select("a")]
    assert listed == [q.text for q in lib.questions_for("dive-deep")]


def test_question_page_offers_the_three_modes(client: TestClient, walkthrough_slug: str) -> None:
    soup = page(client, f"/questions/{walkthrough_slug}")
    hrefs = [a["href"] for a in soup.select(".modes a[role=button]")]
    assert hrefs == [f"/questions/{walkthrough_slug}/{mode}" for mode in ("study", "practice", "mock")]


def test_study_page_highlights_every_key_phrase(client: TestClient, lib: Library, walkthrough_slug: str) -> None:
    walkthrough = lib.walkthroughs[walkthrough_slug]
    soup = page(client, f"/questions/{walkthrough_slug}/study")
    for name in ("situation", "task", "action", "result"):
        section = getattr(walkthrough.sections, name)
        marks = [m.get_text() for m in soup.select(f"#section-{name} blockquote mark.key")]
        assert set(marks) <= set(section.key_phrases)
        assert marks, name
        assert soup.select_one(f"#section-{name} .target").get_text(strip=True).startswith("target")


def test_level_toggle_changes_reflection_and_calibration(
    client: TestClient, lib: Library, walkthrough_slug: str
) -> None:
    walkthrough = lib.walkthroughs[walkthrough_slug]
    texts = {}
    for level in ("sde2", "senior"):
        soup = page(client, f"/questions/{walkthrough_slug}/study?level={level}")
        texts[level] = soup.select_one(".reflection-text").get_text()
        assert soup.select_one(f".level-toggle a[data-level={level}]")["aria-current"] == "true"
        assert " ".join(texts[level].split()) == " ".join(walkthrough.reflection.by_level[level].text.split())
    assert texts["sde2"] != texts["senior"]
    sde1 = page(client, f"/questions/{walkthrough_slug}/study?level=sde1")
    assert walkthrough.calibration["sde1"].bar in sde1.select_one("#calibration").get_text()


def test_followups_hide_their_answers_until_opened(client: TestClient, lib: Library, walkthrough_slug: str) -> None:
    walkthrough = lib.walkthroughs[walkthrough_slug]
    soup = page(client, f"/questions/{walkthrough_slug}/study")
    followups = soup.select("#followups .followup")
    assert len(followups) == len(walkthrough.followups)
    for article in followups:
        details = article.select("details")
        assert [d["class"][0] for d in details] == ["weak", "strong"]
        assert all(not d.has_attr("open") for d in details)


def test_weak_answer_marks_each_quoted_flaw(client: TestClient, lib: Library, walkthrough_slug: str) -> None:
    weak = lib.walkthroughs[walkthrough_slug].weak_answer
    soup = page(client, f"/questions/{walkthrough_slug}/study")
    marks = [m.get_text() for m in soup.select("#weak-answer blockquote mark.flaw")]
    assert marks == sorted({f.quote for f in weak.flaws}, key=weak.text.find)
    assert soup.select_one("#weak-answer .verdict-level")["class"][-1] == weak.verdict.level


def test_quiz_is_answered_in_place(client: TestClient, lib: Library, walkthrough_slug: str) -> None:
    item = lib.walkthroughs[walkthrough_slug].quiz[0]
    wrong = next(i for i, c in enumerate(item.choices) if not c.correct)
    response = client.post(
        f"/questions/{walkthrough_slug}/quiz/0", data={"choice": wrong}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    fragment = BeautifulSoup(response.text, "html.parser")
    assert "wrong" in fragment.select_one(".quiz-result")["class"]
    assert fragment.select_one(".correct-choice").get_text() == next(c.text for c in item.choices if c.correct)
    assert fragment.select_one(".explanation").get_text() == item.explanation


def test_quiz_without_javascript_returns_the_page_with_the_result(
    client: TestClient, lib: Library, walkthrough_slug: str
) -> None:
    item = lib.walkthroughs[walkthrough_slug].quiz[2]
    right = next(i for i, c in enumerate(item.choices) if c.correct)
    response = client.post(f"/questions/{walkthrough_slug}/quiz/2", data={"choice": right})
    soup = BeautifulSoup(response.text, "html.parser")
    assert "right" in soup.select_one("#quiz-result-2 .quiz-result")["class"]


def test_pivots_name_other_principles(client: TestClient, lib: Library, walkthrough_slug: str) -> None:
    soup = page(client, f"/questions/{walkthrough_slug}/study")
    names = [h.get_text(strip=True) for h in soup.select("#pivots .pivot h3")]
    assert names == [lib.principles[p.principle].name for p in lib.walkthroughs[walkthrough_slug].pivots]


def test_unknown_slugs_get_a_404_page_with_a_way_back(client: TestClient) -> None:
    for url in ("/principles/charisma", "/questions/nope", "/questions/nope/study", "/no/such/page"):
        soup = page(client, url, status=404)
        assert soup.select_one("main a[href='/']") is not None


def test_a_question_without_walkthrough_has_no_study_page(client: TestClient, lib: Library) -> None:
    slug = next(q for q in lib.questions if q not in lib.walkthroughs)
    page(client, f"/questions/{slug}/study", status=404)


def test_json_twins_return_the_same_view(client: TestClient, lib: Library, walkthrough_slug: str) -> None:
    response = client.get(f"/api/questions/{walkthrough_slug}/study?level=senior")
    assert response.status_code == 200
    assert response.json() == study_view(lib, walkthrough_slug, "senior").model_dump(mode="json")
    assert len(client.get("/api/principles").json()) == 16
    assert client.get("/api/questions/nope").status_code == 404
    assert client.get("/api/questions/nope").json() == {"detail": "no question named 'nope'"}


def test_quiz_api(client: TestClient, lib: Library, walkthrough_slug: str) -> None:
    item = lib.walkthroughs[walkthrough_slug].quiz[1]
    right = next(i for i, c in enumerate(item.choices) if c.correct)
    data = client.post(f"/api/questions/{walkthrough_slug}/quiz/1", json={"choice": right}).json()
    assert data["correct"] is True and data["explanation"] == item.explanation
    assert client.post(f"/api/questions/{walkthrough_slug}/quiz/1", json={"choice": 9}).status_code == 422
    assert client.post(f"/api/questions/{walkthrough_slug}/quiz/7", json={"choice": 0}).status_code == 404


def test_openapi_documents_the_json_twins(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/principles",
        "/api/principles/{slug}",
        "/api/questions",
        "/api/questions/{slug}",
        "/api/questions/{slug}/study",
        "/api/questions/{slug}/quiz/{index}",
    ):
        assert path in paths
    assert not any(not path.startswith("/api/") for path in paths)


def test_static_assets_are_served_locally(client: TestClient) -> None:
    soup = page(client, "/")
    sources = [tag.get("src") or tag.get("href") for tag in soup.select("script[src], link[rel=stylesheet]")]
    assert sources and all(src.startswith("/static/") for src in sources)
    for src in sources:
        assert client.get(src).status_code == 200
