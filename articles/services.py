"""Publishing workflow: every change of an article's public state goes through here."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from portal.images import refresh_renditions
from portal.models import check_version, claim_version, version_conflict

from .models import Article

PUBLISH_PERMISSION = "articles.publish_article"


def can_publish(user):
    return user.is_active and user.has_perm(PUBLISH_PERMISSION)


def _require_publisher(user):
    if not can_publish(user):
        raise PermissionDenied("Bạn không có quyền xuất bản hoặc gỡ bài viết.")


def article_conflict(article_pk, *, in_form=False):
    return version_conflict(Article, article_pk, "Bài viết", in_form=in_form)


def article_check_version(*, article, loaded_version):
    check_version(article, loaded_version, "Bài viết")


def _claim(article, expected):
    if not claim_version(article, expected):
        raise article_conflict(article.pk)


@transaction.atomic
def article_save(*, article, user, loaded_version=None, reason=None):
    """Save an article edited in a form, unless someone saved it after the form was loaded
    at `loaded_version` (then EditConflict and nothing is written)."""
    if article.pk is None:
        article.created_by = user
    else:
        _claim(article, loaded_version)
    article.updated_by = user
    if reason:
        article._change_reason = reason
    article.save()
    return article


@transaction.atomic
def article_publish(*, article, user, at=None):
    """Publish now, or at `at` (a future time schedules it; no cron is needed)."""
    _require_publisher(user)
    _claim(article, article.version)  # refused if the row changed since it was read
    article.status = Article.Status.PUBLISHED
    article.published_at = at or article.published_at or timezone.now()
    article.updated_by = user
    article._change_reason = "Xuất bản"
    article.save(update_fields=["status", "published_at", "updated_by", "updated_at", "version"])
    return article


@transaction.atomic
def article_unpublish(*, article, user):
    """Take an article off the public site; it goes back to draft with its date kept."""
    _require_publisher(user)
    _claim(article, article.version)
    article.status = Article.Status.DRAFT
    article.updated_by = user
    article._change_reason = "Gỡ xuất bản"
    article.save(update_fields=["status", "updated_by", "updated_at", "version"])
    return article


def article_refresh_cover(*, article):
    """Make the cover's renditions (at upload, never on a page view) and drop the old ones."""
    refresh_renditions(article, "cover", "cover_renditions")
    return article
