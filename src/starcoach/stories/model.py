"""A story as the candidate writes it once and reuses: title, STAR parts, reflection, role, level, tags."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from starcoach.levels import Level

# Limits that keep a story a story: long enough to judge, short enough to say in an interview.
MAX_PART_CHARS = 5_000
MAX_TITLE_CHARS = 120
MAX_TAGS = 12

Part = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_PART_CHARS)]
STORY_PARTS: tuple[str, ...] = ("situation", "task", "action", "result", "reflection")


class StoryIn(BaseModel):
    """What the candidate writes; every message of a validation error says which field and why."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TITLE_CHARS)]
    situation: Part = ""
    task: Part = ""
    action: Part = ""
    result: Part = ""
    reflection: Part = ""
    role: Annotated[str, StringConstraints(max_length=80)] = ""
    level: Level = "sde2"
    tags: list[Annotated[str, StringConstraints(min_length=1, max_length=40)]] = Field(default_factory=list)

    @field_validator("tags", mode="before")
    @classmethod
    def _lower_case_tags(cls, tags: object) -> object:
        """Lower-case tags before their length is checked: some letters grow when lower-cased ("İ")."""
        return (
            [tag.strip().lower() if isinstance(tag, str) else tag for tag in tags] if isinstance(tags, list) else tags
        )

    @field_validator("tags")
    @classmethod
    def _few_distinct_tags(cls, tags: list[str]) -> list[str]:
        distinct = list(dict.fromkeys(tags))
        if len(distinct) > MAX_TAGS:
            raise ValueError(f"at most {MAX_TAGS} tags")
        return distinct

    @model_validator(mode="after")
    def _has_a_story(self) -> StoryIn:
        if not self.action:
            raise ValueError("a story needs its Action: what you did")
        if not (self.situation or self.task):
            raise ValueError("a story needs its Situation or Task: the context")
        return self

    def answer(self) -> str:
        """Return the story told as one answer, its parts in STAR order."""
        return "\n\n".join(getattr(self, part) for part in STORY_PARTS if getattr(self, part))


class Story(StoryIn):
    """A saved story."""

    id: int
    created_at: datetime
    updated_at: datetime
