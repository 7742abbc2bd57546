"""Every setting of starcoach in one typed registry, read from STARCOACH_* environment variables."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

APP_NAME = "starcoach"


def default_home() -> Path:
    """Return the platform's user-data folder for starcoach (e.g. ~/.local/share/starcoach)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class Settings(BaseSettings):
    """Settings with their defaults and help; validated when the app starts."""

    model_config = SettingsConfigDict(env_prefix="STARCOACH_", extra="ignore", populate_by_name=True)

    home: Path = Field(
        default_factory=default_home,
        description="Folder for the candidate's data (database, recordings). Env: STARCOACH_HOME.",
    )
    host: str = Field(default="127.0.0.1", description="Address the web app binds to. Env: STARCOACH_HOST.")
    port: int = Field(
        default=8000,
        ge=1,
        le=65535,
        validation_alias="PORT",
        description="Port the web app listens on. Env: PORT.",
    )
    words_per_minute: int = Field(
        default=150,
        ge=60,
        le=300,
        description="Speaking pace used to estimate spoken time from words. Env: STARCOACH_WORDS_PER_MINUTE.",
    )

    allowed_hosts: list[str] = Field(
        default_factory=list,
        description="Host names the web app answers to besides localhost and its bind address (for a hosted "
        "deployment). Env: STARCOACH_ALLOWED_HOSTS as a JSON list.",
    )
    max_body_bytes: int = Field(
        default=262_144,
        ge=1024,
        description="Largest request body the web app reads, in bytes; larger ones get 413. "
        "Env: STARCOACH_MAX_BODY_BYTES.",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL of the database; empty means SQLite in the data folder. "
        "Env: STARCOACH_DATABASE_URL (e.g. postgresql+psycopg://user:pass@host/db).",
    )

    @field_validator("home")
    @classmethod
    def _expand_home(cls, home: Path) -> Path:
        return home.expanduser()


def sqlite_path(settings: Settings) -> Path:
    """Return where the default SQLite database lives inside the data folder."""
    return settings.home / "starcoach.db"


def documented_settings() -> dict[str, str]:
    """Return each setting's name with its help text, for the docs and `--help`."""
    return {name: field.description or "" for name, field in Settings.model_fields.items()}
