"""What every route takes from the running app: the content library and the store."""

from __future__ import annotations

from starlette.requests import Request

from starcoach.content import Library
from starcoach.store import Store


def library_of(request: Request) -> Library:
    """Return the app's content library."""
    library: Library = request.app.state.library
    return library


def store_of(request: Request) -> Store:
    """Return the app's store."""
    store: Store = request.app.state.store
    return store
