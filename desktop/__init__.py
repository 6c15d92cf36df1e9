"""Reserve Desk: an offline calculator for a sovereign bitcoin reserve held under an IMF program."""

from importlib import metadata as _metadata

APP_NAME = "Reserve Desk"
ORG_NAME = "Reserve Desk"

try:
    __version__ = _metadata.version("reserve-desk")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
