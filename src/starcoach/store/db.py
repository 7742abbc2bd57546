"""Engines for the store: SQLite in the data folder by default, PostgreSQL (psycopg 3) from a URL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from starcoach.settings import Settings, sqlite_path

# Set on every SQLite connection: WAL lets readers run beside the writer, FULL makes each commit
# durable across power loss, foreign keys give ON DELETE CASCADE, and a writer waits 5 s for a lock.
SQLITE_PRAGMAS: tuple[str, ...] = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)


def database_url(settings: Settings) -> URL:
    """Return the URL the settings point at: theirs, or SQLite in the data folder (created if missing)."""
    if settings.database_url:
        return make_url(settings.database_url)
    path = sqlite_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    return URL.create("sqlite", database=str(path))


def create_engine_for(settings: Settings) -> Engine:
    """Create the engine for the configured database, with SQLite's pragmas set on each connection."""
    url = database_url(settings)
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _set_sqlite_pragmas(dbapi_connection: Any, _connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()
