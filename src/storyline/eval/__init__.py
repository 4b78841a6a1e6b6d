"""Evaluation runners on labelled data, one module per task (``storyline eval TASK``)."""
