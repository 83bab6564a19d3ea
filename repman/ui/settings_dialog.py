"""Settings…: the business profile replies are signed with (kept in the inbox file, as
`repman config` does), the response targets, when a promise falls due, how often to sync,
and the language of the app (kept on this computer; applied to every window on Save)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from repman.answering import DEFAULT_FOLLOWUP_DAYS, PROFILE_KEYS
from repman.domain import CRITICISM_TARGET_HOURS, DEFAULT_TARGET_HOURS, RepmanError
from repman.store import Store
from repman.ui.i18n import QT_TRANSLATE_NOOP
from repman.ui.sync_controller import MAX_AUTO_MINUTES, SyncController
from repman.ui.ui_language import LANGUAGES, apply_language, save_language, saved_language

TEXT_KEYS = (
    (
        "business",
        QT_TRANSLATE_NOOP("SettingsDialog", "Business name"),
        QT_TRANSLATE_NOOP("SettingsDialog", "e.g. Cedar & Olive"),
    ),
    (
        "signature",
        QT_TRANSLATE_NOOP("SettingsDialog", "Signature"),
        QT_TRANSLATE_NOOP("SettingsDialog", "e.g. Maya, owner"),
    ),
    (
        "contact",
        QT_TRANSLATE_NOOP("SettingsDialog", "Contact line"),
        QT_TRANSLATE_NOOP("SettingsDialog", "e.g. hello@cedarolive.example or 020 7946 0000"),
    ),
)
# key, label, default, suffix, minimum, maximum
NUMBER_KEYS = (
    ("target_criticism_hours", QT_TRANSLATE_NOOP("SettingsDialog", "Answer criticism within"),
     CRITICISM_TARGET_HOURS, QT_TRANSLATE_NOOP("SettingsDialog", " h"), 0.5, 720),
    ("target_default_hours", QT_TRANSLATE_NOOP("SettingsDialog", "Answer the rest within"),
     DEFAULT_TARGET_HOURS, QT_TRANSLATE_NOOP("SettingsDialog", " h"), 0.5, 720),
    ("followup_days", QT_TRANSLATE_NOOP("SettingsDialog", "A promise is due after"),
     DEFAULT_FOLLOWUP_DAYS, QT_TRANSLATE_NOOP("SettingsDialog", " days"), 0.5, 90),
)  # fmt: skip


def _number(text: str | None, default: float) -> float:
    try:
        value = float(text) if text else default
    except ValueError:
        return default
    return value if value > 0 else default


class SettingsDialog(QDialog):
    saved = Signal()  # the profile or the targets changed: what shows them may refresh

    def __init__(
        self,
        store: Store,
        *,
        sync_controller: SyncController | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._store = store
        self._sync = sync_controller
        self._settings = settings if settings is not None else QSettings()
        values = store.settings()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.text_edits: dict[str, QLineEdit] = {}
        for key, caption, example in TEXT_KEYS:
            edit = QLineEdit(values.get(key, ""), self)
            edit.setPlaceholderText(self.tr(example))
            edit.setToolTip(PROFILE_KEYS[key].capitalize())
            self.text_edits[key] = edit
            form.addRow(self.tr(caption), edit)
        self.number_edits: dict[str, QDoubleSpinBox] = {}
        for key, caption, default, suffix, low, high in NUMBER_KEYS:
            spin = QDoubleSpinBox(self)
            spin.setRange(low, high)
            spin.setDecimals(1)
            spin.setSingleStep(0.5 if key == "followup_days" else 1)
            spin.setSuffix(self.tr(suffix))
            spin.setValue(_number(values.get(key), default))
            spin.setToolTip(PROFILE_KEYS[key].capitalize())
            self.number_edits[key] = spin
            form.addRow(self.tr(caption), spin)
        self.auto_sync = QSpinBox(self)
        self.auto_sync.setRange(0, MAX_AUTO_MINUTES)
        self.auto_sync.setSingleStep(5)
        self.auto_sync.setSuffix(self.tr(" min"))
        self.auto_sync.setSpecialValueText(self.tr("Off"))
        self.auto_sync.setToolTip(
            self.tr("Sync every source this often while Repman is open; 0 is off")
        )
        self.auto_sync.setValue(sync_controller.auto_minutes() if sync_controller else 0)
        self.auto_sync.setEnabled(sync_controller is not None)
        form.addRow(self.tr("Sync automatically every"), self.auto_sync)
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(saved_language(self._settings)))
        self.language.setToolTip(
            self.tr(
                "The words change in every open window when you save; Arabic and Urdu lay the "
                "app out from right to left"
            )
        )
        form.addRow(self.tr("Language of the app"), self.language)

        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        note = QLabel(
            self.tr(
                "Business name, signature and contact fill in the reply templates. Targets "
                "decide when an unanswered item counts as late."
            ),
            self,
        )
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(note)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def selected_language(self) -> str:
        return str(self.language.currentData())

    def save(self) -> bool:
        """Write everything; the dialog closes when it all went in."""
        try:
            for key, edit in self.text_edits.items():
                self._store.set_setting(key, " ".join(edit.text().split()) or None)
            for key, spin in self.number_edits.items():
                self._store.set_setting(key, f"{spin.value():g}")
        except RepmanError as exc:
            self.error.setText(
                self.tr("The settings could not be saved: {reason}").format(reason=exc.message)
            )
            self.error.setVisible(True)
            return False
        if self._sync is not None:
            self._sync.set_auto_minutes(self.auto_sync.value())
        language = self.selected_language()
        if language != saved_language(self._settings):
            save_language(self._settings, language)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_language(app, language)
        self.saved.emit()
        self.accept()
        return True
