"""The export document as a download, written to a temporary file first so recordings never all sit in memory."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator

from starlette.background import BackgroundTask
from starlette.responses import StreamingResponse

from starcoach.store import Store

# Small exports stay in memory; larger ones spill to a temporary file that is gone once sent.
IN_MEMORY_BYTES = 8 * 1_048_576
CHUNK_BYTES = 1_048_576


def export_response(store: Store, headers: dict[str, str] | None = None) -> StreamingResponse:
    """Stream the store's export document as JSON."""
    spool = tempfile.SpooledTemporaryFile(max_size=IN_MEMORY_BYTES)  # noqa: SIM115 - closed after sending
    try:
        text = io.TextIOWrapper(spool, encoding="utf-8", newline="\n")
        store.write_export(text)
        text.flush()
        text.detach()  # the spool stays open for sending
        spool.seek(0)
    except BaseException:
        spool.close()
        raise
    return StreamingResponse(
        _chunks(spool), media_type="application/json", headers=headers, background=BackgroundTask(spool.close)
    )


def _chunks(spool: tempfile.SpooledTemporaryFile[bytes]) -> Iterator[bytes]:
    while chunk := spool.read(CHUNK_BYTES):
        yield chunk
