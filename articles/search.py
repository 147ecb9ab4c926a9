from portal.search import Entry, register

from .models import Article


def build(article):
    return Entry(
        title=article.title,
        url=article.get_absolute_url(),
        summary=article.summary,
        body=article.body,
        date=article.published_at,
        is_public=article.status == Article.Status.PUBLISHED and article.published_at is not None,
        public_from=article.published_at,
    )


def connect():
    register(Article, "article", build, lambda: Article.objects.select_related("category"))
