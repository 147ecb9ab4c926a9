import re

from django.db import connection
from django.test.utils import CaptureQueriesContext


def html(response):
    return response.content.decode()


def get_page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return html(response)


def h1s(page):
    return re.findall(r"<h1[^>]*>(.*?)</h1>", page, re.S)


def headings(page, level=2):
    return [
        re.sub(r"<[^>]+>", "", h).strip()
        for h in re.findall(rf"<h{level}[^>]*>(.*?)</h{level}>", page, re.S)
    ]


def queries_of(client, url):
    """Queries of one anonymous page view, after a first view has warmed the caches."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)
