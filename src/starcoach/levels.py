"""Candidate levels, STAR sections and their default speaking targets: shared vocabulary of the core."""

from __future__ import annotations

from typing import Literal, get_args

Level = Literal["sde1", "sde2", "senior", "principal"]
LEVELS: tuple[str, ...] = get_args(Level)

LEVEL_NAMES: dict[str, str] = {
    "sde1": "SDE1",
    "sde2": "SDE2",
    "senior": "Senior",
    "principal": "Principal",
}

StarSection = Literal["situation", "task", "action", "result"]
STAR_SECTIONS: tuple[str, ...] = get_args(StarSection)

# Default speaking targets in seconds (SPEC §2): Action carries the answer, so it gets the most time.
SECTION_TARGET_SECONDS: dict[str, int] = {
    "situation": 30,
    "task": 20,
    "action": 90,
    "result": 20,
    "reflection": 15,
    "followup": 40,
}

# Whole-answer budget per level, in seconds (low, high): the bar rises with the level.
ANSWER_BUDGET_SECONDS: dict[str, tuple[int, int]] = {
    "sde1": (100, 130),
    "sde2": (120, 150),
    "senior": (150, 180),
    "principal": (165, 195),
}
