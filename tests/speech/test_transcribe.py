"""Transcription of synthesized speech: word error rate, section times, pace, and refusal of bad audio."""

from __future__ import annotations

import json
import re
import struct
import wave
from pathlib import Path

import pytest
from typer.testing import CliRunner

from starcoach.analysis import analyze
from starcoach.cli import app
from starcoach.speech import AudioTooLarge, NoSpeech, NotAudio, SpeechUnavailable, sniff, transcribe
from starcoach.speech import audio as audio_limits
from starcoach.speech import whisper as transcriber
from tests.speech.conftest import SECTIONS, synthesize, trimmed_seconds

NUMBERS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}
NUMBERS["twenty"] = "20"


def normalize(text: str) -> list[str]:
    """Words for scoring a transcript: lower case, digits for number words, no punctuation or hyphens."""
    text = text.lower().replace("%", " percent").replace("-", " ")
    words = re.findall(r"[a-z0-9']+", text)
    return [NUMBERS.get(w, w) for w in words]


def word_error_rate(reference: str, hypothesis: str) -> float:
    ref, hyp = normalize(reference), normalize(hypothesis)
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        previous, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (r != h))
    return row[-1] / len(ref)


def test_word_error_rate_of_the_helper() -> None:
    assert word_error_rate("fell from ten percent", "fell from 10%") == 0
    assert word_error_rate("a b c d", "a x c") == pytest.approx(0.5)


def test_transcripts_of_known_speech_are_close(clips: dict[str, Path]) -> None:
    reference = " ".join(SECTIONS.values())
    heard = transcribe(clips["answer"])
    assert word_error_rate(reference, heard.text) <= 0.25
    assert [w.start for w in heard.words] == sorted(w.start for w in heard.words)
    assert heard.duration == pytest.approx(sum(trimmed_seconds(clips[n]) for n in SECTIONS), abs=4.0)


def test_each_section_is_timed_from_the_words(clips: dict[str, Path]) -> None:
    """Each spoken section's time, read from the word timestamps, is within a second of the clip's."""
    heard = transcribe(clips["answer"])
    spoken = heard.spoken()
    offset = 0.0
    for name in SECTIONS:
        known = trimmed_seconds(clips[name])
        clip_length = float(wave.open(str(clips[name])).getnframes()) / 16_000
        inside = [w for w in spoken.words if offset - 0.2 <= w.t0 < offset + clip_length]
        measured = spoken.seconds_in([(inside[0].start, inside[-1].end)])
        assert measured == pytest.approx(known, abs=1.0), name
        offset += clip_length + 0.6


def test_the_analyzers_sections_take_the_real_time(clips: dict[str, Path]) -> None:
    heard = transcribe(clips["answer"])
    report = analyze(heard.text, lp="ownership", spoken=heard.spoken())
    assert report.delivery["seconds"] == pytest.approx(heard.words[-1].end - heard.words[0].start, abs=0.1)
    assert report.speaking_seconds < 40  # about 28 s spoken, where 75 words at the default pace would be 30
    timed = sum(part.speaking_seconds for part in report.sections)
    # The sections cover the answer; only the pauses between them are left out.
    assert timed == pytest.approx(report.speaking_seconds, abs=0.6 * len(SECTIONS) + 0.5)
    assert all(part.words_per_minute for part in report.sections)


@pytest.mark.parametrize("rate", [110, 160, 220])
def test_pace_follows_the_speakers_rate(rate: int, tmp_path: Path) -> None:
    text = SECTIONS["action"] + " " + SECTIONS["result"]
    clip = synthesize(text, tmp_path / "paced.wav", rate)
    known = len(normalize(text)) * 60 / trimmed_seconds(clip)
    heard = transcribe(clip)
    report = analyze(heard.text, section="action", spoken=heard.spoken())
    assert report.delivery["words_per_minute"] == pytest.approx(known, rel=0.12)
    codes = {f.code for f in report.findings}
    assert ("pace" in codes) == (known > 170 * 1.05 or known < 120 * 0.95)


def _silence(path: Path, seconds: float) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(struct.pack("<h", 0) * int(16_000 * seconds))
    return path


def test_silence_is_no_speech_not_a_verdict(tmp_path: Path) -> None:
    with pytest.raises(NoSpeech, match="no speech heard"):
        transcribe(_silence(tmp_path / "quiet.wav", 4))
    result = CliRunner().invoke(app, ["analyze", "--audio", str(tmp_path / "quiet.wav")])
    assert result.exit_code == 1
    assert "no speech heard" in result.output
    assert "Hire" not in result.output


def test_bytes_that_are_not_audio_are_refused(tmp_path: Path) -> None:
    fake = tmp_path / "answer.wav"
    fake.write_bytes(b"%PDF-1.7 this is a document, not a recording" * 10)
    with pytest.raises(NotAudio):
        transcribe(fake)
    for head, kind in [(b"RIFF\0\0\0\0WAVEfmt ", "wav"), (b"\x1a\x45\xdf\xa3\x01", "webm"), (b"OggS\0", "ogg")]:
        assert sniff(head) == kind
    with pytest.raises(NotAudio):
        sniff(b"RIFF\0\0\0\0AVI LIST")


def test_oversize_audio_is_refused_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = _silence(tmp_path / "big.wav", 2)
    monkeypatch.setattr(audio_limits, "MAX_AUDIO_BYTES", 1000)
    read: list[Path] = []
    monkeypatch.setattr(transcriber, "decode", lambda path: read.append(path))
    with pytest.raises(AudioTooLarge, match="limit"):
        transcribe(big)
    assert read == []


def test_overlong_audio_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clip = _silence(tmp_path / "long.wav", 3)
    monkeypatch.setattr(transcriber, "MAX_AUDIO_SECONDS", 1)
    with pytest.raises(AudioTooLarge, match="minutes"):
        transcriber.decode(clip)


def test_an_altered_or_missing_model_is_refused(tmp_path: Path) -> None:
    folder = transcriber.model_path()
    copy = tmp_path / "model"
    copy.mkdir()
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        (copy / name).write_bytes((folder / name).read_bytes())
    with pytest.raises(SpeechUnavailable, match=r"model\.bin is missing"):
        transcriber.verify_model(copy)
    (copy / "config.json").write_bytes((folder / "config.json").read_bytes() + b" ")
    with pytest.raises(SpeechUnavailable, match="checksum"):
        transcriber.verify_model(copy)


def test_without_speech_support_the_message_is_clear(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transcriber, "speech_available", lambda: False)
    with pytest.raises(SpeechUnavailable, match="typed answers still work"):
        transcriber.model_path()


def test_transcribe_command_prints_words_sections_and_pace(clips: dict[str, Path]) -> None:
    result = CliRunner().invoke(app, ["transcribe", str(clips["answer"]), "--principle", "ownership", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert word_error_rate(" ".join(SECTIONS.values()), data["text"]) <= 0.25
    assert data["words"][0]["start"] < data["words"][-1]["end"]
    assert {s["section"] for s in data["sections"]} <= {"situation", "task", "action", "result", "reflection"}
    speech = sum(trimmed_seconds(clips[name]) for name in SECTIONS)
    known = len(normalize(" ".join(SECTIONS.values()))) * 60 / speech
    # The measured time includes the pauses between sections, so the measured pace is a little lower.
    assert known * 0.8 <= data["delivery"]["words_per_minute"] <= known * 1.1
    plain = CliRunner().invoke(app, ["analyze", "--audio", str(clips["answer"]), "--principle", "ownership"])
    assert plain.exit_code == 0, plain.output
    assert "words a minute" in plain.output and "s spoken of a" in plain.output
