"""Shared fixtures: small synthetic articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.brief import demo_paths


@pytest.fixture(scope="session")
def demo_files() -> list[str]:
    return demo_paths()


def pytest_terminal_summary(terminalreporter) -> None:
    """Name the screenshots the browser tests saved, so CI's log points at them."""
    folder = Path(__file__).resolve().parent.parent / "ci-artifacts"
    shots = sorted(folder.glob("*.png")) if folder.is_dir() else []
    if shots:
        terminalreporter.write_sep("-", "screenshots of the HTML brief")
        for shot in shots:
            terminalreporter.write_line(f"screenshot: {shot}")
