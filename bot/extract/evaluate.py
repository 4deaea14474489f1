"""Score extraction against labelled cases (corpus format). Pure: data in, a report out.

``score(cases, predictions)`` compares, per case, the expected events with the predicted
ones. An event matches when the truce (case-insensitive) and kind agree; each expected event
takes at most one prediction, preferring one with the right deadline. Deadlines are scored
on ``declared``/``extended``/``expiring`` events: exact to the minute (60 s) when the case
states one; a prediction with a deadline where the case has none is *invented*. A negative
case (nothing expected) with any prediction is a *false alarm*. These are the rules of
``../shared/tools/score_extract.py``; ``truce-bot eval`` prints the result.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.models import KINDS

__all__ = ["DEADLINE_KINDS", "KindScore", "Miss", "Report", "score", "render"]

#: Kinds whose deadline is scored.
DEADLINE_KINDS = frozenset({"declared", "extended", "expiring"})
_TOLERANCE = 60.0  # seconds


@dataclass
class KindScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Miss:
    """One disagreement: ``what`` is MISS, EXTRA, DEADLINE or INVENTED."""

    what: str
    case: str
    truce: str
    kind: str
    expected: str | None = None
    got: str | None = None


@dataclass
class Report:
    cases: int = 0
    kinds: dict[str, KindScore] = field(default_factory=lambda: {k: KindScore() for k in KINDS})
    deadlines: int = 0
    deadlines_ok: int = 0
    invented: int = 0
    negatives: int = 0
    false_alarms: int = 0
    missing: int = 0  # cases with no prediction line at all
    misses: list[Miss] = field(default_factory=list)

    @property
    def total(self) -> KindScore:
        t = KindScore()
        for k in self.kinds.values():
            t.tp, t.fp, t.fn = t.tp + k.tp, t.fp + k.fp, t.fn + k.fn
        return t

    @property
    def deadline_accuracy(self) -> float:
        return self.deadlines_ok / self.deadlines if self.deadlines else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.negatives if self.negatives else 0.0


def _ts(value: Any) -> float | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def score(cases: Iterable[Mapping[str, Any]], predictions: Mapping[str, Sequence[Mapping[str, Any]]]) -> Report:
    """Compare ``predictions`` (case id -> events as ``Event.to_json()``) with ``cases``."""
    rep = Report()
    for case in cases:
        rep.cases += 1
        cid = str(case["id"])
        if cid not in predictions:
            rep.missing += 1
        preds = [p for p in predictions.get(cid, ()) if p.get("kind") in rep.kinds]
        expected = list(case.get("expected") or ())
        if not expected:
            rep.negatives += 1
            rep.false_alarms += bool(preds)
        used: set[int] = set()
        for e in expected:
            kind, truce = e["kind"], e["truce"]
            want = _ts(e.get("deadline"))
            if e.get("deadline") and kind in DEADLINE_KINDS:
                rep.deadlines += 1
            cands = [i for i, p in enumerate(preds) if i not in used and p.get("kind") == kind
                     and str(p.get("truce", "")).casefold() == truce.casefold()]
            best = next((i for i in cands if _same(_ts(preds[i].get("deadline")), want)), None)
            if best is None and cands:
                best = cands[0]
            if best is None:
                rep.kinds[kind].fn += 1
                rep.misses.append(Miss("MISS", cid, truce, kind, e.get("deadline")))
                continue
            used.add(best)
            rep.kinds[kind].tp += 1
            if kind not in DEADLINE_KINDS:
                continue
            got = preds[best].get("deadline")
            if want is not None:
                if _same(_ts(got), want):
                    rep.deadlines_ok += 1
                else:
                    rep.misses.append(Miss("DEADLINE", cid, truce, kind, e.get("deadline"), got))
            elif got:
                rep.invented += 1
                rep.misses.append(Miss("INVENTED", cid, truce, kind, None, got))
        for i, p in enumerate(preds):
            if i not in used:
                rep.kinds[p["kind"]].fp += 1
                rep.misses.append(Miss("EXTRA", cid, str(p.get("truce")), p["kind"], None, p.get("deadline")))
    return rep


def _same(got: float | None, want: float | None) -> bool:
    if got is None or want is None:
        return got is None and want is None
    return abs(got - want) <= _TOLERANCE


def render(rep: Report, *, misses: bool = True) -> str:
    """The report as text: per-kind P/R/F1, totals, deadlines, false alarms, then the misses."""
    lines = [f"{'kind':10s} {'tp':>4s} {'fp':>4s} {'fn':>4s} {'P':>6s} {'R':>6s} {'F1':>6s}"]
    for k in KINDS:
        s = rep.kinds[k]
        lines.append(f"{k:10s} {s.tp:4d} {s.fp:4d} {s.fn:4d} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
    t = rep.total
    lines.append(f"{'all':10s} {t.tp:4d} {t.fp:4d} {t.fn:4d} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f}")
    lines.append(f"cases: {rep.cases} ({rep.negatives} negative)")
    lines.append(f"deadline accuracy: {rep.deadline_accuracy:.3f} ({rep.deadlines_ok}/{rep.deadlines} exact to the minute)")
    lines.append(f"invented deadlines: {rep.invented}")
    lines.append(f"false alarms on negatives: {rep.false_alarm_rate:.3f} ({rep.false_alarms}/{rep.negatives})")
    if misses and rep.misses:
        lines.append("misses:")
        for m in rep.misses:
            detail = {
                "MISS": f"expected {m.expected}",
                "EXTRA": f"got {m.got}",
                "DEADLINE": f"expected {m.expected} got {m.got}",
                "INVENTED": f"got {m.got}",
            }[m.what]
            lines.append(f"  {m.what:8s} {m.case}: {m.truce} {m.kind} {detail}")
    return "\n".join(lines)
