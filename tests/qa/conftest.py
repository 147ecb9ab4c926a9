"""Hỏi đáp test set-up: attachments in a per-test folder, no minimum answering time."""

import pytest

from portal import roles
from tests.conftest import make_user
from tests.qa.factories import make_department, make_topic


@pytest.fixture(autouse=True)
def _isolated_question_files(settings, tmp_path):
    settings.QA_FILES_ROOT = tmp_path / "hoi-dap"
    # Tests post the form at once; the "too fast" rule has its own test.
    settings.QA_CHALLENGE_MIN_SECONDS = 0


@pytest.fixture
def question_files(settings):
    return settings.QA_FILES_ROOT


@pytest.fixture
def topic(db):
    return make_topic("Giảm nghèo")


@pytest.fixture
def department(db):
    return make_department("Phòng Bảo trợ xã hội")


@pytest.fixture
def second_publisher(db):
    return make_user("duyetbai2", roles.PUBLISHER)


@pytest.fixture
def official(db):
    return make_user("canbo", roles.DATA_OFFICIAL)
