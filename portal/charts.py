"""Bar and line charts drawn as inline SVG on the server, each shown beside a data table.

The SVG is an image to screen readers (role="img", a <title> and a generated one-sentence
<desc>); chart_table() gives the same figures as a table, with the very strings the chart prints.
No scripts, no external fonts or links: the markup is safe to cache and to inline anywhere.
"""

import hashlib
import itertools
import math
import re
import textwrap
from decimal import Decimal, InvalidOperation

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe

from portal.text import vi_number

# viewBox width: drawn at about the size of a phone screen (text stays >= 11 px there),
# scaled up to the CSS max-width (site.css, .chart svg) on a desktop.
WIDTH = 360
FONT, SMALL = 13, 12
INK, MUTED, GRID = "#1a1a1a", "#4a4f57", "#d7dbe0"
BAR = "#0b4a8b"
# Series colours (all at least 4.5:1 on white) and dash patterns, so colour is not the only cue.
PALETTE = [("#0b4a8b", ""), ("#a4161a", "7 4"), ("#1d6b36", "2 3"), ("#6a3d9a", "10 3 2 3")]
NO_DATA = "không có số liệu"
YEAR = re.compile(r"\d{4}")
EMPTY = mark_safe('<p class="chart-empty">Chưa có số liệu.</p>')
_serial = itertools.count(1)


def bar_chart(points, *, title, unit="", decimals=0, horizontal=None):
    """Bars for (label, value) points; horizontal for long labels (administrative units)."""
    points = _clean(points)
    values = [v for _, v in points if v is not None]
    if not values:
        return EMPTY
    texts = [_fmt(v, unit, decimals) for _, v in points]
    if horizontal is None:
        slot = (WIDTH - 40) / len(points)
        horizontal = (
            len(points) > 8
            or any(len(label) > 6 for label, _ in points)
            or _widest(points, texts) > slot - 4  # value labels would collide above the bars
        )
    draw = _hbars if horizontal else _vbars
    height, body = draw(points, texts, max(values), unit, decimals)
    kind = "hbar" if horizontal else "bar"
    return _svg(kind, title, _bar_summary(points, texts), height, body)


def line_chart(series, *, title, unit="", decimals=0):
    """One line per {"name", "points"} series over shared x labels (years); gaps where None."""
    series = [(str(s["name"]), dict(_clean(s["points"]))) for s in series]
    xs = list(dict.fromkeys(label for _, data in series for label in data))
    values = [v for _, data in series for v in data.values() if v is not None]
    if not values:
        return EMPTY
    ticks, top, tick_text = _ticker(max(values), unit, decimals)
    legend = 20 * len(series) + 6 if len(series) > 1 else 0
    plot_top, plot_h = legend + 12, 180
    left = max(_w(tick_text(t), SMALL) for t in ticks) + 10
    lasts = [(_known(data) or [(None, None)])[-1] for _, data in series]
    right = max(_w(_fmt(v, unit, decimals)) for _, v in lasts if v is not None) + 12
    span = WIDTH - left - right - 16
    xpos = {
        x: left + 8 + (span * i / (len(xs) - 1) if len(xs) > 1 else span / 2)
        for i, x in enumerate(xs)
    }

    def ypos(value):
        return plot_top + plot_h - plot_h * float(value) / float(top)

    out = [_y_axis(ticks, tick_text, ypos, left, WIDTH - right)]
    step = math.ceil((max(_w(x, SMALL) for x in xs) + 8) / max(span / max(len(xs) - 1, 1), 1))
    for i, x in enumerate(xs):
        if (len(xs) - 1 - i) % step == 0:  # thin crowded labels, always keeping the latest year
            out.append(_text(xpos[x], plot_top + plot_h + 18, x, "x", anchor="middle", size=SMALL))
    labels = []
    for n, (name, data) in enumerate(series):
        colour, dash = PALETTE[n % len(PALETTE)]
        path, pen_up = [], True
        for x in xs:
            value = data.get(x)
            if value is None:
                pen_up = True
                continue
            path.append(f"{'M' if pen_up else 'L'}{xpos[x]:.1f} {ypos(value):.1f}")
            pen_up = False
        out.append(
            f'<path class="line" d="{" ".join(path)}" fill="none" stroke="{colour}" '
            f'stroke-width="2.5" stroke-dasharray="{dash or "none"}" stroke-linejoin="round"/>'
        )
        for x, value in data.items():
            if value is not None:
                tip = escape(f"{name}, {x}: {_fmt(value, unit, decimals)}")
                out.append(
                    f'<circle cx="{xpos[x]:.1f}" cy="{ypos(value):.1f}" r="3.5" fill="{colour}">'
                    f"<title>{tip}</title></circle>"
                )
        x, value = lasts[n]
        if value is not None:
            labels.append([ypos(value) + 4, xpos[x] + 7, _fmt(value, unit, decimals), colour])
        if legend:
            y = 14 + 20 * n
            out.append(
                f'<line x1="0" y1="{y - 4}" x2="24" y2="{y - 4}" stroke="{colour}" '
                f'stroke-width="2.5" stroke-dasharray="{dash or "none"}"/>'
                f'<circle cx="12" cy="{y - 4}" r="3.5" fill="{colour}"/>'
                + _text(30, y, name, "legend")
            )
    labels.sort()
    for above, below in itertools.pairwise(labels):  # keep last-value labels from overlapping
        below[0] = max(below[0], above[0] + FONT + 2)
    out += [_text(x, y, text, "value", fill=colour) for y, x, text, colour in labels]
    summary = "; ".join(_trend(name or title, data, unit, decimals) for name, data in series)
    return _svg("line", title, summary + ".", plot_top + plot_h + 26, "".join(out))


def chart_table(points_or_series, *, caption, unit="", decimals=0, label_header=None):
    """The figures of a chart as a <table>, with the chart's own number strings."""
    data = list(points_or_series)
    if not data:
        return mark_safe("")  # the chart already says there are no figures
    if isinstance(data[0], dict):
        columns = [(str(s["name"]), dict(_clean(s["points"]))) for s in data]
    else:
        columns = [("Số liệu", dict(_clean(data)))]
    rows = list(dict.fromkeys(label for _, column in columns for label in column))
    if label_header is None:
        label_header = "Năm" if all(YEAR.fullmatch(r) for r in rows) else "Đơn vị"
    head = format_html_join("", '<th scope="col">{}</th>', ((name,) for name, _ in columns))
    body = format_html_join(
        "",
        '<tr><th scope="row">{}</th>{}</tr>',
        ((row, _cells(_fmt(c.get(row), unit, decimals) for _, c in columns)) for row in rows),
    )
    return format_html(
        '<table class="chart-table"><caption>{}</caption><thead><tr><th scope="col">{}</th>{}'
        "</tr></thead><tbody>{}</tbody></table>",
        caption,
        label_header,
        head,
        body,
    )


def _cells(texts):
    return format_html_join("", "<td>{}</td>", ((text,) for text in texts))


def _hbars(points, texts, highest, unit, decimals):
    names = [_wrap(label, int(WIDTH * 0.4 / (FONT * 0.58)), 3) for label, _ in points]
    x0 = min(WIDTH * 0.4, max(_w(line) for lines in names for line in lines)) + 10
    length = WIDTH - x0 - _widest(points, texts) - 8
    for count in (5, 4, 3, 2):  # as many ticks as fit side by side under the bars
        ticks, top, tick_text = _ticker(highest, unit, decimals, count)
        if length / (len(ticks) - 1) >= _w(tick_text(top), SMALL) + 10:
            break
    rows, y = [], 6
    for (_, value), lines, text in zip(points, names, texts, strict=True):
        row_h = max(30, 15 * len(lines) + 10)
        mid = y + row_h / 2
        for i, line in enumerate(lines):
            baseline = mid + 4.5 + 15 * (i - (len(lines) - 1) / 2)
            rows.append(_text(x0 - 8, baseline, line, "label", anchor="end"))
        if value is None:
            rows.append(_text(x0 + 4, mid + 4.5, text, "value", fill=MUTED, italic=True))
        else:
            size = length * float(value) / float(top)
            rows.append(
                f'<rect class="bar" x="{x0:.1f}" y="{mid - 9:.1f}" width="{size:.1f}" '
                f'height="18" fill="{BAR}"/>' + _text(x0 + size + 5, mid + 4.5, text, "value")
            )
        y += row_h
    grid = []
    for t in ticks:
        x = x0 + length * float(t) / float(top)
        grid.append(
            f'<line x1="{x:.1f}" y1="2" x2="{x:.1f}" y2="{y + 2}" stroke="{GRID}"/>'
            + _text(x, y + 18, tick_text(t), "tick", anchor="middle", size=SMALL, fill=MUTED)
        )
    axis = f'<line x1="{x0:.1f}" y1="2" x2="{x0:.1f}" y2="{y + 2}" stroke="{MUTED}"/>'
    return y + 24, "".join(grid + rows) + axis


def _vbars(points, texts, highest, unit, decimals):
    ticks, top, tick_text = _ticker(highest, unit, decimals)
    left = max(_w(tick_text(t), SMALL) for t in ticks) + 10
    plot_top, plot_h = 22, 180
    slot = (WIDTH - left - 4) / len(points)
    bar_w = min(48, slot * 0.6)
    base = plot_top + plot_h

    def ypos(value):
        return base - plot_h * float(value) / float(top)

    out = [_y_axis(ticks, tick_text, ypos, left, WIDTH - 4)]
    lines_max = 1
    for i, ((label, value), text) in enumerate(zip(points, texts, strict=True)):
        mid = left + slot * (i + 0.5)
        lines = _wrap(label, max(int(slot / (FONT * 0.58)), 3), 2)
        lines_max = max(lines_max, len(lines))
        for n, line in enumerate(lines):
            out.append(_text(mid, base + 18 + 15 * n, line, "label", anchor="middle"))
        if value is None:
            gap = ("không có", "số liệu") if slot >= 56 else ("–",)
            for n, word in enumerate(gap):
                y = base - 8 - 12 * (len(gap) - 1 - n)
                out.append(_text(mid, y, word, "value", "middle", SMALL, MUTED, italic=True))
            continue
        y = ypos(value)
        out.append(
            f'<rect class="bar" x="{mid - bar_w / 2:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
            f'height="{base - y:.1f}" fill="{BAR}"/>' + _text(mid, y - 6, text, "value", "middle")
        )
    out.append(f'<line x1="{left}" y1="{base}" x2="{WIDTH - 4}" y2="{base}" stroke="{MUTED}"/>')
    return base + 10 + 15 * lines_max, "".join(out)


def _y_axis(ticks, tick_text, ypos, left, right):
    return "".join(
        f'<line x1="{left:.1f}" y1="{ypos(t):.1f}" x2="{right:.1f}" y2="{ypos(t):.1f}" '
        f'stroke="{GRID}"/>'
        + _text(left - 6, ypos(t) + 4, tick_text(t), "tick", "end", SMALL, MUTED)
        for t in ticks
    )


def _ticker(highest, unit, decimals, count=5):
    """Nice ticks from 0 to a round top: steps of 1, 2, 2.5 or 5 times a power of ten."""
    highest = highest if highest > 0 else Decimal(1)
    raw = highest / count
    power = Decimal(10) ** math.floor(math.log10(raw))
    whole = decimals == 0 and highest >= 1  # no "2,5 hộ" ticks for counts
    steps = [m * power for m in (1, 2, Decimal("2.5"), 5, 10)]
    step = next(s for s in steps if s >= raw and (not whole or s % 1 == 0))
    top = step * math.ceil(highest / step)
    ticks = [step * i for i in range(int(top / step) + 1)]
    places = max(0, -step.normalize().as_tuple().exponent)
    suffix = "%" if unit == "%" else ""
    return ticks, top, lambda t: vi_number(t, places) + suffix


def _clean(points):
    cleaned = []
    for label, value in points:
        if value is not None:
            try:
                value = Decimal(str(value))
            except InvalidOperation as error:
                raise ValueError(f"not a number for {label!r}: {value!r}") from error
            if not value.is_finite() or value < 0:
                raise ValueError(f"charts take finite values >= 0, got {value} for {label!r}")
        cleaned.append((str(label), value))
    return cleaned


def _fmt(value, unit, decimals):
    if value is None:
        return NO_DATA
    number = vi_number(value, decimals)
    if not unit:
        return number
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}"


def _bar_summary(points, texts):
    known = [(label, v, t) for (label, v), t in zip(points, texts, strict=True) if v is not None]
    high = max(known, key=lambda k: k[1])
    low = min(known, key=lambda k: k[1])
    if len(known) == 1:
        summary = f"{_named(high[0])}: {high[2]}"
    else:
        summary = f"Cao nhất: {_named(high[0])} ({high[2]}); thấp nhất: {_named(low[0])} ({low[2]})"
    missing = [_named(label) for label, v in points if v is None]
    if missing:
        summary += f"; {NO_DATA}: {', '.join(missing)}"
    return summary + "."


def _trend(name, data, unit, decimals):
    known = _known(data)
    if not known:
        return f"{name}: {NO_DATA}"
    (start, first), (end, last) = known[0], known[-1]
    a, b = _fmt(first, unit, decimals), _fmt(last, unit, decimals)
    if len(known) == 1:
        return f"{name}: {a} {_named(start, True)}"
    exact = Decimal(1).scaleb(-decimals)  # compare what the reader sees, not hidden digits
    first, last = first.quantize(exact), last.quantize(exact)
    if first == last:
        return f"{name} giữ ở mức {a} từ {_named(start, True)} đến {_named(end, True)}"
    verb, to = ("giảm từ", "xuống") if last < first else ("tăng từ", "lên")
    return f"{name} {verb} {a} {_named(start, True)} {to} {b} {_named(end, True)}"


def _known(data):
    return [(label, v) for label, v in data.items() if v is not None]


def _named(label, bracket=False):
    """ "năm 2021" for a year; other labels as they are, or bracketed after a number."""
    if YEAR.fullmatch(label):
        return f"năm {label}"
    return f"({label})" if bracket else label


def _wrap(label, width, lines):
    wrapped = textwrap.wrap(label, width, break_long_words=False) or [""]
    if len(wrapped) > lines:  # the full label is in the table beside the chart
        rest = textwrap.shorten(" ".join(wrapped[lines - 1 :]), width, placeholder=" …")
        wrapped = wrapped[: lines - 1] + [rest]
    return wrapped


def _widest(points, texts):
    """Width of the widest value label ("không có số liệu" sits where a bar would be)."""
    return max(_w(t) for (_, v), t in zip(points, texts, strict=True) if v is not None)


def _w(text, size=FONT):
    """Rough rendered width of text in system-ui: wide enough for digits and diacritics."""
    return len(text) * size * 0.58


def _text(x, y, content, cls, anchor="start", size=None, fill=INK, italic=False):
    attrs = f' font-size="{size}"' if size else ""
    attrs += ' font-style="italic"' if italic else ""
    attrs += f' text-anchor="{anchor}"' if anchor != "start" else ""
    return (
        f'<text class="{cls}" x="{x:.1f}" y="{y:.1f}" fill="{fill}"{attrs}>{escape(content)}</text>'
    )


def _svg(kind, title, desc, height, body):
    digest = hashlib.sha1(f"{kind}{title}{body}".encode(), usedforsecurity=False).hexdigest()
    uid = f"chart-{digest[:8]}-{next(_serial)}"  # unique even when one chart appears twice
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--{kind}" '
        'viewBox="0 0 {width} {height}" width="100%" '
        'role="img" aria-labelledby="{uid}-title {uid}-desc" '
        'font-family="system-ui, sans-serif" font-size="{font}">'
        '<title id="{uid}-title">{title}</title><desc id="{uid}-desc">{desc}</desc>{body}</svg>',
        kind=kind,
        width=WIDTH,
        height=round(height),
        uid=uid,
        font=FONT,
        title=title,
        desc=desc,
        body=mark_safe(body),  # every piece of text in body went through escape()
    )
