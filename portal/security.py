"""Security headers: the Content Security Policy of the public site and of the admin, the
headers django-csp and Django's SecurityMiddleware do not send, and safe serving of uploads.

The public policy is settings.CONTENT_SECURITY_POLICY. The admin (settings.ADMIN_URL) gets
the same policy with one addition, what CKEditor 5 needs: its view renderer writes style
attributes (image sizes, the resizer, alignment) with setAttribute, so style *attributes*
may be inline there. Style elements, scripts, images and connections stay 'self' (images
also data:, which CKEditor's upload preview uses); no 'unsafe-eval', no inline script.
"""

import base64
import hashlib
import mimetypes
from pathlib import PurePosixPath

from csp.constants import UNSAFE_HASHES, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.views import static

PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()"
# Sent with every upload served from MEDIA_URL: whatever a file holds, it never runs here.
MEDIA_CSP = "sandbox; default-src 'none'; img-src 'self'"
IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".webp", ".gif"}

# Rich text keeps one style property, text-align (portal/richtext.py), written by nh3 as
# `text-align:center`, or an empty style="" when nothing was allowed. Those exact values are
# allowed by their hashes; any other style attribute stays blocked.
RICH_TEXT_STYLES = ("", *(f"text-align:{side}" for side in ("left", "right", "center", "justify")))


def _hash(value):
    digest = hashlib.sha256(value.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


PUBLIC_REPLACE = {"style-src-attr": [UNSAFE_HASHES, *(_hash(v) for v in RICH_TEXT_STYLES)]}
ADMIN_REPLACE = {"style-src-attr": [UNSAFE_INLINE]}


def is_admin_path(path):
    return path.startswith(f"/{settings.ADMIN_URL}")


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware choosing the public or the admin policy by path, and adding
    Permissions-Policy and Cross-Origin-Resource-Policy to every response."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts  # a view that brings its whole policy keeps it
        extra = ADMIN_REPLACE if is_admin_path(request.path_info) else PUBLIC_REPLACE
        parts.replace = {**extra, **(parts.replace or {})}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


def serve_media(request, path):
    """django.views.static.serve for uploads (development and tests; nginx in production):
    images as images, anything else as a sandboxed download, never as a page of this site."""
    response = static.serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = MEDIA_CSP
    extension = PurePosixPath(path).suffix.lower()
    content_type, _encoding = mimetypes.guess_type(path)
    if extension not in IMAGE_EXTENSIONS or not (content_type or "").startswith("image/"):
        response["Content-Type"] = "application/octet-stream"
        response["Content-Disposition"] = "attachment"
    return response
