"""The application factory: one FastAPI app serving the pages, their JSON twins and the static files."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from starcoach import __version__
from starcoach.content import Library
from starcoach.content import library as shipped_library
from starcoach.settings import Settings
from starcoach.speech.audio import MAX_AUDIO_BYTES
from starcoach.study.catalog import NotFound
from starcoach.web import api, api_modes, api_speech, api_stories, pages, pages_modes, pages_stories
from starcoach.web.security import SecurityMiddleware
from starcoach.web.templating import templates

STATIC_DIR = Path(__file__).parent / "static"


def create_app(settings: Settings | None = None, library: Library | None = None) -> FastAPI:
    """Build the web app for the given settings and content library (the shipped ones by default)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from starcoach.store import Store

        app.state.store = Store.open(settings)
        app.state.store.purge_held_recordings()  # those a page uploaded but never saved before it closed
        try:
            yield
        finally:
            app.state.store.close()

    app = FastAPI(
        title="starcoach",
        version=__version__,
        description="Study, practice and rehearse behavioral interview answers offline. State-changing requests "
        "need the CSRF token from GET /api/session, sent back in the X-CSRF-Token header.",
        docs_url="/api/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.library = library or shipped_library()
    # The transcribe endpoint reads the recording itself, checking it against the audio limit as it arrives.
    body_limits = {
        api_speech.TRANSCRIBE_PATH: MAX_AUDIO_BYTES + 1,
        api_stories.IMPORT_PATH: pages_stories.MAX_IMPORT_BYTES,
        pages_stories.IMPORT_PATH: pages_stories.MAX_IMPORT_BYTES,
    }
    app.add_middleware(SecurityMiddleware, settings=settings, body_limits=body_limits)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(api.router)
    app.include_router(api_modes.router)
    app.include_router(api_stories.router)
    app.include_router(api_speech.router)
    app.include_router(pages_modes.router)
    app.include_router(pages_stories.router)
    app.include_router(pages.router)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, error: NotFound) -> Response:
        return _error(request, 404, "Not found", str(error))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        title = "Not found" if error.status_code == 404 else "Something went wrong"
        detail = str(error.detail) if error.status_code != 404 else "There is no page at this address."
        return _error(request, error.status_code, title, detail)

    @app.exception_handler(RequestValidationError)
    async def bad_input(request: Request, error: RequestValidationError) -> Response:
        messages = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors())
        return _error(request, 422, "Bad input", messages)

    @app.exception_handler(ValueError)
    async def value_error(request: Request, error: ValueError) -> Response:
        return _error(request, 422, "Bad input", str(error))

    return app


def _error(request: Request, status: int, title: str, detail: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": detail}, status_code=status)
    return templates.TemplateResponse(
        request, "error.html", {"title": title, "detail": detail, "status": status}, status_code=status
    )
