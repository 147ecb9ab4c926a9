"""portal.urlcache: the memoised reverse() and {% url %} give Django's answers."""

import pytest
from django.template import Context, Template
from django.test import override_settings
from django.urls import NoReverseMatch, path
from django.urls import reverse as django_reverse

from portal import urlcache


def view(request, slug=None):  # pragma: no cover - only reversed, never called
    raise AssertionError


urlpatterns = [path("khac/<slug:slug>/", view, name="other")]


@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("portal:home", None),
        ("documents:list", None),
        ("articles:category", {"slug": "tin-tuc-su-kien"}),
        ("articles:detail", {"category": "lao-dong", "slug": "bai-viet-moi"}),
    ],
)
def test_memoised_reverse_answers_like_django(name, kwargs):
    assert urlcache.reverse(name, kwargs=kwargs) == django_reverse(name, kwargs=kwargs)
    assert urlcache.reverse(name, kwargs=kwargs) == django_reverse(name, kwargs=kwargs)


def test_unknown_names_still_raise():
    with pytest.raises(NoReverseMatch):
        urlcache.reverse("portal:khong-co")
    with pytest.raises(NoReverseMatch):
        Template("{% url 'portal:khong-co' %}").render(Context())


def test_url_tag_is_the_memoised_one_and_escapes():
    rendered = Template(
        "{% url 'articles:category' slug=s %}|{% url 'portal:home' as home %}{{ home }}"
    )
    assert rendered.render(Context({"s": "a"})) == "/tin-tuc/a/|/"
    # A builtin: every template gets the memoised node without a {% load %}.
    assert isinstance(rendered.nodelist[0], urlcache.URLNode)


def test_a_swapped_urlconf_is_not_answered_from_the_previous_one():
    assert urlcache.reverse("portal:home") == "/"
    with override_settings(ROOT_URLCONF=__name__):
        assert urlcache.reverse("other", kwargs={"slug": "x"}) == "/khac/x/"
        with pytest.raises(NoReverseMatch):
            urlcache.reverse("portal:home")
    assert urlcache.reverse("portal:home") == "/"


def test_script_prefix_is_part_of_the_answer():
    from django.urls import set_script_prefix

    set_script_prefix("/cong/")
    try:
        assert urlcache.reverse("documents:list") == "/cong/van-ban/"
    finally:
        set_script_prefix("/")
    assert urlcache.reverse("documents:list") == "/van-ban/"
