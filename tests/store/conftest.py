"""Store fixtures: a fresh, migrated store on SQLite, and on PostgreSQL too when a test URL is given.

Set STARCOACH_TEST_DATABASE_URL (e.g. the URL `.ci/postgres.sh` prints) to run every store test on
both backends; each PostgreSQL test gets a schema of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from starcoach.settings import Settings
from starcoach.store import NewAttempt, Store

POSTGRES_URL_VARIABLE = "STARCOACH_TEST_DATABASE_URL"
BACKENDS = ["sqlite", *(["postgresql"] if os.environ.get(POSTGRES_URL_VARIABLE) else [])]
START = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


class TickingClock:
    """A clock that starts at a fixed time and moves one minute on every reading."""

    def __init__(self, start: datetime = START, step: timedelta = timedelta(minutes=1)) -> None:
        self.now = start
        self.step = step

    def __call__(self) -> datetime:
        current = self.now
        self.now += self.step
        return current


@pytest.fixture(scope="session")
def postgres_admin() -> Iterator[Engine]:
    """An engine on the test PostgreSQL database, for creating and dropping each test's schema."""
    engine = create_engine(os.environ[POSTGRES_URL_VARIABLE], poolclass=NullPool)
    yield engine
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store_settings(backend: str, isolated_home: Path, request: pytest.FixtureRequest) -> Iterator[Settings]:
    """Settings pointing at an empty database of the backend under test."""
    if backend == "sqlite":
        yield Settings(home=isolated_home, database_url=None)
        return
    admin: Engine = request.getfixturevalue("postgres_admin")
    schema = f"starcoach_test_{uuid.uuid4().hex[:16]}"
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(os.environ[POSTGRES_URL_VARIABLE]).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield Settings(home=isolated_home, database_url=url.render_as_string(hide_password=False))
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture
def clock() -> TickingClock:
    return TickingClock()


@pytest.fixture
def store(store_settings: Settings, clock: TickingClock) -> Iterator[Store]:
    """A migrated, empty store whose records are stamped by the ticking clock."""
    opened = Store.open(store_settings, clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def make_attempt() -> Callable[..., NewAttempt]:
    """Build a valid attempt to save; keyword arguments override its fields."""

    def build(**overrides: Any) -> NewAttempt:
        fields: dict[str, Any] = {
            "mode": "practice",
            "question_slug": "ownership-fixed-outside-your-team",
            "principle_slug": "ownership",
            "level": "sde2",
            "answer_text": "I noticed the nightly export failing and fixed it.",
            "score": 72,
            "verdict": "lean_hire",
            "report": {"score": 72, "verdict": "lean_hire", "findings": []},
        }
        fields.update(overrides)
        return NewAttempt(**fields)

    return build
