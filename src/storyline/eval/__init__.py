"""Evaluation runners, one per task (``storyline eval TASK``), with their metrics and baselines."""
