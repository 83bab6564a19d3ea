"""Marking words for translation where they are defined (module tables) and translating
them where they are shown.

``QT_TRANSLATE_NOOP("Context", "text")`` is what pyside6-lupdate looks for; this typed copy
returns the text unchanged as a ``str`` (PySide6's own is typed ``object``). Show the text
with ``self.tr(text)`` in a class named ``Context``, or with
``QCoreApplication.translate("Context", text)``.

Conventions (scripts/update_translations.sh rebuilds resources/translations/):
- values go in as named placeholders filled after translation:
  ``self.tr("Reply to {name}").format(name=...)``; never glue translated pieces together;
- counts use two strings, "1 item" and "{count} items"; translators word the second so it
  reads right for any number above one (Arabic "{count} من العناصر"); no Qt plural forms;
- texts from the core (error messages, finding explanations), review data, source names,
  log lines and key sequences stay as they are;
- a widget sets its words in ``retranslate()`` (see Retranslating), so a language chosen in
  Settings applies at once to every open window.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context  # only read by lupdate
    return text


class Retranslating:
    """Mixed into a widget (``class Panel(Retranslating, QWidget)``) whose words are all set by
    its ``retranslate()``: the widget calls it once when built, and Qt's LanguageChange (sent
    to every widget when Settings switches the language) calls it again. Each text is then
    written once, and texts worked out from state (counts, the shown item) are worked out
    again by the same code."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            try:
                self.retranslate()
            except Exception:  # handed on below, never swallowed
                # To the crash handler (or pytest-qt) directly: an exception left to escape
                # this override can crash PySide 6.11 while it stores it (sqlite3's, seen).
                sys.excepthook(*sys.exc_info())
        super().changeEvent(event)  # type: ignore[misc]
