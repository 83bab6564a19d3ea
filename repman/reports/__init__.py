"""Metrics over the response log, and its exports."""
