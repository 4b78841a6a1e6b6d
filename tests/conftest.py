"""Shared fixtures: small synthetic articles written for these tests."""

from __future__ import annotations

import pytest

from storyline.brief import demo_paths


@pytest.fixture(scope="session")
def demo_files() -> list[str]:
    return demo_paths()
