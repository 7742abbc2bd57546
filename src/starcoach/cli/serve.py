"""`starcoach serve`: run the web app on this machine."""

from __future__ import annotations

from typing import Annotated

import typer


def serve(
    host: Annotated[str | None, typer.Option(help="Address to bind (default 127.0.0.1, env STARCOACH_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on (default 8000, env PORT).")] = None,
) -> None:
    """Serve the web app at http://127.0.0.1:8000 (only this machine can reach it by default)."""
    import uvicorn

    from starcoach.settings import Settings
    from starcoach.web.app import create_app

    settings = Settings()
    settings = settings.model_copy(
        update={key: value for key, value in (("host", host), ("port", port)) if value is not None}
    )
    settings.home.mkdir(parents=True, exist_ok=True)
    typer.echo(f"starcoach is serving at http://{settings.host}:{settings.port}  (data: {settings.home})")
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="warning")
