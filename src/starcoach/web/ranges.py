"""Byte ranges of stored audio (RFC 9110 §14), so players can seek and phone browsers play at all.

Safari on iPhones and iPads asks for a recording in ranges and refuses one served only whole; every browser
seeks with them. One range is honoured; a header asking for several, or not understood, gets the whole body.
"""

from __future__ import annotations

import re

from starlette.responses import Response

_RANGE = re.compile(r"\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*", re.ASCII)


class Unsatisfiable(ValueError):
    """The range asked for starts past the end of the body."""


def requested_range(header: str | None, size: int) -> tuple[int, int] | None:
    """Return the (first, last) byte offsets, both inclusive, that a Range header asks of a body of `size` bytes.

    None means serve the whole body: no header, one the server may ignore (several ranges, another unit,
    a malformed one), or a range that covers it all anyway.
    """
    if not header:
        return None
    match = _RANGE.fullmatch(header)
    if match is None:
        return None
    first_text, last_text = match.groups()
    if not first_text:  # "-N": the last N bytes
        if not last_text:
            return None
        suffix = int(last_text)
        if suffix == 0:
            raise Unsatisfiable(header)
        first, last = max(size - suffix, 0), size - 1
    else:
        first = int(first_text)
        last = min(int(last_text), size - 1) if last_text else size - 1
        if last_text and int(last_text) < first:
            return None  # invalid, so ignored
        if first >= size:
            raise Unsatisfiable(header)
    if first == 0 and last == size - 1:
        return None
    return first, last


def ranged_response(body: bytes, media_type: str, range_header: str | None, headers: dict[str, str]) -> Response:
    """Serve `body` whole (200), in the one range asked for (206), or refuse a range past its end (416)."""
    headers = {**headers, "accept-ranges": "bytes"}
    try:
        wanted = requested_range(range_header, len(body))
    except Unsatisfiable:
        return Response(status_code=416, headers={**headers, "content-range": f"bytes */{len(body)}"})
    if wanted is None:
        return Response(body, media_type=media_type, headers=headers)
    first, last = wanted
    headers["content-range"] = f"bytes {first}-{last}/{len(body)}"
    return Response(body[first : last + 1], status_code=206, media_type=media_type, headers=headers)
