"""Settings come from the environment and are documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from starcoach.settings import Settings, documented_settings

README = Path(__file__).parent.parent / "README.md"


def test_environment_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PORT", "9123")
    monkeypatch.setenv("STARCOACH_HOME", str(tmp_path / "elsewhere"))
    settings = Settings()
    assert settings.port == 9123
    assert settings.home == tmp_path / "elsewhere"
    assert settings.host == "127.0.0.1"


def test_a_bad_port_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORT", "99999")
    with pytest.raises(ValueError, match="(?i)port"):
        Settings()


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    for name, help_text in documented_settings().items():
        assert help_text, name
        variable = "PORT" if name == "port" else f"STARCOACH_{name.upper()}"
        assert f"`{variable}`" in readme, variable
