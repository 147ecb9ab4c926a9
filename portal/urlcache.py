"""Memoised URL reversing for the pages' hot paths.

`reverse()` walks the resolver's candidates and quotes the arguments on every call (20–40 µs);
a page asks for the same few dozen URLs on every request (menu, footer, cards, rows), which
made URL building about a tenth of an uncached page. The answer only depends on the URLconf,
the script prefix, the name, the arguments and the current namespace, so it is kept in a
bounded LRU per process and dropped whenever Django clears its own URL caches.
"""

from functools import lru_cache

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template import Library, defaulttags
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf
from django.urls import reverse as django_reverse
from django.utils.html import conditional_escape

CACHE_SIZE = 8192


@lru_cache(maxsize=CACHE_SIZE)
def _cached(urlconf, prefix, viewname, args, kwargs, current_app):
    return django_reverse(
        viewname, urlconf=urlconf, args=args, kwargs=dict(kwargs), current_app=current_app
    )


def reverse(viewname, args=None, kwargs=None, current_app=None):
    """django.urls.reverse() for string view names, memoised; same answers, same errors."""
    if not isinstance(viewname, str):
        return django_reverse(viewname, args=args, kwargs=kwargs, current_app=current_app)
    try:
        key_args = tuple(args or ())
        key_kwargs = tuple(sorted((kwargs or {}).items()))
        hash((key_args, key_kwargs))
    except TypeError:  # an unhashable argument: nothing to memoise
        return django_reverse(viewname, args=args, kwargs=kwargs, current_app=current_app)
    return _cached(get_urlconf(), get_script_prefix(), viewname, key_args, key_kwargs, current_app)


def clear():
    _cached.cache_clear()


@receiver(setting_changed)
def _urlconf_changed(*, setting, **kwargs):
    # Tests that swap ROOT_URLCONF must not be answered from the previous URLconf.
    if setting in ("ROOT_URLCONF", "FORCE_SCRIPT_NAME"):
        clear()


class URLNode(defaulttags.URLNode):
    """Django's {% url %} node, answering through the memoised reverse()."""

    def render(self, context):
        args = [arg.resolve(context) for arg in self.args]
        kwargs = {k: v.resolve(context) for k, v in self.kwargs.items()}
        view_name = self.view_name.resolve(context)
        try:
            current_app = context.request.current_app
        except AttributeError:
            try:
                current_app = context.request.resolver_match.namespace
            except AttributeError:
                current_app = None
        url = ""
        try:
            url = reverse(view_name, args=args, kwargs=kwargs, current_app=current_app)
        except NoReverseMatch:
            if self.asvar is None:
                raise
        if self.asvar:
            context[self.asvar] = url
            return ""
        return conditional_escape(url) if context.autoescape else url


# Registered as a template builtin (settings.TEMPLATES), after Django's: every {% url %} in
# every template uses the memoised node, without a {% load %}.
register = Library()


@register.tag
def url(parser, token):
    node = defaulttags.url(parser, token)
    return URLNode(node.view_name, node.args, node.kwargs, node.asvar)
