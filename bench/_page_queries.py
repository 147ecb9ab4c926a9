"""Queries per public page and the plans of the slowest ones, inside the bench stack's Django.

Run by bench/pages.py through `manage.py shell` with the stack's environment,
PAGE_CACHE_SECONDS=0 and CONTENT_MEMO_SECONDS=0 (no page from the page cache, no memoised
count or list: every query a page can run is counted and explained); reads its instructions from the
JSON file named by BENCH_PAGES_IO and writes its results to the file named there.

Each URL is requested with Django's test client twice: "cold" after clearing the cache (as
the query-budget tests count: site settings, navigation and footer links included) and "warm"
right after (what an uncached page costs a visitor once those small entries are cached). The
client sends no browser User-Agent, as in the tests, so the visit counter's once-a-minute
flush never lands in a count. Every distinct SELECT seen (literals folded) then runs once
under EXPLAIN (ANALYZE, BUFFERS) with its real parameters.
"""

import json
import os
import re
import sys

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

# Tables that grow with the content: a sequential scan of one of them is flagged whatever
# its size today; any other table is flagged from LARGE_ROWS rows.
# (Lookup tables such as categories, document types or fields stay small.)
GROWING = re.compile(
    r"^(articles_article|articles_historicalarticle|documents_legaldocument|documents_documentfile"
    r"|documents_administrativeprocedure|documents_historical|programs_outcome"
    r"|programs_historicaloutcome|programs_exemplarymodel|portal_searchentry|portal_visitday"
    r"|qa_question|qa_historicalquestion|participation_documentcomment|participation_pagefeedback)"
)
LARGE_ROWS = 10_000
SORT_ROWS = 10_000


def main():
    with open(os.environ["BENCH_PAGES_IO"]) as handle:
        io = json.load(handle)
    pages = variants(io["pages"])
    client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_LANGUAGE="vi")
    rows, seen = [], {}
    drafts = draft_documents(pages)
    for label, path in pages:
        row = {"label": label, "path": path, "draft": path in drafts}
        try:
            for phase in ("cold", "warm"):
                if phase == "cold":
                    cache.clear()
                with CaptureQueriesContext(connection) as captured:
                    response = client.get(path)
                row["status"] = response.status_code
                row[phase] = len(captured)
                if phase == "cold":
                    row["sql"] = [query["sql"][:160] for query in captured.captured_queries]
                for query in captured.captured_queries:
                    remember(seen, query, label)
        except Exception as error:  # one broken page must not hide the others' figures
            row["error"] = f"{type(error).__name__}: {error}"
        rows.append(row)
    plans = explain_all(seen)
    tables = table_rows()
    result = {"queries": rows, "plans": plans, "tables": tables, "vendor": connection.vendor}
    with open(io["output"], "w") as handle:
        json.dump(result, handle, ensure_ascii=False)


# -- the URLs ---------------------------------------------------------------------------------


def variants(load_pages):
    """The load's pages, then the list, filter, sort and deep-page variants of each list."""
    pages = list(load_pages.items())
    for build in (news, documents, search_pages, programmes, questions, others):
        try:
            pages.extend(build(load_pages))
        except Exception as error:  # a missing model or URL skips its group, not the run
            print(f"variants {build.__name__} skipped: {type(error).__name__}: {error}")
    unique, paths = [], set()
    for label, path in pages:
        if path not in paths:
            paths.add(path)
            unique.append((label, path))
    return unique


def draft_documents(pages):
    """Paths of documents open for comments: their page costs a query more by design."""
    from documents.models import LegalDocument

    slugs = {
        path.strip("/").split("/")[-1]: path for _, path in pages if path.startswith("/van-ban/")
    }
    drafts = LegalDocument.objects.filter(slug__in=slugs, comments_open_until__isnull=False)
    return {slugs[slug] for slug in drafts.values_list("slug", flat=True)}


def last_page(count, per_page):
    return max(1, -(-count // per_page))


def deep(count, per_page, wanted=500):
    return min(wanted, last_page(count, per_page))


def news(load_pages):
    from articles.models import Article, Category
    from articles.views import PublishedArticlesMixin

    per = PublishedArticlesMixin.paginate_by
    published = Article.objects.published()
    total = published.count()
    out = [
        ("news list", reverse("articles:list")),
        ("news list page 2", reverse("articles:list") + "?trang=2"),
        ("news list deep page", reverse("articles:list") + f"?trang={deep(total, per)}"),
    ]
    slug = load_pages["category"].strip("/").split("/")[-1]
    category = Category.objects.get(slug=slug)
    count = published.filter(category=category).count()
    url = category.get_absolute_url()
    if count > per:
        out.append(("category page 2", f"{url}?trang=2"))
    out += [
        ("category deep page", f"{url}?trang={deep(count, per)}"),
        ("news feed", reverse("articles:feed")),
        ("category feed", reverse("articles:category_feed", args=[category.slug])),
        ("article print view", load_pages["article"] + "?ban-in=1"),
    ]
    return out


def documents(load_pages):
    from django import forms

    from documents.forms import DocumentFilterForm
    from documents.models import LegalDocument
    from documents.views import DocumentListView

    base = reverse("documents:list")
    public = LegalDocument.objects.public()
    out = []
    form = DocumentFilterForm()
    for name, field in form.fields.items():
        if isinstance(field, forms.ModelChoiceField):
            # The choice with the most public documents: the heaviest filter of its kind.
            values = most_used(field, public, name)
            out += [(f"documents filter {name}", f"{base}?{name}={v}") for v in values[:1]]
        elif isinstance(field, forms.ChoiceField):
            choices = [str(value) for value, _ in field.choices if value not in ("", None)]
            # Few choices (validity, a sort order): each; many (years, newest first): last
            # year's, a full one.
            picked = choices if len(choices) <= 8 else choices[1:2]
            label = f"documents filter {name}" if len(picked) == 1 else None
            out += [(label or f"documents filter {name}={v}", f"{base}?{name}={v}") for v in picked]
        elif isinstance(field, forms.CharField):
            out.append((f"documents filter {name}", f"{base}?{name}=ke+hoach"))
    out.append(("documents filters combined", base + "?" + "&".join(_combined(out))))
    per = DocumentListView.paginate_by
    # The register's own queryset (public() may hold more, e.g. drafts shown elsewhere).
    listed = public.for_listing().search(**DocumentFilterForm().search_kwargs())
    count = listed.count()
    if count > per:
        out.append(("documents page 2", f"{base}?trang=2"))
    out += [
        ("documents deep page", f"{base}?trang={deep(count, per)}"),
        ("documents feed", reverse("documents:feed")),
        ("procedures", reverse("documents:procedures")),
    ]
    # A document closed to comments, to compare with the tests' budget for document pages.
    plain = listed.filter(comments_open_until__isnull=True).order_by("pk").first()
    if plain is not None:
        out.append(("document not a draft", plain.get_absolute_url()))
    from documents.models import AdministrativeProcedure

    procedure = AdministrativeProcedure.objects.filter(is_public=True).order_by("pk").first()
    if procedure is not None:
        out.append(("procedure", procedure.get_absolute_url()))
    return out


def most_used(field, public, name):
    queryset = field.queryset
    to_field = field.to_field_name or "pk"
    model = queryset.model
    # The relation from LegalDocument to the choice's model, found from the model's fields.
    for model_field in public.model._meta.get_fields():
        if getattr(model_field, "related_model", None) is model and not model_field.auto_created:
            counts = (
                public.values(f"{model_field.name}__{to_field}")
                .exclude(**{f"{model_field.name}__isnull": True})
                .annotate(n=Count("pk"))
                .order_by("-n")
            )
            return [str(row[f"{model_field.name}__{to_field}"]) for row in counts[:1]]
    first = queryset.first()
    return [str(getattr(first, to_field))] if first else []


def _combined(single):
    """One value of each filter in one query string (the first of each name)."""
    parts, names = [], set()
    for _, path in single:
        query = path.split("?", 1)[1]
        name = query.split("=", 1)[0]
        if name not in names and name not in ("q",):
            names.add(name)
            parts.append(query)
    return parts


def search_pages(load_pages):
    from portal.views import SEARCH_KINDS

    base = reverse("portal:search")
    year = timezone.localdate().year
    out = [(f"search type {kind}", f"{base}?q=giam+ngheo&loai={kind}") for kind, _ in SEARCH_KINDS]
    out += [
        ("search year", f"{base}?q=giam+ngheo&nam={year - 1}"),
        ("search type+year", f"{base}?q=ho+tro&loai=article&nam={year - 1}"),
        ("search deep page", f"{base}?q=ho+tro&trang=50"),
        ("search broad word", f"{base}?q=ho"),
        ("search no match", f"{base}?q=zzqxw"),
        ("search empty", base),
    ]
    return out


def programmes(load_pages):
    from programs.models import Campaign

    year = timezone.localdate().year
    out = [
        ("programmes", reverse("programs:programs")),
        ("campaigns", reverse("programs:campaigns")),
        ("open data", reverse("programs:open_data")),
        ("figures csv", reverse("programs:figures_csv")),
        ("figures csv year", reverse("programs:figures_csv") + f"?nam={year - 1}"),
    ]
    campaign = Campaign.objects.filter(is_public=True).order_by("pk").first()
    if campaign is not None:
        out.append(("campaign", campaign.get_absolute_url()))
    return out


def questions(load_pages):
    from qa.models import Question, Topic

    base = reverse("qa:list")
    published = Question.objects.published()
    out = [("Q&A", base), ("Q&A search", f"{base}?q=ho+ngheo")]
    topic = Topic.objects.filter(questions__in=published).order_by("pk").first()
    if topic is not None:
        out.append(("Q&A filter linh_vuc", f"{base}?linh_vuc={topic.slug}"))
    question = published.order_by("pk").first()
    if question is not None:
        out.append(("Q&A question", question.get_absolute_url()))
    return out


def others(load_pages):
    return [("sitemap", reverse("sitemap")), ("robots.txt", reverse("robots"))]


# -- the plans ------------------------------------------------------------------------------

LITERAL = re.compile(r"'(?:[^']|'')*'|\b\d+(?:\.\d+)?\b")
IN_LIST = re.compile(r"\((?:\?,\s*)+\?\)")


def shape(sql):
    return IN_LIST.sub("(…)", LITERAL.sub("?", sql))


def remember(seen, query, label):
    sql = query["sql"] or ""
    if not re.match(r"\s*(SELECT|WITH)\b", sql, re.I):
        return
    key = shape(sql)
    entry = seen.setdefault(key, {"sql": sql, "seconds": 0.0, "pages": [], "calls": 0})
    seconds = float(query.get("time") or 0)
    entry["calls"] += 1
    if label not in entry["pages"]:
        entry["pages"].append(label)
    if seconds >= entry["seconds"]:
        entry["sql"], entry["seconds"] = sql, seconds


def explain_all(seen):
    if connection.vendor != "postgresql":
        return []
    sizes = dict(table_rows())
    plans = []
    with connection.cursor() as cursor:
        for entry in seen.values():
            try:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + entry["sql"])
                text = "\n".join(row[0] for row in cursor.fetchall())
            except DatabaseError as error:  # autocommit: the next statement starts afresh
                plans.append({**entry, "error": str(error), "plan": "", "ms": 0.0, "flags": []})
                continue
            execution = re.search(r"Execution Time: ([\d.]+) ms", text)
            planning = re.search(r"Planning Time: ([\d.]+) ms", text)
            plans.append(
                {
                    **entry,
                    "plan": text,
                    "ms": float(execution.group(1)) if execution else 0.0,
                    "planning_ms": float(planning.group(1)) if planning else 0.0,
                    "flags": flags(text, sizes),
                }
            )
    plans.sort(key=lambda plan: plan["ms"], reverse=True)
    return plans


NODE = re.compile(
    r"^(\s*)(?:->\s+)?([A-Z][^(]*?)\s+\(cost=.*?actual time=\S+ rows=(\d+) loops=(\d+)"
)


def flags(text, sizes):
    """Sequential scans of growing or large tables, and sorts of many rows (no index gives the
    order), from the text of EXPLAIN ANALYZE."""
    found = []
    nodes = []  # (indent, name, actual rows × loops)
    for line in text.splitlines():
        match = NODE.match(line)
        if match:
            indent = len(match.group(1)) + (2 if "->" in line else 0)
            nodes.append((indent, match.group(2), int(match.group(3)) * int(match.group(4))))
        scan = re.search(r"Seq Scan on (\w+)", line)
        if scan:
            table = scan.group(1)
            rows = sizes.get(table, 0)
            if GROWING.match(table) or rows >= LARGE_ROWS:
                found.append(f"Seq Scan on {table} ({rows} rows): {line.strip()}")
        if "Sort Method: external" in line:
            found.append(f"Sort spilled to disk: {line.strip()}")
    for n, (indent, name, _) in enumerate(nodes):
        if not name.endswith("Sort"):
            continue
        child = next((node for node in nodes[n + 1 :] if node[0] > indent), None)
        if child and child[2] >= SORT_ROWS:
            found.append(f"{name} of {child[2]} rows from {child[1]}")
    return found


def table_rows():
    if connection.vendor != "postgresql":
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, n_live_tup FROM pg_stat_user_tables "
            "WHERE n_live_tup > 0 ORDER BY n_live_tup DESC, relname"
        )
        return [(name, int(rows)) for name, rows in cursor.fetchall()]


if __name__ == "__main__":
    main()
    sys.stdout.flush()
