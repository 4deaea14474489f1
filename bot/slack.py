"""The Slack edge: posting alerts through the Web API, the Bolt app for ``/truce``, and
starting Slack in the right mode.

- ``SlackSender`` maps Slack's answers onto the outbox's vocabulary: network errors, 5xx,
  429 (with ``Retry-After``) and ``ratelimited`` are ``Retryable``; any other ``ok: false``
  is ``Permanent`` (a bad channel or token will not fix itself by retrying). Each post carries
  message ``metadata`` with the alert's ``dedup_key`` so ``find`` can tell, after a crash or a
  lost answer, whether Slack already has it (see ``bot.outbox``).
- ``make_bolt_app`` builds the Bolt app and ``register`` is the one place listeners are
  registered. ``/truce`` acks first, then answers through ``respond`` with
  ``commands.answer``'s reply (ephemeral unless ``share``).
- Issue 9: ``register_buttons`` handles the alert buttons (Confirm / Wrong / Set deadline…,
  ``messages.alert_buttons``) and the Set deadline… modal; ``register_home`` publishes the App
  Home watchlist (``bot.home``) on ``app_home_opened`` and on its Watch / Unwatch buttons.
- ``serve(runtime)`` starts Socket Mode (``SLACK_APP_TOKEN``) or HTTP mode (``bot.web``, on
  ``PORT``) in background threads and returns the function that stops it. Neither blocks
  start-up on Slack being reachable.

Tokens never reach an error message or a log line from here: errors carry Slack's error code
and the HTTP status only, and the clients log through a redacting logger.
"""

from __future__ import annotations

import http.client
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from slack_bolt import App, BoltResponse
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.middleware.request_verification import RequestVerification
from slack_bolt.request import BoltRequest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

from bot import commands
from bot.clock import Clock, parse_utc
from bot.errors import Permanent, Retryable
from bot.messages import Message, escape_mrkdwn
from bot.models import TruceSpec
from bot.outbox import Post, Posted

if TYPE_CHECKING:
    from bot.app import Runtime
    from bot.config import Settings
    from bot.store import Store

__all__ = [
    "SlackSender",
    "SlackPermanent",
    "classify",
    "make_client",
    "make_bolt_app",
    "register",
    "register_buttons",
    "register_home",
    "handle_truce",
    "HardenedRequestVerification",
    "serve",
    "METADATA_EVENT",
]

log = logging.getLogger("truce_bot.slack")

#: ``metadata.event_type`` of every alert the bot posts (its payload holds the dedup_key).
METADATA_EVENT = "truce_alert"
_RETRYABLE_ERRORS = {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
_TOKEN = re.compile(r"\b(xox[abposr]|xapp)-[A-Za-z0-9-]+")
#: A 429 asking us to wait at most this long is retried inside the client; longer waits go
#: back to the outbox, which records ``next_attempt_at`` instead of blocking a thread.
INLINE_RATE_LIMIT_WAIT = 2
#: How far back (seconds) before the first attempt the crash-window lookup reads history.
LOOKUP_MARGIN = 600
LOOKUP_PAGES = 10


class SlackPermanent(Permanent):
    """A permanent Slack failure; ``code`` is Slack's error (``channel_not_found``, ...)."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


def _redact(text: str) -> str:
    return _TOKEN.sub(lambda m: m.group(1) + "-***", text)


def classify(error: SlackApiError) -> Retryable | SlackPermanent:
    """Retry or give up? (Alertmanager's Retrier.Check: 5xx/429 retry, other 4xx final.)"""
    response = error.response
    status = getattr(response, "status_code", 0) or 0
    code = None
    data = getattr(response, "data", None)
    if isinstance(data, dict):
        code = data.get("error")
    code = code if isinstance(code, str) and len(code) < 80 else ("http_error" if status >= 400 else "unknown_error")
    code = _redact(code)
    if status == 429 or status >= 500 or code in _RETRYABLE_ERRORS:
        retry_after = None
        headers = getattr(response, "headers", {}) or {}
        value = headers.get("Retry-After") or headers.get("retry-after")
        if isinstance(value, list):
            value = value[0] if value else None
        if value:
            try:
                retry_after = max(0.0, float(value))
            except ValueError:
                retry_after = None
        return Retryable(f"slack: {code} (HTTP {status})", retry_after=retry_after)
    return SlackPermanent(f"slack: {code} (HTTP {status})", code=code)


def _unreachable(error: BaseException) -> Retryable:
    # str(error) of urllib/http.client errors names the host, never the token; redact anyway
    return Retryable(_redact(f"slack unreachable: {error.__class__.__name__}: {error}"))


class _ShortRateLimitRetry(RateLimitErrorRetryHandler):
    """slack_sdk's RateLimitErrorRetryHandler, only for short waits with a sane header.

    A 429 means Slack did not take the call, so retrying it in place can never double a
    post; but sleeping a long ``Retry-After`` in place would block the drain thread, so
    those go back to the outbox (``next_attempt_at``)."""

    def _can_retry(self, *, state: RetryState, request: HttpRequest, response: HttpResponse | None = None,
                   error: Exception | None = None) -> bool:
        if response is None or response.status_code != 429:
            return False
        for name, values in response.headers.items():
            if name.lower() == "retry-after":
                value = values[0] if isinstance(values, list) and values else values
                return isinstance(value, str) and value.strip().isdigit() and int(value) <= INLINE_RATE_LIMIT_WAIT
        return False


def _client_logger() -> logging.Logger:
    """slack_sdk's logger, behind a filter that masks anything shaped like a token."""
    logger = logging.getLogger("slack_sdk.web.truce_bot")
    if not any(isinstance(f, _RedactingFilter) for f in logger.filters):
        logger.addFilter(_RedactingFilter())
    return logger


class _RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = _redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


def make_client(token: str | None, *, base_url: str = "https://slack.com/api/", timeout: float = 10) -> WebClient:
    """A WebClient for *token* at *base_url* (``SLACK_API_URL``).

    Retry handlers: only a short-wait ``RateLimitErrorRetryHandler``. slack_sdk's default
    ``ConnectionErrorRetryHandler`` is left out on purpose: re-sending a chat.postMessage whose
    connection dropped after Slack received it would post it twice. The outbox retries instead,
    after checking whether Slack has it."""
    return WebClient(
        token=token,
        base_url=base_url,
        timeout=timeout,
        retry_handlers=[_ShortRateLimitRetry(max_retry_count=1)],
        logger=_client_logger(),
    )


class SlackSender:
    """Posts alert messages with chat.postMessage (threads, broadcasts, metadata), finds them
    again after a crash (conversations.history/replies), and edits parents (chat.update)."""

    def __init__(
        self,
        token: str,
        *,
        base_url: str = "https://slack.com/api/",
        timeout: float = 10,
        client: WebClient | None = None,
    ) -> None:
        self.client = client or make_client(token, base_url=base_url, timeout=timeout)
        self._ids: dict[str, str] = {}  # channel name -> id, learned from answers
        self._lock = threading.Lock()

    def __repr__(self) -> str:  # never show the client (it holds the token)
        return "SlackSender()"

    # -- the minimal Sender protocol

    def post(self, channel: str, message: Message, *, thread_ts: str | None, broadcast: bool) -> str:
        """Post *message* to *channel*; return its ts. Raises Retryable or Permanent."""
        return self._post_message(channel, message, thread_ts=thread_ts, broadcast=broadcast).ts

    # -- the capable sender (bot.outbox)

    def send(self, post: Post) -> Posted:
        """Post one alert with its dedup_key in the message metadata."""
        metadata = {"event_type": METADATA_EVENT,
                    "event_payload": {"dedup_key": post.dedup_key, "alert_id": post.alert_id}}
        return self._post_message(post.channel_id or post.channel, post.message, thread_ts=post.thread_ts,
                                  broadcast=post.broadcast, metadata=metadata, name=post.channel)

    def find(self, post: Post, since: datetime) -> Posted | None:
        """The message Slack already has for *post* (same dedup_key in its metadata), posted
        no earlier than *since* minus a margin; None when Slack has none. Reads the thread
        (conversations.replies) for a reply, the channel (conversations.history) for a parent.
        Raises Retryable (Slack unreachable), Permanent (cannot look: scope, membership)."""
        channel_id = post.channel_id or self._channel_id(post.channel)
        oldest = f"{since.timestamp() - LOOKUP_MARGIN:.6f}"
        for attempt in (1, 2):
            try:
                for message in self._messages(channel_id, post.thread_ts, oldest):
                    meta = message.get("metadata") or {}
                    payload = meta.get("event_payload") or {}
                    if meta.get("event_type") == METADATA_EVENT and payload.get("dedup_key") == post.dedup_key:
                        return Posted(ts=str(message["ts"]), channel_id=channel_id)
                return None
            except SlackApiError as error:
                failure = classify(error)
                if isinstance(failure, SlackPermanent) and failure.code == "not_in_channel" and attempt == 1:
                    self._call(lambda: self.client.conversations_join(channel=channel_id), "conversations.join")
                    continue
                raise failure from None
            except (SlackClientError, OSError, http.client.HTTPException) as error:
                raise _unreachable(error) from None
        return None

    def update(self, channel_id: str, ts: str, message: Message, *, key: str | None = None) -> None:
        """Edit the message at *ts* (the living parent). Raises Retryable or SlackPermanent."""
        kwargs: dict[str, Any] = {}
        if key:  # keep the parent findable by its dedup_key after the edit
            kwargs["metadata"] = {"event_type": METADATA_EVENT, "event_payload": {"dedup_key": key}}
        self._call(lambda: self.client.chat_update(
            channel=channel_id, ts=ts, text=message.text, blocks=message.blocks, **kwargs), "chat.update")

    # -- internals

    def _post_message(self, channel: str, message: Message, *, thread_ts: str | None, broadcast: bool,
                      metadata: dict[str, Any] | None = None, name: str | None = None) -> Posted:
        response = self._call(lambda: self.client.chat_postMessage(
            channel=channel,
            text=message.text,
            blocks=message.blocks,
            thread_ts=thread_ts,
            reply_broadcast=True if (broadcast and thread_ts) else None,
            metadata=metadata,
            unfurl_links=False,
            unfurl_media=False,
        ), "chat.postMessage")
        channel_id = response.get("channel")
        if isinstance(channel_id, str) and channel_id:
            with self._lock:
                self._ids[name or channel] = channel_id
        return Posted(ts=str(response["ts"]), channel_id=channel_id if isinstance(channel_id, str) else None)

    def _messages(self, channel_id: str, thread_ts: str | None, oldest: str) -> Iterator[dict[str, Any]]:
        cursor = None
        for _ in range(LOOKUP_PAGES):
            if thread_ts:
                page = self.client.conversations_replies(channel=channel_id, ts=thread_ts, oldest=oldest,
                                                         include_all_metadata=True, limit=200, cursor=cursor)
            else:
                page = self.client.conversations_history(channel=channel_id, oldest=oldest,
                                                         include_all_metadata=True, limit=200, cursor=cursor)
            yield from page.get("messages") or []
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return

    def _channel_id(self, channel: str) -> str:
        """The id of a configured channel ("#name", "name" or already an id)."""
        if re.fullmatch(r"[CGD][A-Z0-9]{6,}", channel):
            return channel
        with self._lock:
            if channel in self._ids:
                return self._ids[channel]
        wanted = channel.lstrip("#")
        cursor = None
        for _ in range(LOOKUP_PAGES):
            page = self._call(lambda c=cursor: self.client.conversations_list(
                types="public_channel,private_channel", exclude_archived=True, limit=1000, cursor=c),
                "conversations.list")
            for entry in page.get("channels") or []:
                if entry.get("name") == wanted:
                    with self._lock:
                        self._ids[channel] = entry["id"]
                    return str(entry["id"])
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                break
        raise SlackPermanent(f"slack: channel {channel!r} not found in conversations.list", code="channel_not_found")

    def _call(self, fn: Callable[[], Any], method: str = "api") -> Any:
        """Run one Web API call, timed for metrics; map its failure to Retryable/Permanent."""
        from bot.metrics import observe_slack_call

        try:
            with observe_slack_call(method):
                return fn()
        except SlackApiError as error:
            raise classify(error) from None
        except (SlackClientError, OSError, http.client.HTTPException) as error:  # down, timeout, reset
            raise _unreachable(error) from None


# ------------------------------------------------------------------------------ the Bolt app


class HardenedRequestVerification(RequestVerification):
    """Bolt's RequestVerification, made total: a missing, non-numeric or absurd
    ``X-Slack-Request-Timestamp`` (which makes slack_sdk's verifier raise ValueError, so Bolt
    answers 500) or a missing signature is a plain 401, like a bad or stale signature
    (older than 5 minutes). Socket Mode requests are skipped, as in Bolt."""

    def process(self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse:
        if self._can_skip(req.mode, req.body):
            return next()
        timestamp = (req.headers.get("x-slack-request-timestamp") or [""])[0]
        signature = (req.headers.get("x-slack-signature") or [""])[0]
        if not self._signing_secret or not valid_signature_headers(timestamp, signature):
            return self._build_error_response()
        return super().process(req=req, resp=resp, next=next)


def valid_signature_headers(timestamp: str | None, signature: str | None) -> bool:
    """Whether the two signing headers are well-formed (not whether they verify)."""
    return (
        isinstance(timestamp, str) and timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12
        and isinstance(signature, str) and signature.startswith("v0=") and len(signature) < 200
    )


def make_bolt_app(
    settings: Settings,
    store: Store,
    clock: Clock,
    *,
    client: WebClient | None = None,
) -> App:
    """The Bolt app serving ``/truce`` (HTTP or Socket Mode).

    ``token_verification_enabled=False`` and a local ``authorize``: neither start-up nor a
    command makes an auth.test call, so the bot starts while Slack is unreachable and the
    first ``/truce`` is acked without a round trip to Slack. Request signatures are verified by
    ``HardenedRequestVerification`` (Bolt's own, installed at the same place in the chain
    through ``before_authorize``; Bolt's unhardened copy is switched off so it cannot 500).
    No network I/O here."""
    env = settings.env
    secret = env.slack_signing_secret or ""
    token = env.slack_bot_token or ""

    def authorize(enterprise_id: str | None, team_id: str | None) -> AuthorizeResult:
        # One workspace, one bot token: answered locally. (With ``token=`` Bolt's
        # SingleTeamAuthorization would call auth.test before acking the first command.)
        return AuthorizeResult(enterprise_id=enterprise_id, team_id=team_id, bot_token=token)

    app = App(
        authorize=authorize,
        signing_secret=secret or None,
        # tokenless: each request's client gets the token from ``authorize``
        client=client or make_client(None, base_url=env.slack_api_url),
        token_verification_enabled=False,
        request_verification_enabled=False,
        before_authorize=HardenedRequestVerification(secret),
        raise_error_for_unhandled_request=False,
        logger=logging.getLogger("truce_bot.bolt"),
    )
    register(app, store=store, clock=clock, specs=settings.truces, settings=settings)
    return app


def register(
    app: App, *, store: Store, clock: Clock, specs: Sequence[TruceSpec], settings: Settings | None = None
) -> None:
    """The one place listeners are registered."""

    def truce_command(ack: Callable[..., Any], respond: Callable[..., Any], command: dict[str, Any],
                      client: WebClient) -> None:
        handle_truce(ack, respond, command, store=store, clock=clock, specs=specs, client=client,
                     settings=settings)

    app.command("/truce")(truce_command)
    register_buttons(app, store=store, clock=clock, settings=settings)
    register_home(app, store=store, clock=clock, specs=specs, settings=settings)


def handle_truce(
    ack: Callable[..., Any],
    respond: Callable[..., Any],
    command: dict[str, Any],
    *,
    store: Store,
    clock: Clock,
    specs: Sequence[TruceSpec],
    client: WebClient | None = None,
    settings: Settings | None = None,
) -> None:
    """``/truce TEXT``: ack() at once (before any database or fuzzy work), then answer with
    ``commands.answer`` through ``respond`` — ephemeral unless the user said ``share``.
    ``/truce NAME chart`` then uploads the timeline PNG with *client* (``post_chart``).
    Never raises: a failure to read the state gets a short apology instead."""
    ack()
    started = time.perf_counter()
    text = command.get("text") if isinstance(command, dict) else ""
    try:
        context = _control_context(command, store, settings, specs)  # issue 9: follow, snooze, set...
        reply = commands.answer(
            text if isinstance(text, str) else "",
            store.truces(),
            context.pop("specs"),
            clock.now(),
            events_for=lambda name: store.events_for(name, limit=50),
            **context,
        )
        if reply.action is not None:
            reply = _carry_out(reply, store, settings, clock)
        payload: dict[str, Any] = {"text": reply.message.text, "blocks": reply.message.blocks,
                                   "response_type": reply.response_type}
        chart_name = reply.chart
    except Exception:
        chart_name = None
        log.exception("/truce failed", extra={"command_text": str(text)[:100]})
        payload = {"text": "Sorry — I could not read the truce state just now. Please try again in a minute.",
                   "response_type": "ephemeral"}
    try:
        respond(replace_original=False, **payload)
    except Exception as error:  # response_url unreachable: nothing else to tell the user
        log.warning("/truce reply not delivered", extra={"error": _redact(str(error))[:200]})
        return
    log.info("/truce answered", extra={"response_type": payload["response_type"],
                                       "ms": round((time.perf_counter() - started) * 1000, 1)})
    if chart_name and client is not None:
        post_chart(client, respond, command, chart_name, store=store, clock=clock, specs=specs)


# --- analyst features (issue 9): control commands


def _control_context(
    command: Any, store: Store, settings: Settings | None, specs: Sequence[TruceSpec]
) -> dict[str, Any]:
    """What ``commands.answer`` needs for control commands: every truce spec (config and
    ``/truce track``), the user, the channel as the bot knows it, the admins. Without
    *settings* (handler tests) only the command's own fields."""
    command = command if isinstance(command, dict) else {}
    user = str(command.get("user_id") or "")
    channel_id, channel_name = str(command.get("channel_id") or ""), str(command.get("channel_name") or "")
    if settings is None:
        return {"specs": specs, "user": user, "channel": channel_id, "admins": ()}
    from bot import channels, pipeline

    words = str(command.get("text") or "").split()
    channel = channel_id
    if words and words[0].casefold() in commands.CONTROL_WORDS:  # only then is the channel needed
        configured = [(c, None) for spec in settings.truces for c in settings.channels_for(spec)]
        known = [*configured, (settings.bot.default_channel, None), *store.known_channels()]
        channel = channels.resolve_channel(channel_id, channel_name, known)
    return {"specs": pipeline.specs_of(settings, store), "user": user, "channel": channel,
            "admins": settings.bot.admins}


def _carry_out(reply: commands.Reply, store: Store, settings: Settings | None, clock: Clock) -> commands.Reply:
    """Execute *reply*'s action (``pipeline.perform``); a refusal replaces the reply."""
    from bot import pipeline

    if settings is None or reply.action is None:
        problem: str | None = "That command needs the running bot."
    else:
        problem = pipeline.perform(settings, store, reply.action, clock.now())
    if problem is None:
        return reply
    text = escape_mrkdwn(problem)
    return commands.Reply(Message(text=text, blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": text}}]))


# --- analyst features (issue 9): alert buttons and the Set deadline… modal


def register_buttons(app: App, *, store: Store, clock: Clock, settings: Settings | None) -> None:
    """Listeners for the alert buttons (``truce_confirm``, ``truce_wrong``, ``truce_set``) and
    the "Set deadline…" modal's submission. Each acks first. Anyone may Confirm; only
    ``[bot].admins`` may Wrong or Set (others get an ephemeral refusal)."""
    from bot import messages

    admins = tuple(settings.bot.admins) if settings is not None else ()

    def confirm(ack: Callable[..., Any], body: dict[str, Any], respond: Callable[..., Any]) -> None:
        ack()
        press = _press(body)
        if press is None:
            return _tell(respond, "Sorry — I could not tell which alert that was.")
        truce, key, user = press
        store.record_feedback(truce, key, "confirm", user=user, now=clock.now())
        log.info("alert confirmed", extra={"truce": truce, "dedup_key": key, "user": user})
        _tell(respond, f"✅ Thanks — your confirmation of this *{escape_mrkdwn(truce)}* alert is on record.")

    def wrong(ack: Callable[..., Any], body: dict[str, Any], respond: Callable[..., Any]) -> None:
        ack()
        press = _press(body)
        if press is None:
            return _tell(respond, "Sorry — I could not tell which alert that was.")
        truce, key, user = press
        if user not in admins:
            return _tell(respond, "Only admins may mark an alert wrong (`[bot].admins`); you can still Confirm.")
        try:
            reply = _wrong(store, settings, clock, truce, key, user)
        except Exception:
            log.exception("Wrong button failed", extra={"truce": truce, "dedup_key": key})
            reply = "Sorry — I could not record that just now. Please try again in a minute."
        _tell(respond, reply)

    def set_deadline(ack: Callable[..., Any], body: dict[str, Any], respond: Callable[..., Any],
                     client: WebClient) -> None:
        ack()
        press = _press(body)
        if press is None:
            return _tell(respond, "Sorry — I could not tell which alert that was.")
        truce_name, key, user = press
        if user not in admins:
            return _tell(respond, "Only admins may set a deadline (`[bot].admins`); you can still Confirm.")
        from bot import pipeline, truces

        spec = _spec_named(pipeline.specs_of(settings, store), truce_name) if settings is not None else None
        if spec is None:
            return _tell(respond, f"No tracked truce called {escape_mrkdwn(truce_name)}.")
        truce = store.truce(spec.name) or truces.new_truce(spec)
        import json

        meta = json.dumps({"truce": spec.name, "key": key, "response_url": body.get("response_url")})
        if len(meta) > 3000:
            meta = json.dumps({"truce": spec.name, "key": key[:500]})
        view = messages.render_set_modal(truce, clock.now(), metadata=meta, spec=spec)
        try:
            client.views_open(trigger_id=str(body.get("trigger_id") or ""), view=view)
        except (SlackApiError, SlackClientError, OSError) as error:
            log.warning("Set deadline modal not opened", extra={"truce": truce_name, "error": _redact(str(error))[:200]})
            _tell(respond, "Sorry — Slack did not open the form. Try `/truce set NAME YYYY-MM-DD HH:MM` instead.")

    def set_submitted(ack: Callable[..., Any], body: dict[str, Any], view: dict[str, Any]) -> None:
        import json
        from datetime import UTC

        user = str((body.get("user") or {}).get("id") or "")
        try:
            meta = json.loads(view.get("private_metadata") or "{}")
            picked = view["state"]["values"][messages.SET_PICKER][messages.SET_PICKER].get("selected_date_time")
        except (ValueError, KeyError, TypeError, AttributeError):
            meta, picked = {}, None
        now = clock.now()
        if user not in admins:
            return ack(response_action="errors", errors={messages.SET_PICKER: "Only admins may set a deadline."})
        if not isinstance(picked, int | float) or isinstance(picked, bool):
            return ack(response_action="errors", errors={messages.SET_PICKER: "Pick a date and a time."})
        deadline = datetime.fromtimestamp(int(picked), UTC)
        if deadline <= now:
            return ack(response_action="errors",
                       errors={messages.SET_PICKER: "That moment has passed: pick a time in the future."})
        ack()
        truce, key = str(meta.get("truce") or ""), str(meta.get("key") or "")
        try:
            problem = _correct(store, settings, clock, truce, deadline, user=user, command=f"set (button) {key}")
            if problem is None:
                store.record_feedback(truce, key, "set", user=user, now=now, detail=_iso_utc(deadline))
                reply = (f"✏️ The *{escape_mrkdwn(truce)}* deadline is now {_in_zone(store, truce, deadline)}; "
                         "a note is in the truce's thread.")
            else:
                reply = escape_mrkdwn(problem)
        except Exception:
            log.exception("Set deadline failed", extra={"truce": truce, "dedup_key": key})
            reply = "Sorry — I could not set that deadline just now. Please try again in a minute."
        url = meta.get("response_url")
        if isinstance(url, str) and url.startswith(("https://", "http://")):
            from slack_sdk.webhook import WebhookClient

            try:
                WebhookClient(url).send(text=reply, response_type="ephemeral", replace_original=False)
            except Exception as error:  # the response_url expired: the thread note still says it
                log.warning("Set deadline reply not delivered", extra={"error": _redact(str(error))[:200]})

    app.action(messages.CONFIRM)(confirm)
    app.action(messages.WRONG)(wrong)
    app.action(messages.SET)(set_deadline)
    app.view(messages.SET_MODAL)(set_submitted)


# --- analyst features (issue 9): the App Home watchlist


def register_home(
    app: App, *, store: Store, clock: Clock, specs: Sequence[TruceSpec], settings: Settings | None
) -> None:
    """``app_home_opened`` publishes the user's watchlist (``bot.home``); the Home's Watch /
    Unwatch buttons change it (SQLite, per user) and publish it again. Each acks first."""
    from bot import home

    def publish(client: WebClient, user: str) -> None:
        from bot import pipeline
        from bot.models import Truce

        tracked = pipeline.specs_of(settings, store) if settings is not None else tuple(specs)
        states = {t.name: t for t in store.truces()}
        truces = [states.get(s.name) or Truce(name=s.name, timezone=s.timezone) for s in tracked]
        view = home.render_home(truces, set(store.watchlist(user)), clock.now())
        try:
            client.views_publish(user_id=user, view=view)
        except (SlackApiError, SlackClientError, OSError) as error:
            log.warning("App Home not published", extra={"user": user, "error": _redact(str(error))[:200]})

    def home_opened(ack: Callable[..., Any], event: dict[str, Any], client: WebClient) -> None:
        ack()
        event = event if isinstance(event, dict) else {}
        user = event.get("user")
        if event.get("tab", "home") != "home" or not isinstance(user, str) or not user:
            return  # the Messages tab, or a malformed event
        publish(client, user)

    def toggle(watching: bool) -> Callable[..., None]:
        def handler(ack: Callable[..., Any], body: dict[str, Any], client: WebClient) -> None:
            ack()
            try:
                user, name = str(body["user"]["id"]), str(body["actions"][0]["value"])
            except (KeyError, IndexError, TypeError):
                return
            from bot import pipeline

            tracked = pipeline.specs_of(settings, store) if settings is not None else tuple(specs)
            if user and _spec_named(tracked, name) is not None:
                store.set_watching(user, name, watching, now=clock.now())
                log.info("watchlist changed", extra={"user": user, "truce": name, "watching": watching})
            if user:
                publish(client, user)

        return handler

    app.event("app_home_opened")(home_opened)
    app.action(home.WATCH)(toggle(True))
    app.action(home.UNWATCH)(toggle(False))


def _press(body: Any) -> tuple[str, str, str] | None:
    """(truce, dedup_key, user id) from a button press on an alert, or None if malformed."""
    import json

    try:
        action = body["actions"][0]
        value = json.loads(action["value"])
        truce, key, user = value["truce"], value["key"], body["user"]["id"]
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    if not all(isinstance(x, str) and x for x in (truce, key, user)):
        return None
    return truce, key, user


def _spec_named(specs: Sequence[TruceSpec], name: str) -> TruceSpec | None:
    return next((s for s in specs if s.name == name), None)


def _iso_utc(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value else ""


def _in_zone(store: Store, truce: str, deadline: datetime) -> str:
    """``Thu 12 May 2016, 18:00 Damascus time (15:00 UTC)``."""
    from bot.messages import city_of, local_time

    state = store.truce(truce)
    tz = state.timezone if state else "UTC"
    place = "UTC" if city_of(tz) == "UTC" else f"{city_of(tz)} time"
    return f"{local_time(deadline, tz)} {place} ({deadline:%H:%M} UTC)"


def _correct(
    store: Store, settings: Settings | None, clock: Clock, name: str, deadline: datetime, *, user: str,
    command: str, reverted_from: str | None = None,
) -> str | None:
    """Set *name*'s deadline by hand (``truces.correct``): new state, thread note and audit row
    in one transaction, under the writer lock. Returns None, or why nothing changed.
    *reverted_from*: the alert marked Wrong (the thread note then says it was reverted)."""
    from dataclasses import replace

    from bot import channels, pipeline, truces

    if settings is None:
        return "That needs the running bot."
    spec = _spec_named(pipeline.specs_of(settings, store), name)
    if spec is None:
        return f"No tracked truce called {name}; nothing changed."
    now = clock.now()
    with store.writer:
        truce = store.truce(spec.name) or truces.new_truce(spec)
        routes = pipeline.routes_of(settings, spec, store.subscriptions())
        transition = truces.correct(truce, deadline, now, by=user, channels=channels.channel_names(routes),
                                    rules=pipeline.rules_of(settings))
        if reverted_from is not None:
            transition = replace(transition, alerts=tuple(
                replace(a, payload={**a.payload, "reverted": True, "wrong_alert": reverted_from})
                for a in transition.alerts))
        transition = replace(transition, alerts=channels.route(transition.alerts, routes, now))
        store.commit_correction(transition, now, user=user, old=truce.deadline, command=command)
    log.info("deadline corrected", extra={"truce": name, "user": user, "command": command[:100]})
    return None


def _wrong(store: Store, settings: Settings | None, clock: Clock, name: str, key: str, user: str) -> str:
    """The Wrong button: audit it; if the alert's deadline is the one in force, go back to the
    deadline before it (a correction). Returns the ephemeral reply."""
    now = clock.now()
    alert, truce = store.alert_by_key(key), store.truce(name)
    said = parse_utc(alert.payload.get("deadline")) if alert else None
    before = parse_utc(alert.payload.get("previous_deadline")) if alert else None
    label = escape_mrkdwn(name)
    if alert is None or truce is None or said is None:
        store.record_feedback(name, key, "wrong", user=user, now=now, detail="alert not found; nothing reverted")
        return f"❌ Noted. I cannot find that *{label}* alert any more, so nothing was reverted."
    if truce.deadline != said:
        store.record_feedback(name, key, "wrong", user=user, now=now, detail="not the deadline in force")
        return (f"❌ Noted. That alert's deadline is no longer the one in force ({_in_zone(store, name, truce.deadline)}"
                if truce.deadline else "❌ Noted. That alert's deadline is no longer the one in force (none") + \
            "), so nothing was reverted; use *Set deadline…* to fix it."
    if before is None:
        store.record_feedback(name, key, "wrong", user=user, now=now, detail="no previous deadline")
        return (f"❌ Noted. There is no earlier *{label}* deadline to go back to; "
                "use *Set deadline…* to enter the right one.")
    problem = _correct(store, settings, clock, name, before, user=user, command=f"wrong {key}", reverted_from=key)
    if problem is not None:
        return escape_mrkdwn(problem)
    store.record_feedback(name, key, "wrong", user=user, now=now,
                          detail=f"reverted {_iso_utc(said)} -> {_iso_utc(before)}")
    passed = " It has passed: the truce will be marked expired." if before <= now else ""
    return (f"❌ Reverted the *{label}* deadline to {_in_zone(store, name, before)} "
            f"(was {_in_zone(store, name, said)}); a note is in the truce's thread.{passed}")


#: What a failed chart upload tells the user, by Slack error code.
_CHART_ERRORS = {
    "not_in_channel": "I am not in this channel: invite me with `/invite @truce-bot`, then ask again.",
    "channel_not_found": "I cannot post files here (a DM or a channel I cannot see): try it in a channel.",
    "missing_scope": "the Slack app lacks the `files:write` scope: an admin must add it and reinstall the app.",
    "not_allowed_token_type": "the Slack app lacks the `files:write` scope: an admin must add it and reinstall the app.",
}


def post_chart(
    client: WebClient,
    respond: Callable[..., Any],
    command: dict[str, Any],
    name: str,
    *,
    store: Store,
    clock: Clock,
    specs: Sequence[TruceSpec],
) -> bool:
    """Draw *name*'s timeline (``bot.chart``) and upload it to the command's channel with
    ``files_upload_v2`` (files.getUploadURLExternal, a POST of the bytes to the upload URL,
    files.completeUploadExternal). Returns whether Slack took it. Never raises: a failure
    is logged and told to the user in one ephemeral line."""
    from bot.models import Truce

    channel = command.get("channel_id") if isinstance(command, dict) else None
    user = command.get("user_id") if isinstance(command, dict) else None
    try:
        from bot.chart import render_chart

        spec = next((s for s in specs if s.name == name), None)
        truce = store.truce(name) or Truce(name=name, timezone=spec.timezone if spec else "UTC")
        png = render_chart(truce, store.events_for(name, limit=1000), clock.now())
    except Exception:
        log.exception("/truce chart not drawn", extra={"truce": name})
        _tell(respond, "Sorry — I could not draw that chart just now.")
        return False
    slug = "-".join("".join(c if c.isalnum() else " " for c in name.lower()).split()) or "truce"
    who = f", asked for by <@{user}>" if isinstance(user, str) and re.fullmatch(r"[UW][A-Z0-9]{2,20}", user) else ""
    started = time.perf_counter()
    try:
        from bot.metrics import observe_slack_call

        with observe_slack_call("files.upload_v2"):
            client.files_upload_v2(
                channel=channel, file=png, filename=f"{slug}-truce-timeline.png",
                title=f"{name} truce timeline", initial_comment=f"📈 {name} truce timeline{who}",
                alt_txt=f"Timeline of the {name} truce: start, deadlines, extensions, violations and now (UTC)",
            )
    except SlackApiError as error:
        failure = classify(error)
        code = failure.code if isinstance(failure, SlackPermanent) else "unavailable"
        log.warning("/truce chart not uploaded", extra={"truce": name, "error": str(failure)})
        _tell(respond, "Sorry — I could not post the chart: "
              + _CHART_ERRORS.get(code, f"Slack said `{code}`. Please try again in a minute."))
        return False
    except (SlackClientError, OSError, http.client.HTTPException) as error:
        log.warning("/truce chart not uploaded", extra={"truce": name, "error": str(_unreachable(error))})
        _tell(respond, "Sorry — Slack did not take the chart just now. Please try again in a minute.")
        return False
    log.info("/truce chart posted", extra={"truce": name, "bytes": len(png),
                                           "ms": round((time.perf_counter() - started) * 1000, 1)})
    return True


def _tell(respond: Callable[..., Any], text: str) -> None:
    try:
        respond(text=text, response_type="ephemeral", replace_original=False)
    except Exception as error:
        log.warning("/truce reply not delivered", extra={"error": _redact(str(error))[:200]})


# ------------------------------------------------------------------------------ serving


def serve(runtime: Runtime, *, host: str = "0.0.0.0") -> Callable[[], None]:
    """Start Slack for ``truce-bot run`` in background threads; return the stop function.

    Socket Mode when ``SLACK_APP_TOKEN`` is set (connecting, and reconnecting, in the
    background, so an unreachable Slack never stops start-up); HTTP mode (``bot.web`` on
    ``PORT``: POST /slack/events, GET /healthz) when only ``SLACK_SIGNING_SECRET`` is; nothing
    for console or post-only mode. Raises OSError if the HTTP port cannot be bound."""
    settings = runtime.settings
    mode = settings.env.slack_mode
    if mode in ("console", "post-only"):
        log.info("slack commands not served", extra={"mode": mode})
        return lambda: None
    bolt = make_bolt_app(settings, runtime.store, runtime.clock)
    if mode == "socket":
        return _serve_socket_mode(bolt, settings.env.slack_app_token or "")
    from bot import metrics, pipeline, web

    registry = metrics.make_registry(runtime.store.path, runtime.clock.now)
    server = web.start(bolt, store=runtime.store, clock=runtime.clock,
                       signing_secret=settings.env.slack_signing_secret or "", host=host, port=settings.env.port,
                       metrics_app=metrics.wsgi_app(registry),
                       specs=lambda: pipeline.specs_of(settings, runtime.store),
                       warn_before=settings.bot.warn_before)
    log.info("slack HTTP mode listening", extra={"port": server.port})
    return server.stop


def _serve_socket_mode(bolt: App, app_token: str) -> Callable[[], None]:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    handler = SocketModeHandler(bolt, app_token=app_token, logger=logging.getLogger("truce_bot.socket"))
    stopping = threading.Event()

    def connect() -> None:
        wait = 1.0
        while not stopping.is_set():
            try:
                handler.connect()
                log.info("slack socket mode connected")
                return
            except Exception as error:  # Slack unreachable, bad token: keep the bot running
                log.warning("slack socket mode not connected; retrying",
                            extra={"error": _redact(f"{error.__class__.__name__}: {error}")[:200],
                                   "retry_in": wait})
                stopping.wait(wait)
                wait = min(wait * 2, 60.0)

    thread = threading.Thread(target=connect, name="slack-socket-mode", daemon=True)
    thread.start()

    def stop() -> None:
        stopping.set()
        try:
            handler.close()
        except Exception:  # closing a never-opened connection
            pass
        thread.join(timeout=5)

    return stop
