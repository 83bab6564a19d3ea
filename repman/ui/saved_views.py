"""Saved views: the built-in ones and the user's own, listed beside the inbox.

The user's views live in a small JSON file in the user config folder (platformdirs), not in
QSettings: QSettings writes the registry on Windows and a plist on macOS and hands lists and
booleans back as strings from INI files, while a filter is structured data that a person (or
a later `repman inbox --view NAME`) can read as it is. Writes go to a temporary file first,
then replace the old one, so a crash never leaves half a file. Sites are kept by name as well
as id, because the same views serve the demo inbox and the user's own.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repman.store import InboxFilter
from repman.ui.filter_bar import OPEN, ViewState
from repman.ui.i18n import QT_TRANSLATE_NOOP, Retranslating

log = logging.getLogger(__name__)
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the view's own (untranslated) name
AskName = Callable[[QWidget, str, str], "str | None"]  # parent, question, suggestion
VERSION = 1

BUILTIN_VIEWS: tuple[tuple[str, ViewState, str], ...] = (
    (
        QT_TRANSLATE_NOOP("SavedViews", "All open"),
        ViewState(InboxFilter(statuses=OPEN)),
        QT_TRANSLATE_NOOP("SavedViews", "New and in-progress items"),
    ),
    (
        QT_TRANSLATE_NOOP("SavedViews", "Unanswered criticism"),
        ViewState(InboxFilter(statuses=OPEN, criticism=True)),
        QT_TRANSLATE_NOOP(
            "SavedViews", "Open criticism: the reviews that hurt most while they wait"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("SavedViews", "My items"),
        ViewState(InboxFilter(), mine=True),
        QT_TRANSLATE_NOOP("SavedViews", "Everything assigned to you"),
    ),
    (
        QT_TRANSLATE_NOOP("SavedViews", "Overdue follow-ups"),
        ViewState(InboxFilter(overdue_followups=True)),
        QT_TRANSLATE_NOOP(
            "SavedViews",
            "Promised call-backs and refunds past their due time, whatever the item's status",
        ),
    ),
)
_TUPLES = {"statuses": str, "source_ids": int, "kinds": str, "languages": str, "categories": str}
_SCALARS: dict[str, type] = {
    "rating_min": int,
    "rating_max": int,
    "criticism": bool,
    "assignee": str,
    "search": str,
    "overdue_followups": bool,
}


def default_views_path() -> Path:
    return Path(platformdirs.user_config_dir("repman", appauthor=False)) / "views.json"


def ask_name_dialog(parent: QWidget, question: str, suggestion: str) -> str | None:
    title = QCoreApplication.translate("SavedViews", "Saved view")
    text, ok = QInputDialog.getText(parent, title, question, text=suggestion)
    return text.strip() if ok else None


def state_to_json(state: ViewState, site_names: dict[int, str]) -> dict[str, Any]:
    f = {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(state.filter).items()}
    f.pop("since")
    f.pop("until")
    sites = [site_names[i] for i in state.filter.source_ids if i in site_names]
    return {"filter": f, "sites": sites, "period": state.period, "mine": state.mine}


def state_from_json(data: dict[str, Any], site_ids: dict[str, int]) -> ViewState:
    """A view read back; ValueError when the file holds something we did not write."""
    raw = data.get("filter")
    if not isinstance(raw, dict):
        raise ValueError("no filter")
    kwargs: dict[str, Any] = {}
    for key, value in raw.items():
        if key in _TUPLES:
            kind = _TUPLES[key]
            if not isinstance(value, list) or not all(
                isinstance(v, kind) and not isinstance(v, bool) for v in value
            ):
                raise ValueError(f"bad {key}")
            kwargs[key] = tuple(value)
        elif key in _SCALARS:
            kind = _SCALARS[key]
            ok = value is None or (
                isinstance(value, kind) and (kind is bool or not isinstance(value, bool))
            )
            if not ok:
                raise ValueError(f"bad {key}")
            kwargs[key] = value
    names = data.get("sites") or []
    if names and all(isinstance(n, str) and n in site_ids for n in names):
        kwargs["source_ids"] = tuple(site_ids[n] for n in names)
    period = data.get("period", "all")
    if not isinstance(period, str):
        raise ValueError("bad period")
    return ViewState(InboxFilter(**kwargs), period, bool(data.get("mine", False)))


class ViewStore:
    """The user's views in a JSON file: [(name, raw view)], in the user's order."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> list[tuple[str, dict[str, Any]]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            log.warning("cannot read saved views from %s: %s", self.path, exc)
            return []
        views = data.get("views") if isinstance(data, dict) else None
        if not isinstance(views, list):
            return []
        return [
            (v["name"], v)
            for v in views
            if isinstance(v, dict) and isinstance(v.get("name"), str) and v["name"].strip()
        ]

    def save(self, views: list[tuple[str, dict[str, Any]]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"version": VERSION, "views": [{**raw, "name": name} for name, raw in views]}
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(temporary, self.path)


class SavedViews(Retranslating, QWidget):
    viewChosen = Signal(object)  # ViewState
    message = Signal(str)

    def __init__(
        self,
        store: ViewStore,
        *,
        ask_name: AskName = ask_name_dialog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._ask_name = ask_name
        self._user = store.load()
        self._site_ids: dict[str, int] = {}
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        self.save_button = QPushButton(self)
        self.rename_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 0, 6, 6)  # symmetric: the same in right-to-left
        column.addWidget(self.title)
        column.addWidget(self.list, 1)
        column.addWidget(self.save_button)
        column.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda item, _old: self._choose(item))
        self.list.itemClicked.connect(self._choose)
        self.rename_button.clicked.connect(self.rename_view)
        self.delete_button.clicked.connect(self.delete_view)
        self._current: ViewState | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Views"))
        self.save_button.setText(self.tr("Save view…"))
        self.save_button.setToolTip(self.tr("Keep the current filters under a name"))
        self.rename_button.setText(self.tr("Rename…"))
        self.delete_button.setText(self.tr("Delete"))
        current = self.list.currentItem()
        self._fill(_name(current) if current is not None and _view_of(current) else None)

    # -- what the list holds ---------------------------------------------------------------
    def names(self) -> list[str]:
        return [
            _name(self.list.item(r))
            for r in range(self.list.count())
            if _view_of(self.list.item(r))
        ]

    def user_names(self) -> list[str]:
        return [name for name, _raw in self._user]

    def set_sources(self, sources: list[tuple[int, str]]) -> None:
        self._site_ids = {name: sid for sid, name in sources}

    def state_of(self, name: str, *, quiet: bool = False) -> ViewState | None:
        for builtin, state, _tip in BUILTIN_VIEWS:
            if builtin == name:
                return state
        for saved, raw in self._user:
            if saved == name:
                try:
                    return state_from_json(raw, self._site_ids)
                except (ValueError, TypeError) as exc:
                    if not quiet:
                        self.message.emit(
                            self.tr("The saved view “{name}” cannot be read ({reason})").format(
                                name=name, reason=exc
                            )
                        )
        return None

    def show_state(self, state: ViewState, prefer: str | None = None) -> None:
        """Mark the view that matches what the inbox shows (the chosen one first), or none."""
        self._current = state
        matches = [n for n in self.names() if self.state_of(n, quiet=True) == state]
        current = self.list.currentItem()
        for name in (prefer, _name(current) if current is not None else None, *matches):
            if name in matches:
                break
        else:
            name = None
        blocked = self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if name is not None and _view_of(item) and _name(item) == name:
                self.list.setCurrentRow(row)
        self.list.blockSignals(blocked)
        self._enable()

    # -- user actions ----------------------------------------------------------------------
    def choose(self, name: str) -> bool:
        state = self.state_of(name)
        if state is None:
            return False
        self.viewChosen.emit(state)
        return True

    def save_view(self, state: ViewState) -> None:
        name = self._ask_name(self, self.tr("Name of this view:"), self._selected_user_name() or "")
        if not name:
            return
        if name in (b for b, _s, _t in BUILTIN_VIEWS):
            self.message.emit(
                self.tr("“{name}” is a built-in view; choose another name").format(name=name)
            )
            return
        site_names = {sid: n for n, sid in self._site_ids.items()}
        raw = state_to_json(state, site_names)
        existing = [n for n, _raw in self._user]
        if name in existing:
            self._user[existing.index(name)] = (name, raw)
            self.message.emit(self.tr("Updated view “{name}”").format(name=name))
        else:
            self._user.append((name, raw))
            self.message.emit(self.tr("Saved view “{name}”").format(name=name))
        self._current = state
        self._persist(select=name)

    def rename_view(self) -> None:
        old = self._selected_user_name()
        if old is None:
            self.message.emit(self.tr("Select one of your views to rename it"))
            return
        new = self._ask_name(self, self.tr("New name:"), old)
        if not new or new == old:
            return
        if new in self.names():
            self.message.emit(self.tr("A view named “{name}” exists already").format(name=new))
            return
        self._user = [(new if n == old else n, raw) for n, raw in self._user]
        self._persist(select=new)
        self.message.emit(self.tr("Renamed “{old}” to “{new}”").format(old=old, new=new))

    def delete_view(self) -> None:
        name = self._selected_user_name()
        if name is None:
            self.message.emit(self.tr("Select one of your views to delete it"))
            return
        self._user = [(n, raw) for n, raw in self._user if n != name]
        self._persist()
        self.message.emit(self.tr("Deleted view “{name}”").format(name=name))

    # -- inside ----------------------------------------------------------------------------
    def _persist(self, select: str | None = None) -> None:
        try:
            self._store.save(self._user)
        except OSError as exc:
            self.message.emit(
                self.tr("Cannot save views to {path}: {reason}").format(
                    path=self._store.path, reason=exc.strerror
                )
            )
        self._fill(select)

    def _fill(self, select: str | None = None) -> None:
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for name, _state, tip in BUILTIN_VIEWS:
            self._add(name, tip, "builtin")
        heading = QListWidgetItem(
            self.tr("Your views") if self._user else self.tr("Your views: none yet")
        )
        heading.setFlags(Qt.ItemFlag.NoItemFlags)
        font = heading.font()
        font.setItalic(True)
        heading.setFont(font)
        self.list.addItem(heading)
        for name, _raw in self._user:
            self._add(name, QT_TRANSLATE_NOOP("SavedViews", "Your saved view"), "user")
        self.list.blockSignals(blocked)
        if self._current is not None:
            self.show_state(self._current, prefer=select)
        self._enable()

    def _add(self, name: str, tip: str, kind: str) -> None:
        item = QListWidgetItem(self.tr(name) if kind == "builtin" else name)
        item.setData(NAME_ROLE, name)
        item.setToolTip(self.tr(tip))
        item.setData(Qt.ItemDataRole.UserRole, kind)
        self.list.addItem(item)

    def _selected_user_name(self) -> str | None:
        item = self.list.currentItem()
        return _name(item) if item is not None and _view_of(item) == "user" else None

    def _enable(self) -> None:
        mine = self._selected_user_name() is not None
        self.rename_button.setEnabled(mine)
        self.delete_button.setEnabled(mine)

    def _choose(self, item: QListWidgetItem | None) -> None:
        self._enable()
        if item is not None and _view_of(item):
            self.choose(_name(item))


def _name(item: QListWidgetItem) -> str:
    """The view's own name (a built-in one is shown translated, but found by this)."""
    name = item.data(NAME_ROLE)
    return name if isinstance(name, str) else item.text()


def _view_of(item: QListWidgetItem) -> str | None:
    kind = item.data(Qt.ItemDataRole.UserRole)
    return kind if isinstance(kind, str) else None
