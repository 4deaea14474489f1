"""bot/chart.py: the PNG timeline, and ``truce-bot chart NAME --out FILE.png``."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.chart import HEIGHT_PX, WIDTH_PX, render_chart
from bot.cli import main
from bot.models import Event, Source, Truce
from tests.test_exports import D1, D2, D3, DEMO, T0, history
from tests.test_exports import state as state  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parent.parent
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
NOW = D2 + timedelta(hours=6)


def size(png: bytes) -> tuple[int, int]:
    assert png[:8] == PNG_SIGNATURE and png[12:16] == b"IHDR"
    return struct.unpack(">II", png[16:24])


def pixels(png: bytes):
    from PIL import Image  # pillow comes with matplotlib

    return Image.open(io.BytesIO(png)).convert("RGB")


def count_colour(png: bytes, rgb: tuple[int, int, int], tolerance: int = 40) -> int:
    """How many pixels are within *tolerance* of *rgb* on every channel."""
    import numpy as np  # comes with matplotlib

    image = np.asarray(pixels(png), dtype=np.int16)
    return int((np.abs(image - np.array(rgb, dtype=np.int16)) <= tolerance).all(axis=2).sum())


@pytest.fixture(scope="module")
def seed_png() -> bytes:
    truce_list, events = history()
    return render_chart(truce_list[0], events, NOW)


def test_png_signature_and_size(seed_png):
    assert size(seed_png) == (WIDTH_PX, HEIGHT_PX)
    assert pixels(seed_png).size == (WIDTH_PX, HEIGHT_PX)  # decodes, not just a header


def test_same_history_same_bytes_different_history_different_image(seed_png):
    truce_list, events = history()
    assert render_chart(truce_list[0], events, NOW) == seed_png
    without_violation = [e for e in events if e.kind != "violation"]
    assert render_chart(truce_list[0], without_violation, NOW) != seed_png
    assert render_chart(truce_list[0], events, NOW + timedelta(hours=12)) != seed_png
    collapsed = Truce("Aleppo", "Asia/Damascus", status="collapsed", deadline=D3, declared_at=T0, ended_at=NOW)
    assert render_chart(collapsed, events, NOW) != seed_png


def test_violations_are_red_marks_and_now_is_a_red_line(seed_png):
    truce_list, events = history()
    red = (0xC6, 0x28, 0x28)
    quiet = render_chart(truce_list[0], [e for e in events if e.kind != "violation"], NOW)
    more = [*events, *(Event("Aleppo", "violation", None, f"shelling {i}",
                             Source(f"v{i}", published=T0 + timedelta(days=1, hours=5 * i))) for i in range(4))]
    busy = render_chart(truce_list[0], more, NOW)
    assert count_colour(quiet, red) < count_colour(seed_png, red) < count_colour(busy, red)


def test_extensions_are_drawn_as_band_segments():
    truce_list, events = history()
    declared_only = Truce("Aleppo", "Asia/Damascus", status="active", deadline=D1, declared_at=T0)
    extended_blue = (0x1E, 0x88, 0xE5)  # the second extension's band colour
    assert count_colour(render_chart(declared_only, events[:1], T0), extended_blue, 8) == 0
    assert count_colour(render_chart(truce_list[0], events, D3 + timedelta(hours=1)), extended_blue, 8) > 1000


def test_events_of_other_truces_are_ignored(seed_png):
    truce_list, events = history()
    other = Event("Gaza", "violation", None, "elsewhere", Source("g", published=NOW - timedelta(hours=1)))
    assert render_chart(truce_list[0], [*events, other], NOW) == seed_png


@pytest.mark.parametrize(
    "truce",
    [
        Truce("Yemen", "Asia/Aden"),  # nothing known
        Truce("Sudan", "Africa/Khartoum", status="active", declared_at=T0),  # no deadline
        Truce("UTC truce", "UTC", status="expired", deadline=D1, declared_at=T0, ended_at=D1),
        Truce("Bad zone", "Not/AZone", status="active", deadline=D1),
    ],
)
def test_thin_histories_still_render(truce):
    assert size(render_chart(truce, [], datetime(2016, 5, 5, tzinfo=UTC))) == (WIDTH_PX, HEIGHT_PX)


def test_importing_bot_chart_does_not_import_matplotlib():
    code = "import sys, bot.chart; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


# ----------------------------------------------------------------- truce-bot chart


def test_cli_chart_writes_the_png(state, tmp_path, capsys):
    out = tmp_path / "aleppo.png"
    assert main(["--config", str(DEMO), "--state", str(state), "chart", "alepo", "--out", str(out)]) == 0
    assert size(out.read_bytes()) == (WIDTH_PX, HEIGHT_PX)
    assert "showing Aleppo for 'alepo'" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "out", "says"),
    [
        ("atlantis", "{tmp}/x.png", "atlantis"),
        ("aleppo", "{tmp}/missing/x.png", "missing/x.png"),
        ("aleppo", "{tmp}", "--out"),
        ("aleppo", "/proc/truce-bot-chart.png", "truce-bot-chart.png"),
    ],
)
def test_cli_chart_bad_name_or_path_is_one_line_exit_2(state, tmp_path, capsys, name, out, says):
    path = out.format(tmp=tmp_path)
    assert main(["--config", str(DEMO), "--state", str(state), "chart", name, "--out", path]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says in err and "Traceback" not in err
