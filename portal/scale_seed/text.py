"""Vietnamese news text for the scale articles, composed from `phrases` with a seeded
random generator: the same generator state gives the same title, summary and body."""

from datetime import date
from decimal import Decimal

from portal.text import vi_number

from . import phrases

REFORM_DAY = date(2025, 7, 1)  # communes and wards replace districts (2025 reform)
HOTLINE = "0229 3888 111"


def cap(text):
    return text[:1].upper() + text[1:]


class _Slots:
    """Values for `str.format_map`: article-wide ones fixed, numbers fresh on every use."""

    def __init__(self, rng, fixed):
        self.rng = rng
        self.fixed = fixed

    def __getitem__(self, key):
        if key in self.fixed:
            return self.fixed[key]
        rng = self.rng
        if key == "n":
            return rng.randint(12, 480)
        if key == "n2":
            return rng.randint(5, 60)
        if key == "k":
            return rng.randint(2, 9)
        if key == "pct":
            return vi_number(Decimal(rng.randint(700, 995)) / 10)
        if key == "low_pct":
            return vi_number(Decimal(rng.randint(80, 650)) / 100)
        if key == "share":
            return rng.randint(15, 35)
        if key == "big":
            return vi_number(rng.randint(1200, 60000))
        if key == "big_plain":
            return rng.randint(100, 3200)
        if key == "money":
            if rng.random() < 0.5:
                return f"{rng.randint(120, 990)} triệu đồng"
            return f"{vi_number(Decimal(rng.randint(11, 950)) / 10)} tỷ đồng"
        raise KeyError(key)


class Writer:
    """Titles, summaries and bodies for one category theme at a time."""

    def __init__(self, rng):
        self.rng = rng

    def article(self, theme_slug, day):
        """(title, summary, body HTML) of an article of `theme_slug` published on `day`."""
        rng = self.rng
        theme = phrases.THEMES.get(theme_slug) or phrases.THEMES["tin-tuc-su-kien"]
        fixed = self._fixed(theme, day)
        body = self._body(theme, _Slots(rng, fixed), target_words=rng.randint(300, 800))
        # The headline number is the same in the title and the summary.
        headline = _Slots(rng, fixed | {"n": rng.randint(12, 480)})
        title = cap(rng.choice(phrases.TITLES).format_map(headline))
        summary = rng.choice(phrases.SUMMARIES).format_map(headline)
        return title, summary, body

    def _fixed(self, theme, day):
        rng = self.rng
        if day < REFORM_DAY:
            district = rng.choice(list(phrases.DISTRICTS))
            kind, communes = phrases.DISTRICTS[district]
            place = f"{kind} {district}"
            commune = ("phường " if kind == "thành phố" else "xã ") + rng.choice(communes)
            leaders = phrases.LEADERS
        else:
            place, commune = rng.sample(phrases.NEW_COMMUNES, 2)
            leaders = [leader for leader in phrases.LEADERS if "Trưởng phòng" not in leader]
        org, org2 = rng.sample(phrases.ORGANISATIONS, 2)
        period = rng.choice(phrases.PERIODS).format(year=day.year)
        deed = rng.choice(theme["deeds"])
        fixed = {
            "place": place,
            "Place": cap(place),
            "commune": commune,
            "Commune": cap(commune),
            "year": day.year,
            "next_year": day.year + 1,
            "day": day.day,
            "month": day.month,
            "period": period,
            "Period": cap(period),
            "topic": rng.choice(theme["topics"]),
            "people": rng.choice(theme["people"]),
            "deed": deed,
            "deed_cap": cap(deed),
            "received": rng.choice(theme["received"]),
            "org": org,
            "Org": org,
            "org2": org2,
            "meeting": rng.choice(phrases.MEETINGS),
            "animal": rng.choice(phrases.ANIMALS),
            "trade": rng.choice(phrases.TRADES),
            "country": rng.choice(phrases.COUNTRIES),
            "phone": HOTLINE,
        }
        title = rng.choice(("Ông", "Bà"))
        given = rng.choice(phrases.GIVEN_NAMES[title])
        fixed["Person"] = f"{title} {rng.choice(phrases.FAMILY_NAMES)} {given}"
        slots = _Slots(rng, fixed)
        fixed["leader"] = rng.choice(leaders).format_map(slots)
        fixed["doc"] = rng.choice(phrases.DOCUMENT_REFERENCES).format_map(slots)
        return fixed

    def _body(self, theme, slots, target_words):
        rng = self.rng
        pool = self._sentences(theme)
        parts, words = [], 0
        last_was_heading, lists = False, 0
        while words < target_words:
            if parts and not last_was_heading and rng.random() < 0.3:
                parts.append(f"<h2>{rng.choice(phrases.HEADINGS)}</h2>")
                last_was_heading = True
                continue
            if parts and lists < 1 and rng.random() < 0.2:
                items = rng.sample(theme["items"], min(len(theme["items"]), rng.randint(3, 4)))
                lead = cap(f"để thực hiện tốt {slots['topic']}, thời gian tới cần tập trung:")
                marks = [";"] * (len(items) - 1) + ["."]
                lines = "".join(f"<li>{cap(i)}{m}</li>" for i, m in zip(items, marks, strict=True))
                parts.append(f"<p>{lead}</p><ul>{lines}</ul>")
                words += sum(len(i.split()) for i in items) + len(lead.split())
                lists += 1
            else:
                paragraph = " ".join(next(pool).format_map(slots) for _ in range(rng.randint(2, 4)))
                parts.append(f"<p>{paragraph}</p>")
                words += paragraph.count(" ") + 1
            last_was_heading = False
        return "".join(parts)

    def _sentences(self, theme):
        """The theme's facts and the shared sentences in random order, reshuffled when used
        up, so that an article repeats a sentence only when it is very long."""
        rng = self.rng
        pool = theme["facts"] + phrases.GENERAL
        while True:
            order = rng.sample(pool, len(pool))
            yield from order
