"""`POST /api/transcribe`: a recording from the page, transcribed on this machine and never sent anywhere."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from starlette.concurrency import run_in_threadpool

from starcoach.analysis import AnalysisError, analyze
from starcoach.speech import AudioTooLarge, NoSpeech, NotAudio, SpeechError, SpeechUnavailable, transcribe
from starcoach.speech.audio import check_size, media_type_of
from starcoach.web.deps import store_of

router = APIRouter(prefix="/api", tags=["speech"])
TRANSCRIBE_PATH = "/api/transcribe"
# The HTTP status of each way a recording can fail; any other speech error is a 422.
ERROR_STATUS: tuple[tuple[type[SpeechError], int], ...] = (
    (AudioTooLarge, 413),
    (NotAudio, 415),
    (NoSpeech, 422),
    (SpeechUnavailable, 503),
)


@router.post(TRANSCRIBE_PATH.removeprefix("/api"))
async def transcribe_recording(request: Request, section: str = "answer", keep: bool = True) -> dict[str, Any]:
    """Transcribe the recording in the request body (WAV, WebM, Ogg, MP4, MP3 or FLAC).

    Returns the text, each word with its times, and the delivery measured from them (time, pace, long pauses,
    fillers). With `keep` (the default) the recording is held in the store and `recording` is its token: send
    it with the attempt to keep the recording with it; one no attempt claims within 24 hours is deleted.
    413 over the size or duration limit, 415 for bytes that are not audio, 422 when no speech is heard, 503
    when speech support is not installed.
    """
    with tempfile.TemporaryDirectory(prefix="starcoach-audio-") as folder:
        path = Path(folder) / "recording"
        size = 0
        try:
            with path.open("wb") as out:
                async for chunk in request.stream():
                    size += len(chunk)
                    check_size(size)
                    out.write(chunk)
            if size == 0:
                raise HTTPException(422, "the recording is empty")
            heard = await run_in_threadpool(transcribe, path)
        except SpeechError as error:
            status = next((code for kind, code in ERROR_STATUS if isinstance(error, kind)), 422)
            raise HTTPException(status, str(error)) from None
        try:
            report = analyze(heard.text, section=section, spoken=heard.spoken())
        except AnalysisError as error:
            raise HTTPException(422, str(error)) from None
        token = None
        if keep:
            token = await run_in_threadpool(store_of(request).hold_recording, path.read_bytes(), media_type_of(path))
    return {**heard.to_dict(), "delivery": report.delivery, "recording": token}
