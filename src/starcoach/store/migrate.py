"""Run the store's Alembic migrations from code: no alembic.ini, the scripts ship inside the package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

# Key of the PostgreSQL advisory lock that serializes migrations when several app workers start at once.
MIGRATION_LOCK_KEY = 0x5747A2C0


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    """Build Alembic's config in code, pointing at the packaged scripts and at a connection or URL."""
    config = Config()
    # configparser interpolates '%', so a path holding one must be escaped.
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database to a revision (head by default) in one transaction where the backend allows."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Downgrade the database to a revision ("base" removes every table)."""
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)


def current_revision(engine: Engine) -> str | None:
    """Return the revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """Return the newest revision the packaged scripts define."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()
