"""Admin search boxes that ignore diacritics, through the portal's search index."""

import re

from django.db import connection
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL
from django.utils.text import smart_split, unescape_string_literal

from . import search
from .text import fold


def index_matches(search_term, kind):
    """(entries of `kind` matching the words, terms), drafts and private rows included.

    The rule of `search.search` without its ranking: on PostgreSQL that ranks only the
    newest 2,000 matches (public results), while the admin lists and counts every match.
    """
    if connection.vendor != "postgresql":
        return search.search(search_term, kinds=[kind], include_private=True)
    from .models import SearchEntry

    query = search.clean_query(search_term)
    terms = search.terms_of(query)
    entries = SearchEntry.objects.filter(kind=kind)
    if not terms:
        return entries.none(), terms
    words = " ".join(terms)
    hit = RawSQL(  # noqa: S611 (constant SQL, the words are a parameter)
        "search_tsv @@ plainto_tsquery('portal_vi', %s)", [words], output_field=BooleanField()
    )
    number = fold(re.sub(r"\s+", "", query))
    matched = entries.alias(hit=hit).filter(Q(hit=True) | Q(number_key=number))
    if matched.exists():
        return matched, terms
    return entries.filter(title_folded__trigram_word_similar=words), terms  # typos


class FoldedSearchMixin:
    """ "giam ngheo" finds "Giảm nghèo" in the admin too (drafts and private rows included).

    `search_kind` names the index kind of this admin's model; `folded_search_paths` maps
    other index kinds to lookups (e.g. {"unit": "unit"} on outcomes).

    A row matches Django's own rule (every word in one of `search_fields`) or the index.
    Both are written as `pk IN (…)` / `<foreign key> IN (…)` conditions: they never multiply
    rows (no DISTINCT over the whole list), and PostgreSQL answers each from an index
    (trigram indexes on the searched columns, the full-text index) instead of reading every
    row of a large table for each of the list's queries.
    """

    search_kind = None
    folded_search_paths = {}

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return super().get_search_results(request, queryset, search_term)
        condition = self._own_matches(request, search_term)
        paths = dict(self.folded_search_paths)
        if self.search_kind:
            paths[self.search_kind] = "pk"
        for kind, path in paths.items():
            entries, terms = index_matches(search_term, kind)
            if terms:
                condition |= Q(**{f"{path}__in": entries.values("object_id")})
        return queryset.filter(condition), False

    def _own_matches(self, request, search_term):
        """Django's rule for `search_fields`; a field across a foreign key ("unit__name")
        is looked up in the small related table first."""
        fields = [str(field) for field in self.get_search_fields(request)]
        if not fields:
            return Q(pk__in=[])
        if any(field.startswith(("^", "=", "@")) for field in fields):
            matched, _ = super().get_search_results(
                request, self.model._default_manager.all(), search_term
            )
            return Q(pk__in=matched.values("pk"))
        words = Q()
        for bit in smart_split(search_term):
            if bit.startswith(('"', "'")) and bit[0] == bit[-1]:
                bit = unescape_string_literal(bit)
            any_field = Q()
            for field in fields:
                any_field |= self._field_contains(field, bit)
            words &= any_field
        if all(self._across_foreign_key(field) for field in fields):
            return words  # foreign keys IN (…): already one indexed condition each
        return Q(pk__in=self.model._default_manager.filter(words).values("pk"))

    def _across_foreign_key(self, field):
        name, _, rest = field.partition("__")
        return bool(rest) and self.model._meta.get_field(name).many_to_one

    def _field_contains(self, field, word):
        if self._across_foreign_key(field):
            name, _, rest = field.partition("__")
            related = self.model._meta.get_field(name).related_model._default_manager
            matching = related.filter(**{f"{rest}__icontains": word}).values("pk")
            return Q(**{f"{name}__in": matching})
        return Q(**{f"{field}__icontains": word})
