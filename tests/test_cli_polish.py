"""The command line as a person meets it: help, formats, progress, one-line errors."""

from __future__ import annotations

import importlib
import io

import pytest

from storyline.cli import build_parser, main
from storyline.commands import brief as brief_command
from storyline.commands.common import Progress, progress_wanted

brief_module = importlib.import_module("storyline.brief")  # the module, not storyline.brief()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _brief_parser():
    parser = build_parser()
    return parser._subparsers._group_actions[0].choices["brief"]


def test_help_gives_every_option_an_example_and_the_exit_codes():
    parser = _brief_parser()
    for action in parser._actions:
        if action.dest != "help":
            assert "e.g." in (action.help or ""), action.dest
    text = parser.format_help()
    for code in ("0 ", "1 ", "2 ", "3 ", "130 "):
        assert f"  {code}" in text
    assert "-o brief.html" in text and "--words" in text and "--format" in text


@pytest.mark.parametrize(("output", "start"), [("b.html", "<!DOCTYPE html>"), ("b.htm", "<!DOCTYPE html>"),
                                               ("b.md", "# "), ("b.json", "{")])
def test_output_extension_picks_the_format(tmp_path, output, start):
    target = tmp_path / output
    assert main(["brief", "--demo", "-q", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith(start)


@pytest.mark.parametrize(("given", "start"), [("html", "<!DOCTYPE html>"), ("HTML", "<!DOCTYPE html>"),
                                              ("markdown", "# "), ("Markdown", "# ")])
def test_explicit_format_wins_over_the_extension_in_any_case(tmp_path, given, start):
    target = tmp_path / "brief.txt"
    assert main(["brief", "--demo", "-q", "--format", given, "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith(start)


def test_usage_errors_are_one_line(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["brief", "--format", "pdf"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "invalid choice: 'pdf'" in err[0] and "--help" in err[0]


def test_internal_errors_are_one_line_unless_debug(monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("renderer exploded")

    monkeypatch.setattr(brief_command, "render", broken)
    assert main(["brief", "--demo", "-q"]) == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["storyline: internal error: RuntimeError: renderer exploded (run with --debug for details)"]
    with pytest.raises(RuntimeError):
        main(["brief", "--demo", "-q", "--debug"])


def test_progress_only_for_a_terminal_and_never_with_quiet():
    assert progress_wanted(False, _Terminal())
    assert not progress_wanted(True, _Terminal())
    assert not progress_wanted(False, io.StringIO())


def test_progress_bar_reports_reading_then_stages(monkeypatch):
    monkeypatch.setattr(brief_module, "STAGES", (lambda brief, settings: brief,))
    terminal = _Terminal()
    seen = []
    with Progress(True, terminal) as progress:
        articles, problems = brief_module.read_articles(brief_module.demo_paths(), on_read=progress.article_read)
        progress.start_stages(len(brief_module.STAGES))
        brief_module.build_brief(articles, problems=problems,
                                 on_stage=lambda name: (seen.append(name), progress.stage(name)))
        tasks = {task.description: task for task in progress._bar.tasks}
    assert tasks["articles read"].completed == len(articles) == 6
    assert seen == ["<lambda>"] and "stage: <lambda>" in tasks
    assert terminal.getvalue()  # drawn on the stream it was given


def test_no_progress_output_when_stderr_is_not_a_terminal(capsys):
    assert main(["brief", "--demo", "-o", "-"]) == 0
    err = capsys.readouterr().err
    assert "reading" not in err and "stage" not in err
