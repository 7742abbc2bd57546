"""Fixtures shared by every test: an isolated data folder, the shipped library, and clients."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from starcoach.content import Library, library
from starcoach.settings import Settings
from starcoach.web.app import create_app


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point STARCOACH_HOME at a fresh folder so no test touches real user data."""
    home = tmp_path / "home"
    monkeypatch.setenv("STARCOACH_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def lib() -> Library:
    return library()


@pytest.fixture
def settings(isolated_home: Path) -> Settings:
    return Settings(home=isolated_home, allowed_hosts=["testserver"])


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    """A client of a fresh app, holding its CSRF cookie and sending the token on every request."""
    with TestClient(create_app(settings)) as test_client:
        test_client.headers["X-CSRF-Token"] = test_client.get("/api/session").json()["csrf_token"]
        yield test_client


@pytest.fixture(scope="session")
def walkthrough_slug(lib: Library) -> str:
    """A question that has a walkthrough, for tests that need one."""
    return next(iter(lib.walkthroughs))
