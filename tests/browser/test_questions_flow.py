"""Hỏi đáp end to end: a visitor asks on a phone, staff answer in the admin (an editor
drafts in the real CKEditor, a publisher approves and publishes), the visitor looks the code
up and reads the answer, without their contact details anywhere on the page."""

import re

import pytest
from playwright.sync_api import expect

from organization.models import Department
from qa.models import Question, Topic
from qa.spam import WORDS
from tests.browser.conftest import log_in

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
EDITABLE = ".ck-editor__main > .ck-editor__editable"
NAME = "Đặng Thị Thu Hà"
EMAIL = "thuha.dang@example.vn"
PHONE_NUMBER = "0912 468 135"
ANSWER = "Hộ cận nghèo được ngân sách hỗ trợ ít nhất 70% mức đóng bảo hiểm y tế."


@pytest.fixture
def qa_world(db, settings, tmp_path, editor, publisher):
    settings.QA_FILES_ROOT = tmp_path / "hoi-dap"
    settings.QA_CHALLENGE_MIN_SECONDS = 0  # a script fills the form faster than a person
    Topic.objects.create(name="Giảm nghèo")
    return Department.objects.create(name="Phòng Bảo trợ xã hội")


def solve(label):
    """Work out "Bảy cộng hai bằng mấy?" as a person would."""
    match = re.match(r"(\S+) (cộng|trừ) (\S+) bằng mấy\?", label.strip())
    a, b = (WORDS.index(word.lower()) for word in (match[1], match[3]))
    return str(a + b if match[2] == "cộng" else a - b)


def test_visitor_asks_staff_answer_visitor_reads(new_context, live_server, qa_world):
    base = live_server.url
    visitor = new_context(**PHONE).new_page()

    # The visitor asks, from the Hỏi đáp page of the main navigation.
    visitor.goto(base + "/hoi-dap/")
    visitor.get_by_role("link", name="Đặt câu hỏi").click()
    visitor.get_by_label("Họ và tên").fill(NAME)
    visitor.get_by_label("Thư điện tử").fill(EMAIL)
    visitor.get_by_label("Số điện thoại").fill(PHONE_NUMBER)
    visitor.get_by_label("Lĩnh vực").select_option(label="Giảm nghèo")
    visitor.get_by_label("Tiêu đề câu hỏi").fill("Thẻ bảo hiểm y tế cho hộ cận nghèo")
    visitor.get_by_label("Nội dung câu hỏi").fill(
        f"Tôi là {NAME}, nhà tôi vừa được công nhận hộ cận nghèo. Cả nhà có được cấp thẻ "
        "bảo hiểm y tế miễn phí không?"
    )
    visitor.get_by_label(re.compile("Tôi đồng ý")).check()
    challenge = visitor.locator("#id_kiem_tra")
    label = visitor.locator("label[for=id_kiem_tra]").inner_text()
    challenge.fill(solve(label))
    visitor.get_by_role("button", name="Gửi câu hỏi").click()

    expect(visitor.get_by_role("heading", level=1)).to_have_text("Đã gửi câu hỏi")
    code = visitor.locator(".qa-code").inner_text().strip()
    assert re.fullmatch(r"HD-[2-9A-Z]{8}", code)
    assert visitor.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    question = Question.objects.get(tracking_code=code)
    assert question.asker_name == NAME and question.status == Question.Status.RECEIVED

    # The editor assigns the unit, removes the name from the public text, drafts the answer.
    staff = new_context().new_page()
    log_in(staff, base, "bientap")
    staff.goto(f"{base}/quan-tri/qa/question/")
    staff.get_by_role("link", name=code).click()
    staff.select_option("#id_department", label="Phòng Bảo trợ xã hội")
    staff.fill(
        "#id_public_text",
        "Nhà tôi vừa được công nhận hộ cận nghèo. Cả nhà có được cấp thẻ bảo hiểm y tế "
        "miễn phí không?",
    )
    editable = staff.locator(EDITABLE)
    expect(editable).to_be_visible()
    editable.click()
    staff.keyboard.type(ANSWER)
    expect(editable).to_contain_text(ANSWER)
    staff.locator("input[name=_save]").click()
    expect(staff.locator(".messagelist .success")).to_be_visible()
    question.refresh_from_db()
    assert question.status == Question.Status.PROCESSING

    # The editor cannot approve; a publisher approves and publishes.
    staff.goto(f"{base}/quan-tri/qa/question/{question.pk}/xu-ly/")
    expect(staff.get_by_role("button", name="Duyệt câu trả lời")).to_have_count(0)
    publisher = new_context().new_page()
    log_in(publisher, base, "duyetbai")
    publisher.goto(f"{base}/quan-tri/qa/question/{question.pk}/change/")
    publisher.get_by_role("link", name="Duyệt, từ chối, công bố").click()
    publisher.get_by_role("button", name="Duyệt câu trả lời").click()
    expect(publisher.locator(".messagelist")).to_contain_text("Đã lưu.")
    publisher.get_by_role("button", name="Công bố", exact=True).click()
    expect(publisher.get_by_role("link", name="Xem trang công khai")).to_be_visible()

    # The visitor looks the code up and reads the published answer.
    visitor.goto(base + "/hoi-dap/tra-cuu/")
    visitor.get_by_label("Mã tra cứu").fill(code.lower())
    visitor.get_by_role("button", name="Tra cứu").click()
    expect(visitor.locator(".qa-badge")).to_have_text("Đã trả lời")
    visitor.get_by_role("link", name="Đọc câu trả lời").click()
    main = visitor.locator("main")
    expect(main).to_contain_text(ANSWER)
    expect(main).to_contain_text("Phòng Bảo trợ xã hội")
    html = visitor.content()
    for private in (NAME, EMAIL, PHONE_NUMBER, "0912468135"):
        assert private not in html
    assert visitor.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
