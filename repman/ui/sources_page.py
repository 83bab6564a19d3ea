"""The Sources page: add, edit, test and remove the sites Repman syncs.

The form of each kind is built from its ConnectorInfo, so a new connector needs no UI code;
the checks and the keyring steps are repman.source_setup's (shared with the command line).
Secrets never come back onto the screen: a stored one shows as "stored", an empty field
keeps it. Without a keyring a banner says so and a source with secrets is not saved (no
plain-text fallback, DESIGN.md §7). Names and errors are user or site text: plain text only.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from contextlib import suppress
from functools import partial
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repman import secrets, source_setup
from repman.domain import RepmanError, Source
from repman.source_setup import NO_KEYRING, known
from repman.sources.base import Field
from repman.sources.registry import IMPORT_KIND, connector_class, kinds
from repman.store import Store
from repman.ui import display
from repman.ui.i18n import QT_TRANSLATE_NOOP, Retranslating
from repman.ui.sync_controller import describe_exception
from repman.ui.workers import Workers

STORED = QT_TRANSLATE_NOOP("SourcesPage", "stored — leave empty to keep it")
NOT_KEPT = QT_TRANSLATE_NOOP("SourcesPage", "cannot be kept on this computer (no secure storage)")
BASE_URL = Field("base_url", "API address", "Leave empty to use the site's own address; for "
                 "self-hosted servers and testing", required=False)  # fmt: skip
IMPORTED = QT_TRANSLATE_NOOP(
    "SourcesPage", "Items imported from files: nothing to set up. Remove the source to delete them."
)
UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "SourcesPage", "This version of Repman cannot sync this kind of source."
)
BANNER_STYLE = "#keyringBanner { background: #fff4ce; color: #3d2e00; border: 1px solid #e0c060; }"
COLUMNS = (
    QT_TRANSLATE_NOOP("SourcesPage", "Name"),
    QT_TRANSLATE_NOOP("SourcesPage", "Site"),
    QT_TRANSLATE_NOOP("SourcesPage", "Items"),
    QT_TRANSLATE_NOOP("SourcesPage", "Last sync"),
    QT_TRANSLATE_NOOP("SourcesPage", "Problem"),
)
PROBLEM_STYLE = "color: #b00020;"
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter

Confirm = Callable[[QWidget, str], bool]
OpenUrl = Callable[[QUrl], Any]


def confirm_dialog(parent: QWidget, text: str) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
    title = QCoreApplication.translate("SourcesPage", "Remove source")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the name is user text
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("SourcesPage", "Remove")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def _items(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("SourcesPage", "1 item")
    return QCoreApplication.translate("SourcesPage", "{count} items").format(count=n)


def _box(layout: QBoxLayout, *parts: QWidget | QLayout | int | tuple[QWidget, int]) -> QBoxLayout:
    """Fill a box layout: widgets, layouts, (widget, stretch) pairs and stretches (ints)."""
    for part in parts:
        if isinstance(part, int):
            layout.addStretch(part)
        elif isinstance(part, tuple):
            layout.addWidget(*part)
        elif isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout


def _button(parent: QWidget, text: str, slot: Callable[[], Any], tip: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setToolTip(tip)
    button.clicked.connect(lambda _=False: slot())
    return button


def _plain(parent: QWidget, text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class SourcesPage(Retranslating, QDialog):
    sourcesChanged = Signal()  # a source was added, changed or removed
    _openUrl = Signal(str)  # from the sign-in task's thread to the GUI thread

    def __init__(self, store: Store, workers: Workers, *, confirm: Confirm = confirm_dialog,
                 open_url: OpenUrl | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._store, self._workers, self._confirm = store, workers, confirm
        self._open_url = open_url or QDesktopServices.openUrl
        self._source: Source | None = None  # the one in the form; None: a new one
        self._stored: set[str] = set()  # names of its secrets the keyring holds
        self._sync_running = False
        self.setting_edits: dict[str, QLineEdit] = {}
        self.secret_edits: dict[str, QLineEdit] = {}
        self._listed: tuple[list[Source], dict[int, int]] = ([], {})  # as last read
        self._form_words: list[Callable[[SourcesPage], None]] = []  # set again on a switch

        self.banner = _plain(self, NO_KEYRING)
        self.banner.setObjectName("keyringBanner")
        self.banner.setContentsMargins(10, 8, 10, 8)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        self.add_button = _button(self, "", self.new_source)
        self.remove_button = _button(self, "", self.remove)
        left, right = QWidget(self), QWidget(self)
        list_buttons = _box(QHBoxLayout(), self.add_button, self.remove_button, 1)
        _box(QVBoxLayout(left), (self.table, 1), list_buttons).setContentsMargins(0, 0, 0, 0)

        self.heading = _plain(self, wrap=False)
        bold = QFont(self.heading.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.heading.setFont(bold)
        self.kind = QComboBox(self)
        for kind in kinds():
            self.kind.addItem(connector_class(kind).label, kind)
        self.name = QLineEdit(self)
        self.enabled = QCheckBox(self)
        top = QFormLayout()
        self.kind_caption, self.name_caption = _plain(self, wrap=False), _plain(self, wrap=False)
        top.addRow(self.kind_caption, self.kind)
        top.addRow(self.name_caption, self.name)
        top.addRow("", self.enabled)
        self.state = _plain(self)
        self.fields_area = QScrollArea(self)
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        self.terms = _plain(self)
        self.terms.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.test_button = _button(self, "", self.test)
        self.connect_button = _button(self, "", self.connect_account)
        self.save_button = _button(self, "", self.save)
        self.save_button.setDefault(True)
        self.feedback = _plain(self)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = _box(QHBoxLayout(), self.test_button, self.connect_button, 1, self.save_button)
        _box(QVBoxLayout(right), self.heading, top, self.state, (self.fields_area, 1),
             self.terms, buttons, self.feedback).setContentsMargins(8, 0, 0, 0)  # fmt: skip

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([620, 560])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        _box(QVBoxLayout(self), self.banner, (splitter, 1), close)

        close.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._openUrl.connect(self._open_in_browser)
        self.resize(1180, 720)
        self.reload()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sources"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.add_button.setText(self.tr("Add source"))
        self.remove_button.setText(self.tr("Remove…"))
        self.name.setPlaceholderText(self.tr("e.g. Google — High Street"))
        self.enabled.setText(self.tr("Include in sync"))
        self.kind_caption.setText(self.tr("Site"))
        self.name_caption.setText(self.tr("Name"))
        self.test_button.setText(self.tr("Test"))
        self.test_button.setToolTip(self.tr("Ask the site with this form's values"))
        self.connect_button.setText(self.tr("Connect Google account"))
        self.connect_button.setToolTip(self.tr("Save, then sign in with Google in your browser"))
        self.save_button.setText(self.tr("Save"))
        self._fill_table(*self._listed)
        self._show_state()
        for set_words in self._form_words:
            set_words(self)
        self._update_buttons()

    # -- the list --------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the sources again; show `select` (or the one in the form) in the form."""
        current = select or (self._source.name if self._source else None)
        if current in self.refresh_list():
            self.show_source(current)
        else:
            self.new_source()

    def refresh_list(self) -> set[str]:
        """Counts, last syncs and problems anew (after a sync); the form is left alone."""
        self.banner.setVisible(not secrets.available())
        self._listed = self._store.sources(), self._store.item_counts_by_source()
        return self._fill_table(*self._listed)

    def _fill_table(self, sources: list[Source], counts: dict[int, int]) -> set[str]:
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(sources))
        for row, source in enumerate(sources):
            problem = (source.last_error or "").strip()
            cells = (display.clean_name(source.name),
                     connector_class(source.kind).label if known(source.kind) else source.kind,
                     str(counts.get(source.id, 0)),
                     display.isolate(display.local_time(source.last_sync_at)) or self.tr("never"),
                     display.excerpt(problem, limit=80))  # fmt: skip
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, source.name)
                if col == 2:
                    cell.setTextAlignment(NUMBER_ALIGNMENT)
                if col == 4 and problem:
                    cell.setToolTip(html.escape(problem))
                self.table.setItem(row, col, cell)
            if self._source is not None and source.name == self._source.name:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        return {s.name for s in sources}

    def show_source(self, name: str) -> None:
        """Select a source and open it in the form (Reconnect in the sync panel)."""
        for row in range(self.table.rowCount()):
            if self._name_at(row) == name:
                self.table.blockSignals(True)
                self.table.selectRow(row)
                self.table.blockSignals(False)
                self._edit(self._store.source(name))
                return

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        name = self._name_at(rows[0].row()) if rows else None
        if name is not None:
            self._edit(self._store.source(name))

    def _name_at(self, row: int) -> str | None:
        cell = self.table.item(row, 0)
        return None if cell is None else cell.data(Qt.ItemDataRole.UserRole)

    def set_sync_running(self, running: bool) -> None:
        """No removing while a sync may be writing that source's items."""
        self._sync_running = running
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self._source is not None and not self._sync_running)
        self.remove_button.setToolTip(self.tr("Wait for the sync to finish") if self._sync_running
                                      else self.tr("Delete the source and its items"))  # fmt: skip

    # -- the form --------------------------------------------------------------------------
    def new_source(self) -> None:
        self._source, self._stored = None, set()
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        self._show_state()
        self.kind.setEnabled(True)
        self.name.setReadOnly(False)
        self.name.clear()
        self.enabled.setChecked(True)
        self.state.setVisible(False)
        self.feedback.clear()
        if self.kind.currentIndex() < 0:  # left blank by an imported source
            self.kind.setCurrentIndex(0)  # -> _kind_changed builds the fields
        self._build_fields(self.kind.currentData(), {})

    def _edit(self, source: Source) -> None:
        self._source, self._stored = source, source_setup.stored_secrets(source)
        self._show_state()
        self.name.setText(source.name)
        self.name.setReadOnly(True)  # the keyring entries are filed under the name
        self.enabled.setChecked(source.enabled)
        self.kind.setEnabled(False)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(source.kind))  # -1 (blank): import
        self.kind.blockSignals(False)
        self.state.setVisible(True)
        self.feedback.clear()
        self._build_fields(source.kind, source.settings)

    def _show_state(self) -> None:
        """The heading, and when the source was last synced: from the source in the form."""
        source = self._source
        if source is None:
            self.heading.setText(self.tr("New source"))
            return
        self.heading.setText(display.clean_name(source.name))
        synced = display.local_time(source.last_sync_at) or self.tr("never")
        last = self.tr("Last problem: {problem}").format(problem=source.last_error)
        problem = f"\n{last}" if source.last_error else ""
        self.state.setText(self.tr("Last synced: {time}").format(time=synced) + problem)

    def _kind_changed(self) -> None:
        if self._source is None:
            self._build_fields(self.kind.currentData(), {})

    def _build_fields(self, kind: str, values: dict[str, Any]) -> None:
        self.setting_edits, self.secret_edits = {}, {}
        self._form_words = []
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        info = connector_class(kind).info() if known(kind) else None
        if info is None:
            note = _plain(box)
            self._words(
                lambda self: note.setText(
                    self.tr(IMPORTED if kind == IMPORT_KIND else UNKNOWN_KIND)
                )
            )
            form.addRow(note)
        else:
            for f in (*info.settings, BASE_URL):
                self.setting_edits[f.name] = edit = self._field(form, box, f)
                edit.setText(str(values.get(f.name) or ""))
            if info.secrets:
                heading = _plain(box)
                self._words(
                    lambda self: heading.setText(
                        self.tr("Passwords and tokens (kept in the system keyring):")
                    )
                )
                form.addRow(heading)
            for f in info.secrets:
                self.secret_edits[f.name] = edit = self._field(form, box, f)
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                self._words(partial(SourcesPage._show_hint, edit=edit, f=f))
        self.fields_area.setWidget(box)  # the scroll area deletes the previous box
        self.terms.setText(info.terms_note if info else "")
        self.terms.setVisible(bool(info and info.terms_note))
        self.test_button.setEnabled(info is not None)
        self.save_button.setEnabled(info is not None)
        self.connect_button.setVisible(source_setup.can_sign_in(kind))
        self._update_buttons()

    def _words(self, set_words: Callable[[SourcesPage], None]) -> None:
        """Words of the form below the name, set now and again on a language switch; a
        function of the page, not a closure over it (see SyncPanel._say)."""
        self._form_words.append(set_words)
        set_words(self)

    def _show_hint(self, edit: QLineEdit, f: Field) -> None:
        edit.setPlaceholderText(self._secret_hint(f))

    def _secret_hint(self, f: Field) -> str:
        if not secrets.available():
            return self.tr(NOT_KEPT)
        if f.name in self._stored:
            return self.tr(STORED)
        return "" if f.required else self.tr("optional")

    def _field(self, form: QFormLayout, box: QWidget, f: Field) -> QLineEdit:
        """A line edit with the field's help under it, in plain text."""
        holder = QWidget(box)
        edit = QLineEdit(holder)
        edit.setObjectName(f.name)
        column = _box(QVBoxLayout(holder), edit)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(2)
        if f.help:
            help_label = _plain(holder, f.help)
            help_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            small = QFont(help_label.font())
            small.setPointSizeF(small.pointSizeF() * 0.9)
            help_label.setFont(small)
            column.addWidget(help_label)
        caption = _plain(box, f.label, wrap=False)
        if not f.required:
            self._words(
                lambda self: caption.setText(self.tr("{field} (optional)").format(field=f.label))
            )
        form.addRow(caption, holder)
        return edit

    def _values(self) -> tuple[str, dict[str, Any], dict[str, str]]:
        settings = dict(self._source.settings) if self._source else {}  # keeps hidden ones
        for key, edit in self.setting_edits.items():
            if value := edit.text().strip():
                settings[key] = value
            else:
                settings.pop(key, None)
        typed = {k: e.text() for k, e in self.secret_edits.items() if e.text().strip()}
        return self.name.text().strip(), settings, typed

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.feedback.setText(text)
        self.feedback.setStyleSheet(PROBLEM_STYLE if problem else "")

    # -- commands --------------------------------------------------------------------------
    def save(self) -> bool:
        """Add or change the source in the form; False (with the reason shown) if refused."""
        source = self._source
        if source is not None and not known(source.kind):
            return False
        name, settings, typed = self._values()
        enabled = self.enabled.isChecked()
        try:
            if source is None:
                saved = source_setup.add(self._store, self.kind.currentData(), name, settings,
                                         typed, enabled=enabled)  # fmt: skip
            else:
                saved = source_setup.update(self._store, source, settings, typed, enabled=enabled)
        except RepmanError as exc:
            self._say(exc.message, problem=True)
            return False
        self.reload(select=saved.name)
        self._say(
            self.tr("Saved. Passwords and tokens are in the system keyring.")
            if typed
            else self.tr("Saved.")
        )
        self.sourcesChanged.emit()
        return True

    def remove(self) -> None:
        source = self._source
        if source is None or self._sync_running:
            return
        count = self._store.item_counts_by_source().get(source.id, 0)
        name = display.isolate(display.clean_name(source.name))
        what = self.tr("It has no items.") if count == 0 else self.tr(
            "This deletes its {items}, with their replies and history. This cannot be undone."
        ).format(items=_items(count))  # fmt: skip
        if not self._confirm(
            self, self.tr("Remove the source {name}?").format(name=name) + " " + what
        ):
            return
        try:
            removed, keyring_problem = source_setup.remove(self._store, source)
        except RepmanError as exc:
            self._say(exc.message, problem=True)
            return
        self._source = None
        self.reload()
        message = self.tr("Removed {name} and {items}.").format(name=name, items=_items(removed))
        if keyring_problem:
            message += " " + self.tr(
                "Its passwords could not be deleted from the keyring: {reason}"
            ).format(reason=keyring_problem)
        self._say(message, problem=bool(keyring_problem))
        self.sourcesChanged.emit()

    def test(self) -> None:
        kind = self._source.kind if self._source else self.kind.currentData()
        name, settings, typed = self._values()
        source = Source(self._source.id if self._source else 0, kind, name or "new", settings)
        use_stored = self._source is not None  # a new source has nothing stored yet
        self.test_button.setEnabled(False)
        self._say(self.tr("Testing…"))
        self._workers.submit(
            "sources-test",
            lambda _store: source_setup.check_site(source, typed, use_stored=use_stored),
            on_result=lambda answer: self._task_over(
                self.test_button, self.tr("Test passed — {answer}").format(answer=answer)
            ),
            on_error=lambda exc: self._task_over(
                self.test_button, self.tr("Test failed — {reason}"), exc
            ),
        )

    def _task_over(self, button: QPushButton, text: str, exc: BaseException | None = None) -> None:
        button.setEnabled(True)
        if exc is not None:
            text = text.format(reason=describe_exception(exc))
        self._say(text, problem=exc is not None)

    def connect_account(self) -> None:
        """Save the form, then run the site's sign-in in the browser (in a worker: it waits
        up to five minutes for the browser to come back)."""
        if not secrets.available():
            self._say(NO_KEYRING, problem=True)
            return
        if not self.save():
            return
        assert self._source is not None
        source = self._source
        self.connect_button.setEnabled(False)
        self._say(
            self.tr("Finish signing in in your browser; Repman waits for it (up to 5 minutes).")
        )
        self._workers.submit(
            "sources-sign-in",
            lambda _store: source_setup.sign_in(source, self._emit_open_url),
            on_result=lambda _none: self._signed_in(source.name),
            on_error=lambda exc: self._task_over(
                self.connect_button, self.tr("Sign-in failed — {reason}"), exc
            ),
        )

    def _emit_open_url(self, url: str) -> None:
        with suppress(RuntimeError):  # the page is gone: nobody to open it for
            self._openUrl.emit(url)

    def _open_in_browser(self, url: str) -> None:
        self._open_url(QUrl.fromEncoded(QByteArray(url.encode("ascii"))))

    def _signed_in(self, name: str) -> None:
        self.reload(select=name)
        self._task_over(self.connect_button, self.tr("Signed in: the source can now sync."))
        self.sourcesChanged.emit()
