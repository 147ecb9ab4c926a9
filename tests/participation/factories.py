"""Small factories for the participation app: drafts open for comments, comments, ratings."""

from datetime import timedelta

from django.utils import timezone

from documents.models import site_today
from participation.models import DocumentComment, PageFeedback
from programs.models import SupportProgram
from tests.documents.factories import make_document


def make_draft(days_left=10, **kwargs):
    """A public document taking comments until `days_left` days from today (0: today)."""
    return make_document(comments_open_until=site_today() + timedelta(days=days_left), **kwargs)


def make_comment(document, *, status=DocumentComment.Status.PENDING, **kwargs):
    kwargs.setdefault("name", "Nguyễn Văn An")
    kwargs.setdefault("email", "an.nguyen@example.vn")
    kwargs.setdefault("text", "Đề nghị nêu rõ mức hỗ trợ cho hộ cận nghèo.")
    if status != DocumentComment.Status.PENDING:
        kwargs.setdefault("moderated_at", timezone.now())
    return DocumentComment.objects.create(document=document, status=status, **kwargs)


def make_feedback(page, *, useful=True, comment="", **kwargs):
    field = "program" if isinstance(page, SupportProgram) else "article"
    return PageFeedback.objects.create(**{field: page}, useful=useful, comment=comment, **kwargs)
