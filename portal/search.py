"""One search index for the whole portal, fed by every searchable model.

Each app registers a builder (`register(Model, kind, build)`) in its AppConfig.ready();
the builder turns a row into an `Entry` (title, summary, body, url, date, visibility). The
index keeps accent-folded, lower-cased copies of the text (`portal.text.fold`, so "đ"
matches "d" both ways) on every database. PostgreSQL adds full-text ranking with the
`portal_vi` configuration (simple + unaccent) and trigram similarity for typos; SQLite
matches every folded term and ranks by where it was found.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import BooleanField, Case, F, FloatField, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text import fold

MAX_QUERY_CHARS = 200
MAX_TERMS = 8
TEXT_LIMIT = 20_000  # characters of body kept per entry
# PostgreSQL ranks at most this many matches, the newest (plus an exact document number):
# ranking every match of a common word read 25,000 stored vectors at 100,000 articles, and
# the page shows "more than 1,000 results" beyond SEARCH_COUNT_LIMIT anyway.
RANK_CANDIDATES = 2000

_registry = {}  # model class -> (kind, build)
_rebuild_sources = {}  # model class -> callable returning the rows to index


@dataclass
class Entry:
    title: str
    url: str
    summary: str = ""
    body: str = ""
    date: object = None  # a date or datetime shown in results and used for recency
    is_public: bool = True
    public_from: object = None  # a scheduled article: public only from this time
    number_key: str = ""  # a legal document's folded number, for exact lookups


def register(model, kind, build, queryset=None, m2m=()):
    """Index `model` rows as `kind` with `build(instance) -> Entry | None` (None: not indexed).

    `queryset` (a callable) gives the rows and their relations for a full rebuild; `m2m`
    names many-to-many fields the entry uses (they are saved after the row itself).
    """
    _registry[model] = (kind, build)
    _rebuild_sources[model] = queryset or model._default_manager.all
    uid = f"search-index-{model._meta.label}"
    post_save.connect(_on_save, sender=model, dispatch_uid=uid)
    post_delete.connect(_on_delete, sender=model, dispatch_uid=uid)
    for name in m2m:
        through = model._meta.get_field(name).remote_field.through
        m2m_changed.connect(_on_m2m, sender=through, dispatch_uid=f"{uid}-{name}")


def registered():
    return dict(_registry)


def rebuild(progress=None, batch_size=500):
    """Rebuild every entry from the registered models; `progress(done, total)` is told."""
    from .models import SearchEntry

    sources = [(model, kind, build) for model, (kind, build) in _registry.items()]
    total = sum(_rebuild_sources[model]().count() for model, _kind, _build in sources)
    done = 0
    for model, kind, build in sources:
        with transaction.atomic():
            SearchEntry.objects.filter(kind=kind).delete()
            batch = []
            for instance in _rebuild_sources[model]().iterator(chunk_size=batch_size):
                entry = build(instance)
                done += 1
                if entry is not None:
                    batch.append(SearchEntry(kind=kind, object_id=instance.pk, **_columns(entry)))
                if len(batch) >= batch_size:
                    SearchEntry.objects.bulk_create(batch)
                    batch.clear()
                    if progress:
                        progress(done, total)
            SearchEntry.objects.bulk_create(batch)
    if progress:
        progress(done, total)
    return done


def _on_save(sender, instance, raw=False, **kwargs):
    if raw:  # loading fixtures
        return
    # Same database, same transaction: a rolled-back save rolls its index entry back too.
    index_instance(instance)


def _on_m2m(sender, instance, action, reverse, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and type(instance) in _registry:
        index_instance(instance)


def _on_delete(sender, instance, **kwargs):
    from .models import SearchEntry

    kind, _build = _registry[sender]
    SearchEntry.objects.filter(kind=kind, object_id=instance.pk).delete()


def index_instance(instance):
    from .models import SearchEntry

    kind, build = _registry[type(instance)]
    entry = build(instance)
    if entry is None:
        SearchEntry.objects.filter(kind=kind, object_id=instance.pk).delete()
        return
    SearchEntry.objects.update_or_create(kind=kind, object_id=instance.pk, defaults=_columns(entry))


def _columns(entry):
    from .models import strip_tags_text

    # NFC: text typed with separate accent marks (older keyboards) is stored composed, so
    # folding, matching and highlighting see one character per letter.
    title = unicodedata.normalize("NFC", entry.title)
    body = unicodedata.normalize("NFC", strip_tags_text(entry.body))[:TEXT_LIMIT]
    summary = unicodedata.normalize("NFC", strip_tags_text(entry.summary))
    date = entry.date
    if date is not None and hasattr(date, "hour") and timezone.is_aware(date):
        year = timezone.localtime(date).year  # the year visitors see, not the UTC one
    else:
        year = date.year if date else None
    return {
        "title": title[:500],
        "summary": summary[:1000],
        "body": body,
        "url": entry.url,
        "date": date if hasattr(date, "hour") or date is None else _midnight(date),
        "year": year,
        "is_public": entry.is_public,
        "public_from": entry.public_from,
        "number_key": entry.number_key,
        "title_folded": words_of(title)[:500],
        "summary_folded": words_of(summary)[:1000],
        "body_folded": words_of(body),
    }


def words_of(text):
    """Folded words separated by single spaces, with a space at each end, so that
    `contains(" nha ")` matches the whole word "nhà" and never "nhan" (any database)."""
    return f" {' '.join(re.findall(r'[0-9a-z]+', fold(text)))} "


def _midnight(day):
    from datetime import datetime, time

    return timezone.make_aware(datetime.combine(day, time(12)))


def clean_query(raw):
    """Bounded, printable text: hostile or odd input is only ever treated as text."""
    text = "".join(ch if ch.isprintable() else " " for ch in (raw or "")[:MAX_QUERY_CHARS])
    return re.sub(r"\s+", " ", text).strip()


def terms_of(text):
    """Folded words to match: letters and digits only, at most MAX_TERMS."""
    words = re.findall(r"[0-9a-z]+", fold(text))
    unique = list(dict.fromkeys(words))
    return unique[:MAX_TERMS]


def search(raw, *, kinds=None, year=None, include_private=False):
    """SearchEntry rows for `raw`, best first; public and already-published ones only
    unless `include_private` (the admin)."""
    from .models import SearchEntry

    query = clean_query(raw)
    terms = terms_of(query)
    entries = SearchEntry.objects.all()
    if not include_private:
        now = timezone.now()
        entries = entries.filter(is_public=True).filter(
            Q(public_from__isnull=True) | Q(public_from__lte=now)
        )
    if kinds:
        entries = entries.filter(kind__in=kinds)
    if year:
        entries = entries.filter(year=year)
    if not terms:
        return entries.none(), terms
    number = fold(re.sub(r"\s+", "", query))
    exact = Case(When(number_key=number, then=Value(1)), default=Value(0))
    if connection.vendor == "postgresql":
        return _postgres(entries, query, terms, exact), terms
    return _portable(entries, terms, number, exact), terms


def _portable(entries, terms, number, exact):
    """Every term must appear somewhere; titles weigh most, then summaries, then bodies."""
    matches = Q(number_key=number) if number else Q()
    if _sqlite_fts():
        # The FTS5 table (migration 0009) holds the same folded words, one token each.
        words = " ".join(f'"{term}"' for term in terms)  # every one (FTS5: AND)
        every_term = Q(pk__in=RawSQL(FTS_MATCH, [words]))  # noqa: S611 - constant SQL
    else:
        every_term = Q()
        for term in terms:
            word = f" {term} "
            every_term &= (
                Q(title_folded__contains=word)
                | Q(summary_folded__contains=word)
                | Q(body_folded__contains=word)
            )
    return (
        entries.filter(matches | every_term)
        .annotate(exact=exact, score=_placement_score(terms))
        .order_by("-exact", "-score", F("date").desc(nulls_last=True), "-pk")
    )


FTS_TABLE = "portal_searchentry_fts"
# Constant SQL; the words (letters and digits only, each quoted) travel as a parameter.
FTS_MATCH = "SELECT rowid FROM portal_searchentry_fts WHERE portal_searchentry_fts MATCH %s"


def _sqlite_fts():
    """Whether this SQLite database has the FTS5 table (not on builds without FTS5)."""
    if connection.vendor != "sqlite":
        return False
    known = getattr(connection, "_portal_fts", None)
    if known is None:
        # Once per connection, on the driver's connection: not one of the page's queries.
        connection.ensure_connection()
        found = connection.connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [FTS_TABLE]
        ).fetchone()
        known = connection._portal_fts = found is not None
    return known


def _placement_score(terms):
    """Where each term was found: title 100, summary 10, body 1 (the same on every database)."""
    score = Value(0)
    for term in terms:
        word = f" {term} "
        score = score + Case(
            When(title_folded__contains=word, then=Value(100)),
            When(summary_folded__contains=word, then=Value(10)),
            default=Value(1),
            output_field=IntegerField(),
        )
    return score


def _postgres(entries, query, terms, exact):
    """Full-text match and rank on the stored, weighted vector (title A, summary B, body C).

    Trigram word similarity on titles (typos) is only tried when the words themselves
    match nothing, so correctly spelled queries never read inexact candidates.
    """
    folded = " ".join(terms)
    number = fold(re.sub(r"\s+", "", query))
    # The SQL text is constant; the words travel as parameters.
    hit = RawSQL(  # noqa: S611
        "search_tsv @@ plainto_tsquery('portal_vi', %s)", [folded], output_field=BooleanField()
    )
    rank = RawSQL(  # noqa: S611
        "ts_rank(search_tsv, plainto_tsquery('portal_vi', %s))", [folded], output_field=FloatField()
    )
    hits = entries.alias(hit=hit).filter(hit=True)
    by_number = entries.filter(number_key=number)
    if hits.exists() or by_number.exists():
        # The newest matches through the GIN index, and the exact number through its own;
        # no OR between the two, which made PostgreSQL read every stored vector.
        # Newest first along search_newest_idx (undated entries, a few programme pages,
        # come first and are always candidates; the ranking below orders everything).
        newest = hits.order_by("-date", "-pk").values("pk")
        picked = newest[:RANK_CANDIDATES].union(by_number.order_by().values("pk"))
        return (
            entries.filter(pk__in=picked)
            .annotate(exact=exact, rank=rank)
            .order_by("-exact", "-rank", F("date").desc(nulls_last=True), "-pk")
        )
    from django.contrib.postgres.search import TrigramWordSimilarity

    return (
        entries.filter(title_folded__trigram_word_similar=folded)
        .annotate(exact=exact, similarity=TrigramWordSimilarity(folded, "title_folded"))
        .order_by("-similarity", F("date").desc(nulls_last=True), "-pk")
    )


def snippet(entry, terms, length=220):
    """A piece of the text around the first match, matched words in <mark>, all escaped."""
    text = entry.summary or entry.body or ""
    source = entry.body if entry.body and not _has_term(entry.summary, terms) else text
    source = source or text
    folded = _fold_aligned(source)
    start = 0
    for term in terms:
        found = re.search(_word_pattern(term), folded)
        if found:
            start = max(0, found.start() - length // 3)
            break
    piece = source[start : start + length]
    folded_piece = folded[start : start + length]
    marked = _mark(piece, folded_piece, terms)
    prefix = "…" if start else ""
    suffix = "…" if start + length < len(source) else ""
    return mark_safe(f"{prefix}{marked}{suffix}")  # every segment escaped in _mark


def highlight(text, terms):
    return mark_safe(_mark(text, _fold_aligned(text), terms))


def _has_term(text, terms):
    folded = fold(text or "")
    return any(re.search(_word_pattern(term), folded) for term in terms)


def _word_pattern(term):
    return rf"(?<![0-9a-z]){re.escape(term)}(?![0-9a-z])"


def _fold_aligned(text):
    """fold() character by character, so positions in the result match the original."""
    out = []
    for ch in text:
        folded = fold(ch)
        out.append(folded if len(folded) == 1 else ch.lower()[:1] or " ")
    return "".join(out)


def _mark(text, folded, terms):
    spans = []
    for term in terms:
        for match in re.finditer(_word_pattern(term), folded):
            spans.append((match.start(), match.end()))
    spans.sort()
    out, position = [], 0
    for start, end in spans:
        if start < position:
            continue
        out.append(escape(text[position:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    out.append(escape(text[position:]))
    return "".join(out)
