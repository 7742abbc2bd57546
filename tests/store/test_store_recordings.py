"""Recordings: held from upload until their attempt claims them, kept and deleted with it, purged when never claimed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from tests.store.conftest import TickingClock

from starcoach.speech.audio import MAX_AUDIO_BYTES
from starcoach.store import NewAttempt, Recording, RecordingInfo, Store, StoreError
from starcoach.store.recordings import HOLD_HOURS
from starcoach.store.schema import RecordingRow

MakeAttempt = Callable[..., NewAttempt]
# The store keeps the bytes it is given; it does not need them to sound like anything.
OGG = b"OggS" + bytes(range(256)) * 4
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x01\x02" * 300


def held_count(store: Store) -> int:
    with store.engine.connect() as connection:
        query = select(func.count()).select_from(RecordingRow).where(RecordingRow.attempt_id.is_(None))
        return int(connection.execute(query).scalar_one())


def test_a_held_recording_is_kept_with_the_attempt_that_claims_it(store: Store, make_attempt: MakeAttempt) -> None:
    situation = store.hold_recording(OGG, "audio/ogg")
    action = store.hold_recording(WAV, "audio/wav")

    saved = store.save_attempt(make_attempt(), held={"situation": situation, "action": action})

    assert saved.recordings == (
        RecordingInfo(part="situation", media_type="audio/ogg", size_bytes=len(OGG)),
        RecordingInfo(part="action", media_type="audio/wav", size_bytes=len(WAV)),
    )
    assert store.get_attempt(saved.id) == saved
    assert store.get_recording(saved.id, "situation") == Recording(part="situation", media_type="audio/ogg", audio=OGG)
    assert store.get_recording(saved.id, "action") == Recording(part="action", media_type="audio/wav", audio=WAV)
    assert store.get_recording(saved.id, "result") is None
    assert held_count(store) == 0


def test_a_token_claims_once_and_an_unknown_token_is_passed_over(store: Store, make_attempt: MakeAttempt) -> None:
    token = store.hold_recording(OGG, "audio/ogg")
    first = store.save_attempt(make_attempt(), held={"answer": token})

    second = store.save_attempt(make_attempt(), held={"answer": token, "followup-0": "no-such-token"})

    assert [r.part for r in first.recordings] == ["answer"]
    assert second.recordings == ()
    assert store.get_recording(second.id, "answer") is None


def test_recordings_given_with_the_attempt_are_kept_too(store: Store, make_attempt: MakeAttempt) -> None:
    saved = store.save_attempt(make_attempt(recordings=(Recording(part="answer", media_type="audio/wav", audio=WAV),)))

    assert saved.recording("answer") == RecordingInfo(part="answer", media_type="audio/wav", size_bytes=len(WAV))
    assert saved.recording("followup-0") is None
    recording = store.get_recording(saved.id, "answer")
    assert recording is not None and recording.audio == WAV


def test_deleting_the_attempt_deletes_its_recordings(store: Store, make_attempt: MakeAttempt) -> None:
    kept = store.save_attempt(make_attempt(), held={"answer": store.hold_recording(OGG, "audio/ogg")})
    other = store.save_attempt(make_attempt(), held={"answer": store.hold_recording(WAV, "audio/wav")})

    assert store.delete_attempt(kept.id)

    assert store.get_recording(kept.id, "answer") is None
    assert store.get_recording(other.id, "answer") is not None
    with store.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(RecordingRow)).scalar_one() == 1


def test_wipe_deletes_kept_and_held_recordings(store: Store, make_attempt: MakeAttempt) -> None:
    store.save_attempt(make_attempt(), held={"answer": store.hold_recording(OGG, "audio/ogg")})
    store.hold_recording(WAV, "audio/wav")

    store.wipe_all()

    with store.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(RecordingRow)).scalar_one() == 0


def test_a_recording_never_claimed_is_purged_after_the_hold_time(
    store: Store, clock: TickingClock, make_attempt: MakeAttempt
) -> None:
    stale = store.hold_recording(OGG, "audio/ogg")
    clock.now += timedelta(hours=HOLD_HOURS - 1)
    fresh = store.hold_recording(WAV, "audio/wav")
    assert held_count(store) == 2

    clock.now += timedelta(hours=2)
    assert store.purge_held_recordings() == 1

    saved = store.save_attempt(make_attempt(), held={"situation": stale, "task": fresh})
    assert [r.part for r in saved.recordings] == ["task"]


def test_holding_a_new_recording_purges_the_stale_ones(store: Store, clock: TickingClock) -> None:
    store.hold_recording(OGG, "audio/ogg")
    clock.now += timedelta(hours=HOLD_HOURS + 1)

    store.hold_recording(WAV, "audio/wav")

    assert held_count(store) == 1


@pytest.mark.parametrize(
    ("media_type", "audio", "message"),
    [
        ("text/html", OGG, "not an audio type"),
        ("audio/ogg", b"", "1 to"),
        ("audio/ogg", b"\x00" * (MAX_AUDIO_BYTES + 1), "1 to"),
    ],
    ids=["not-audio-type", "empty", "too-large"],
)
def test_a_recording_that_is_not_one_is_refused(store: Store, media_type: str, audio: bytes, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        store.hold_recording(audio, media_type)
    assert held_count(store) == 0


def test_an_unknown_part_is_refused_and_nothing_is_saved(store: Store, make_attempt: MakeAttempt) -> None:
    token = store.hold_recording(OGG, "audio/ogg")

    with pytest.raises(StoreError, match="unknown recording part 'epilogue'"):
        store.save_attempt(make_attempt(), held={"epilogue": token})
    with pytest.raises(StoreError, match="unknown recording part"):
        Recording(part="followup-x", media_type="audio/ogg", audio=OGG)

    assert store.list_attempts() == []
    assert held_count(store) == 1


def test_an_attempt_holds_one_recording_per_part(make_attempt: MakeAttempt) -> None:
    twice = tuple(Recording(part="answer", media_type="audio/ogg", audio=OGG) for _ in range(2))
    with pytest.raises(StoreError, match="one recording per part"):
        make_attempt(recordings=twice)
