"""Published answers are in the sitemap; questions still being handled are not."""

import pytest

from tests.conftest import sitemap_text
from tests.qa.factories import answered, make_question

pytestmark = pytest.mark.django_db


def test_the_sitemap_lists_published_answers_and_not_the_others(
    client, topic, department, editor, publisher
):
    shown = answered(
        make_question(topic),
        drafter=editor,
        approver=publisher,
        department=department,
        publish=True,
    )
    waiting = answered(
        make_question(topic), drafter=editor, approver=publisher, department=department
    )

    page = sitemap_text(client)

    assert shown.get_absolute_url() in page
    assert waiting.slug == "" or waiting.get_absolute_url() not in page
    assert waiting.tracking_code not in page
    assert "/hoi-dap/</loc>" in page
    assert "/du-thao-lay-y-kien/</loc>" in page
