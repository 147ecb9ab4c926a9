from tests.conftest import make_user
from portal import roles

def test_probe(page, live_server, category):
    make_user("bt", roles.EDITOR)
    logs = []
    page.on("response", lambda r: logs.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.goto(live_server.url + "/quan-tri/login/")
    page.fill("#id_username", "bt")
    page.fill("#id_password", "MatKhau@123")
    page.click("input[type=submit]")
    page.goto(live_server.url + "/quan-tri/articles/article/add/")
    page.wait_for_timeout(2000)
    print("\n".join(logs))
    print(page.content()[:3000])
