"""`POST /api/transcribe`: a recording from the page, transcribed on this machine and never sent anywhere."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from starlette.concurrency import run_in_threadpool

from starcoach.analysis import AnalysisError, analyze
from starcoach.speech import AudioTooLarge, NoSpeech, NotAudio, SpeechError, SpeechUnavailable, sniff, transcribe
from starcoach.speech.audio import HEAD_BYTES, MAX_AUDIO_BYTES

router = APIRouter(prefix="/api", tags=["speech"])
TRANSCRIBE_PATH = "/api/transcribe"


@router.post(TRANSCRIBE_PATH.removeprefix("/api"))
async def transcribe_recording(request: Request, section: str = "answer") -> dict[str, Any]:
    """Transcribe the recording in the request body (WAV, WebM, Ogg, MP4, MP3 or FLAC).

    Returns the text, each word with its times, and the delivery measured from them (time, pace, long pauses,
    fillers). 413 over the size or duration limit, 415 for bytes that are not audio, 422 when no speech is
    heard, 503 when speech support is not installed.
    """
    with tempfile.TemporaryDirectory(prefix="starcoach-audio-") as folder:
        path = Path(folder) / "recording"
        size = 0
        with path.open("wb") as out:
            async for chunk in request.stream():
                size += len(chunk)
                if size > MAX_AUDIO_BYTES:
                    raise HTTPException(413, f"the recording is over the {MAX_AUDIO_BYTES // 1_048_576} MiB limit")
                out.write(chunk)
        if size == 0:
            raise HTTPException(422, "the recording is empty")
        with path.open("rb") as handle:
            try:
                sniff(handle.read(HEAD_BYTES))
            except NotAudio as error:
                raise HTTPException(415, str(error)) from None
        try:
            heard = await run_in_threadpool(transcribe, path)
        except AudioTooLarge as error:
            raise HTTPException(413, str(error)) from None
        except NoSpeech as error:
            raise HTTPException(422, str(error)) from None
        except SpeechUnavailable as error:
            raise HTTPException(503, str(error)) from None
        except SpeechError as error:
            raise HTTPException(422, str(error)) from None
    try:
        report = analyze(heard.text, section=section, spoken=heard.spoken())
    except AnalysisError as error:
        raise HTTPException(422, str(error)) from None
    return {**heard.to_dict(), "delivery": report.delivery}
