"""Evaluation runners, one module per task (``storyline eval TASK``)."""
