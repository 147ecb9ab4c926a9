"""Scale articles: realistic Vietnamese news spread over ten years and every category."""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from articles.models import RESERVED_SLUGS, Article, Category
from portal.text import slugify_vi

from .phrases import BYLINES
from .text import Writer

SEED = 20260101
BATCH = 2000
SPAN = timedelta(days=3652)  # published over about ten years
COVER_CAPTION = "Ảnh minh họa"


def seed(target, progress):
    """Add articles until there are `target`; returns how many were added."""
    existing = Article.objects.count()
    if existing >= target:
        return 0
    categories = list(Category.objects.order_by("position", "pk"))
    # The demo articles' covers and renditions are shared: no new image files.
    covers = list(
        Article.objects.exclude(cover="")
        .order_by("pk")
        .values_list("cover", "cover_width", "cover_height", "cover_renditions", "cover_alt")
    )
    slugs = SlugPool([*Article.objects.values_list("slug", flat=True), *RESERVED_SLUGS])
    now = timezone.now()
    total = target - existing
    for start in range(existing, target, BATCH):
        batch = [
            _article(n, categories, covers, slugs, now)
            for n in range(start, min(start + BATCH, target))
        ]
        with transaction.atomic():
            Article.objects.bulk_create(batch)
        progress(start + len(batch) - existing, total)
    return total


def _article(n, categories, covers, slugs, now):
    # One generator per article: a top-up run writes the same article n as a full run.
    rng = random.Random(SEED + n)
    category = categories[n % len(categories)]
    roll = rng.random()
    moment = now - rng.random() * SPAN
    status, published_at = Article.Status.PUBLISHED, moment
    if roll < 0.02:
        status, published_at = Article.Status.DRAFT, None
    elif roll < 0.03:
        status, published_at = Article.Status.PENDING, None
    elif roll < 0.04:  # scheduled: public only from a moment in the coming month
        moment = now + timedelta(minutes=rng.randint(60, 30 * 24 * 60))
        published_at = moment
    title, summary, body = Writer(rng).article(category.slug, timezone.localtime(moment).date())
    cover = covers[n % len(covers)] if covers and rng.random() < 0.9 else None
    return Article(
        title=title,
        slug=slugs.free(title),
        category=category,
        summary=summary,
        body=body,
        byline=rng.choice(BYLINES),
        status=status,
        published_at=published_at,
        is_featured=rng.random() < 0.003,
        cover=cover[0] if cover else "",
        cover_width=cover[1] if cover else None,
        cover_height=cover[2] if cover else None,
        cover_renditions=cover[3] if cover else [],
        cover_alt=cover[4] if cover else "",
        cover_caption=COVER_CAPTION if cover else "",
    )


class SlugPool:
    """The rule of `portal.text.unique_slug` (-2, -3… on collision) against slugs held in
    memory; the next suffix of each base is remembered, so a frequent title costs one lookup."""

    def __init__(self, taken):
        self.taken = set(taken)
        self.next_suffix = {}

    def free(self, title):
        base = slugify_vi(title, max_length=194) or "bai-viet"
        slug, n = base, self.next_suffix.get(base, 2)
        while slug in self.taken:
            slug, n = f"{base}-{n}", n + 1
        self.taken.add(slug)
        self.next_suffix[base] = n
        return slug
