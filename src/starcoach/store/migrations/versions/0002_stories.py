"""Add the story bank, and point attempts.story_id at it (ON DELETE SET NULL).

Before this revision no story table existed, so any story_id already stored pointed at nothing: it is
cleared, or the new foreign key could not be added.

SQLite cannot add a foreign key in place: batch mode copies `attempts` into a new table and drops the old
one. With foreign keys enforced, that DROP first deletes every attempt, and ON DELETE CASCADE takes the
sections and follow-ups with it, so they are kept aside and put back around the rebuild.

Revision ID: 0002
Revises: 0001
Create Date: 2026-01-12
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here as they were at this revision: a later change needs its own migration.
LEVELS = ("sde1", "sde2", "senior", "principal")
TITLE_CHARS = 120
ROLE_CHARS = 80
# Tables whose rows cascade from attempts, and so would vanish when SQLite rebuilds attempts.
ATTEMPT_CHILDREN = ("attempt_sections", "followups")
STORY_FOREIGN_KEY = "fk_attempts_story_id_stories"


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


@contextmanager
def _attempt_children_kept() -> Iterator[None]:
    """On SQLite, copy the attempts' sections and follow-ups aside, and restore them after the body."""
    if op.get_bind().dialect.name != "sqlite":
        yield
        return
    for table in ATTEMPT_CHILDREN:
        op.execute(f"CREATE TEMPORARY TABLE kept_{table} AS SELECT * FROM {table}")
    yield
    for table in ATTEMPT_CHILDREN:
        # Empty already when foreign keys are enforced; still full when they are not.
        op.execute(f"DELETE FROM {table}")
        op.execute(f"INSERT INTO {table} SELECT * FROM kept_{table}")
        op.execute(f"DROP TABLE kept_{table}")


def upgrade() -> None:
    """Create stories, clear dangling story ids, and add the foreign key from attempts with its index."""
    # First, so that on SQLite this statement opens the transaction the DDL below then runs in.
    op.execute("UPDATE attempts SET story_id = NULL WHERE story_id IS NOT NULL")
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("title", sa.String(length=TITLE_CHARS), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("task", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("reflection", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=ROLE_CHARS), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("tags", _json(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stories")),
        sa.CheckConstraint(
            "level IN ({})".format(", ".join(f"'{level}'" for level in LEVELS)), name=op.f("ck_stories_level")
        ),
    )
    op.create_index(op.f("ix_stories_title"), "stories", ["title"])
    with _attempt_children_kept(), op.batch_alter_table("attempts") as batch:
        batch.create_foreign_key(op.f(STORY_FOREIGN_KEY), "stories", ["story_id"], ["id"], ondelete="SET NULL")
        batch.create_index(op.f("ix_attempts_story_id"), ["story_id"])


def downgrade() -> None:
    """Drop the foreign key and its index, then the stories (attempts keep their story ids as plain numbers)."""
    with _attempt_children_kept(), op.batch_alter_table("attempts") as batch:
        batch.drop_index(op.f("ix_attempts_story_id"))
        batch.drop_constraint(op.f(STORY_FOREIGN_KEY), type_="foreignkey")
    op.drop_index(op.f("ix_stories_title"), table_name="stories")
    op.drop_table("stories")
