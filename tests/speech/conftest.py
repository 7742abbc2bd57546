"""Speech synthesized with espeak-ng from known texts, at known rates, for the transcription tests."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SECTIONS = {
    "situation": "Last spring our checkout page failed for one in ten customers every Friday evening.",
    "task": "It was not my team's service, but I owned the fix because our customers were losing orders.",
    "action": (
        "I pulled a month of logs and traced the failures to a connection pool capped at twenty. "
        "I raised the cap, and I wrote a load test that reproduces the Friday peak before every release."
    ),
    "result": "Failed checkouts fell from ten percent to under one percent within two weeks.",
}


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is needed for the speech tests: run `make test`, which installs it"
    return path


def synthesize(text: str, path: Path, rate: int = 160) -> Path:
    """Speak a text into a 16 kHz mono WAV at `rate` words per minute (espeak-ng's own rate scale)."""
    raw = path.with_suffix(".raw.wav")
    subprocess.run([_tool("espeak-ng"), "-s", str(rate), "-w", str(raw), text], check=True)
    subprocess.run([_tool("sox"), "-V1", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(path)], check=True)
    raw.unlink()
    return path


def trimmed_seconds(path: Path) -> float:
    """How long the speech in a clip lasts, leading and trailing silence removed."""
    out = path.with_suffix(".trim.wav")
    effect = ["silence", "1", "0.02", "0.5%", "reverse", "silence", "1", "0.02", "0.5%", "reverse"]
    subprocess.run([_tool("sox"), str(path), str(out), *effect], check=True)
    seconds = float(subprocess.run(["soxi", "-D", str(out)], capture_output=True, text=True, check=True).stdout)
    out.unlink()
    return seconds


def concatenate(parts: list[Path], path: Path, gap: float = 0.6) -> Path:
    """Join clips with a short silence between them, as a speaker pauses between sections."""
    silence = path.with_suffix(".gap.wav")
    subprocess.run(
        [_tool("sox"), "-n", "-r", "16000", "-c", "1", "-b", "16", str(silence), "trim", "0", str(gap)], check=True
    )
    joined: list[str] = []
    for part in parts:
        joined += [str(part), str(silence)]
    subprocess.run([_tool("sox"), *joined[:-1], str(path)], check=True)
    silence.unlink()
    return path


@pytest.fixture(scope="session")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each STAR section spoken on its own, and the whole answer made of them."""
    folder = tmp_path_factory.mktemp("speech")
    parts = {name: synthesize(text, folder / f"{name}.wav") for name, text in SECTIONS.items()}
    parts["answer"] = concatenate(list(parts.values()), folder / "answer.wav")
    return parts
