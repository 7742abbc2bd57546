"""What audio is accepted: known formats recognised by their first bytes, under a size and a duration limit."""

from __future__ import annotations

from pathlib import Path

# The largest recording accepted: ten minutes of compressed browser audio fit in a fraction of this,
# and ten minutes of 16 kHz mono WAV (19 MB) fit too.
MAX_AUDIO_BYTES = 25 * 1024 * 1024
# The longest recording transcribed: well over any answer's budget, short of a lecture.
MAX_AUDIO_SECONDS = 600
# Bytes read to recognise a format.
HEAD_BYTES = 64
# The media type a recording of each format is kept and played back as.
MEDIA_TYPES = {
    "wav": "audio/wav",
    "ogg": "audio/ogg",
    "webm": "audio/webm",
    "flac": "audio/flac",
    "mp4": "audio/mp4",
    "mp3": "audio/mpeg",
}


class SpeechError(ValueError):
    """Audio that cannot be turned into a transcript; the message says why and what to do."""


class SpeechUnavailable(SpeechError):
    """Speech support is not installed, or its model files are missing or altered."""


class AudioTooLarge(SpeechError):
    """A recording over the size or duration limit."""


class NotAudio(SpeechError):
    """Bytes that are not a recording in a format starcoach reads."""


class NoSpeech(SpeechError):
    """A recording with no words heard in it."""


def sniff(head: bytes) -> str:
    """Name the audio format of a file from its first bytes, or raise NotAudio."""
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:4] == b"OggS":
        return "ogg"
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "webm"
    if head[:4] == b"fLaC":
        return "flac"
    if head[4:8] == b"ftyp":
        return "mp4"
    if head[:3] == b"ID3" or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "mp3"
    raise NotAudio("this is not an audio recording starcoach reads (WAV, WebM, Ogg, MP4/M4A, MP3 or FLAC)")


def check_size(size: int) -> None:
    """Refuse a recording over the size limit before reading it."""
    if size > MAX_AUDIO_BYTES:
        raise AudioTooLarge(
            f"the recording is {size / 1_048_576:.1f} MiB; the limit is {MAX_AUDIO_BYTES // 1_048_576} MiB"
        )


def check_file(path: Path) -> str:
    """Check a recording on disk by its size and first bytes; return its format."""
    if not path.is_file():
        raise SpeechError(f"no such audio file: {path}")
    check_size(path.stat().st_size)
    with path.open("rb") as handle:
        return sniff(handle.read(HEAD_BYTES))


def media_type_of(path: Path) -> str:
    """Check a recording on disk and return the media type it is kept and played back as."""
    return MEDIA_TYPES[check_file(path)]
