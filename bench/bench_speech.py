"""Print the speech figures: model load, real-time factor, a 60-second answer from upload to report, peak memory.

The answer is synthesized with espeak-ng (about 60 s of speech), uploaded to the app in-process, transcribed,
and judged as a whole answer. Peak memory is the benchmark process's, which holds the app and the model.
Usage: python bench/bench_speech.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from starcoach.settings import Settings
from starcoach.web.app import create_app

SECTIONS = [
    "Last spring our checkout page failed for one in ten customers every Friday evening, during our busiest hour.",
    "It was not my team's service, but I owned the fix, because our customers were the ones losing their orders.",
    "I pulled a month of logs and traced the failures to a connection pool capped at twenty connections. "
    "I raised the cap, and I wrote a load test that reproduces the Friday peak before every release. "
    "Then I rolled the change out one region at a time, watching the error rate after each step.",
    "Failed checkouts fell from ten percent to under one percent within two weeks, about forty thousand dollars a "
    "week in orders we had been losing.",
    "What I learned is that a shared service with no owner fails quietly, so I now ask who owns each dependency "
    "before we rely on it, and the platform team adopted the load test as their standard.",
]


def synthesize(folder: Path) -> Path:
    text = " ".join(SECTIONS)
    raw, clip = folder / "raw.wav", folder / "answer.wav"
    subprocess.run(["espeak-ng", "-s", "135", "-w", str(raw), text], check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(clip)], check=True)
    return clip


def accuracy(folder: Path, answers: int = 8) -> None:
    """Transcribe the model answers of several walkthroughs, spoken section by section with a pause between.

    Word error rate against the written text; each section's time read from the word timestamps against the
    synthesized section's speech (silence trimmed); words per minute against the rate of the clip.
    """
    sys.path.insert(0, str(Path(__file__).parent.parent))
    from tests.speech.conftest import concatenate, synthesize, trimmed_seconds
    from tests.speech.test_transcribe import normalize, word_error_rate

    from starcoach.content import library
    from starcoach.speech import transcribe

    walkthroughs = list(library().walkthroughs.values())[:: max(1, len(library().walkthroughs) // answers)][:answers]
    errors, timing, pace = [], [], []
    for number, walkthrough in enumerate(walkthroughs):
        texts = {n: getattr(walkthrough.sections, n).example for n in ("situation", "task", "action", "result")}
        clips = [synthesize(text, folder / f"w{number}-{name}.wav", 150) for name, text in texts.items()]
        whole = concatenate(clips, folder / f"w{number}.wav")
        heard = transcribe(whole)
        errors.append(word_error_rate(" ".join(texts.values()), heard.text))
        spoken, offset = heard.spoken(), 0.0
        for clip in clips:
            length = float(subprocess.run(["soxi", "-D", str(clip)], capture_output=True, text=True).stdout)
            inside = [w for w in spoken.words if offset - 0.2 <= w.t0 < offset + length]
            if inside:
                timing.append(abs(spoken.seconds_in([(inside[0].start, inside[-1].end)]) - trimmed_seconds(clip)))
            offset += length + 0.6
        speech = sum(trimmed_seconds(c) for c in clips)
        known = sum(len(normalize(t)) for t in texts.values()) * 60 / speech
        measured = len(heard.text.split()) * 60 / spoken.seconds
        pace.append(abs(measured - known) / known)
    print(f"{len(walkthroughs)} walkthrough answers synthesized at 150 wpm ({len(timing)} sections):")
    print(f"  word error rate: mean {statistics.mean(errors):.3f}, worst {max(errors):.3f}")
    print(f"  section time error: mean {statistics.mean(timing):.2f} s, worst {max(timing):.2f} s")
    print(f"  words-per-minute error: mean {statistics.mean(pace):.1%}, worst {max(pace):.1%}")


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    clip = synthesize(folder)
    seconds = float(subprocess.run(["soxi", "-D", str(clip)], capture_output=True, text=True, check=True).stdout)
    from starcoach.speech import transcribe
    from starcoach.speech.whisper import load

    start = time.perf_counter()
    load()
    print(f"model load (with sha256 check): {time.perf_counter() - start:.2f} s")
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        transcribe(clip)
        runs.append(time.perf_counter() - start)
    best = min(runs)
    print(f"audio: {seconds:.1f} s; transcription {best:.2f} s; real-time factor {best / seconds:.3f} (budget 0.15)")
    settings = Settings(home=folder / "home", allowed_hosts=["testserver"])
    with TestClient(create_app(settings)) as client:
        client.headers["X-CSRF-Token"] = client.get("/api/session").json()["csrf_token"]
        timings = []
        for _ in range(3):
            start = time.perf_counter()
            heard = client.post("/api/transcribe", content=clip.read_bytes(), headers={"content-type": "audio/wav"})
            heard.raise_for_status()
            words = heard.json()
            judged = client.post(
                "/api/analyze", json={"text": words["text"], "principle": "ownership", "section": "answer"}
            )
            judged.raise_for_status()
            timings.append(time.perf_counter() - start)
    print(
        f"{seconds:.0f}-second answer, upload to report: {min(timings):.2f} s best, {max(timings):.2f} s worst "
        "(budget 10 s)"
    )
    print(f"peak memory of the server with speech loaded: {server_peak(clip, folder):.0f} MiB (budget 500 MiB)")
    accuracy(folder)


def server_peak(clip: Path, folder: Path) -> float:
    """Run `starcoach serve` as users do, send it the answer three times, and read its peak resident memory."""
    import os
    import socket
    import sys

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "STARCOACH_HOME": str(folder / "served")}
    command = [str(Path(sys.executable).with_name("starcoach")), "serve", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                session = httpx.get(f"{base}/api/session")
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        token = session.json()["csrf_token"]
        with httpx.Client(base_url=base, cookies=session.cookies, headers={"X-CSRF-Token": token}) as client:
            for _ in range(3):
                client.post("/api/transcribe", content=clip.read_bytes(), timeout=60).raise_for_status()
        status = Path(f"/proc/{server.pid}/status").read_text()
        return int(next(line for line in status.splitlines() if line.startswith("VmHWM")).split()[1]) / 1024
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
