"""Safety of a local server that writes: host check, CSRF tokens, security headers, a body size limit."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from starcoach.settings import Settings

CSRF_COOKIE = "starcoach_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# No inline script may run: every script is a file under /static; styles likewise.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "permissions-policy": "camera=(), geolocation=(), microphone=(self)",
}


def allowed_hosts(settings: Settings) -> set[str]:
    """Return the host names the app answers to: loopback names, its bind address, and configured hosts."""
    return {"localhost", "127.0.0.1", "::1", "[::1]", settings.host, *settings.allowed_hosts}


def host_name(header: str) -> str:
    """Return the host of a Host header without its port ("[::1]:8000" gives "[::1]")."""
    if header.startswith("["):
        return header.split("]", 1)[0] + "]"
    return header.rsplit(":", 1)[0]


def csrf_token(request: Request) -> str:
    """Return this browser's CSRF token (set as a cookie by the middleware on first visit)."""
    token: str = request.state.csrf_token
    return token


class SecurityMiddleware:
    """Refuse foreign Host headers, oversized bodies and state changes without a CSRF token; add headers."""

    def __init__(self, app: ASGIApp, settings: Settings, body_limits: Mapping[str, int] | None = None) -> None:
        self.app = app
        self.hosts = allowed_hosts(settings)
        self.max_body = settings.max_body_bytes
        # Paths whose bodies have their own limit instead (recordings are larger than any form).
        self.max_body_for = dict(body_limits or {})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        if host_name(request.headers.get("host", "")) not in self.hosts:
            await _with_headers(PlainTextResponse("Unknown host", status_code=400))(scope, receive, send)
            return
        max_body = self.max_body_for.get(scope["path"], self.max_body)
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > max_body:
            await _with_headers(_too_large(request, max_body))(scope, receive, send)
            return
        cookie = request.cookies.get(CSRF_COOKIE)
        token = cookie if cookie and len(cookie) >= 32 else secrets.token_urlsafe(32)
        scope.setdefault("state", {})["csrf_token"] = token
        answered = False  # set once a 413 has gone out for a body that grew too large mid-stream

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.setdefault("headers", [])
                for name, value in SECURITY_HEADERS.items():
                    headers.append((name.encode(), value.encode()))
                if token != cookie:
                    cookie_value = f"{CSRF_COOKIE}={token}; Path=/; SameSite=Strict; HttpOnly"
                    headers.append((b"set-cookie", cookie_value.encode()))
            await send(message)

        async def guarded_send(message: Message) -> None:
            if not answered:
                await send_with_headers(message)

        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen, answered
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > max_body and not answered:
                    await _too_large(request, max_body)(scope, receive, send_with_headers)
                    answered = True  # whatever the app does with the cut-off body is not sent
                    raise BodyTooLarge
            return message

        try:
            if request.method not in SAFE_METHODS and not await _csrf_ok(request, scope, limited_receive, cookie):
                await _forbidden(request)(scope, receive, guarded_send)
                return
            await self.app(scope, scope.pop("_replay", limited_receive), guarded_send)
        except BodyTooLarge:
            return


class BodyTooLarge(Exception):
    """The request body grew past the limit while it was being read."""


async def _csrf_ok(request: Request, scope: MutableMapping[str, Any], receive: Receive, cookie: str | None) -> bool:
    """Accept a state change only when the token in the header or the form matches this browser's cookie."""
    if not cookie:
        return False
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        body = b""
        messages = []
        while True:
            message = await receive()
            messages.append(message)
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        sent = _form_value(body, request.headers.get("content-type", ""), CSRF_FIELD)

        async def replay() -> Message:
            return messages.pop(0) if messages else {"type": "http.request", "body": b"", "more_body": False}

        scope["_replay"] = replay
    return sent is not None and sent != "" and hmac.compare_digest(sent, cookie)


def _form_value(body: bytes, content_type: str, name: str) -> str | None:
    from urllib.parse import parse_qs

    if content_type.startswith("application/x-www-form-urlencoded"):
        values = parse_qs(body.decode("latin-1"), keep_blank_values=True).get(name)
        return values[0] if values else None
    marker = f'name="{name}"'.encode()
    index = body.find(marker)
    if index < 0:
        return None
    start = body.find(b"\r\n\r\n", index) + 4
    end = body.find(b"\r\n", start)
    return body[start:end].decode("latin-1") if start >= 4 and end > start else None


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _forbidden(request: Request) -> Response:
    message = "This form has expired or did not come from starcoach. Reload the page and try again."
    if _wants_json(request):
        return JSONResponse({"detail": "missing or wrong CSRF token; GET /api/session for one"}, status_code=403)
    return PlainTextResponse(message, status_code=403)


def _too_large(request: Request, limit: int) -> Response:
    message = f"The request is larger than {limit:,} bytes."
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=413)
    return PlainTextResponse(message, status_code=413)


def _with_headers(response: Response) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    for name, value in SECURITY_HEADERS.items():
        response.headers[name] = value
    return response
