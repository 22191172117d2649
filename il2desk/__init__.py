"""il2desk: a desktop companion for people who inject interleukin-2 at home."""

from importlib import metadata

APP_NAME = "il2desk"
APP_ID = "org.il2desk.Il2desk"

try:
    __version__ = metadata.version("il2desk")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
