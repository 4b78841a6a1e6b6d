"""The JSON Schema (draft 2020-12) of the contract, shipped in the package.

``brief.schema.json`` describes every key :mod:`storyline.report.json` writes,
the sections of every stage included, so a consumer can check a brief without
reading Storyline's code.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

import jsonschema


@cache
def brief_schema() -> dict:
    """The schema as data."""
    return json.loads(resources.files(__package__).joinpath("brief.schema.json").read_text(encoding="utf-8"))


def schema_errors(data: dict) -> list[str]:
    """Every way ``data`` breaks the schema, one line each (empty when valid)."""
    validator = jsonschema.Draft202012Validator(brief_schema())
    return sorted(f"{'/'.join(str(p) for p in error.absolute_path) or '<root>'}: {error.message}"
                  for error in validator.iter_errors(data))
