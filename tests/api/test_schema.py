"""The API checked against its own OpenAPI description: every answer fits its schema."""

import copy
import re

import pytest
from jsonschema import Draft202012Validator

from tests.api.conftest import API

pytestmark = pytest.mark.django_db

# The identifier each detail path takes, read from the first row of its list.
LOOKUPS = {"slug": "slug", "code": "code", "id": "id"}


@pytest.fixture
def openapi(client, db):
    response = client.get(f"{API}schema/")
    assert response.status_code == 200
    return response.json()


def closed(schema):
    """A copy in which objects allow no property the description does not list."""
    if isinstance(schema, list):
        return [closed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: closed(value) for key, value in schema.items()}
    if "properties" in result and "additionalProperties" not in result:
        result["additionalProperties"] = False
    return result


def check(openapi, path, method, status, body):
    content = openapi["paths"][path][method]["responses"][str(status)]["content"]
    schema = content["application/json"]["schema"]
    root = {**closed(schema), "components": closed(openapi["components"])}
    Draft202012Validator.check_schema(root)
    validator = Draft202012Validator(root, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]
    assert errors == [], f"{path} {status}"


def api_paths(openapi):
    return [path for path in openapi["paths"] if path.startswith(API)]


def test_schema_describes_every_endpoint(openapi):
    paths = set(openapi["paths"])
    for resource in ("campaigns", "programs", "indicators", "units", "outcomes"):
        assert f"{API}{resource}/" in paths
    assert {f"{API}documents/{{slug}}/", f"{API}articles/{{slug}}/"} <= paths
    assert f"{API}indicators/{{code}}/" in paths
    assert f"{API}outcomes/{{id}}/" in paths


def test_every_operation_in_the_schema_is_a_read(openapi):
    for path, operations in openapi["paths"].items():
        assert set(operations) - {"parameters"} == {"get"}, path


def test_every_list_and_detail_answer_matches_the_schema(client, world, openapi):
    lists = [path for path in api_paths(openapi) if "{" not in path]
    assert len(lists) == 7
    for list_path in lists:
        response = client.get(list_path)
        assert response.status_code == 200, list_path
        body = response.json()
        assert body["results"], list_path
        check(openapi, list_path, "get", 200, body)

        [detail_path] = [p for p in openapi["paths"] if re.fullmatch(rf"{list_path}{{\w+}}/", p)]
        key = re.search(r"{(\w+)}", detail_path).group(1)
        for row in body["results"]:
            url = detail_path.replace(f"{{{key}}}", str(row[LOOKUPS[key]]))
            response = client.get(url)
            assert response.status_code == 200, url
            check(openapi, detail_path, "get", 200, response.json())


def test_error_answers_match_the_schema(client, world, openapi):
    check(openapi, f"{API}outcomes/", "get", 400, client.get(f"{API}outcomes/?year=x").json())
    check(openapi, f"{API}outcomes/", "get", 404, client.get(f"{API}outcomes/?page=9").json())
    missing = client.get(f"{API}outcomes/999999/")
    check(openapi, f"{API}outcomes/{{id}}/", "get", 404, missing.json())


def test_the_check_catches_an_answer_that_breaks_the_schema(client, world, openapi):
    body = client.get(f"{API}outcomes/{world.kim_son_2023.pk}/").json()
    for broken in ({**body, "entered_by": 3}, {**body, "value": 120}):
        with pytest.raises(AssertionError):
            check(openapi, f"{API}outcomes/{{id}}/", "get", 200, copy.deepcopy(broken))
