"""The language of the app's own words: English, العربية, اردو or Ελληνικά.

Choosing Arabic or Urdu mirrors the whole layout at once (QApplication.layoutDirection).
Translations arrive as Qt .qm files dropped into resources/translations/ as
``repman_<lang>.qm`` (e.g. repman_ar.qm): when the file exists it is loaded with a
QTranslator, together with Qt's own ``qtbase_<lang>.qm`` for the standard buttons; without
it the words stay English and only the direction changes. Open windows take the new words
at once (i18n.Retranslating). Kept in QSettings (it belongs to the person at this computer,
not to the inbox file).
"""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

LANGUAGES = {"en": "English", "ar": "العربية", "ur": "اردو", "el": "Ελληνικά"}
RIGHT_TO_LEFT = frozenset({"ar", "ur"})
SETTINGS_KEY = "ui/language"
DEFAULT_LANGUAGE = "en"
_TRANSLATOR = "repmanTranslator"  # object names: found again on the next switch
_QT_TRANSLATOR = "repmanQtTranslator"


def saved_language(settings: QSettings) -> str:
    value = settings.value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(SETTINGS_KEY, language if language in LANGUAGES else DEFAULT_LANGUAGE)


def direction(language: str) -> Qt.LayoutDirection:
    if language in RIGHT_TO_LEFT:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def apply_language(app: QApplication, language: str) -> bool:
    """Mirror the layout for ar/ur and load the translation if one is installed; returns
    whether Repman's own translation was found. Every widget has its new words on return."""
    try:
        return _switch(app, language)
    finally:
        # Qt posts LanguageChange to each window (one per window, however many translators
        # changed); delivering them now makes the switch complete when this returns, for
        # the Settings dialog and for tests alike.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def _switch(app: QApplication, language: str) -> bool:
    app.setLayoutDirection(direction(language))
    for name in (_TRANSLATOR, _QT_TRANSLATOR):
        old = app.findChild(QTranslator, name)
        if old is not None:
            app.removeTranslator(old)
            old.setParent(None)
            old.deleteLater()
    if language == DEFAULT_LANGUAGE:
        return False
    resource = files("repman.resources") / "translations" / f"repman_{language}.qm"
    if not resource.is_file():
        return False
    # as_file gives a real path even when the package is zipped or frozen.
    with as_file(resource) as path:
        if not _install(app, _TRANSLATOR, str(path)):
            return False
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _install(app, _QT_TRANSLATOR, f"{qt_folder}/qtbase_{language}.qm")
    return True


def _install(app: QApplication, name: str, path: str) -> bool:
    translator = QTranslator(app)
    translator.setObjectName(name)
    if not translator.load(path):
        translator.setParent(None)
        return False
    app.installTranslator(translator)
    return True
