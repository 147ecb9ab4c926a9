"""An official reports a year, an approver signs it off, a visitor sees table and chart."""

import re

import pytest
from playwright.sync_api import expect

from portal import roles
from programs.models import AdministrativeUnit, Indicator, OfficialScope, Outcome, SupportProgram
from tests.conftest import make_user

PASSWORD = "MatKhau@123"


@pytest.fixture
def housing(db):
    province = AdministrativeUnit.objects.create(name="Tỉnh Ninh Bình", level="tinh", position=0)
    kim_son = AdministrativeUnit.objects.create(
        name="Huyện Kim Sơn", level="huyen", parent=province, position=1
    )
    program = SupportProgram.objects.create(
        name="Hỗ trợ nhà ở cho hộ nghèo",
        slug="nha-o",
        kind=SupportProgram.Kind.HOUSING,
        start_year=2023,
        end_year=2025,
    )
    households = Indicator.objects.create(
        program=program, name="Số hộ được hỗ trợ", code="nha-o-ho", unit_of_measure="hộ"
    )
    money = Indicator.objects.create(
        program=program,
        name="Kinh phí hỗ trợ",
        code="nha-o-kinh-phi",
        unit_of_measure="triệu đồng",
        kind=Indicator.Kind.AMOUNT,
        decimals=1,
        position=1,
    )
    official = make_user("canbo.kimson", roles.DATA_OFFICIAL)
    scope = OfficialScope.objects.create(user=official)
    scope.units.add(kim_son)
    scope.programs.add(program)
    make_user("duyetsolieu", roles.DATA_APPROVER)
    return {"program": program, "unit": kim_son, "indicators": (households, money)}


def log_in(page, base, username):
    page.goto(base + "/quan-tri/login/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Đăng nhập", re.I)).click()
    expect(page.locator("#user-tools")).to_be_visible()


def test_official_reports_approver_approves_visitor_sees(new_context, live_server, housing):
    base = live_server.url
    official = new_context().new_page()
    log_in(official, base, "canbo.kimson")
    official.goto(base + "/quan-tri/programs/outcome/")
    official.get_by_role("link", name="Nhập số liệu theo năm").click()
    official.get_by_label("Chương trình").select_option(
        label="Hỗ trợ nhà ở cho hộ nghèo (2023–2025)"
    )
    official.get_by_label("Năm báo cáo").fill("2024")
    official.get_by_role("button", name="Mở bảng nhập").click()
    official.get_by_label("Số hộ được hỗ trợ - Huyện Kim Sơn").fill("1.234")
    official.get_by_label("Kinh phí hỗ trợ - Huyện Kim Sơn").fill("41,1")
    official.get_by_label(re.compile("Nguồn số liệu")).fill("Báo cáo số 15/BC-UBND của huyện")
    official.get_by_role("button", name="Lưu và gửi duyệt").click()
    expect(official.locator(".messagelist")).to_contain_text("Đã gửi duyệt 2 số liệu")
    assert set(Outcome.objects.values_list("status", flat=True)) == {"submitted"}

    visitor = new_context(viewport={"width": 390, "height": 844}).new_page()
    visitor.goto(base + "/chuong-trinh/nha-o/")
    expect(visitor.locator("main")).not_to_contain_text("1.234 hộ")

    approver = new_context().new_page()
    log_in(approver, base, "duyetsolieu")
    approver.goto(base + "/quan-tri/programs/outcome/")
    approver.locator("#action-toggle").check()
    approver.locator("select[name=action]").select_option("approve_selected")
    approver.get_by_role("button", name=re.compile("Đi đến|Thực hiện|Go")).click()
    expect(approver.locator(".messagelist")).to_contain_text("Đã duyệt 2 số liệu")

    visitor.goto(base + "/chuong-trinh/nha-o/")
    table = visitor.locator("table.data-table").first
    expect(table).to_contain_text("Huyện Kim Sơn")
    expect(table).to_contain_text("1.234 hộ")
    chart = visitor.locator("svg.chart").first
    expect(chart).to_contain_text("1.234 hộ")
    expect(visitor.locator("main")).to_contain_text("41,1 triệu đồng")
    assert visitor.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
