"""Public pages of Hỏi đáp: published answers, the question form, the status lookup.

No page here ever shows an asker's name, e-mail, phone, own wording or attachment: the
list and detail read the staff-reviewed public version only, and the lookup shows status.
"""

from django.db.models import Count, Q
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import DetailView, ListView

from portal import search

from . import services, spam
from .forms import LookupForm, QuestionForm
from .models import Question, Topic, normalize_code

SESSION_KEY = "qa_tracking_code"
RATE_LIMITED = (
    "Bạn đã gửi nhiều câu hỏi trong thời gian ngắn. Vui lòng thử lại sau một giờ, hoặc gọi "
    "đường dây nóng của cơ quan."
)
REFUSED = "Không gửi được câu hỏi. Vui lòng kiểm tra lại các ô đã nhập và gửi lại."


class QuestionListView(ListView):
    template_name = "qa/question_list.html"
    context_object_name = "questions"
    paginate_by = 15
    page_kwarg = "trang"

    def get_queryset(self):
        questions = Question.objects.published().for_listing()
        self.topic = None
        if slug := self.request.GET.get("linh_vuc"):
            self.topic = Topic.objects.filter(slug=slug[:160]).first()
            questions = questions.filter(topic=self.topic) if self.topic else questions.none()
        self.query = search.clean_query(self.request.GET.get("q", ""))
        return questions.matching(self.query) if self.query else questions

    def get_context_data(self, **kwargs):
        topics = Topic.objects.annotate(
            published=Count(
                "questions",
                filter=Q(questions__is_published=True, questions__status="answered"),
            )
        ).filter(published__gt=0)
        return super().get_context_data(
            topics=topics,
            current_topic=self.topic,
            query=self.query,
            is_filtered=bool(self.topic or self.query),
            **kwargs,
        )


class QuestionDetailView(DetailView):
    template_name = "qa/question_detail.html"
    context_object_name = "question"

    def get_queryset(self):
        return Question.objects.published().select_related("topic", "department")


@method_decorator(never_cache, name="dispatch")
class AskView(View):
    """The question form: rate-limited, honeypot, signed challenge; PRG to the receipt."""

    template_name = "qa/question_form.html"

    def get(self, request):
        return self.render(QuestionForm())

    def post(self, request):
        posts = spam.form_post_limit()
        if posts.hit(request) > posts.limit or spam.question_limit().exceeded(request):
            return self.render(self.retry_form(), message=RATE_LIMITED, status=429)
        form = QuestionForm(request.POST, request.FILES)
        # A filled honeypot: a bot, or rarely a browser's autofill. Nothing is saved and the
        # message is the generic one, so a person can retry and a bot learns nothing.
        if form.honeypot_filled:
            return self.render(self.retry_form(), message=REFUSED)
        if not form.is_valid():
            return self.render(form)
        if not spam.consume_challenge(form.challenge_nonce):
            form.add_error("kiem_tra", spam.MESSAGES["used"])
            return self.render(form)
        question = services.question_submit(**form.submit_kwargs())
        spam.question_limit().hit(request)
        request.session[SESSION_KEY] = question.tracking_code
        return redirect("qa:sent")

    def retry_form(self):
        """The visitor's text back in a fresh, unvalidated form, for a refusal by message."""
        typed = self.request.POST.dict()
        for name in ("kiem_tra", "ma_kiem_tra", "trang_web", "csrfmiddlewaretoken"):
            typed.pop(name, None)
        return QuestionForm(initial=typed)

    def render(self, form, message="", status=200):
        if form.is_bound:
            form.refresh_challenge()
        context = {"form": form, "message": message}
        return render(self.request, self.template_name, context, status=status)


@never_cache
@require_GET
def sent(request):
    """The receipt after a question is saved: its tracking code, from the session."""
    code = request.session.get(SESSION_KEY)
    if not code:
        return redirect("qa:ask")
    return render(request, "qa/question_sent.html", {"code": code})


@never_cache
@require_GET
def lookup(request):
    """Status of a question by its tracking code: no personal data, rate-limited."""
    form = LookupForm(request.GET or None)
    context = {"form": form, "question": None, "not_found": False, "message": ""}
    status = 200
    if form.is_bound:
        limit = spam.lookup_limit()
        if limit.hit(request) > limit.limit:
            context["message"] = (
                "Bạn đã tra cứu quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau."
            )
            status = 429
        elif form.is_valid():
            code = normalize_code(form.cleaned_data["ma"])
            question = (
                Question.objects.select_related("topic", "department")
                .filter(tracking_code=code)
                .first()
                if code
                else None
            )
            context["question"] = question
            context["not_found"] = question is None
    return render(request, "qa/lookup.html", context, status=status)
