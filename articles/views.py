from datetime import datetime
from typing import NamedTuple

from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404, redirect
from django.utils.cache import add_never_cache_headers
from django.views.generic import DetailView, ListView

from documents.models import LegalDocument
from portal.memo import MemoCountMixin, memo

from .models import Article, Category


class PublishedArticlesMixin(MemoCountMixin):
    """Public article views start from the published queryset and page by `?trang=`."""

    paginate_by = 12
    page_kwarg = "trang"

    def get_queryset(self):
        return Article.objects.published().for_listing()

    def get_count_key(self):
        return "articles"


class ArticleListView(PublishedArticlesMixin, ListView):
    template_name = "articles/article_list.html"


class CategoryView(PublishedArticlesMixin, ListView):
    template_name = "articles/category_detail.html"

    def get_queryset(self):
        self.category = get_object_or_404(Category, slug=self.kwargs["slug"])
        return super().get_queryset().filter(category=self.category)

    def get_count_key(self):
        return f"articles:category:{self.category.pk}"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            category=self.category, current_category=self.category, **kwargs
        )


def may_preview(user):
    return user.is_authenticated and user.is_staff and user.has_perm("articles.view_article")


class Related(NamedTuple):
    pk: int
    title: str
    url: str
    published_at: datetime


def related_articles(article, limit=5):
    """ "Bài viết khác": the category's newest, without the article itself. One list per
    category and content generation (portal/memo.py) serves every article of it."""

    def newest():
        return [
            Related(item.pk, item.title, item.get_absolute_url(), item.published_at)
            for item in Article.objects.published()
            .filter(category_id=article.category_id)
            .for_listing()[: limit + 1]
        ]

    items = memo(f"articles:newest:{article.category_id}", newest)
    return [item for item in items if item.pk != article.pk][:limit]


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        # Staff preview drafts and scheduled articles at their public URL; nobody else can.
        articles = (
            Article.objects if may_preview(self.request.user) else Article.objects.published()
        )
        # Whether it cites any document comes with the article: most cite none, and then
        # the documents are not asked for (get_context_data).
        cites = Article.documents.through.objects.filter(article=OuterRef("pk"))
        return articles.select_related("category").annotate(cites_documents=Exists(cites))

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.category.slug != kwargs["category"]:
            return redirect(self.object, permanent=True)
        context = self.get_context_data(object=self.object)
        response = self.render_to_response(context)
        if not self.object.is_public:
            add_never_cache_headers(response)
        return response

    def get_context_data(self, **kwargs):
        article = self.object
        article.cited_documents = (
            list(
                LegalDocument.objects.public()
                .filter(articles=article)
                .select_related("doc_type", "issuing_body")
            )
            if article.cites_documents
            else []
        )
        return super().get_context_data(
            related=related_articles(article),
            current_category=article.category,
            is_preview=not article.is_public,
            print_view=self.request.GET.get("ban-in") == "1",
            **kwargs,
        )
