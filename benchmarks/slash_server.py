"""The HTTP-mode server for the slash benchmark, in its own process (so the client's work
never shares a GIL with the server's).

    python -m benchmarks.slash_server CONFIG.toml STATE.db SECRET

Builds the real Bolt app (``bot.slack.make_bolt_app``) on the given state, adds a trivial
``/bench-noop`` command (ack, respond "ok": the baseline), serves it with ``bot.web.start``
on 127.0.0.1 and a free port, prints ``PORT <n>`` and runs until standard input closes.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    cfg, state, secret = argv
    from bot import config, web
    from bot.clock import SystemClock
    from bot.slack import make_bolt_app
    from bot.store import Store

    settings = config.load(
        cfg,
        {"TRUCE_BOT_STATE": state, "SLACK_BOT_TOKEN": "xoxb-000000000000-bench-token-not-real",
         "SLACK_SIGNING_SECRET": secret},
    )
    store = Store(state)
    clock = SystemClock()
    bolt = make_bolt_app(settings, store, clock)

    @bolt.command("/bench-noop")
    def noop(ack, respond):  # the baseline: a trivial handler in the same app and server
        ack()
        respond(text="ok", response_type="ephemeral", replace_original=False)

    server = web.start(bolt, store=store, clock=clock, signing_secret=secret, host="127.0.0.1", port=0)
    print(f"PORT {server.port}", flush=True)
    sys.stdin.read()  # until the parent closes our stdin
    server.stop()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
