"""PySide6 6.12 on Python 3.11 drops a reference to None on every void call and to True on
every emit(); importing repman.ui must keep a long session from aborting (none_dealloc)."""

from __future__ import annotations

import os
import subprocess
import sys

SESSION = """
import repman.ui
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Relay(QObject):
    ping = Signal()

app = QApplication([])
label, relay = QLabel(), Relay()
for _ in range(20_000):
    label.setText("x")  # void: returns None
for _ in range(5_000):
    relay.ping.emit()  # returns True
print("alive")
"""


def test_a_long_session_does_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SESSION], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive"
