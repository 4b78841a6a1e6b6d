"""Shared fixtures: small synthetic articles written for these tests."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from storyline.brief import demo_paths

# Property tests check behaviour, not speed: on a loaded CI machine an example may take
# longer than Hypothesis' default deadline without anything being wrong.
settings.register_profile("storyline", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("storyline")


@pytest.fixture(scope="session")
def demo_files() -> list[str]:
    return demo_paths()


_STARTED: list[float] = []


def pytest_sessionstart(session) -> None:
    _STARTED.append(time.time())


def pytest_terminal_summary(terminalreporter) -> None:
    """Name the screenshots the browser tests saved in this run, so CI's log points at them."""
    folder = Path(__file__).resolve().parent.parent / "ci-artifacts"
    started = _STARTED[0] if _STARTED else 0.0
    shots = sorted(p for p in folder.glob("*.png") if p.stat().st_mtime >= started) if folder.is_dir() else []
    if shots:
        terminalreporter.write_sep("-", "screenshots of the HTML brief")
        for shot in shots:
            terminalreporter.write_line(f"screenshot: {shot}")
