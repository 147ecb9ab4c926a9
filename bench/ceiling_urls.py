"""The portal's URLs plus one bench-only page, /__tran__/ ("ceiling"), for bench/pages.py.

Never part of the product: bench/_stack.py copies this module next to the generated settings
module and points ROOT_URLCONF at it, so that the fixed page goes through the same gunicorn,
middleware and settings as the real pages. Its answer is what this machine can serve at best.
"""

from django.http import HttpResponse
from django.urls import path

from portal.urls import handler404, handler500  # noqa: F401
from portal.urls import urlpatterns as portal_urlpatterns

SIZE = 30 * 1024


def _body():
    head = (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        "<title>Trần hiệu năng</title>\n</head>\n<body>\n<main>\n<h1>Trần hiệu năng</h1>\n"
    )
    tail = "</main>\n</body>\n</html>\n"
    paragraph = (
        "<p>Trang cố định dùng để đo giới hạn phục vụ của máy chủ: cùng gunicorn, cùng "
        "middleware, không truy vấn cơ sở dữ liệu và không kết xuất mẫu.</p>\n"
    )
    body = head
    while len((body + paragraph + tail).encode()) <= SIZE:
        body += paragraph
    body += tail
    return (body + " " * (SIZE - len(body.encode()))).encode()


BODY = _body()


def ceiling(request):
    response = HttpResponse(BODY)
    # No page cache may store it: every request runs the view.
    response["Cache-Control"] = "private"
    return response


urlpatterns = [path("__tran__/", ceiling), *portal_urlpatterns]
