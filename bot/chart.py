"""A truce's history as a PNG timeline (``/truce NAME chart``, ``truce-bot chart NAME``).

Pure apart from drawing: ``render_chart(truce, events, now)`` returns PNG bytes and touches
no file, database or clock. matplotlib is imported inside the function (Agg backend, no
display), so ``import bot.chart`` stays cheap for the slash command and the CLI.

What the picture shows, on one time axis in UTC (the truce's zone named in the subtitle):

- the **truce band**: from the declaration to each deadline in turn — the declared period,
  then one segment per extension, each labelled with how far it moved the deadline; the part
  still ahead of *now* is lighter; a collapse cuts the band with a black cross;
- **deadlines**: a dashed line at each superseded deadline and a solid one at the deadline
  held now, labelled with its local time;
- **reports**: a marker per report at its publication time (declared, extended, expiring,
  expired, collapsed), with a thin arrow from each extension report to the deadline it set;
- **violations**: red crosses on their own row;
- **now**: a vertical line.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.clock import utc
from bot.messages import city_of, format_span, local_time
from bot.models import Event, Truce

__all__ = ["render_chart", "WIDTH_PX", "HEIGHT_PX", "DPI"]

DPI = 100
WIDTH_PX = 1200
HEIGHT_PX = 520

_STATUS_WORD = {"active": "in force", "expired": "expired", "collapsed": "collapsed", "unknown": "no news yet"}
_KIND_STYLE = {  # marker, colour, label
    "declared": ("o", "#2e7d32", "declared"),
    "extended": (">", "#1565c0", "extended"),
    "expiring": ("D", "#ef6c00", "due to expire"),
    "expired": ("s", "#616161", "expired"),
    "collapsed": ("X", "#000000", "collapsed"),
}
_BAND_COLOURS = ("#66bb6a", "#42a5f5", "#1e88e5", "#1565c0", "#0d47a1")
_ROW_BAND, _ROW_REPORTS, _ROW_VIOLATIONS = 2.0, 1.0, 0.0


def _when(event: Event) -> datetime | None:
    return utc(event.source.published) if event.source and event.source.published else None


def render_chart(truce: Truce, events: Sequence[Event], now: datetime) -> bytes:
    """The PNG timeline of *truce* (``WIDTH_PX`` x ``HEIGHT_PX``) from its *events* (any
    order; those of other truces are ignored) as of *now*. Events without a publication time
    are placed at the deadline they report, or left out. Raises ImportError without matplotlib."""
    from matplotlib import dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    now = utc(now)
    tz = truce.timezone or "UTC"
    place = city_of(tz)
    mine = [e for e in events if e.truce == truce.name]
    dated = sorted(((w, e) for e in mine if (w := _when(e)) is not None), key=lambda p: p[0])

    # The deadlines in the order the truce held them: each report that set a new one.
    chain: list[tuple[datetime, datetime, Event | None]] = []  # (reported at, deadline, event)
    for when, e in dated:
        if e.deadline is not None and e.kind in ("declared", "extended", "expiring"):
            d = utc(e.deadline)
            if not chain or d != chain[-1][1]:
                chain.append((when, d, e))
    current = utc(truce.deadline) if truce.deadline else None
    if current is not None and (not chain or chain[-1][1] != current):
        chain.append(((utc(truce.updated_at) if truce.updated_at else now), current, None))
    start = utc(truce.declared_at) if truce.declared_at else (dated[0][0] if dated else None)
    ended = utc(truce.ended_at) if truce.ended_at and truce.status in ("expired", "collapsed") else None

    history = [w for w, _ in dated] + [d for _, d, _ in chain] + ([start] if start else [])
    # A truce long over: "now" stays off the axis (marked at its edge) so the history is legible.
    now_far = bool(history) and now > max(history) + max(max(history) - min(history), timedelta(days=2))
    moments = history if now_far else [now, *history]
    lo, hi = min(moments), max(moments)
    pad = max((hi - lo) * 0.06, timedelta(hours=2))
    lo, hi = lo - pad, hi + pad

    fig = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    FigureCanvasAgg(fig)  # Agg, per figure: no global backend switch, no display, thread-safe
    ax = fig.add_axes((0.10, 0.19, 0.87, 0.58))
    status = _STATUS_WORD.get(truce.status, truce.status)
    fig.text(0.10, 0.93, f"{truce.name} truce — {status}", fontsize=17, fontweight="bold", ha="left")
    offset = _offset(now, tz)
    zone_note = "times in UTC" if place == "UTC" else f"times in UTC · local zone {tz} ({offset})"
    deadline_note = ""
    where = "" if place == "UTC" else f" {place}"
    if truce.status == "collapsed" and ended is not None:
        deadline_note = f" · collapsed {local_time(ended, tz)}{where} = {ended:%d %b %H:%M} UTC"
    elif current is not None:
        verb = "ended" if current <= now else "ends"
        deadline_note = f" · {verb} {local_time(current, tz)}{where} = {current:%d %b %H:%M} UTC"
    fig.text(0.10, 0.875, zone_note + deadline_note, fontsize=10.5, color="#424242", ha="left")
    fig.text(0.99, 0.01, f"as of {now:%Y-%m-%d %H:%M} UTC · truce-bot", fontsize=8, color="#9e9e9e", ha="right")

    # the truce band: declaration -> first deadline -> each extension
    if start is not None and chain:
        edges = [start] + [d for _, d, _ in chain]
        for i in range(len(chain)):
            a, b = edges[i], edges[i + 1]
            if b <= a:
                continue
            colour = _BAND_COLOURS[min(i, len(_BAND_COLOURS) - 1)]
            stop = min(b, ended) if ended else b
            past_end = min(stop, now)
            if past_end > a:
                ax.barh(_ROW_BAND, past_end - a, left=a, height=0.5, color=colour, edgecolor="white")
            if stop > max(a, now):
                s = max(a, now)
                ax.barh(_ROW_BAND, stop - s, left=s, height=0.5, color=colour, alpha=0.35,
                        edgecolor=colour, hatch="//")
            if i == 0:
                label = "declared"
            else:  # an extension: how far it moved the deadline
                label = f"+{format_span((chain[i][1] - chain[i - 1][1]).total_seconds())}"
            ax.text(a + (stop - a) / 2 if stop > a else a, _ROW_BAND, label, ha="center", va="center", fontsize=9,
                    color="white" if stop <= now else "#0d47a1", fontweight="bold", clip_on=True)
    elif start is not None:
        stop = ended or now
        if stop > start:
            ax.barh(_ROW_BAND, stop - start, left=start, height=0.5, color="#bdbdbd")
            ax.text(start + (stop - start) / 2, _ROW_BAND, "no deadline known", ha="center",
                    va="center", fontsize=9)
    if truce.status == "collapsed" and ended is not None:
        ax.plot([ended], [_ROW_BAND], marker="X", markersize=16, color="black", zorder=5)

    # deadlines: superseded dashed, current solid, labelled in local time
    for i, (_, d, _) in enumerate(chain):
        last = i == len(chain) - 1 and d == current and truce.status != "collapsed"
        ax.axvline(d, color="#1565c0" if last else "#90a4ae", linestyle="-" if last else "--",
                   linewidth=1.6 if last else 1.0, zorder=1)
        label = local_time(d, tz, year=False) + ("" if place == "UTC" else f" {place}")
        where_x = (d - lo) / (hi - lo)  # keep labels near an edge inside the picture
        align = "right" if where_x > 0.88 else "left" if where_x < 0.12 else "center"
        ax.text(d, 2.62 + (0.22 if i % 2 else 0.0), label, rotation=0, ha=align, va="bottom",
                fontsize=8.5, color="#1565c0" if last else "#78909c", zorder=3,
                bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"})

    # reports and violations
    for when, e in dated:
        if e.kind == "violation":
            ax.plot([when], [_ROW_VIOLATIONS], marker="x", markersize=11, markeredgewidth=2.4,
                    color="#c62828", zorder=4)
            continue
        marker, colour, _ = _KIND_STYLE.get(e.kind, ("o", "#757575", e.kind))
        ax.plot([when], [_ROW_REPORTS], marker=marker, markersize=10, color=colour, zorder=4,
                markeredgecolor="white")
        if e.deadline is not None and e.kind in ("declared", "extended", "expiring"):
            ax.annotate("", xy=(utc(e.deadline), _ROW_BAND - 0.27), xytext=(when, _ROW_REPORTS + 0.12),
                        arrowprops={"arrowstyle": "->", "color": colour, "alpha": 0.55, "linewidth": 1.0})

    if not dated and start is None and not chain:
        ax.text(lo + (hi - lo) / 2, _ROW_REPORTS, "nothing reported about this truce yet", ha="center",
                va="center", fontsize=12, color="#757575")
    if now_far:
        ax.text(hi, -0.62, f"now: {now:%d %b %Y} →", color="#d32f2f", fontsize=10, fontweight="bold",
                ha="right", va="center")
    else:
        ax.axvline(now, color="#d32f2f", linewidth=2.0, zorder=6)
        ax.text(now, -0.62, " now", color="#d32f2f", fontsize=10, fontweight="bold", ha="left", va="center")

    ax.set_xlim(lo, hi)
    ax.set_ylim(-0.8, 3.1)
    ax.set_yticks([_ROW_VIOLATIONS, _ROW_REPORTS, _ROW_BAND], ["violations", "reports", "truce"])
    ax.tick_params(axis="y", length=0, labelsize=10)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    spans_years = lo.year != hi.year
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y\n%H:%M UTC" if spans_years else "%a %d %b\n%H:%M UTC"))
    ax.tick_params(axis="x", labelsize=8.5)
    ax.grid(axis="x", color="#eeeeee", zorder=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)

    legend = [Line2D([], [], marker=m, color=c, linestyle="", markersize=8, label=label)
              for kind, (m, c, label) in _KIND_STYLE.items() if any(e.kind == kind for _, e in dated)]
    if any(e.kind == "violation" for _, e in dated):
        legend.append(Line2D([], [], marker="x", color="#c62828", linestyle="", markersize=8,
                             markeredgewidth=2, label="violation reported"))
    if len(chain) > 1 or (chain and truce.status == "collapsed"):
        legend.append(Line2D([], [], color="#90a4ae", linestyle="--", label="superseded deadline"))
    if current is not None and truce.status != "collapsed":
        legend.append(Line2D([], [], color="#1565c0", label="deadline now"))
    legend.append(Line2D([], [], color="#d32f2f", linewidth=2, label="now"))
    fig.legend(handles=legend, loc="lower left", bbox_to_anchor=(0.10, 0.0), ncol=len(legend),
               fontsize=8.5, frameon=False, handletextpad=0.4, columnspacing=1.2)

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": "truce-bot"})
    return buffer.getvalue()


def _offset(moment: datetime, timezone: str) -> str:
    """``UTC+03:00`` for *timezone* at *moment*."""
    from zoneinfo import ZoneInfo

    try:
        delta = moment.astimezone(ZoneInfo(timezone)).utcoffset() or timedelta(0)
    except (ValueError, KeyError, OSError):
        delta = timedelta(0)
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
