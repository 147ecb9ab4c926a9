"""Demo topics and questions (called by `manage.py seed_demo`, after the demo accounts).

Questions go through the real workflow: the editor drafts, the publisher approves and
publishes, so the demo shows the same stamps and history as real use.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from organization.models import Department

from . import demo_data, services
from .models import Question, Topic


def seed(out, *, drafter="bientap", approver="duyetbai"):
    topics = {}
    for position, (name, description) in enumerate(demo_data.TOPICS, start=1):
        topics[name], _ = Topic.objects.get_or_create(
            name=name, defaults={"description": description, "position": position}
        )
    departments = {
        key: Department.objects.filter(name=name).first() or Department.objects.create(name=name)
        for key, name in demo_data.DEPARTMENTS.items()
    }
    User = get_user_model()
    users = {
        "drafter": User.objects.get(username=drafter),
        "approver": User.objects.get(username=approver),
    }
    created = 0
    for data in demo_data.QUESTIONS:
        if Question.objects.filter(title=data["title"]).exists():
            continue
        with transaction.atomic():
            _create(data, topics, departments, users)
        created += 1
    out.write(f"Câu hỏi mới: {created} (tổng {Question.objects.count()}).")


def _create(data, topics, departments, users):
    now = timezone.now()
    question = services.question_submit(
        topic=topics[data["topic"]],
        title=data["title"],
        text=data["text"],
        asker_name=data["asker_name"],
        email=data["email"],
        phone=data["phone"],
    )
    drafter, approver = users["drafter"], users["approver"]
    asked = now - timedelta(days=data["days_ago"])
    dates = {"created_at": asked}
    state = data["state"]
    if state == "rejected":
        services.question_reject(
            question=question, user=approver, reason=data["reason"], notify_asker=False
        )
        dates["rejected_at"] = asked + timedelta(days=2)
    elif state in ("processing", "answered"):
        question.department = departments[data["department"]]
        question.answer = data["answer"]
        question.public_title = data["title"]
        question.public_text = data.get("public_text", "")
        question = services.question_update(
            question=question, user=drafter, changed=["department", "answer", "public_text"]
        )
    if state == "answered":
        services.question_approve(question=question, user=approver, notify_asker=False)
        services.question_publish(question=question, user=approver)
        answered = now - timedelta(days=data["answered_days_ago"])
        dates.update(answered_at=answered, answer_approved_at=answered, published_at=answered)
    # Back-date the story, then save once more so the search index carries the dates.
    Question.objects.filter(pk=question.pk).update(**dates)
    question.refresh_from_db()
    question.save(update_fields=["updated_at"])
