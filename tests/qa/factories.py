"""Small factories for Hỏi đáp: topics, units, questions at any step of the workflow."""

import itertools

from django.core import signing
from django.urls import reverse

from organization.models import Department
from qa import services, spam
from qa.models import Question, Topic

_counter = itertools.count(1)

ASKER = {"asker_name": "Nguyễn Thị Bình", "email": "binh.nguyen@example.vn", "phone": "0912345678"}
ANSWER = "<p>Hộ nghèo được hỗ trợ 100 triệu đồng để xây mới một căn nhà.</p>"


def make_topic(name=None, **kwargs):
    n = next(_counter)
    return Topic.objects.create(name=name or f"Lĩnh vực {n}", **kwargs)


def make_department(name=None):
    n = next(_counter)
    return Department.objects.create(name=name or f"Phòng số {n}")


def make_question(topic=None, *, title=None, text=None, **asker):
    n = next(_counter)
    return services.question_submit(
        topic=topic or make_topic(),
        title=title or f"Câu hỏi số {n} về hỗ trợ nhà ở",
        text=text or "Gia đình tôi là hộ nghèo, nhà đã xuống cấp. Xin hỏi được hỗ trợ thế nào?",
        **{**ASKER, **asker},
    )


def drafted(question, *, drafter, department=None, answer=ANSWER):
    """Assign to a unit and draft the answer (status: processing)."""
    question.department = department or make_department()
    question.answer = answer
    return services.question_update(
        question=question, user=drafter, changed=["department", "answer"]
    )


def answered(question, *, drafter, approver, department=None, publish=False, **public):
    question = drafted(question, drafter=drafter, department=department)
    question = services.question_approve(question=question, user=approver)
    if publish:
        question.public_title = public.get("public_title", question.title)
        question.public_text = public.get(
            "public_text", "Gia đình tôi là hộ nghèo, nhà xuống cấp. Được hỗ trợ thế nào?"
        )
        question.save()
        question = services.question_publish(question=question, user=approver)
    return question


def challenge_answer(token):
    """The answer a signed challenge token expects (what a person works out from the label)."""
    return str(signing.loads(token, salt=spam.SALT)["a"])


def form_data(client, topic, **overrides):
    """Everything the question form posts, with the challenge of a fresh GET answered."""
    response = client.get(reverse("qa:ask"))
    token = response.context["form"]["ma_kiem_tra"].value()
    data = {
        "asker_name": ASKER["asker_name"],
        "email": ASKER["email"],
        "phone": "0912 345 678",
        "topic": topic.pk,
        "title": "Hỏi về hỗ trợ làm nhà cho hộ nghèo",
        "text": "Gia đình tôi là hộ nghèo, nhà dột nát. Xin hỏi được hỗ trợ bao nhiêu tiền?",
        "consent": "on",
        "trang_web": "",
        "kiem_tra": challenge_answer(token),
        "ma_kiem_tra": token,
    }
    data.update(overrides)
    return data


def question_of(code):
    return Question.objects.get(tracking_code=code)
