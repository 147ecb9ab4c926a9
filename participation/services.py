"""Writes of the participation app: submitting and moderating comments, recording ratings."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from documents.models import site_today

from .models import DocumentComment, PageFeedback

NOT_OPEN = "Văn bản này không lấy ý kiến góp ý."
CLOSED = "Đã hết thời hạn góp ý cho dự thảo này (hạn cuối: hết ngày {:%d/%m/%Y})."


def comment_window_error(document, now=None):
    """Why `document` refuses comments at `now`, or "" while it takes them."""
    if document.comments_open_until is None:
        return NOT_OPEN
    if not document.comments_open_on(site_today(now or timezone.now())):
        return CLOSED.format(document.comments_open_until)
    return ""


def comment_submit(*, document, name, text, email="", organisation="", now=None):
    """A visitor's comment on a draft, pending moderation.

    The window is checked here, at submit time, against the site's date: it closes at the
    end of `comments_open_until` with no scheduled job."""
    now = now or timezone.now()
    if error := comment_window_error(document, now):
        raise ValidationError(error, code="closed")
    comment = DocumentComment(
        document=document,
        name=name.strip(),
        email=email.strip(),
        organisation=organisation.strip(),
        text=text.strip(),
        created_at=now,
    )
    comment.full_clean(exclude=["document"])
    with transaction.atomic():
        comment.save()
    return comment


def comment_moderate(*, comment, user, status, reply=None):
    """Publish or reject a comment (or answer it), stamping who did it and when."""
    if status not in DocumentComment.Status.values:
        raise ValidationError("Trạng thái không hợp lệ.", code="status")
    reply = comment.reply if reply is None else reply.strip()
    if status != comment.status or reply != comment.reply or comment.moderated_at is None:
        comment.moderated_by = user
        comment.moderated_at = timezone.now()
    comment.status, comment.reply = status, reply
    comment.full_clean(exclude=["document"])
    with transaction.atomic():
        comment.save()
    return comment


def feedback_record(*, page, target, useful, comment=""):
    """One anonymous rating of a public page."""
    feedback = PageFeedback(**{target.field: page}, useful=useful, comment=comment.strip())
    feedback.full_clean(exclude=[target.field])
    with transaction.atomic():
        feedback.save()
    return feedback
