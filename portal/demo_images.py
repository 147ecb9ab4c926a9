"""Illustrations for demo data: abstract scenes drawn with Pillow, no files shipped."""

import colorsys
import io
import random

from PIL import Image, ImageDraw


def _rgb(hue, saturation, lightness):
    r, g, b = colorsys.hls_to_rgb((hue % 360) / 360, lightness, saturation)
    return int(r * 255), int(g * 255), int(b * 255)


def illustration(hue, seed, size=(1200, 800)):
    """JPEG bytes of a simple landscape (sky, fields, houses) tinted by `hue`."""
    rng = random.Random(seed)
    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        draw.line([(0, y), (width, y)], fill=_rgb(hue, 0.45, 0.85 - 0.25 * t))
    draw.ellipse([width * 0.72, height * 0.1, width * 0.86, height * 0.31], fill=(255, 214, 102))
    for band in range(4):
        top = height * (0.55 + band * 0.11)
        points = [(0, height)]
        for x in range(0, width + 100, 100):
            points.append((x, top + rng.randint(-25, 25)))
        points.append((width, height))
        draw.polygon(points, fill=_rgb(hue + 90 + band * 12, 0.4, 0.45 - band * 0.06))
    for _ in range(rng.randint(3, 6)):
        x = rng.randint(40, width - 220)
        base = int(height * rng.uniform(0.62, 0.8))
        w = rng.randint(110, 180)
        h = int(w * 0.6)
        draw.rectangle([x, base - h, x + w, base], fill=_rgb(hue + 180, 0.25, 0.88))
        draw.polygon(
            [(x - 12, base - h), (x + w // 2, base - h - int(w * 0.45)), (x + w + 12, base - h)],
            fill=_rgb(hue + 10, 0.6, 0.38),
        )
        draw.rectangle([x + w // 2 - 14, base - 40, x + w // 2 + 14, base], fill=(90, 62, 40))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()
