"""Evaluation runners, one module per ``storyline eval`` task."""
