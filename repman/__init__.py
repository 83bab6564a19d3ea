"""Repman: every review and mention of a small business in one local inbox."""

__version__ = "0.1.0"
APP_ID = "org.repman.Repman"
APP_NAME = "Repman"
