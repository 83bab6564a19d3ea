"""The desktop window: PySide6 widgets, models and workers. The only Qt-widgets code in Repman."""

from repman.ui._refcount_guard import protect_singletons

# Before any PySide6 call: see _refcount_guard for the PySide6 6.12 / Python 3.11 bug.
protect_singletons()
