"""Publishing workflow: every change of an article's public state goes through here."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from portal.images import refresh_renditions

from .models import Article

PUBLISH_PERMISSION = "articles.publish_article"


def can_publish(user):
    return user.is_active and user.has_perm(PUBLISH_PERMISSION)


def _require_publisher(user):
    if not can_publish(user):
        raise PermissionDenied("Bạn không có quyền xuất bản hoặc gỡ bài viết.")


@transaction.atomic
def article_publish(*, article, user, at=None):
    """Publish now, or at `at` (a future time schedules it; no cron is needed)."""
    _require_publisher(user)
    article.status = Article.Status.PUBLISHED
    article.published_at = at or article.published_at or timezone.now()
    article.updated_by = user
    article._change_reason = "Xuất bản"
    article.save(update_fields=["status", "published_at", "updated_by", "updated_at"])
    return article


@transaction.atomic
def article_unpublish(*, article, user):
    """Take an article off the public site; it goes back to draft with its date kept."""
    _require_publisher(user)
    article.status = Article.Status.DRAFT
    article.updated_by = user
    article._change_reason = "Gỡ xuất bản"
    article.save(update_fields=["status", "updated_by", "updated_at"])
    return article


def article_refresh_cover(*, article):
    """Make the cover's renditions (at upload, never on a page view) and drop the old ones."""
    refresh_renditions(article, "cover", "cover_renditions")
    return article
