"""The Slack edge: posting alerts through the Web API (and, later, the Bolt app).

``SlackSender.post`` maps Slack's answers onto the outbox's vocabulary: network errors, 5xx,
429 (with Retry-After) and ``ratelimited`` are ``Retryable``; any other ``ok: false`` is
``Permanent`` (a bad channel or token will not fix itself by retrying).
"""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.errors import Permanent, Retryable
from bot.messages import Message

__all__ = ["SlackSender", "classify"]

_RETRYABLE_ERRORS = {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}


def classify(error: SlackApiError) -> Retryable | Permanent:
    """Retry or give up? (Alertmanager's Retrier.Check: 5xx/429 retry, other 4xx final.)"""
    response = error.response
    status = getattr(response, "status_code", 0) or 0
    code = (response.get("error") if hasattr(response, "get") else None) or "unknown_error"
    if status == 429 or status >= 500 or code in _RETRYABLE_ERRORS:
        retry_after = None
        headers = getattr(response, "headers", {}) or {}
        value = headers.get("Retry-After") or headers.get("retry-after")
        if value:
            try:
                retry_after = float(value)
            except ValueError:
                retry_after = None
        return Retryable(f"slack: {code} (HTTP {status})", retry_after=retry_after)
    return Permanent(f"slack: {code} (HTTP {status})")


class SlackSender:
    """Posts alert messages with chat.postMessage; threads and broadcasts as told."""

    def __init__(self, token: str, *, base_url: str = "https://slack.com/api/", timeout: float = 10) -> None:
        self.client = WebClient(token=token, base_url=base_url, timeout=timeout)

    def post(self, channel: str, message: Message, *, thread_ts: str | None, broadcast: bool) -> str:
        try:
            response = self.client.chat_postMessage(
                channel=channel,
                text=message.text,
                blocks=message.blocks,
                thread_ts=thread_ts,
                reply_broadcast=broadcast if thread_ts else None,
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as error:
            raise classify(error) from None
        except (SlackClientError, OSError) as error:  # network down, timeout, DNS
            raise Retryable(f"slack unreachable: {error.__class__.__name__}: {error}") from None
        return str(response["ts"])
