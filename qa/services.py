"""Question workflow: submit, assign, draft, approve or reject, publish, erase personal data.

Nobody approves an answer they drafted or last changed (the four-eyes rule); an approved
answer is no longer edited, and what the public reads is the staff-reviewed version.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from portal.models import strip_tags_text
from portal.richtext import sanitize_html
from portal.text import unique_slug

from . import notify
from .models import ATTACHMENT_FIELDS, Question

Status = Question.Status
CHANGE = "qa.change_question"
APPROVE = "qa.approve_answer"
PUBLISH = "qa.publish_question"
# Paths of the app itself, never a question's slug (/hoi-dap/<slug>/).
RESERVED_SLUGS = ("dat-cau-hoi", "tra-cuu", "da-gui")
PUBLIC_FIELDS = {"public_title", "public_text", "topic"}
# Set only by the workflow steps below; an admin form save never overwrites them.
WORKFLOW_FIELDS = [
    "status", "rejection_reason", "rejected_by", "rejected_at", "answer_approved_by",
    "answer_approved_at", "answered_at", "is_published", "slug", "published_by", "published_at",
    "personal_data_erased_at",
]  # fmt: skip


def _require(user, permission, message):
    if not (user.is_active and user.has_perm(permission)):
        raise PermissionDenied(message)


def _save(question, user, reason):
    question._change_reason = reason
    question._history_user = user  # also outside a request (commands, the demo seed)
    question.save()


def _locked(question):
    return Question.objects.select_for_update().get(pk=question.pk)


@transaction.atomic
def question_submit(*, topic, title, text, asker_name="", email="", phone="", attachment=None):
    """A visitor's question, received; `attachment` is a checked PreparedAttachment."""
    if not (email or phone):
        raise ValidationError("Cần ít nhất thư điện tử hoặc số điện thoại.", code="contact")
    question = Question(
        topic=topic,
        title=title.strip(),
        text=text.strip(),
        asker_name=asker_name.strip(),
        email=email.strip(),
        phone=phone.strip(),
    )
    while Question.objects.filter(tracking_code=question.tracking_code).exists():
        question.tracking_code = Question._meta.get_field("tracking_code").get_default()
    if attachment is not None:
        question.attachment.save(attachment.name, attachment.content, save=False)
        question.attachment_name = attachment.name
        question.attachment_type = attachment.content_type
        question.attachment_size = attachment.size
    _save(question, None, "Tiếp nhận")
    return question


def effective_changes(*, question, changed, answer=None):
    """The changed fields, without an answer the editor only re-serialised (same clean HTML)."""
    changed = set(changed)
    if "answer" in changed and answer is not None and sanitize_html(answer) == question.answer:
        changed.discard("answer")
    return changed


def check_update(*, question, user, changed, department=None, answer=None):
    """The rules for a staff edit of `question` (as stored) changing the `changed` fields."""
    _require(user, CHANGE, "Bạn không có quyền xử lý câu hỏi.")
    changed = effective_changes(question=question, changed=changed, answer=answer)
    errors = {}
    if "department" in changed:
        if question.is_closed:
            errors["department"] = "Câu hỏi đã xử lý xong, không đổi đơn vị trả lời."
        elif department is None and question.status == Status.PROCESSING:
            errors["department"] = "Câu hỏi đang xử lý cần có đơn vị trả lời."
    if "answer" in changed:
        if question.status == Status.ANSWERED:
            errors["answer"] = "Câu trả lời đã được duyệt, không sửa được nữa."
        elif question.status == Status.REJECTED:
            errors["answer"] = "Câu hỏi đã bị từ chối."
        elif department is None:
            errors["answer"] = "Hãy chọn đơn vị trả lời trước khi soạn câu trả lời."
    if question.is_published and changed & PUBLIC_FIELDS and not user.has_perm(PUBLISH):
        errors["public_text"] = "Câu hỏi đang công khai: chỉ người có quyền công bố được sửa."
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def question_update(*, question, user, changed):
    """Save a staff edit (public wording, unit, answer draft), stamping who did what."""
    current = _locked(question)
    answer = question.answer
    check_update(
        question=current, user=user, changed=changed, department=question.department, answer=answer
    )
    changed = effective_changes(question=current, changed=changed, answer=answer)
    for name in WORKFLOW_FIELDS:
        setattr(question, name, getattr(current, name))
    now = timezone.now()
    reasons = []
    if "department" in changed and question.department_id:
        question.assigned_by, question.assigned_at = user, now
        if question.status == Status.RECEIVED:
            question.status = Status.PROCESSING
        reasons.append("Giao đơn vị")
    if "answer" in changed:
        question.answer_drafted_by, question.answer_drafted_at = user, now
        reasons.append("Soạn trả lời")
    _save(question, user, ", ".join(reasons) or "Sửa")
    return question


@transaction.atomic
def question_assign(*, question, user, department):
    question.department = department
    return question_update(question=question, user=user, changed=["department"])


@transaction.atomic
def question_draft_answer(*, question, user, answer):
    question.answer = answer
    return question_update(question=question, user=user, changed=["answer"])


@transaction.atomic
def question_approve(*, question, user, notify_asker=True):
    """Approve the drafted answer: the question is answered (four-eyes)."""
    _require(user, APPROVE, "Bạn không có quyền duyệt câu trả lời.")
    question = _locked(question)
    if question.status != Status.PROCESSING:
        raise ValidationError("Chỉ duyệt được câu trả lời của câu hỏi đang xử lý.", code="status")
    if not strip_tags_text(question.answer) or question.answer_drafted_by_id is None:
        raise ValidationError("Chưa có câu trả lời để duyệt.", code="answer")
    if user.pk == question.answer_drafted_by_id:
        raise PermissionDenied("Không được tự duyệt câu trả lời do chính mình soạn hoặc sửa.")
    now = timezone.now()
    question.status = Status.ANSWERED
    question.answer_approved_by, question.answer_approved_at = user, now
    question.answered_at = now
    _save(question, user, "Duyệt trả lời")
    if notify_asker:
        transaction.on_commit(lambda: notify.answered(question))
    return question


@transaction.atomic
def question_reject(*, question, user, reason, notify_asker=True):
    """Refuse a question (outside the department's remit, abusive, duplicate…) with a reason."""
    _require(user, APPROVE, "Bạn không có quyền từ chối câu hỏi.")
    question = _locked(question)
    if question.is_closed:
        raise ValidationError("Câu hỏi đã xử lý xong.", code="status")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Cần ghi lý do từ chối để người hỏi biết.", code="reason")
    question.status = Status.REJECTED
    question.rejection_reason = reason
    question.rejected_by, question.rejected_at = user, timezone.now()
    _save(question, user, "Từ chối")
    if notify_asker:
        transaction.on_commit(lambda: notify.rejected(question))
    return question


@transaction.atomic
def question_publish(*, question, user):
    _require(user, PUBLISH, "Bạn không có quyền công bố câu hỏi.")
    question = _locked(question)
    if question.status != Status.ANSWERED:
        raise ValidationError("Chỉ công bố được câu hỏi đã trả lời.", code="status")
    if not (question.public_title.strip() and question.public_text.strip()):
        raise ValidationError(
            "Hãy nhập tiêu đề và nội dung công khai (đã bỏ thông tin cá nhân) trước khi công bố.",
            code="public",
        )
    if question.is_published:
        return question
    if not question.slug:
        question.slug = unique_slug(
            question.public_title,
            Question.objects.all(),
            max_length=180,
            exclude_pk=question.pk,
            reserved=RESERVED_SLUGS,
        )
    question.is_published = True
    question.published_by, question.published_at = user, timezone.now()
    _save(question, user, "Công bố")
    return question


@transaction.atomic
def question_unpublish(*, question, user):
    _require(user, PUBLISH, "Bạn không có quyền thôi công bố câu hỏi.")
    question = _locked(question)
    if question.is_published:
        question.is_published = False
        _save(question, user, "Thôi công bố")
    return question


def _delete_file_on_commit(question):
    storage, name = question.attachment.storage, question.attachment.name
    if name:
        transaction.on_commit(lambda: storage.delete(name))


@transaction.atomic
def question_delete(*, question):
    """Delete a question (spam) and, once that is committed, its attachment."""
    _delete_file_on_commit(question)
    question.delete()


@transaction.atomic
def erase_personal_data(*, question, now=None):
    """Blank the asker's name, contacts, own wording and attachment; keep the public Q&A.

    Returns True when an attachment file was removed.
    """
    question = _locked(question)
    had_file = bool(question.attachment.name)
    _delete_file_on_commit(question)
    question.asker_name = question.email = question.phone = ""
    question.title = question.public_title
    question.text = ""
    question.attachment = ""
    for name in ATTACHMENT_FIELDS:
        setattr(question, name, Question._meta.get_field(name).get_default())
    question.personal_data_erased_at = now or timezone.now()
    _save(question, None, "Xóa dữ liệu cá nhân hết thời hạn lưu")
    return had_file


def purge_personal_data(*, days=None, now=None):
    """Erase personal data of questions answered or rejected more than `days` ago.

    Returns (questions, files) erased; running it again erases nothing more.
    """
    now = now or timezone.now()
    days = settings.QA_PERSONAL_DATA_DAYS if days is None else days
    questions = files = 0
    for question in Question.objects.due_for_erasure(now - timedelta(days=days)).order_by("pk"):
        files += erase_personal_data(question=question, now=now)
        questions += 1
    return questions, files
