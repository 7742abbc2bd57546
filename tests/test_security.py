"""A local server that writes: CSRF, host checks, security headers, body limits, and text shown as text."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from starcoach.settings import Settings
from starcoach.web.app import create_app

SLUG = "ownership-fixed-outside-your-team"
HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> I fixed the bug and latency fell from 9% to 1%.'


def test_a_post_without_the_token_is_refused(settings: Settings) -> None:
    with TestClient(create_app(settings)) as bare:
        bare.get("/")
        response = bare.post(f"/questions/{SLUG}/practice", data={"text_action": "I fixed it."})
        assert response.status_code == 403
        assert bare.post("/api/analyze", json={"text": "I fixed it."}).status_code == 403


def test_a_post_with_a_foreign_token_is_refused(client: TestClient) -> None:
    response = client.post("/api/analyze", json={"text": "I fixed it."}, headers={"X-CSRF-Token": "forged" * 8})
    assert response.status_code == 403


def test_the_form_field_token_is_accepted(settings: Settings) -> None:
    with TestClient(create_app(settings)) as browser_like:
        page = BeautifulSoup(browser_like.get(f"/questions/{SLUG}/practice").text, "html.parser")
        token = page.select_one("input[name=csrf_token]")["value"]
        response = browser_like.post(
            f"/questions/{SLUG}/practice/check",
            data={"csrf_token": token, "section": "action", "text": "I fixed it myself."},
        )
        assert response.status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "127.0.0.1.nip.io", "localhost.attacker.net"])
def test_requests_for_another_host_are_refused(client: TestClient, host: str) -> None:
    assert client.get("/", headers={"host": host}).status_code == 400


@pytest.mark.parametrize("host", ["localhost:8000", "127.0.0.1:8000", "[::1]:8000"])
def test_loopback_hosts_are_served(client: TestClient, host: str) -> None:
    assert client.get("/", headers={"host": host}).status_code == 200


def test_security_headers_on_every_response(client: TestClient) -> None:
    for url in ("/", "/api/principles", "/static/app.css", "/no/such/page"):
        headers = client.get(url).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_no_page_has_inline_scripts(client: TestClient) -> None:
    for url in ("/", f"/questions/{SLUG}/study", f"/questions/{SLUG}/practice", f"/questions/{SLUG}/mock", "/progress"):
        page = BeautifulSoup(client.get(url).text, "html.parser")
        for script in page.find_all("script"):
            assert script.get("src", "").startswith("/static/"), url
            assert not script.get_text(strip=True), url
        assert not any(attr.startswith("on") for tag in page.find_all(True) for attr in tag.attrs), url


def test_oversized_bodies_get_413_before_being_read(client: TestClient, settings: Settings) -> None:
    big = "x" * (settings.max_body_bytes + 1)
    assert client.post("/api/analyze", json={"text": big}).status_code == 413
    streamed = client.post(
        "/api/analyze", content=iter([b'{"text": "', big.encode(), b'"}']), headers={"content-type": "application/json"}
    )
    assert streamed.status_code == 413


def test_markup_in_answers_is_shown_as_text_on_every_page(client: TestClient) -> None:
    finished = client.post(
        f"/questions/{SLUG}/practice",
        data={"text_situation": HOSTILE, "text_action": HOSTILE, "text_result": HOSTILE},
        follow_redirects=False,
    )
    attempt_url = finished.headers["location"]
    checked = client.post(f"/questions/{SLUG}/practice/check", data={"section": "action", "text": HOSTILE})
    mock = client.post(f"/questions/{SLUG}/mock/answer", data={"answer": HOSTILE, "level": "sde2"})
    for response in (client.get(attempt_url), checked, mock, client.get("/progress"), client.get(f"/?q={HOSTILE}")):
        page = BeautifulSoup(response.text, "html.parser")
        assert not page.find("script", string=lambda s: s and "alert" in s)
        assert not page.find("img", attrs={"onerror": True})
        shown = page.get_text() + " ".join(str(i.get("value", "")) for i in page.find_all("input"))
        assert "<script>alert(1)</script>" in shown or response.request.url.path == "/progress"
