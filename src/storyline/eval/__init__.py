"""Evaluation runners, one per task, over labelled data outside the repository."""
