"""Add recordings: the audio of a spoken answer, held from upload until an attempt claims it, then kept with it.

A held recording has a hold token and no attempt; a kept one has an attempt and a part, and goes when the
attempt goes (ON DELETE CASCADE). Nothing existing changes, so no table is rebuilt.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the recordings table with its indexes."""
    op.create_table(
        "recordings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=True),
        sa.Column("hold_token", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("part", sa.String(length=16), nullable=True),
        sa.Column("media_type", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("audio", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recordings")),
        sa.ForeignKeyConstraint(
            ["attempt_id"], ["attempts.id"], name=op.f("fk_recordings_attempt_id_attempts"), ondelete="CASCADE"
        ),
        sa.UniqueConstraint("attempt_id", "part", name=op.f("uq_recordings_attempt_id_part")),
        sa.UniqueConstraint("hold_token", name=op.f("uq_recordings_hold_token")),
        sa.CheckConstraint("size_bytes > 0", name=op.f("ck_recordings_size_bytes")),
        sa.CheckConstraint("(attempt_id IS NULL) <> (hold_token IS NULL)", name=op.f("ck_recordings_held_or_kept")),
    )
    op.create_index(op.f("ix_recordings_attempt_id"), "recordings", ["attempt_id"])
    op.create_index(op.f("ix_recordings_created_at"), "recordings", ["created_at"])


def downgrade() -> None:
    """Drop the recordings with their audio."""
    op.drop_index(op.f("ix_recordings_created_at"), table_name="recordings")
    op.drop_index(op.f("ix_recordings_attempt_id"), table_name="recordings")
    op.drop_table("recordings")
