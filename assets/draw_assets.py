#!/usr/bin/env python3
# assets/draw_assets.py — draws the kiosk's own pictures (the attract loop's default art and the
# centre-logo placeholder) as PNG files, with the standard library only, so the pictures in
# assets/ are the project's own work and can be redrawn: `python3 assets/draw_assets.py`.
#
# Colours are the theme's (kiosk/ui/theme.h): party red, the tile blue and green, warm paper.
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

PAPER = (0xF4, 0xF1, 0xEC)
RED = (0x9E, 0x14, 0x14)
BLUE = (0x0B, 0x4A, 0x85)
GREEN = (0x1B, 0x5E, 0x20)
WHITE = (0xFF, 0xFF, 0xFF)


def write_png(path, width, height, pixel):
    """pixel(x, y) -> (r, g, b, a), sampled 2x2 per pixel for smooth edges."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            acc = [0, 0, 0, 0]
            for sy in (0.25, 0.75):
                for sx in (0.25, 0.75):
                    r, g, b, a = pixel(x + sx, y + sy)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            a = acc[3]
            if a == 0:
                rows += b"\0\0\0\0"
            else:
                rows += bytes((round(acc[0] / a), round(acc[1] / a), round(acc[2] / a), round(a / 4)))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as out:
        out.write(png)


def mix(a, b, t):
    return tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(3))


def in_triangle(x, y, a, b, c):
    def side(p, q):
        return (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1])

    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    return not ((d1 < 0 or d2 < 0 or d3 < 0) and (d1 > 0 or d2 > 0 or d3 > 0))


def community_scene(x, y, w, h):
    """A community hall on green hills under a morning sun, with trees and a red lantern."""
    u, v = x / w, y / h
    # Hall: white walls, red roof, blue door and windows.
    hall_l, hall_r, hall_top, ground = 0.36, 0.68, 0.46, 0.78
    if hall_l <= u <= hall_r and hall_top <= v <= ground + 0.08:  # its foot hidden by the hill
        door = abs(u - 0.52) < 0.035 and v > 0.62
        window = v > 0.52 and v < 0.60 and any(abs(u - c) < 0.03 for c in (0.42, 0.62))
        return (*(BLUE if door or window else WHITE), 255)
    if in_triangle(u * w, v * h, (0.33 * w, hall_top * h), (0.71 * w, hall_top * h), (0.52 * w, 0.30 * h)):
        return (*RED, 255)
    # Lantern hanging on a string under the roof's left eave.
    if (u - 0.345) ** 2 * (w / h) ** 2 + (v - 0.53) ** 2 < 0.03**2:
        return (*RED, 255)
    if abs(u - 0.345) < 0.002 and hall_top <= v <= 0.53:
        return (0x33, 0x33, 0x33, 255)
    # Trees: a round crown on a trunk, either side.
    for cx, r in ((0.18, 0.09), (0.84, 0.07)):
        if (u - cx) ** 2 * (w / h) ** 2 + (v - (ground - 0.17)) ** 2 < r**2:
            return (*GREEN, 255)
        if abs(u - cx) < 0.012 and ground - 0.10 < v < ground + 0.02:
            return (0x6D, 0x4C, 0x2F, 255)
    # Hills.
    hill = ground - 0.05 * math.sin(u * math.pi * 2.2 + 0.4)
    if v > hill:
        return (*mix(GREEN, (0x4C, 0x8C, 0x4A), min(1.0, (v - hill) * 3)), 255)
    # Sun.
    if (u - 0.82) ** 2 * (w / h) ** 2 + (v - 0.20) ** 2 < 0.09**2:
        return (0xF2, 0xA9, 0x00, 255)
    # Sky: paper at the horizon to a soft blue at the top.
    return (*mix((0xB9, 0xD3, 0xEA), PAPER, v / ground), 255)


def centre_logo(x, y, size):
    """A red disc with a white house: the placeholder until a centre gives its own logo."""
    c = size / 2
    r = math.hypot(x - c, y - c)
    if r > c - 2:
        return (0, 0, 0, 0)
    u, v = x / size, y / size
    if 0.30 <= u <= 0.70 and 0.48 <= v <= 0.74 and not (abs(u - 0.5) < 0.06 and v > 0.60):
        return (*WHITE, 255)
    if in_triangle(x, y, (0.24 * size, 0.50 * size), (0.76 * size, 0.50 * size), (0.5 * size, 0.26 * size)):
        return (*WHITE, 255)
    return (*RED, 255)


if __name__ == "__main__":
    write_png(os.path.join(HERE, "attract_default.png"), 720, 480, lambda x, y: community_scene(x, y, 720, 480))
    write_png(os.path.join(HERE, "centre_logo.png"), 192, 192, lambda x, y: centre_logo(x, y, 192))
