"""Search entries for rows inserted in bulk (bulk_create sends no post_save signal).

The entries are made exactly as `portal.search.rebuild()` makes them: the registered
builder of each model, its rebuild queryset and the same column folding.
"""

from django.db import transaction

from portal import search
from portal.models import SearchEntry

BATCH = 1000


def missing(models):
    """[(model, pks)] of the rows of `models` that have no search entry yet."""
    registry = search.registered()
    plan = []
    for model in models:
        kind, _build = registry[model]
        indexed = SearchEntry.objects.filter(kind=kind).values("object_id")
        pks = list(
            model._default_manager.exclude(pk__in=indexed)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        plan.append((model, pks))
    return plan


def index(plan, progress):
    """Create the entries of `missing()`'s plan in batches; returns how many were written."""
    registry = search.registered()
    total = sum(len(pks) for _model, pks in plan)
    done = written = 0
    for model, pks in plan:
        kind, build = registry[model]
        rows = search._rebuild_sources[model]()
        for start in range(0, len(pks), BATCH):
            chunk = pks[start : start + BATCH]
            entries = []
            for instance in rows.filter(pk__in=chunk):
                entry = build(instance)
                if entry is not None:
                    entries.append(
                        SearchEntry(kind=kind, object_id=instance.pk, **search._columns(entry))
                    )
            with transaction.atomic():
                SearchEntry.objects.bulk_create(entries)
            done += len(chunk)
            written += len(entries)
            progress(done, total)
    if not total:
        progress(0, 0)
    return written
