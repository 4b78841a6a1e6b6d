"""Evaluation runners, one module per task, and their baselines."""
