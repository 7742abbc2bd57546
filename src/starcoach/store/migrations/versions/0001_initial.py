"""Create attempts with their sections and follow-ups, and quiz answers.

Revision ID: 0001
Revises:
Create Date: 2025-11-24
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here as they were at this revision: a later change to the vocabularies needs its own migration.
MODES = ("practice", "mock")
LEVELS = ("sde1", "sde2", "senior", "principal")
VERDICTS = ("strong_hire", "lean_hire", "lean_no_hire", "strong_no_hire")
SECTION_NAMES = ("situation", "task", "action", "result", "reflection")


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _one_of(table: str, column: str, values: tuple[str, ...]) -> sa.CheckConstraint:
    quoted = ", ".join(f"'{value}'" for value in values)
    return sa.CheckConstraint(f"{column} IN ({quoted})", name=op.f(f"ck_{table}_{column}"))


def _score_check(table: str) -> sa.CheckConstraint:
    return sa.CheckConstraint("score BETWEEN 0 AND 100", name=op.f(f"ck_{table}_score"))


def _judged_child(table: str, *columns: sa.Column[Any], checks: tuple[sa.CheckConstraint, ...] = ()) -> None:
    op.create_table(
        table,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *columns,
        sa.Column("seconds_taken", sa.Float(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("report", _json(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.ForeignKeyConstraint(
            ["attempt_id"], ["attempts.id"], name=op.f(f"fk_{table}_attempt_id_attempts"), ondelete="CASCADE"
        ),
        sa.UniqueConstraint("attempt_id", "position", name=op.f(f"uq_{table}_attempt_id_position")),
        _one_of(table, "verdict", VERDICTS),
        _score_check(table),
        *checks,
    )


def upgrade() -> None:
    """Create the four tables with their keys, checks and indexes."""
    op.create_table(
        "attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("question_slug", sa.String(length=120), nullable=False),
        sa.Column("principle_slug", sa.String(length=120), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=True),
        sa.Column("answer_text", sa.Text(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("report", _json(), nullable=False),
        sa.Column("duration_seconds", sa.Float(), nullable=True),
        sa.Column("client_token", sa.String(length=120), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attempts")),
        sa.UniqueConstraint("client_token", name=op.f("uq_attempts_client_token")),
        _one_of("attempts", "mode", MODES),
        _one_of("attempts", "level", LEVELS),
        _one_of("attempts", "verdict", VERDICTS),
        _score_check("attempts"),
    )
    op.create_index(op.f("ix_attempts_created_at"), "attempts", ["created_at"])
    op.create_index(op.f("ix_attempts_principle_slug_created_at"), "attempts", ["principle_slug", "created_at"])

    _judged_child(
        "attempt_sections",
        sa.Column("name", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        checks=(_one_of("attempt_sections", "name", SECTION_NAMES),),
    )
    _judged_child(
        "followups",
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("target_code", sa.String(length=64), nullable=True),
        sa.Column("answer_text", sa.Text(), nullable=False),
    )

    op.create_table(
        "quiz_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("question_slug", sa.String(length=120), nullable=False),
        sa.Column("quiz_index", sa.Integer(), nullable=False),
        sa.Column("choice", sa.Integer(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quiz_answers")),
        sa.CheckConstraint("quiz_index >= 0", name=op.f("ck_quiz_answers_quiz_index")),
        sa.CheckConstraint("choice >= 0", name=op.f("ck_quiz_answers_choice")),
    )
    op.create_index(op.f("ix_quiz_answers_question_slug"), "quiz_answers", ["question_slug"])


def downgrade() -> None:
    """Drop the four tables, children first."""
    op.drop_index(op.f("ix_quiz_answers_question_slug"), table_name="quiz_answers")
    op.drop_table("quiz_answers")
    op.drop_table("followups")
    op.drop_table("attempt_sections")
    op.drop_index(op.f("ix_attempts_principle_slug_created_at"), table_name="attempts")
    op.drop_index(op.f("ix_attempts_created_at"), table_name="attempts")
    op.drop_table("attempts")
