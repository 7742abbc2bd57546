"""The schema comes from the packaged migrations, agrees with the mappings, and SQLite is set up safely."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import insert, inspect
from sqlalchemy.exc import IntegrityError

from starcoach.settings import Settings, sqlite_path
from starcoach.store import Store, migrate
from starcoach.store.db import create_engine_for
from starcoach.store.schema import AttemptRow, Base

TABLES = {"attempts", "attempt_sections", "followups", "quiz_answers", "recordings", "stories"}


def test_upgrade_from_empty_creates_every_table(store_settings: Settings) -> None:
    engine = create_engine_for(store_settings)
    try:
        assert inspect(engine).get_table_names() == []
        assert migrate.current_revision(engine) is None

        migrate.upgrade(engine)

        assert set(inspect(engine).get_table_names()) == TABLES | {"alembic_version"}
        assert migrate.current_revision(engine) == migrate.head_revision() == "0003"
    finally:
        engine.dispose()


def test_downgrade_to_base_drops_the_tables_and_upgrade_restores_them(store_settings: Settings) -> None:
    engine = create_engine_for(store_settings)
    try:
        migrate.upgrade(engine)
        migrate.downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
        assert migrate.current_revision(engine) is None

        migrate.upgrade(engine)
        assert TABLES <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_mappings_match_the_migrated_schema(store: Store) -> None:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_opening_an_up_to_date_store_again_changes_nothing(store_settings: Settings) -> None:
    with Store.open(store_settings):
        pass
    with Store.open(store_settings) as again:
        assert migrate.current_revision(again.engine) == migrate.head_revision()


@pytest.mark.parametrize(
    ("column", "value"),
    [("verdict", "maybe_hire"), ("mode", "exam"), ("level", "intern"), ("score", 101), ("score", -1)],
)
def test_the_database_refuses_values_outside_the_vocabulary(store: Store, column: str, value: object) -> None:
    row = {
        "created_at": datetime(2025, 1, 1, tzinfo=UTC),
        "mode": "mock",
        "question_slug": "q",
        "principle_slug": "p",
        "level": "sde1",
        "answer_text": "a",
        "score": 50,
        "verdict": "lean_hire",
        "report": {},
    }
    with store.engine.begin() as connection:
        connection.execute(insert(AttemptRow), row)
    row[column] = value
    with pytest.raises(IntegrityError), store.engine.begin() as connection:
        connection.execute(insert(AttemptRow), row)


def test_default_database_is_a_sqlite_file_in_a_new_data_folder(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "not" / "there" / "yet", database_url=None)
    with Store.open(settings):
        assert sqlite_path(settings).is_file()


def test_every_sqlite_connection_gets_the_pragmas(tmp_path: Path) -> None:
    engine = create_engine_for(Settings(home=tmp_path, database_url=None))
    try:
        expected = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 5000}
        with engine.connect() as first, engine.connect() as second:
            for connection in (first, second):
                found = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar() for name in expected}
                assert found == expected  # synchronous 2 is FULL
    finally:
        engine.dispose()
