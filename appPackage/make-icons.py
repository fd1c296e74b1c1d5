#!/usr/bin/env python3
"""Draws the Teams app icons (standard library only): color.png 192x192 (a white open book with a saffron tick
on navy) and outline.png 32x32 (the same book in white on transparent, as Teams requires).
Run from anywhere: python3 appPackage/make-icons.py"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SS = 4  # supersampling per axis, for anti-aliased edges


def png(path, size, pixels):
    """pixels: rows of (r, g, b, a) tuples."""
    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


def in_polygon(x, y, pts):
    inside = False
    j = len(pts) - 1
    for i in range(len(pts)):
        (xi, yi), (xj, yj) = pts[i], pts[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def near_segment(x, y, a, b, half_width):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= half_width ** 2


def near_polyline(x, y, pts, half_width, closed=False):
    segments = list(zip(pts, pts[1:] + (pts[:1] if closed else [])))
    return any(near_segment(x, y, a, b, half_width) for a, b in segments)


def render(size, layers, background):
    """layers: (color, test(x, y) in a 0..1 unit square) painted in order over background."""
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(SS):
                for sx in range(SS):
                    x, y = (px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size
                    color = background
                    for layer_color, test in layers:
                        if test(x, y):
                            color = layer_color
                    a = color[3] / 255
                    acc[0] += color[0] * a
                    acc[1] += color[1] * a
                    acc[2] += color[2] * a
                    acc[3] += a
            n = SS * SS
            alpha = acc[3] / n
            if alpha == 0:
                row.append((0, 0, 0, 0))
            else:
                row.append(tuple(round(c / acc[3]) for c in acc[:3]) + (round(alpha * 255),))
        rows.append(row)
    return rows


# The book, in a unit square: two pages meeting at the spine.
LEFT = [(0.20, 0.31), (0.49, 0.38), (0.49, 0.77), (0.20, 0.70)]
RIGHT = [(0.51, 0.38), (0.80, 0.31), (0.80, 0.70), (0.51, 0.77)]
TICK = [(0.34, 0.55), (0.45, 0.65), (0.66, 0.44)]

NAVY = (11, 61, 145, 255)
WHITE = (255, 255, 255, 255)
SAFFRON = (255, 153, 51, 255)
CLEAR = (0, 0, 0, 0)

color = render(192, [
    (WHITE, lambda x, y: in_polygon(x, y, LEFT) or in_polygon(x, y, RIGHT)),
    (SAFFRON, lambda x, y: near_polyline(x, y, TICK, 0.035)),
], NAVY)
png(os.path.join(HERE, "color.png"), 192, color)

outline = render(32, [
    (WHITE, lambda x, y: near_polyline(x, y, [(0.10, 0.24), (0.49, 0.33), (0.49, 0.84), (0.10, 0.75)], 0.045, closed=True)
                         or near_polyline(x, y, [(0.51, 0.33), (0.90, 0.24), (0.90, 0.75), (0.51, 0.84)], 0.045, closed=True)),
], CLEAR)
png(os.path.join(HERE, "outline.png"), 32, outline)
print("wrote color.png (192x192) and outline.png (32x32)")
