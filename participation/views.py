from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST
from django.views.generic import TemplateView

from documents.models import LegalDocument, site_today

from . import ratelimit, services
from .forms import HONEYPOT, CommentForm, FeedbackForm
from .models import COMMENT_MAX, DocumentComment

COMMENT_TAG = "participation-comment"
FEEDBACK_TAG = "participation-feedback"
COMMENT_THANKS = "Góp ý của bạn đã được gửi và sẽ được công bố sau khi kiểm duyệt."
FEEDBACK_THANKS = "Cảm ơn bạn đã đánh giá. Ý kiến của bạn giúp chúng tôi hoàn thiện thông tin."
FEEDBACK_AGAIN = "Bạn đã đánh giá trang này. Cảm ơn bạn!"
TOO_MANY = "Bạn đã gửi nhiều góp ý trong thời gian ngắn. Vui lòng thử lại sau ít phút."
# Enough for a person who comments on several drafts in a sitting; not for a script.
COMMENTS_PER_HOUR = 5
RECENTLY_CLOSED_DAYS = 90


def _back_to(document):
    return redirect(f"{document.get_absolute_url()}#gop-y")


@require_http_methods(["GET", "POST"])
def comment(request, slug):
    """The comment form of a draft: posted from the document page, shown alone on errors."""
    document = get_object_or_404(
        LegalDocument.objects.public().select_related("doc_type"), slug=slug
    )
    error = services.comment_window_error(document)
    if request.method == "GET":
        return _back_to(document) if error else _form_page(request, document, CommentForm())
    if error:
        return _refused(request, document, error)
    form = CommentForm(request.POST)
    if form.is_spam():
        # Robots get the same answer as people, and nothing is kept.
        messages.success(request, COMMENT_THANKS, extra_tags=COMMENT_TAG)
        return _back_to(document)
    if not form.is_valid():
        return _form_page(request, document, form)
    if not ratelimit.allow(
        f"comment:{ratelimit.client_key(request)}", limit=COMMENTS_PER_HOUR, window=3600
    ):
        form.add_error(None, TOO_MANY)
        return _form_page(request, document, form, status=429)
    try:
        services.comment_submit(document=document, **form.cleaned_data)
    except ValidationError as refusal:  # the window closed while the form was being filled
        return _refused(request, document, refusal.messages[0])
    messages.success(request, COMMENT_THANKS, extra_tags=COMMENT_TAG)
    return _back_to(document)


def _form_page(request, document, form, status=200):
    return render(
        request,
        "participation/comment_form.html",
        {"document": document, "form": form, "honeypot": HONEYPOT},
        status=status,
    )


def _refused(request, document, reason):
    """Nothing is saved; what the visitor wrote is shown back so that it is not lost."""
    written = request.POST.get("text", "")[:COMMENT_MAX]
    return render(
        request,
        "participation/comment_refused.html",
        {"document": document, "reason": reason, "written": written},
        status=403,
    )


@require_POST
def feedback(request):
    """ "Thông tin này có hữu ích không?": one anonymous answer about a public page."""
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("Yêu cầu không hợp lệ.")
    target = form.target_of()
    page = target.public().filter(pk=form.cleaned_data["page"]).first()
    if page is None:
        raise Http404("Không có trang này.")
    back = redirect(f"{page.get_absolute_url()}#danh-gia")
    if form.is_spam():
        messages.success(request, FEEDBACK_THANKS, extra_tags=FEEDBACK_TAG)
        return back
    # One answer per client, page and day.
    key = f"feedback:{ratelimit.client_key(request)}:{target.key}:{page.pk}"
    if not ratelimit.allow(key, limit=1, window=24 * 3600):
        messages.info(request, FEEDBACK_AGAIN, extra_tags=FEEDBACK_TAG)
        return back
    services.feedback_record(
        page=page,
        target=target,
        useful=form.is_useful(),
        comment=form.cleaned_data["comment"],
    )
    messages.success(request, FEEDBACK_THANKS, extra_tags=FEEDBACK_TAG)
    return back


class DraftListView(TemplateView):
    """/du-thao-lay-y-kien/: drafts taking comments now, and those closed lately."""

    template_name = "participation/draft_list.html"

    def get_context_data(self, **kwargs):
        today = site_today()
        drafts = (
            LegalDocument.objects.public()
            .select_related("doc_type", "issuing_body")
            .annotate(
                published_comments=Count(
                    "comments", filter=Q(comments__status=DocumentComment.Status.PUBLISHED)
                )
            )
        )
        return super().get_context_data(
            open_drafts=drafts.open_for_comments(today).order_by("comments_open_until", "pk"),
            closed_drafts=drafts.filter(
                comments_open_until__lt=today,
                comments_open_until__gte=today - timedelta(days=RECENTLY_CLOSED_DAYS),
            ).order_by("-comments_open_until", "-pk")[:20],
            recent_days=RECENTLY_CLOSED_DAYS,
            **kwargs,
        )
