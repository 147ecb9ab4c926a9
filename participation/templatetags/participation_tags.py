"""{% document_comments document %} and {% feedback_form object %}: the public parts of the
participation app, added to other apps' pages without touching their views."""

from django import template
from django.contrib import messages

from participation.forms import HONEYPOT, CommentForm
from participation.models import FEEDBACK_COMMENT_MAX, DocumentComment, target_of
from participation.views import COMMENT_TAG, FEEDBACK_TAG

register = template.Library()


def _take_messages(context, tag):
    """This widget's messages; the base template shows none, so each widget shows its own.
    Messages meant for other parts of the site are put back for them."""
    request = context.get("request")
    if request is None or not hasattr(request, "_messages"):
        return []
    storage = messages.get_messages(request)
    ours, others = [], []
    for message in storage:
        (ours if tag in message.extra_tags.split() else others).append(message)
    for message in others:
        storage.add(message.level, message.message, message.extra_tags)
    return ours


@register.inclusion_tag("participation/document_comments.html", takes_context=True)
def document_comments(context, document):
    """Consultation block of a draft; nothing (and no query) for other documents."""
    if document.comments_open_until is None:
        return {"show": False}
    comments = list(DocumentComment.objects.for_public().filter(document=document))
    return {
        "show": True,
        "document": document,
        "comments": comments,
        "is_open": document.comments_open,
        "form": CommentForm(),
        "honeypot": HONEYPOT,
        "notes": _take_messages(context, COMMENT_TAG),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("participation/feedback_form.html", takes_context=True)
def feedback_form(context, obj):
    """ "Thông tin này có hữu ích không?" under a public article or programme (no query)."""
    target = target_of(obj)
    if target is None or not getattr(obj, "is_public", False):
        return {"show": False}
    notes = _take_messages(context, FEEDBACK_TAG)
    return {
        "show": True,
        "target": target,
        "page": obj,
        "notes": notes,
        "done": bool(notes),
        "comment_max": FEEDBACK_COMMENT_MAX,
        "honeypot": HONEYPOT,
        "csrf_token": context.get("csrf_token"),
    }
