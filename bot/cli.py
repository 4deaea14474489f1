"""The `truce-bot` command. The ONLY place that turns bad input into "exit 2 + one line".

Exit status: 0 success, 1 a runtime failure (one line, e.g. the database cannot be opened),
2 bad configuration, arguments or input files (one line naming the file, key or argument).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from bot import __version__, config, logs
from bot.errors import ConfigError, StoreError, TruceBotError

__all__ = ["main"]

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and exit 2 (no usage dump)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise ConfigError("argument", self.prog.split()[-1], message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="truce-bot", description="Ceasefire deadlines from the news, to Slack.")
    parser.add_argument("--version", action="version", version=f"truce-bot {__version__}")
    common = _Parser(add_help=False)
    for target, default in ((parser, None), (common, argparse.SUPPRESS)):
        # accepted before or after the command; the command's copy never resets the global one
        target.add_argument("--config", default=default, help="config file (default: $TRUCE_BOT_CONFIG or config/bot.toml)")
        target.add_argument("--state", default=default, help="SQLite file (default: $TRUCE_BOT_STATE or state/truce-bot.db)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, parents=[common])

    command("run", "the service: scheduler + Slack (or console)")
    poll = command("poll", "poll every feed")
    poll.add_argument("--once", action="store_true", required=True, help="one cycle, then exit")
    status = command("status", "a truce's status (or all truces)")
    status.add_argument("name", nargs="*", help="truce name or alias (fuzzy)")
    extract = command("extract", "run extraction over corpus-format cases")
    extract.add_argument("--cases", required=True, metavar="FILE.jsonl")
    evaluate = command("eval", "score extraction on labelled corpus-format cases")
    evaluate.add_argument("--cases", required=True, metavar="FILE.jsonl")
    demo = command("demo", "replay the bundled demo offline on a simulated clock")
    demo.add_argument("--demo-dir", help="folder with demo.toml and feed.xml (default: config/demo)")
    command("check-config", "validate config + environment, print it (secrets masked)")
    command("health", "exit 0 if the running service's heartbeat is fresh, else 1 (Docker HEALTHCHECK)")
    command("doctor", "check config, database, time zones, Slack auth and every feed; say what to fix")
    backup = command("backup", "copy the live database (SQLite online backup), safe while run runs")
    backup.add_argument("path", metavar="PATH", help="the backup file, or a folder for a dated one")
    backup.add_argument("--force", action="store_true", help="replace PATH if it exists")
    export = command("export", "deadlines as iCalendar, or truces and events as CSV / JSON, to stdout")
    formats = export.add_mutually_exclusive_group(required=True)
    for flag, what in (("--ics", "iCalendar (RFC 5545)"), ("--csv", "CSV"), ("--json", "JSON")):
        formats.add_argument(flag, dest="format", action="store_const", const=flag[2:], help=what)
    chart = command("chart", "a PNG timeline of one truce")
    chart.add_argument("name", nargs="+", help="truce name or alias (fuzzy)")
    chart.add_argument("--out", required=True, metavar="FILE.png", help="where to write the PNG")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
        if not args.command:
            _parser().print_help()
            return 2
        return _COMMANDS[args.command](args)
    except ConfigError as error:
        print(f"truce-bot: {error}", file=sys.stderr)
        return 2
    except (StoreError, TruceBotError) as error:
        print(f"truce-bot: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _settings(args: argparse.Namespace, *, path: str | Path | None = None) -> config.Settings:
    environ = dict(os.environ)
    if args.state:
        environ["TRUCE_BOT_STATE"] = args.state
    settings = config.load(path or args.config, environ)
    logs.setup(settings.env.log_level, settings.env.log_format)
    return settings


def _store(settings: config.Settings):
    from bot.store import Store

    return Store(settings.env.state_path)


def cmd_check_config(args: argparse.Namespace) -> int:
    settings = _settings(args)
    print(config.masked(settings))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from bot.extract.cases import run_cases

    path = Path(args.cases)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(str(path), "--cases", f"a readable UTF-8 JSONL file ({error.__class__.__name__})") from None
    try:
        for result in run_cases(lines):
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    except ValueError as error:
        raise ConfigError(str(path), "--cases", str(error)) from None
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.extract.cases import run_cases
    from bot.extract.evaluate import render, score

    path = Path(args.cases)
    try:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(str(path), "--cases", f"a readable UTF-8 JSONL file ({error.__class__.__name__})") from None
    try:
        predictions = {r["id"]: r["events"] for r in run_cases(lines)}
        cases = [json.loads(line) for line in lines]
    except ValueError as error:
        raise ConfigError(str(path), "--cases", str(error)) from None
    print(render(score(cases, predictions)))
    return 0


def cmd_poll(args: argparse.Namespace) -> int:
    from bot import app, pipeline

    settings = _settings(args)
    runtime = app.build(settings)
    try:
        pipeline.ensure_truces(settings, runtime.store)
        report = pipeline.poll_once(settings, runtime.store, runtime.clock.now, fetch_many=runtime.fetch_many)
        for feed in report.feeds:
            error = (feed.error or "").removeprefix(feed.url).lstrip(": ")  # errors name the URL too
            detail = f"{feed.new_items} new of {feed.items}" if feed.status == "ok" else error
            print(f"feed {feed.url}: {feed.status} {detail}".rstrip())
        for event in report.events:
            deadline = event.deadline.strftime("%Y-%m-%d %H:%M UTC") if event.deadline else "no deadline"
            print(f"event {event.truce}: {event.kind} ({deadline}) — “{event.evidence}”")
        print(f"{len(report.events)} events, {len(report.alerts)} new alerts")
        if runtime.console:
            app.drain_outbox(runtime)
    finally:
        runtime.close()
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from bot import commands, messages, pipeline

    settings = _settings(args)
    store = _store(settings)
    try:
        now = _clock().now()
        name = " ".join(args.name).strip()
        truces = store.truces()
        if not name:
            print(messages.render_list_text(truces, now) if truces else "No truce has been heard of yet.")
            return 0
        specs = pipeline.specs_of(settings, store)  # config truces and /truce track ones
        spec, _ = commands.find(name, specs)
        if spec is None:
            raise ConfigError("argument", "NAME", commands.unknown_text(name, specs))
        truce = store.truce(spec.name)
        if truce is None:
            from bot.truces import new_truce

            truce = new_truce(spec)
        print(messages.render_status_text(truce, store.events_for(spec.name), now, spec=spec))
    finally:
        store.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from bot.demo import run_demo

    demo_dir = Path(args.demo_dir) if args.demo_dir else _find("config/demo")
    settings = _settings(args, path=demo_dir / "demo.toml")
    state = Path(args.state) if args.state else Path("state/demo.db")
    print(f"truce-bot demo: replaying {demo_dir / 'feed.xml'} on a simulated clock (no network, no Slack)\n")
    report = run_demo(settings, demo_dir, state)
    print(
        f"demo done: {report.polls} polls, {report.alerts_sent} alerts. Inspect the result with:\n"
        f"  truce-bot --config {demo_dir / 'demo.toml'} --state {state} status aleppo"
    )
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from bot import app

    settings = _settings(args)
    return app.run(settings)


def cmd_health(args: argparse.Namespace) -> int:
    from bot import health

    # Only the state path matters, and Docker reserves exit 2: every failure is 1 here.
    try:
        state = args.state or config.load_env(os.environ).state_path
    except ConfigError as error:
        print(f"unhealthy: {error}")
        return 1
    verdict = health.check(state, _clock().now())
    print(verdict.line)
    return 0 if verdict.ok else 1


def cmd_doctor(args: argparse.Namespace) -> int:
    import logging

    from bot import doctor

    logging.getLogger("bot.feeds").setLevel(logging.ERROR)  # each feed failure is a row already
    environ = dict(os.environ)
    if args.state:
        environ["TRUCE_BOT_STATE"] = args.state
    rows = doctor.diagnose(args.config, environ, now=_clock().now())
    print(doctor.render(rows))
    return 0 if doctor.ok(rows) else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from bot.backup import backup

    state = args.state or config.load_env(os.environ).state_path
    done = backup(state, args.path, now=_clock().now(), overwrite=args.force)
    print(f"backed up {done.source} to {done.path} ({done.bytes:,} bytes, integrity ok)")
    return 0


def _clock():
    from bot.clock import SystemClock

    return SystemClock()


def _find(relative: str) -> Path:
    """*relative* from the working directory, else from the source checkout."""
    here = Path(relative)
    return here if here.exists() else PROJECT_ROOT / relative


_COMMANDS = {
    "run": cmd_run,
    "poll": cmd_poll,
    "status": cmd_status,
    "extract": cmd_extract,
    "eval": cmd_eval,
    "demo": cmd_demo,
    "check-config": cmd_check_config,
    "health": cmd_health,
    "doctor": cmd_doctor,
    "backup": cmd_backup,
    "export": lambda args: cmd_export(args),
    "chart": lambda args: cmd_chart(args),
}


def cmd_export(args: argparse.Namespace) -> int:
    """``export --ics|--csv|--json``: UTF-8 bytes to stdout (the iCalendar keeps its CRLFs)."""
    from bot import exports, pipeline

    settings = _settings(args)
    store = _store(settings)
    try:
        now = _clock().now()
        truces = store.truces()
        events = [e for t in truces for e in reversed(store.events_for(t.name, limit=1_000_000))]
        specs = pipeline.specs_of(settings, store)
    finally:
        store.close()
    if args.format == "ics":
        text = exports.to_ics(truces, specs, events, now, warn_before=settings.bot.warn_before)
    elif args.format == "csv":
        text = exports.to_csv(truces, specs, events, now)
    else:
        text = exports.to_json(truces, specs, events, now)
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()
    return 0


def cmd_chart(args: argparse.Namespace) -> int:
    """``chart NAME --out FILE.png``: exit 2 for an unknown name or a path it cannot write."""
    from bot import commands, pipeline

    settings = _settings(args)
    name = " ".join(args.name).strip()
    out = Path(args.out)
    if out.is_dir() or not out.parent.is_dir():
        raise ConfigError(str(out), "--out", "a file path in an existing folder")
    store = _store(settings)
    try:
        specs = pipeline.specs_of(settings, store)
        spec, note = commands.find(name, specs, store.truces())
        if spec is None:
            raise ConfigError("argument", "NAME", commands.unknown_text(name, specs))
        truce = store.truce(spec.name)
        events = store.events_for(spec.name, limit=1_000_000)
    finally:
        store.close()
    if truce is None:
        from bot.truces import new_truce

        truce = new_truce(spec)
    try:
        from bot.chart import render_chart
    except ImportError as error:  # matplotlib missing: a broken install, not bad input
        raise TruceBotError(f"chart: matplotlib is not installed ({error})") from None
    png = render_chart(truce, events, _clock().now())
    try:
        out.write_bytes(png)
    except OSError as error:
        raise ConfigError(str(out), "--out", f"a writable file ({error.strerror or error.__class__.__name__})") from None
    print(f"{note}; " if note else "", end="")
    print(f"wrote {out} ({len(png):,} bytes, {spec.name})")
    return 0
