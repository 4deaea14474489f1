"""`truce-bot doctor`: check everything a deployment needs, print a table with what to fix.

Checks, in order: the config file and environment; the database (opened, migrated, one row
written and rolled back); every truce's time zone; Slack's ``auth.test`` with
``SLACK_BOT_TOKEN`` (and ``apps.connections.open`` with ``SLACK_APP_TOKEN``) against
``SLACK_API_URL``, when set; every feed fetched once with the poller's own limits
(``bot.feeds.fetch_many``) and parsed. Side effects: the database file is created (as
``run`` would) if missing; the feeds and Slack each get one request; nothing is committed.

``diagnose(...)`` returns the rows; ``render(rows)`` the table. Secrets never appear in
either: Slack errors carry Slack's error code, feed URLs are redacted.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from bot import config
from bot.errors import ConfigError, FetchError, StoreError

__all__ = ["Row", "diagnose", "render", "ok"]

Status = Literal["ok", "skip", "FAIL"]


@dataclass(frozen=True)
class Row:
    """One check: what was checked, its status, what was found, and what to fix (FAIL only)."""

    check: str
    status: Status
    detail: str
    fix: str = ""


class _Rollback(Exception):
    """Raised inside the doctor's write transaction so that it rolls back."""


def ok(rows: Sequence[Row]) -> bool:
    """True when no row failed (skipped rows are fine)."""
    return all(row.status != "FAIL" for row in rows)


def diagnose(
    config_path: str | Path | None,
    environ: Mapping[str, str],
    *,
    now: datetime | None = None,
    fetch_many: Callable[[Any], Any] | None = None,
) -> list[Row]:
    """Run every check; never raises for what it finds (each finding is a row).

    *fetch_many* replaces the real fetcher (tests); it gets ``[(url, FeedCache())]``.
    """
    now = now or datetime.now(UTC)
    rows: list[Row] = []
    settings: config.Settings | None = None
    env: config.Env | None = None
    try:
        settings = config.load(config_path, environ)
        env = settings.env
        rows.append(Row("config", "ok", f"{settings.source}: {len(settings.feeds)} feed(s), "
                        f"{len(settings.truces)} truce(s); Slack: {env.describe_slack_mode()}"))
    except ConfigError as error:
        rows.append(Row("config", "FAIL", str(error),
                        "correct that key (README: Configuration); `truce-bot check-config` re-checks it"))
        try:
            env = config.load_env(environ)
        except ConfigError:
            pass
    if env is None:
        rows.append(Row("database", "skip", "the environment is invalid (see config)"))
    else:
        rows.append(_database(env.state_path))
    if settings is not None:
        rows.extend(_timezones(settings, now))
    if env is not None:
        rows.extend(_slack(env))
    if settings is not None:
        rows.extend(_feeds(settings, fetch_many))
    return rows


def _database(path: str) -> Row:
    from bot.store import Store

    fix = (f"TRUCE_BOT_STATE={path}: make its folder exist and be writable by this user"
           " (Docker: a volume at /app/state, owned by uid 10001)")
    try:
        store = Store(path)
    except StoreError as error:
        return Row("database", "FAIL", str(error), fix)
    try:
        try:
            with store.transaction() as db:
                db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('doctor', 'write test')")
                raise _Rollback
        except _Rollback:
            pass
        left = store.get_meta("doctor")
        if left is not None:  # pragma: no cover - a rollback that did not roll back
            return Row("database", "FAIL", f"{path}: the write test was not rolled back", fix)
        truces = len(store.truces())
        return Row("database", "ok", f"{path}: writable (write + rollback), {truces} truce(s) stored")
    except Exception as error:  # sqlite3.OperationalError: read-only file, locked, disk full
        detail = f"{path}: cannot write: {error}"
        if "locked" in str(error):
            return Row("database", "FAIL", detail,
                       "another process holds the write lock; stop the other writer and retry")
        return Row("database", "FAIL", detail, fix)
    finally:
        store.close()


def _timezones(settings: config.Settings, now: datetime) -> list[Row]:
    shown, rows = [], []
    for i, truce in enumerate(settings.truces):
        try:
            offset = now.astimezone(zoneinfo.ZoneInfo(truce.timezone)).strftime("%z")
            shown.append(f"{truce.timezone} {offset[:3]}:{offset[3:]}")
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
            rows.append(Row(f"time zone {truce.name}", "FAIL", f"{truce.timezone!r}: {error}",
                            f"install the tzdata package (pip install tzdata) or correct truces[{i}].timezone"))
    if not rows:
        unique = sorted(set(shown))
        listed = ", ".join(unique[:4]) + (f", … (+{len(unique) - 4})" if len(unique) > 4 else "")
        rows.append(Row("time zones", "ok", f"{len(unique)} zone(s) resolve now: {listed}"))
    return rows


_AUTH_FIXES = {
    "invalid_auth": "the token is wrong: copy the Bot User OAuth Token (xoxb-…) from the Slack app's OAuth & Permissions page",
    "not_authed": "no token reached Slack: set SLACK_BOT_TOKEN",
    "token_revoked": "the token was revoked: reinstall the app to the workspace and copy the new token",
    "token_expired": "the token expired: reinstall the app (or turn token rotation off) and copy the new token",
    "account_inactive": "the app or its workspace is deactivated: reinstall the app",
    "missing_scope": "add the scope Slack names to the app (OAuth & Permissions) and reinstall it",
}


def _slack(env: config.Env) -> list[Row]:
    if not env.slack_bot_token:
        return [Row("slack auth", "skip", "SLACK_BOT_TOKEN not set: alerts print to the console")]
    rows = [_slack_call("slack auth", env, env.slack_bot_token, "auth.test",
                        lambda r: f"team {r.get('team')!s} as @{r.get('user')!s} (bot {r.get('bot_id') or '?'})")]
    if env.slack_app_token:
        rows.append(_slack_call("slack app token", env, env.slack_app_token, "apps.connections.open",
                                lambda r: "Socket Mode connections can be opened"))
    return rows


def _slack_call(name: str, env: config.Env, token: str, method: str, describe: Callable[[Any], str]) -> Row:
    from slack_sdk import WebClient
    from slack_sdk.errors import SlackApiError

    api = config.redact_url(env.slack_api_url)
    client = WebClient(token=token, base_url=env.slack_api_url, timeout=10)
    try:
        response = client.api_call(method)
        return Row(name, "ok", f"{method}: " + describe(response.data if isinstance(response.data, dict) else {}))
    except SlackApiError as error:
        code = str(error.response.get("error") if error.response is not None else "") or "unknown"
        what = "SLACK_APP_TOKEN" if method == "apps.connections.open" else "SLACK_BOT_TOKEN"
        fix = _AUTH_FIXES.get(code, f"Slack refused {what} ({code}); see https://api.slack.com/methods/{method}")
        if method == "apps.connections.open" and code in ("invalid_auth", "not_allowed_token_type"):
            fix = "SLACK_APP_TOKEN must be an app-level token (xapp-…) with connections:write; enable Socket Mode"
        return Row(name, "FAIL", f"{method} at {api}: {code}", fix)
    except Exception as error:  # URLError, timeout, TLS: Slack unreachable
        reason = getattr(error, "reason", None) or error
        return Row(name, "FAIL", f"{method} at {api}: cannot reach Slack ({type(error).__name__}: {reason})"[:300],
                   "allow outbound HTTPS to slack.com (DNS, proxy, firewall), or correct SLACK_API_URL")


def _feeds(settings: config.Settings, fetch_many: Callable[[Any], Any] | None) -> list[Row]:
    from bot import feeds, pipeline

    if not settings.feeds:
        return [Row("feeds", "skip", "no [[feeds]] configured: run will poll nothing")]
    fetch = fetch_many or pipeline.default_fetcher(settings)
    results = fetch([(spec.url, feeds.FeedCache()) for spec in settings.feeds])
    rows = []
    for i, (url, result) in enumerate(results):
        name = f"feeds[{i}]"
        shown = feeds.redact_url(url)
        if isinstance(result, FetchError):
            rows.append(Row(name, "FAIL", str(result), _feed_fix(result, i)))
            continue
        try:
            items = feeds.parse(result, max_items=settings.bot.max_items_per_poll)
        except FetchError as error:
            rows.append(Row(name, "FAIL", str(error),
                            f"the URL answers but not with RSS/Atom: find the site's feed URL and set feeds[{i}].url"))
            continue
        rows.append(Row(name, "ok", f"{shown}: HTTP {result.status}, {len(result.body):,} bytes, "
                                    f"{len(items)} item(s), {result.elapsed:.1f} s"))
    return rows


def _feed_fix(error: FetchError, index: int) -> str:
    status = getattr(error, "status", None)
    text = str(error).lower()
    where = f"feeds[{index}].url"
    if status in (404, 410):
        return f"the feed moved or is gone: find its new URL and update {where}, or remove it"
    if status in (401, 403):
        return f"the site refuses us (HTTP {status}): it may block bots or need a key; try another feed for {where}"
    if status == 429:
        return "the site rate-limits us: give this feed a longer poll_interval"
    if status is not None and status >= 500:
        return "the site is failing (server error): usually temporary; the poller retries at each interval"
    if "refused:" in text and ("private" in text or "loopback" in text or "link-local" in text):
        return "the host is on a private network: set [bot].allow_private_feeds = true if that is intended"
    if "timed out" in text:
        return "the site is too slow or unreachable: check the network, or raise [bot].fetch_timeout"
    if "larger than" in text:
        return "the feed is bigger than [bot].max_feed_bytes: raise it, or use a smaller feed"
    if "resolve" in text or "name or service" in text or "getaddrinfo" in text or "nodename" in text:
        return f"the host name does not resolve: check {where} for typos, and DNS / proxy settings"
    if "certificate" in text or "ssl" in text or "tls" in text:
        return "TLS failed: check the host's certificate, the system CA bundle, or an intercepting proxy"
    if "cannot connect" in text:
        return "no connection: check the host is up and outbound HTTP(S) is allowed (firewall, proxy)"
    return f"check {where} in a browser; `truce-bot poll --once` shows the same error"


def render(rows: Sequence[Row]) -> str:
    """The rows as a fixed-width table; each FAIL row is followed by its ``fix:`` line."""
    width = max([len("check")] + [len(row.check) for row in rows])
    lines = [f"{'check'.ljust(width)}  {'result':<6}  detail"]
    for row in rows:
        lines.append(f"{row.check.ljust(width)}  {row.status:<6}  {row.detail}")
        if row.status == "FAIL" and row.fix:
            lines.append(f"{''.ljust(width)}  {'':<6}  ↳ fix: {row.fix}")
    failed = sum(row.status == "FAIL" for row in rows)
    lines.append("")
    lines.append("all checks passed" if not failed else f"{failed} check(s) failed")
    return "\n".join(lines)
