"""truce-bot's named errors, sorted by what the caller does next."""

from __future__ import annotations

__all__ = ["TruceBotError", "ConfigError", "FetchError", "Retryable", "Permanent", "StoreError"]


class TruceBotError(Exception):
    """Base of every error truce-bot raises on purpose."""


class ConfigError(TruceBotError):
    """Bad configuration or input: the CLI prints ``str(error)`` (one line) and exits 2.

    ``source`` is the file (or ``environment`` / ``argument``), ``key`` the offending key,
    ``expected`` what would have been accepted.
    """

    def __init__(self, source: str, key: str, expected: str) -> None:
        self.source, self.key, self.expected = source, key, expected
        super().__init__(f"{source}: {key}: {expected}")


class FetchError(TruceBotError):
    """A feed could not be fetched or read; recorded on the feed's row, never fatal."""


class Retryable(TruceBotError):
    """Delivery failed in a way worth retrying (network, 5xx, 429). ``retry_after`` in s."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Permanent(TruceBotError):
    """Delivery failed for good (bad channel, bad token, invalid payload)."""


class StoreError(TruceBotError):
    """The database cannot be opened or written (corrupt, locked, read-only)."""
