"""Every cell of the permission matrix (tests/permission_matrix.py), through real requests.

One test per action walks every role; a failure lists each cell that differs, e.g.
"Biên tập viên · Xuất bản tin bài: expected deny, got ok". The shared rows are built once
for the module; each cell runs in a savepoint that is rolled back, so no cell sees another's
writes.
"""

from pathlib import Path

import pytest
from django.contrib import admin
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import transaction
from django.test import Client, override_settings
from django.urls import reverse

from tests import permission_matrix as matrix

pytestmark = pytest.mark.django_db

DOCUMENT = Path(__file__).resolve().parent.parent / "docs" / "permissions.md"
LOGIN_URL = reverse("admin:login")
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _matrix_settings(settings, tmp_path):
    settings.QA_FILES_ROOT = tmp_path / "hoi-dap"
    settings.QA_CHALLENGE_MIN_SECONDS = 0  # the question form is posted at once


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with (
        django_db_blocker.unblock(),
        override_settings(PASSWORD_HASHERS=FAST_HASHERS),
        transaction.atomic(),
    ):
        yield matrix.build_world()
        transaction.set_rollback(True)


def _body(response):
    if response.streaming:
        content = b"".join(response.streaming_content)
        response.close()
    else:
        content = response.content
    return content.decode("utf-8", errors="replace")


def _listed(response, obj):
    changelist = response.context["cl"] if response.context else None
    rows = changelist.result_list if changelist is not None else []
    return any(type(row) is type(obj) and row.pk == obj.pk for row in rows)


def _judge(probe, response):
    """ok / login / deny for a response; writes are judged by the database first."""
    status, location = response.status_code, response.get("Location", "")
    to_login = status == 302 and location.startswith(LOGIN_URL)
    if probe.changed is not None:
        if probe.changed():
            return matrix.OK
        return matrix.LOGIN if to_login else matrix.DENY
    if to_login:
        return matrix.LOGIN
    if 200 <= status < 300:
        if probe.listed is not None:
            return matrix.OK if _listed(response, probe.listed) else matrix.DENY
        if probe.shows is not None:
            return matrix.OK if probe.shows in _body(response) else matrix.DENY
        return matrix.OK
    # 302 elsewhere: the admin's "no such object" redirect, or a view sending the user away.
    if status in (302, 403, 404, 405):
        return matrix.DENY
    return f"HTTP {status}"


def _why(response):
    """Status, redirect, form errors and messages: what a reader needs to see why."""
    parts = [f"HTTP {response.status_code}"]
    if location := response.get("Location"):
        parts.append(f"→ {location}")
    context = response.context
    if context is not None and "adminform" in context:
        errors = context["adminform"].form.errors
        if errors:
            parts.append(f"form errors: {dict(errors)}")
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    if messages:
        parts.append(f"messages: {messages}")
    return "; ".join(parts)


def observe(action, role, world):
    """What `role` gets for `action`, and why; nothing it wrote survives."""
    with transaction.atomic():
        cache.clear()  # rate limits and challenge nonces of the public forms
        cell = matrix.Cell(world, role)
        client = Client()
        if cell.user is not None:
            client.force_login(cell.user)
        try:
            probe = action.request(cell)
            response = getattr(client, probe.method)(probe.url, probe.data or {})
            result = _judge(probe, response), _why(response)
        except Exception as error:  # one broken cell must not hide the others
            result = f"error {type(error).__name__}: {error}", ""
        transaction.set_rollback(True)
    return result


@pytest.mark.parametrize("action", matrix.actions(), ids=lambda action: action.id)
def test_every_role_gets_what_the_matrix_says(world, action):
    differences = []
    for role, label in matrix.ROLES.items():
        expected = action.expected[role]
        if expected is None:
            continue
        got, why = observe(action, role, world)
        if got != expected:
            differences.append(f"{label} · {action.label}: expected {expected}, got {got} ({why})")
    assert not differences, "\n".join(differences)


def test_every_action_names_every_role():
    for action in matrix.actions():
        assert set(action.expected) == set(matrix.ROLES), action.label
        assert action.area in matrix.AREAS, action.label


def test_every_admin_screen_has_rows_in_the_matrix():
    covered = {model._meta.label for model in matrix.covered_models()}
    missing = sorted({model._meta.label for model in admin.site._registry} - covered)
    assert not missing, f"ModelAdmins with no row in tests/permission_matrix.py: {missing}"


def test_action_labels_are_unique():
    ids = [action.id for action in matrix.actions()]
    assert len(ids) == len(set(ids))


def test_the_document_is_generated_from_the_matrix():
    assert DOCUMENT.read_text(encoding="utf-8") == matrix.render_markdown(), (
        "docs/permissions.md differs from tests/permission_matrix.py; regenerate it with "
        "`python -m tests.permission_matrix > docs/permissions.md`"
    )
