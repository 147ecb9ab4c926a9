"""An official fills the downloaded template in a spreadsheet and loads it; an approver signs
the values off; a visitor downloads them as open data."""

import csv
import io
import re
import shutil

from openpyxl import load_workbook
from playwright.sync_api import expect

from programs.models import Outcome, OutcomeImport
from tests.browser.conftest import log_in


def choose_program_and_year(page, year):
    page.locator("#id_program").select_option(label="Hỗ trợ nhà ở cho hộ nghèo")
    page.locator("#id_year").fill(str(year))


def test_official_imports_the_template_approver_approves_visitor_downloads(
    new_context,
    live_server,
    housing,
    tmp_path,
):
    base = live_server.url
    official = new_context(accept_downloads=True).new_page()
    log_in(official, base, "canbo.kimson")
    official.goto(base + "/quan-tri/programs/outcome/")
    official.get_by_role("link", name="Nhập từ tệp Excel").click()
    official.locator("#tpl-program").select_option(label="Hỗ trợ nhà ở cho hộ nghèo (2023–2025)")
    official.locator("#tpl-year").fill("2024")
    with official.expect_download() as download:
        official.get_by_role("button", name="Tải biểu mẫu (.xlsx)").click()
    assert download.value.suggested_filename == "bieu-nhap-nha-o-2024.xlsx"
    template = tmp_path / "bieu.xlsx"
    shutil.copy(download.value.path(), template)

    # The official types figures the way district reports write them, and one mistake.
    workbook = load_workbook(template)
    sheet = workbook.active
    header = [cell.value for cell in sheet[6]]
    assert header[:2] == ["Mã đơn vị", "Tên đơn vị"]
    assert sheet.cell(row=7, column=2).value == "Huyện Kim Sơn"
    sheet.cell(row=7, column=3).value = "1.234,5"  # households are whole numbers
    sheet.cell(row=7, column=4).value = "41,1"
    sheet["B4"] = "Báo cáo số 15/BC-UBND của huyện Kim Sơn"
    bad = tmp_path / "bieu-sai.xlsx"
    workbook.save(bad)
    official.goto(base + "/quan-tri/programs/outcome/nhap-tu-tep/")
    choose_program_and_year(official, 2024)
    official.locator("#id_file").set_input_files(str(bad))
    official.get_by_role("button", name="Kiểm tra tệp và xem trước").click()
    problems = official.locator(".import-problems")
    expect(problems).to_contain_text("Tệp có 1 lỗi — chưa nhập gì")
    expect(problems).to_contain_text("đếm bằng số nguyên (hộ), không nhận “1.234,5”")
    expect(problems.locator("tbody tr").first).to_contain_text("7")
    assert not Outcome.objects.exists()

    sheet.cell(row=7, column=3).value = "1.234"
    good = tmp_path / "bieu-dung.xlsx"
    workbook.save(good)
    choose_program_and_year(official, 2024)
    official.locator("#id_file").set_input_files(str(good))
    official.get_by_label("Gửi duyệt ngay sau khi nhập").check()
    official.get_by_role("button", name="Kiểm tra tệp và xem trước").click()
    expect(official.locator(".import-counts")).to_contain_text("2 số liệu mới")
    preview = official.locator("table.import-preview")
    expect(preview).to_contain_text("1.234 hộ")
    expect(preview).to_contain_text("41,1 triệu đồng")
    assert not Outcome.objects.exists()
    official.get_by_role("button", name=re.compile("Xác nhận nhập 2 số liệu")).click()
    expect(official.locator(".messagelist")).to_contain_text("Đã nhập tệp bieu-dung.xlsx")
    assert set(Outcome.objects.values_list("status", flat=True)) == {"submitted"}
    assert OutcomeImport.objects.get().status == OutcomeImport.Status.APPLIED

    approver = new_context().new_page()
    log_in(approver, base, "duyetsolieu")
    approver.goto(base + "/quan-tri/programs/outcome/")
    approver.locator("#action-toggle").check()
    approver.locator("select[name=action]").select_option("approve_selected")
    approver.get_by_role("button", name=re.compile("Đi đến|Thực hiện|Go")).click()
    expect(approver.locator(".messagelist")).to_contain_text("Đã duyệt 2 số liệu")

    visitor = new_context(viewport={"width": 390, "height": 844}).new_page()
    visitor.goto(base + "/chuong-trinh/nha-o/")
    expect(visitor.locator("main")).to_contain_text("1.234 hộ")
    response = visitor.request.get(base + "/chuong-trinh/nha-o/du-lieu.csv")
    assert response.ok
    rows = list(csv.DictReader(io.StringIO(response.body().decode("utf-8-sig"))))
    assert {(row["indicator_code"], row["value"]) for row in rows} == {
        ("nha-o-ho", "1234"),
        ("nha-o-kinh-phi", "41.1"),
    }
