"""Spoken answers: audio checked by its bytes, transcribed offline, and timed word by word."""

from starcoach.speech.audio import (
    MAX_AUDIO_BYTES,
    MAX_AUDIO_SECONDS,
    AudioTooLarge,
    NoSpeech,
    NotAudio,
    SpeechError,
    SpeechUnavailable,
    sniff,
)
from starcoach.speech.whisper import TranscribedWord, Transcript, speech_available, spoken_from_words, transcribe

__all__ = [
    "MAX_AUDIO_BYTES",
    "MAX_AUDIO_SECONDS",
    "AudioTooLarge",
    "NoSpeech",
    "NotAudio",
    "SpeechError",
    "SpeechUnavailable",
    "Transcript",
    "TranscribedWord",
    "sniff",
    "speech_available",
    "spoken_from_words",
    "transcribe",
]
