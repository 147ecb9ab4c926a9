"""Admin search boxes that ignore diacritics, through the portal's search index."""

from django.db.models import Q

from . import search


class FoldedSearchMixin:
    """ "giam ngheo" finds "Giảm nghèo" in the admin too (drafts and private rows included).

    `search_kind` names the index kind of this admin's model; `folded_search_paths` maps
    other index kinds to lookups (e.g. {"unit": "unit"} on outcomes).
    """

    search_kind = None
    folded_search_paths = {}

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if not search_term.strip():
            return results, may_have_duplicates
        condition = Q()
        paths = dict(self.folded_search_paths)
        if self.search_kind:
            paths[self.search_kind] = "pk"
        for kind, path in paths.items():
            entries, terms = search.search(search_term, kinds=[kind], include_private=True)
            if terms:
                condition |= Q(**{f"{path}__in": entries.values("object_id")})
        if not condition:
            return results, may_have_duplicates
        return results | queryset.filter(condition), True
