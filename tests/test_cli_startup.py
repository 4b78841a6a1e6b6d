"""CLI start-up: help needs none of the heavy libraries; each command still gets all its options."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import storyline
from storyline.cli import build_parser, main
from storyline.commands import COMMANDS
from storyline.commands.eval import TASKS

HEAVY = ("numpy", "scipy", "trafilatura", "wordllama", "rich", "jsonschema", "storyline.brief")


def _loaded_after(argv: list[str]) -> set[str]:
    """Modules a fresh interpreter has imported after running the CLI with ``argv``."""
    code = (f"import sys\nfrom storyline.cli import main\ntry:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
            "print(' '.join(sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


@pytest.mark.parametrize("argv", [["--help"], ["brief", "--help"], ["eval", "--help"], ["quotes", "--help"],
                                  ["summarize", "--help"], ["corpus", "--help"], ["corpus", "cluster", "--help"],
                                  ["eval", "conflicts", "--help"], ["eval", "provenance", "--help"],
                                  ["eval", "claims", "--help"]])
def test_help_imports_no_heavy_library(argv):
    loaded = _loaded_after(argv)
    assert not [name for name in HEAVY if name in loaded]


def test_listed_help_matches_each_command_module():
    subparsers = build_parser()._subparsers._group_actions[0]
    listed = {action.dest: action.help for action in subparsers._choices_actions}
    assert listed == COMMANDS


def test_only_the_named_command_gets_its_options():
    choices = build_parser(load=["quotes"])._subparsers._group_actions[0].choices
    assert set(choices) == set(COMMANDS)
    assert any("--output" in action.option_strings for action in choices["quotes"]._actions)
    assert not any("--words" in action.option_strings for action in choices["brief"]._actions)


def test_eval_task_options_load_when_the_task_is_named(capsys):
    with pytest.raises(SystemExit):
        main(["eval", "quotes", "--help"])
    assert "--data" in capsys.readouterr().out


def test_eval_task_list_uses_each_module_docstring(capsys):
    with pytest.raises(SystemExit):
        main(["eval", "--help"])
    out = capsys.readouterr().out
    assert set(TASKS) <= set(out.split()) and "``" not in out


def test_package_exports_resolve_lazily_and_brief_stays_the_function():
    importlib.import_module("storyline.brief")  # importing the submodule must not shadow the function

    assert callable(storyline.brief) and storyline.brief.__name__ == "brief"
    assert storyline.Settings().words > 0
    with pytest.raises(AttributeError):
        _ = storyline.no_such_name


def test_a_missing_evaluation_library_is_one_line_with_the_fix(monkeypatch, capsys):
    import storyline.eval.quotes as runner

    def needs_a_library(args):
        raise ModuleNotFoundError("No module named 'rouge_score'", name="rouge_score")

    monkeypatch.setattr(runner, "run", needs_a_library)
    assert main(["eval", "quotes"]) == 2
    assert capsys.readouterr().err.strip() == ("storyline: eval quotes needs the evaluation libraries "
                                               "(rouge_score is missing): pip install 'storyline[eval]'")
