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
  log lines and key sequences stay as they are.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context  # only read by lupdate
    return text
