"""il2desk: a desktop companion for people who inject interleukin-2 at home."""

from __future__ import annotations

from functools import cache

APP_NAME = "il2desk"
APP_ID = "org.il2desk.Il2desk"


@cache
def version() -> str:
    """The version defined once, in pyproject.toml (read from the installed metadata).

    Looked up lazily: importlib.metadata costs ~20 ms, a tenth of the start-up time.
    """
    from importlib import metadata

    try:
        return metadata.version("il2desk")
    except metadata.PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(name)
