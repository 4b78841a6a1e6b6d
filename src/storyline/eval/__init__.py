"""Evaluation runners, one module per task (``storyline eval TASK``), with their metrics and baselines."""
