from datetime import timedelta

from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone


def test_the_session_ends_after_thirty_minutes_without_a_request_by_default(settings):
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_each_request_renews_the_session(editor, client):
    client.force_login(editor)
    Session.objects.update(expire_date=timezone.now() + timedelta(minutes=5))
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    expiry = Session.objects.get().expire_date - timezone.now()
    assert timedelta(minutes=29) < expiry <= timedelta(minutes=30)
    assert client.session.get_expiry_age() == 30 * 60
    # A browser-session cookie: no max-age, gone when the browser closes.
    cookie = response.cookies["sessionid"]
    assert cookie["max-age"] == "" and cookie["expires"] == ""


def test_an_idle_session_has_expired(editor, client):
    client.force_login(editor)
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_anonymous_visitors_get_no_session(db, client):
    for path in ("/", reverse("admin:login")):
        response = client.get(path)
        assert response.status_code == 200
        assert "sessionid" not in response.cookies
    assert not Session.objects.exists()
