"""Draw the Repman icon: packaging/icons/{16..512}.png, repman.svg and repman.ico.

A white speech bubble holding a gold star on a teal rounded square: a review, answered.
One geometry on a 512-unit grid serves the PNGs (QPainter) and the SVG (written by hand).
Run: QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPolygonF,
)

OUT = Path(__file__).resolve().parent / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)
TOP, BOTTOM = "#23867a", "#125349"
STAR = "#f2b632"


def star_points(cx: float = 256, cy: float = 236, outer: float = 70, inner: float = 29) -> list:
    points = []
    for k in range(10):
        radius = outer if k % 2 == 0 else inner
        angle = -math.pi / 2 + k * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def bubble_path() -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(104, 128, 304, 216), 56, 56)
    tail = QPainterPath()
    tail.addPolygon(QPolygonF([QPointF(168, 320), QPointF(160, 412), QPointF(256, 330)]))
    return path.united(tail)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 512, size / 512)
    gradient = QLinearGradient(0, 32, 0, 480)
    gradient.setColorAt(0, QColor(TOP))
    gradient.setColorAt(1, QColor(BOTTOM))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(QRectF(32, 32, 448, 448), 100, 100)
    p.setBrush(QColor("white"))
    p.drawPath(bubble_path())
    p.setBrush(QColor(STAR))
    p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in star_points()]))
    p.end()
    return image


def svg() -> str:
    star = " ".join(f"{x:.1f},{y:.1f}" for x, y in star_points())
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <defs>
    <linearGradient id="bg" x1="0" y1="32" x2="0" y2="480" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="{TOP}"/>
      <stop offset="1" stop-color="{BOTTOM}"/>
    </linearGradient>
  </defs>
  <rect x="32" y="32" width="448" height="448" rx="100" fill="url(#bg)"/>
  <rect x="104" y="128" width="304" height="216" rx="56" fill="#ffffff"/>
  <polygon points="168,320 160,412 256,330" fill="#ffffff"/>
  <polygon points="{star}" fill="{STAR}"/>
</svg>
"""


def main() -> None:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage text/paint needs an app
    OUT.mkdir(exist_ok=True)
    for size in SIZES:
        draw(size).save(str(OUT / f"{size}.png"))
    (OUT / "org.repman.Repman.svg").write_text(svg(), encoding="utf-8")
    # Windows icon (Qt's ico writer keeps one image per file: the 256 px one; Windows scales
    # it, and PyInstaller converts the PNGs itself when Pillow is installed on the runner).
    draw(256).save(str(OUT / "repman.ico"), "ICO")
    print(f"wrote {len(SIZES)} PNGs, an SVG and an ICO to {OUT}")


if __name__ == "__main__":
    main()
