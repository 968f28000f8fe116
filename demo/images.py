"""The demo's pictures, drawn with Pillow: nothing is downloaded, and the same slug always
gives the same picture.

Lead images of news, events and programmes are calm abstract compositions in the colours
of their institution (demo/data/images.yaml), events with a pictogram of their kind; logos
are emblems with the institution's initials; covers and the home page's hero are wider
compositions. Each picture comes with alternative texts in Russian and English that say
what it shows. Drawing is kept cheap (shapes at their final size, one pass each): the
demo loads in the test suite, a hundred pictures in about a second.
"""

from __future__ import annotations

import hashlib
import io
import math
import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .content import read_yaml

LEAD_SIZE = (1200, 675)
WIDE_SIZE = (1600, 900)
LOGO_SIZE = 512
JPEG_QUALITY = 82

# Fonts for the logos' initials, the first one found; Pillow's own otherwise.
FONT_FILES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
]

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Palette:
    """An institution's colours (deep, middle, light, accent) and its emblem."""

    deep: RGB
    middle: RGB
    light: RGB
    accent: RGB
    shape: str
    initials: str
    tone_ru: str
    tone_en: str


@dataclass(frozen=True)
class Picture:
    """A drawn picture: its file's name and bytes, alt texts, and where its subject is
    (the focal point, in pixels: x, y, width, height)."""

    name: str
    data: bytes
    alt_ru: str
    alt_en: str
    focal: tuple[int, int, int, int]


def _hex(value: str) -> RGB:
    value = value.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


@cache
def palettes() -> dict[str, Palette]:
    """The palettes of demo/data/images.yaml by institution slug ("association" too)."""
    return {
        slug: Palette(
            *(_hex(colour) for colour in entry["colours"]),
            shape=entry["shape"],
            initials=entry["initials"],
            tone_ru=entry["tone_ru"],
            tone_en=entry["tone_en"],
        )
        for slug, entry in read_yaml("images").items()
    }


def palette_for(institution_slug: str | None) -> Palette:
    return palettes().get(institution_slug or "association", palettes()["association"])


def _rng(seed: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(seed.encode()).digest()[:8], "big"))


def _mix(a: RGB, b: RGB, share: float) -> RGB:
    """`a` with `share` of `b` mixed in."""
    return tuple(round(x + (y - x) * share) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def _gradient(size: tuple[int, int], start: RGB, end: RGB, angle: float) -> Image.Image:
    """A linear gradient from `start` to `end`, turned by `angle` degrees."""
    mask = Image.linear_gradient("L").rotate(angle, resample=Image.Resampling.BILINEAR)
    # The rotated square's corners are empty: its middle, stretched, covers the picture.
    # Blended small and enlarged: a smooth gradient needs no more pixels than that.
    small = (max(size[0] // 8, 1), max(size[1] // 8, 1))
    mask = mask.crop((48, 48, 208, 208)).resize(small, Image.Resampling.BILINEAR)
    blend = Image.composite(Image.new("RGB", small, end), Image.new("RGB", small, start), mask)
    return blend.resize(size, Image.Resampling.BILINEAR)


def _pattern(draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random):
    """A faint dot grid or hatching over the background."""
    width, height = size
    step = rng.choice([28, 34, 40])
    fill = (*colour, 34)
    if rng.random() < 0.5:
        radius = 2
        for y in range(step // 2, height, step):
            for x in range(step // 2, width, step):
                draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill)
    else:
        for offset in range(-height, width, step):
            draw.line((offset, height, offset + height, 0), fill=fill, width=2)


def _composition(
    size: tuple[int, int], palette: Palette, rng: random.Random, *, quiet_left: bool = False
) -> tuple[Image.Image, tuple[int, int]]:
    """Background, pattern and a few large translucent shapes; returns the picture and the
    centre of its main shape (the focal point)."""
    width, height = size
    base = _gradient(
        size, palette.light, _mix(palette.light, palette.middle, 0.35), rng.uniform(0, 360)
    ).convert("RGBA")
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    _pattern(draw, size, palette.middle, rng)
    # The main shape sits off-centre (rule of thirds), away from the left when text is
    # laid over the picture (the hero).
    low = 0.55 if quiet_left else 0.25
    cx = int(width * rng.uniform(low, 0.75))
    cy = int(height * rng.uniform(0.35, 0.65))
    radius = int(height * rng.uniform(0.28, 0.38))
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=(*palette.middle, 150))
    for _ in range(rng.randint(2, 4)):
        kind = rng.choice(["circle", "bar", "ring", "arc"])
        colour = rng.choice([palette.deep, palette.middle, palette.accent])
        x = int(width * rng.uniform(low - 0.1, 1.0))
        y = int(height * rng.uniform(0.0, 1.0))
        r = int(height * rng.uniform(0.08, 0.25))
        if kind == "circle":
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(*colour, 110))
        elif kind == "ring":
            draw.ellipse((x - r, y - r, x + r, y + r), outline=(*colour, 170), width=max(6, r // 8))
        elif kind == "arc":
            start = rng.choice([0, 90, 180, 270])
            draw.arc(
                (x - r * 2, y - r * 2, x + r * 2, y + r * 2),
                start,
                start + 180,
                fill=(*colour, 160),
                width=max(8, r // 5),
            )
        else:
            bar = int(height * rng.uniform(0.05, 0.09))
            draw.rounded_rectangle(
                (x - r * 2, y, x + r * 2, y + bar), radius=bar // 2, fill=(*colour, 130)
            )
    # An accent: a small solid dot near the main shape.
    dot = max(10, radius // 6)
    ax, ay = cx + int(radius * 0.9), cy - int(radius * 0.8)
    draw.ellipse((ax - dot, ay - dot, ax + dot, ay + dot), fill=(*palette.accent, 255))
    return Image.alpha_composite(base, layer).convert("RGB"), (cx, cy)


# Pictograms of event kinds, drawn in a square box (x, y, size) --------------------------


def _people(draw, x, y, s, colour, count=3):
    for i in range(count):
        px = x + s * (i + 0.5) / count
        head = s * 0.09
        draw.ellipse((px - head, y + s * 0.3 - head, px + head, y + s * 0.3 + head), fill=colour)
        draw.pieslice(
            (px - s * 0.15, y + s * 0.45, px + s * 0.15, y + s * 0.75), 180, 360, fill=colour
        )


def _in_box(x: float, y: float, s: float, *points: tuple[float, float]) -> list:
    """Points given as shares of a square box, in the picture's pixels."""
    return [(x + s * u, y + s * v) for u, v in points]


def _pictogram(draw: ImageDraw.ImageDraw, kind: str, box: tuple[int, int, int], colour, accent):
    x, y, s = box
    w = max(4, s // 22)
    if kind == "webinar":
        draw.rounded_rectangle(
            (x, y + s * 0.1, x + s, y + s * 0.72), radius=s // 14, outline=colour, width=w
        )
        draw.rectangle((x + s * 0.4, y + s * 0.72, x + s * 0.6, y + s * 0.85), fill=colour)
        draw.rounded_rectangle(
            (x + s * 0.25, y + s * 0.85, x + s * 0.75, y + s * 0.9), radius=w, fill=colour
        )
        draw.polygon(
            [
                (x + s * 0.42, y + s * 0.25),
                (x + s * 0.42, y + s * 0.57),
                (x + s * 0.66, y + s * 0.41),
            ],
            fill=accent,
        )
    elif kind == "conference":
        # A presentation screen on a stand, a bar chart on it, the audience below.
        draw.rectangle((x + s * 0.1, y, x + s * 0.9, y + s * 0.5), outline=colour, width=w)
        draw.line((x + s * 0.5, y + s * 0.5, x + s * 0.5, y + s * 0.62), fill=colour, width=w)
        for i, share in enumerate((0.16, 0.26, 0.36)):
            left = x + s * (0.28 + i * 0.16)
            draw.rectangle(
                (left, y + s * (0.42 - share), left + s * 0.1, y + s * 0.42), fill=accent
            )
        _people(draw, x + s * 0.05, y + s * 0.45, s * 0.9, colour)
    elif kind == "round-table":
        draw.ellipse(
            (x + s * 0.25, y + s * 0.25, x + s * 0.75, y + s * 0.75), outline=colour, width=w * 2
        )
        for i in range(6):
            angle = math.tau * i / 6
            px, py = x + s / 2 + math.cos(angle) * s * 0.4, y + s / 2 + math.sin(angle) * s * 0.4
            r = s * 0.07
            draw.ellipse((px - r, py - r, px + r, py + r), fill=accent if i % 2 else colour)
    elif kind == "master-class":
        brush = _in_box(x, y, s, (0.15, 0.85), (0.65, 0.35), (0.75, 0.45), (0.25, 0.95))
        draw.polygon(brush, fill=colour)
        points = []
        for i in range(10):
            r = s * (0.22 if i % 2 == 0 else 0.09)
            angle = -math.pi / 2 + math.tau * i / 10
            points.append((x + s * 0.72 + math.cos(angle) * r, y + s * 0.25 + math.sin(angle) * r))
        draw.polygon(points, fill=accent)
    elif kind == "workshop":
        cx, cy, r = x + s / 2, y + s / 2, s * 0.3
        for i in range(8):
            angle = math.tau * i / 8
            tx, ty = cx + math.cos(angle) * r * 1.25, cy + math.sin(angle) * r * 1.25
            draw.ellipse((tx - s * 0.08, ty - s * 0.08, tx + s * 0.08, ty + s * 0.08), fill=colour)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)
        draw.ellipse((cx - r * 0.45, cy - r * 0.45, cx + r * 0.45, cy + r * 0.45), fill=accent)
    elif kind == "contest":
        draw.pieslice((x + s * 0.2, y - s * 0.15, x + s * 0.8, y + s * 0.6), 0, 180, fill=accent)
        draw.rectangle((x + s * 0.45, y + s * 0.6, x + s * 0.55, y + s * 0.8), fill=colour)
        draw.rounded_rectangle(
            (x + s * 0.28, y + s * 0.8, x + s * 0.72, y + s * 0.92), radius=w, fill=colour
        )
        draw.arc(
            (x + s * 0.05, y + s * 0.05, x + s * 0.35, y + s * 0.4), 90, 270, fill=colour, width=w
        )
        draw.arc(
            (x + s * 0.65, y + s * 0.05, x + s * 0.95, y + s * 0.4), 270, 90, fill=colour, width=w
        )
    elif kind == "course":
        page = ((0.5, 0.3), (0.5, 0.9))
        draw.polygon(_in_box(x, y, s, (0.05, 0.2), *page, (0.05, 0.8)), fill=colour)
        draw.polygon(_in_box(x, y, s, (0.95, 0.2), *page, (0.95, 0.8)), fill=accent)
    else:  # seminar
        draw.rounded_rectangle((x, y + s * 0.72, x + s, y + s * 0.8), radius=w, fill=colour)
        _people(draw, x, y + s * 0.05, s, colour)
        draw.rounded_rectangle((x + s * 0.3, y, x + s * 0.7, y + s * 0.18), radius=w, fill=accent)


KIND_NAMES = {
    # kind: (Russian, English), as the alt texts name the pictogram.
    "seminar": ("семинара: люди за общим столом", "a seminar: people around a table"),
    "webinar": (
        "вебинара: экран с кнопкой воспроизведения",
        "a webinar: a screen with a play button",
    ),
    "conference": (
        "конференции: экран с диаграммой перед слушателями",
        "a conference: a chart on a screen before an audience",
    ),
    "master-class": ("мастер-класса: кисть и звезда", "a master class: a brush and a star"),
    "round-table": (
        "круглого стола: участники вокруг стола",
        "a round table: people around a table",
    ),
    "workshop": ("практикума: шестерёнка", "a workshop: a gear"),
    "contest": ("конкурса: кубок", "a contest: a cup"),
    "course": ("курса: раскрытая книга", "a course: an open book"),
}


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=3)
    return buffer.getvalue()


def _focal(
    centre: tuple[int, int], size: tuple[int, int], share: float
) -> tuple[int, int, int, int]:
    """A focal area around `centre`, `share` of the picture's height across, kept inside it."""
    side = int(size[1] * share)
    x = min(max(centre[0] - side // 2, 0), size[0] - side)
    y = min(max(centre[1] - side // 2, 0), size[1] - side)
    return (x, y, side, side)


def lead_picture(slug: str, institution_slug: str | None, kind: str | None = None) -> Picture:
    """The lead image of a news item, programme (no `kind`) or event (its `kind`)."""
    palette = palette_for(institution_slug)
    rng = _rng(slug)
    image, centre = _composition(LEAD_SIZE, palette, rng)
    if kind is None:
        alt_ru = f"Абстрактная композиция из кругов и линий в {palette.tone_ru} тонах"
        alt_en = f"An abstract composition of circles and lines in {palette.tone_en}"
        return Picture(f"{slug}.jpg", _jpeg(image), alt_ru, alt_en, _focal(centre, LEAD_SIZE, 0.6))
    # The pictogram on a light disc over the main shape.
    draw = ImageDraw.Draw(image)
    side = int(LEAD_SIZE[1] * 0.34)
    disc = int(side * 0.82)
    cx, cy = centre
    draw.ellipse(
        (cx - disc, cy - disc, cx + disc, cy + disc), fill=_mix(palette.light, (255, 255, 255), 0.5)
    )
    _pictogram(draw, kind, (cx - side // 2, cy - side // 2, side), palette.deep, palette.accent)
    ru, en = KIND_NAMES.get(kind, KIND_NAMES["seminar"])
    alt_ru = f"Пиктограмма {ru}, на фоне из кругов в {palette.tone_ru} тонах"
    alt_en = f"A pictogram of {en}, on a background of circles in {palette.tone_en}"
    return Picture(f"{slug}.jpg", _jpeg(image), alt_ru, alt_en, _focal(centre, LEAD_SIZE, 0.6))


def cover_picture(institution_slug: str, name_ru: str, name_en: str) -> Picture:
    """An institution's cover: a wide composition in its colours with its emblem's hue."""
    palette = palette_for(institution_slug)
    image, centre = _composition(WIDE_SIZE, palette, _rng(f"cover:{institution_slug}"))
    # A broad band in the deep colour along the bottom gives the cover a base.
    band = Image.new("RGBA", WIDE_SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(band)
    draw.rectangle(
        (0, int(WIDE_SIZE[1] * 0.86), WIDE_SIZE[0], WIDE_SIZE[1]), fill=(*palette.deep, 200)
    )
    image = Image.alpha_composite(image.convert("RGBA"), band).convert("RGB")
    return Picture(
        f"{institution_slug}-cover.jpg",
        _jpeg(image),
        f"Обложка раздела «{name_ru}»: круги и линии в {palette.tone_ru} тонах",
        f"Cover of the {name_en} section: circles and lines in {palette.tone_en}",
        _focal(centre, WIDE_SIZE, 0.7),
    )


def hero_picture() -> Picture:
    """The home page's hero: the association's colours, its shapes on the right so that
    the headline beside them stays legible."""
    palette = palette_for(None)
    image, centre = _composition(WIDE_SIZE, palette, _rng("hero"), quiet_left=True)
    return Picture(
        "home-hero.jpg",
        _jpeg(image),
        f"Переплетающиеся круги и линии в {palette.tone_ru} тонах — образ сети",
        f"Interlacing circles and lines in {palette.tone_en}, an image of the network",
        _focal(centre, WIDE_SIZE, 0.7),
    )


@cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in FONT_FILES:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def _shield(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    """A heraldic shield's outline in the box: straight sides, curving to a point."""
    w, h = x1 - x0, y1 - y0
    middle = x0 + w / 2

    def curve(side: float) -> list[tuple[float, float]]:
        # A quadratic Bézier from the side's lower end to the point at the bottom.
        start, control, end = (side, y0 + h * 0.5), (side, y0 + h * 0.85), (middle, y1)
        return [
            (
                (1 - t) ** 2 * start[0] + 2 * (1 - t) * t * control[0] + t**2 * end[0],
                (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * control[1] + t**2 * end[1],
            )
            for t in (i / 12 for i in range(13))
        ]

    return [(x0, y0), (x1, y0), *curve(x1), *reversed(curve(x0))]


def logo_picture(institution_slug: str, name_ru: str, name_en: str) -> Picture:
    """An institution's emblem: its initials in a circle or shield of its colours, on a
    transparent ground. Drawn at twice the size and reduced, for smooth edges."""
    palette = palette_for(institution_slug)
    big = LOGO_SIZE * 2
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    margin, ring = big * 0.06, big * 0.035
    if palette.shape == "shield":
        draw.polygon(_shield(margin, margin, big - margin, big - margin), fill=palette.deep)
        inner = margin + ring * 1.6
        draw.line(
            _shield(inner, inner, big - inner, big - inner * 1.1) + [(inner, inner)],
            fill=palette.accent,
            width=int(ring * 0.6),
            joint="curve",
        )
        text_centre = big * 0.44
    else:
        draw.ellipse((margin, margin, big - margin, big - margin), fill=palette.deep)
        inner = margin + ring * 1.6
        draw.ellipse(
            (inner, inner, big - inner, big - inner), outline=palette.accent, width=int(ring * 0.6)
        )
        text_centre = big * 0.5
    initials = palette.initials
    size = int(big * (0.32 if len(initials) <= 2 else 0.24 if len(initials) == 3 else 0.18))
    draw.text((big / 2, text_centre), initials, font=_font(size), fill=palette.light, anchor="mm")
    image = image.resize((LOGO_SIZE, LOGO_SIZE), Image.Resampling.LANCZOS)
    return Picture(
        f"{institution_slug}-logo.png",
        _png(image),
        f"Эмблема: буквы «{initials}» в {'щите' if palette.shape == 'shield' else 'круге'}",
        f"Emblem: the letters {initials} in a {palette.shape}",
        (0, 0, LOGO_SIZE, LOGO_SIZE),
    )
