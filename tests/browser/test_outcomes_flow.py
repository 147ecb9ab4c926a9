"""An official reports a year, an approver signs it off, a visitor sees table and chart."""

import re

from playwright.sync_api import expect

from programs.models import Outcome
from tests.browser.conftest import log_in


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
