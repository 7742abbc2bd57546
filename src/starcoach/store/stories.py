"""Queries on the story bank; each runs inside the caller's session and returns pydantic `Story` objects."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from starcoach.store.records import StoreError
from starcoach.store.schema import StoryRow
from starcoach.stories.model import STORY_PARTS, Story, StoryIn

# PostgreSQL text cannot hold NUL; refusing it everywhere keeps both backends storing the same stories.
NUL = "\x00"


def insert_story(session: Session, new: StoryIn, *, created_at: datetime, updated_at: datetime | None = None) -> Story:
    """Add a story stamped with its times (updated_at defaults to created_at), and flush it."""
    row = StoryRow(created_at=created_at, updated_at=updated_at or created_at, **_columns(new))
    session.add(row)
    session.flush()
    return story_of(row)


def story_by_id(session: Session, story_id: int) -> Story | None:
    """Return the story with this id, or None."""
    row = session.get(StoryRow, story_id)
    return None if row is None else story_of(row)


def story_exists(session: Session, story_id: int) -> bool:
    """Say whether a story with this id is stored."""
    return session.scalar(select(StoryRow.id).where(StoryRow.id == story_id)) is not None


def stories_by_title(session: Session) -> list[Story]:
    """Return every story ordered by title, case-insensitively and the same on every backend, then by id."""
    stories = [story_of(row) for row in session.scalars(select(StoryRow))]
    return sorted(stories, key=lambda story: (story.title.casefold(), story.title, story.id))


def stories_by_age(session: Session) -> list[Story]:
    """Return every story, oldest first (the order an export keeps)."""
    return [story_of(row) for row in session.scalars(select(StoryRow).order_by(StoryRow.created_at, StoryRow.id))]


def replace_story(session: Session, story_id: int, new: StoryIn, *, updated_at: datetime) -> Story | None:
    """Overwrite a story's fields with new ones and stamp it updated; None if there is no such story."""
    row = session.get(StoryRow, story_id)
    if row is None:
        return None
    for column, value in _columns(new).items():
        setattr(row, column, value)
    row.updated_at = updated_at
    session.flush()
    return story_of(row)


def delete_story(session: Session, story_id: int) -> bool:
    """Delete a story (the database sets its attempts' story_id to NULL); say whether it existed."""
    deleted = session.scalars(delete(StoryRow).where(StoryRow.id == story_id).returning(StoryRow.id))
    return deleted.first() is not None


def story_of(row: StoryRow) -> Story:
    """Convert a mapped story into the pydantic `Story`, trusting what was validated when it was saved."""
    return Story.model_construct(
        id=row.id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        title=row.title,
        situation=row.situation,
        task=row.task,
        action=row.action,
        result=row.result,
        reflection=row.reflection,
        role=row.role,
        level=row.level,
        tags=list(row.tags),
    )


def _columns(new: StoryIn) -> dict[str, object]:
    """Return a story's column values, refusing text a backend could not keep."""
    texts = {"title": new.title, "role": new.role, **{part: getattr(new, part) for part in STORY_PARTS}}
    for name, text in [*texts.items(), *(("tags", tag) for tag in new.tags)]:
        if NUL in text:
            raise StoreError(f"{name} holds a NUL character, which cannot be stored")
    return {**texts, "level": new.level, "tags": list(new.tags)}
