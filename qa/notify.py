"""E-mails to the asker when their question is answered or refused (if they gave an e-mail)."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

from portal.models import SiteSettings, strip_tags_text

logger = logging.getLogger(__name__)


def _lookup_url(question):
    return f"{settings.SITE_URL}{reverse('qa:lookup')}?ma={question.tracking_code}"


def _send(question, subject, lines):
    if not question.email:
        return
    site = SiteSettings.current()
    body = "\n\n".join(
        [
            f"Kính gửi {question.asker_name or 'ông/bà'},",
            *lines,
            f"Tra cứu câu hỏi: {_lookup_url(question)}",
            f"Trân trọng,\n{site.department_name}",
        ]
    )
    try:
        send_mail(subject, body, None, [question.email])
    except Exception:  # a mail server outage must not undo or break the approval
        logger.exception("Could not e-mail the asker of question %s", question.pk)


def answered(question):
    _send(
        question,
        f"Câu hỏi {question.tracking_code} đã được trả lời",
        [
            f"Câu hỏi “{question.title}” (mã {question.tracking_code}) của ông/bà đã được "
            f"{question.department.name if question.department_id else 'đơn vị'} trả lời như sau:",
            strip_tags_text(question.answer),
        ],
    )


def rejected(question):
    _send(
        question,
        f"Câu hỏi {question.tracking_code} không được tiếp nhận trả lời",
        [
            f"Câu hỏi “{question.title}” (mã {question.tracking_code}) của ông/bà không được "
            "tiếp nhận trả lời với lý do:",
            question.rejection_reason,
        ],
    )
