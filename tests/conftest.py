"""Fixtures shared across test modules."""

from __future__ import annotations

import pytest

from tests.fakeslack import FakeSlack


@pytest.fixture
def fake():
    """A local fake of the Slack Web API (reach it with ``WebClient(base_url=fake.url)``)."""
    with FakeSlack() as f:
        yield f
