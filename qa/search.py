from portal.search import Entry, register

from .models import Question


def build_question(question):
    """Published questions only, and only their public wording: never the asker's."""
    if not (question.is_published and question.status == Question.Status.ANSWERED):
        return None
    department = question.department.name if question.department_id else ""
    return Entry(
        title=question.public_title,
        url=question.get_absolute_url(),
        summary=question.public_text,
        body=f"{question.answer} {question.topic.name}. {department}",
        date=question.answered_at,
    )


def connect():
    register(
        Question,
        "question",
        build_question,
        queryset=lambda: Question.objects.published().select_related("topic", "department"),
    )
