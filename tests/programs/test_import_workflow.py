"""Who may import what, and the apply step: drafts or submitted values, history, the import
record, confirm once and only by its author, stale previews, cancel; the admin screens end to
end, and the admin export loaded back unchanged."""

import csv
import io
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from portal import roles
from programs import import_services, services
from programs.models import OfficialScope, Outcome, OutcomeImport
from programs.resources import OutcomeResource
from tests.conftest import make_user
from tests.programs.factories import (
    SOURCE,
    add_role,
    make_official,
    make_outcome,
    make_program,
)
from tests.programs.import_helpers import (
    EXPORT_URL,
    HEADER,
    HOUSEHOLDS,
    IMPORT_URL,
    MONEY,
    TEMPLATE_URL,
    XLSX_TYPE,
    YEAR,
    csv_bytes,
    database_state,
    import_post,
    preview,
    sheet_rows,
    xlsx_bytes,
)

pytestmark = pytest.mark.django_db

Status = Outcome.Status
FILE_NAME = "So lieu Kim Son 2024.xlsx"


def kim_son(households=12, money="24.750,5"):
    """A file with official A's district: a new household count, a changed amount."""
    return xlsx_bytes([HEADER, ["", "Huyện Kim Sơn", households, money]])


def planned(user, program, data=None, **kwargs):
    kwargs.setdefault("source_text", SOURCE)
    kwargs.setdefault("name", FILE_NAME)
    plan, record = preview(user, program, kim_son() if data is None else data, **kwargs)
    assert plan.problems == []
    return record


def stored(indicator, unit):
    return Outcome.objects.get(indicator=indicator, unit=unit, year=YEAR)


def preview_url(record):
    return reverse("admin:programs_outcome_import_preview", args=[record.pk])


@pytest.fixture
def draft(official_a, unit_a, money):
    """A draft amount official A typed earlier, which the file changes."""
    return make_outcome(money, unit_a, YEAR, Decimal("100"), status=Status.DRAFT, by=official_a)


@pytest.fixture
def colleague(unit_a, program, official_a):
    return make_official("canbo-kimson-2", units=[unit_a], programs=[program])


@pytest.fixture
def dual(unit_a, program, official_a):
    """An official of Kim Sơn who also holds the approver role."""
    return add_role(
        make_official("kiemnhiem-kimson", units=[unit_a], programs=[program]), roles.DATA_APPROVER
    )


@pytest.fixture
def logged_in(client, official_a):
    client.force_login(official_a)
    return client


# Who may import


def test_an_official_cannot_import_a_row_of_another_district(
    official_a, program, unit_a, unit_b, households, money
):
    data = xlsx_bytes([HEADER, ["", "Huyện Kim Sơn", 12, None], ["", "Huyện Yên Mô", 7, None]])

    plan, record = preview(official_a, program, data, source_text=SOURCE)

    assert [(p.row, p.column, p.message) for p in plan.problems] == [
        (3, "B", "Bạn không được phân công nhập số liệu cho Huyện Yên Mô.")
    ]
    assert "không được phân công" in plan.problems[0].message
    assert record is None
    assert not Outcome.objects.exists()
    assert not OutcomeImport.objects.exists()


def test_an_official_of_another_programme_is_refused(unit_a, households, money, program):
    other = make_program("Hỗ trợ tiền điện cho hộ nghèo")
    official = make_official("canbo-tiendien", units=[unit_a], programs=[other])

    with pytest.raises(PermissionDenied, match="không được phân công nhập số liệu của"):
        preview(official, program, kim_son(), source_text=SOURCE)

    assert not OutcomeImport.objects.exists()


def test_an_official_without_any_assignment_is_refused(program, unit_a, households, money):
    official = make_user("canbo-moi", roles.DATA_OFFICIAL)

    with pytest.raises(PermissionDenied, match="chưa được phân công"):
        preview(official, program, kim_son(), source_text=SOURCE)


def test_an_approver_cannot_import(approver, program, unit_a, households, money):
    with pytest.raises(PermissionDenied, match="không có quyền nhập số liệu"):
        preview(approver, program, kim_son(), source_text=SOURCE)

    assert not OutcomeImport.objects.exists()


def test_importing_to_submit_needs_the_submit_permission(program, unit_a, households, money):
    user = make_user("nhaplieu-khong-gui")
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="programs", codename__in=["add_outcome", "view_outcome"]
        )
    )
    OfficialScope.objects.create(user=user).units.set([unit_a])
    user.data_scope.programs.set([program])

    with pytest.raises(PermissionDenied, match="không có quyền gửi duyệt"):
        preview(user, program, kim_son(), source_text=SOURCE, submit=True)

    assert not OutcomeImport.objects.exists()


def test_a_superuser_may_import_any_district(
    administrator, program, unit_a, unit_b, households, money
):
    data = xlsx_bytes([HEADER, ["", "Huyện Kim Sơn", 12, None], ["", "Huyện Yên Mô", 7, None]])

    plan, record = preview(administrator, program, data, source_text=SOURCE)

    assert plan.problems == []
    assert record.created == 2


@pytest.mark.parametrize("account", ["approver", "editor"])
@pytest.mark.parametrize("url", ["import", "template"])
def test_the_import_screens_are_forbidden_without_the_right_to_enter_values(
    request, client, program, account, url
):
    client.force_login(request.getfixturevalue(account))
    address = (
        IMPORT_URL if url == "import" else f"{TEMPLATE_URL}?chuong_trinh={program.pk}&nam={YEAR}"
    )

    assert client.get(address).status_code == 403


def test_an_approver_cannot_upload_a_file(client, approver, program, unit_a, households, money):
    client.force_login(approver)

    response = client.post(IMPORT_URL, import_post(program, kim_son(), source_text=SOURCE))

    assert response.status_code == 403
    assert not OutcomeImport.objects.exists()


def test_an_approver_cannot_open_or_confirm_an_officials_preview(
    client, official_a, approver, program, unit_a, households, money
):
    record = planned(official_a, program)
    client.force_login(approver)

    assert client.get(preview_url(record)).status_code == 403
    assert client.post(preview_url(record), {}).status_code == 403
    assert not Outcome.objects.exists()


def test_the_import_screens_send_anonymous_visitors_to_the_login_page(client):
    response = client.get(IMPORT_URL)

    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_the_template_of_an_official_lists_only_their_districts(
    client, official_b, program, unit_a, unit_b
):
    client.force_login(official_b)

    data = client.get(f"{TEMPLATE_URL}?chuong_trinh={program.pk}&nam={YEAR}").content

    names = [row[1] for row in sheet_rows(data)[6:]]
    assert names == ["Huyện Yên Mô"]


# Applying a previewed file


def test_imported_values_are_drafts_stamped_with_the_importer(
    official_a, program, unit_a, households, money
):
    record = planned(official_a, program)

    import_services.outcome_import_apply(record=record, user=official_a)

    for indicator, value in ((households, Decimal("12")), (money, Decimal("24750.5"))):
        outcome = stored(indicator, unit_a)
        assert outcome.value == value
        assert outcome.status == Status.DRAFT
        assert outcome.entered_by == official_a
        assert outcome.last_changed_by == official_a
        assert outcome.submitted_by is None
        assert outcome.source_text == SOURCE
        assert outcome.kind == indicator.kind


def test_a_changed_draft_keeps_its_first_author(
    official_a, colleague, program, unit_a, households, money
):
    make_outcome(money, unit_a, YEAR, Decimal("100"), status=Status.RETURNED, by=colleague)
    record = planned(official_a, program)

    import_services.outcome_import_apply(record=record, user=official_a)

    outcome = stored(money, unit_a)
    assert outcome.value == Decimal("24750.5")
    assert outcome.status == Status.DRAFT
    assert outcome.entered_by == colleague
    assert outcome.last_changed_by == official_a
    assert outcome.return_reason == ""


def test_imported_values_are_submitted_when_the_official_chooses(
    official_a, program, unit_a, households, money, draft
):
    record = planned(official_a, program, submit=True)

    import_services.outcome_import_apply(record=record, user=official_a)

    for indicator in (households, money):
        outcome = stored(indicator, unit_a)
        assert outcome.status == Status.SUBMITTED
        assert outcome.submitted_by == official_a
        assert outcome.submitted_at is not None


def test_submitting_sends_an_unchanged_draft_for_approval(
    official_a, program, unit_a, households, money, draft
):
    record = planned(official_a, program, kim_son(households=None, money="100"), submit=True)

    import_services.outcome_import_apply(record=record, user=official_a)

    assert (record.created, record.changed, record.unchanged) == (0, 1, 0)
    assert stored(money, unit_a).status == Status.SUBMITTED
    assert stored(money, unit_a).value == Decimal("100")


def test_the_history_of_imported_values_names_the_file_and_the_importer(
    official_a, program, unit_a, households, money, draft
):
    record = planned(official_a, program)

    import_services.outcome_import_apply(record=record, user=official_a)

    reason = f"Nhập từ tệp {FILE_NAME} (lần nhập số {record.pk})"
    created = stored(households, unit_a).history.first()
    changed = stored(money, unit_a).history.first()
    assert (created.history_type, created.history_change_reason) == ("+", reason)
    assert (changed.history_type, changed.history_change_reason) == ("~", reason)
    assert created.history_user == changed.history_user == official_a
    assert changed.value == Decimal("24750.5")
    assert changed.prev_record.value == Decimal("100")


def test_the_import_record_keeps_the_file_name_the_counts_and_who(
    official_a, program, unit_a, households, money, draft
):
    make_outcome(households, unit_a, YEAR - 1, Decimal("3"), status=Status.DRAFT, by=official_a)
    record = planned(official_a, program, xlsx_bytes([HEADER, ["", "Kim Sơn", 12, "24.750,5"]]))

    import_services.outcome_import_apply(record=record, user=official_a)

    record = OutcomeImport.objects.get()
    assert record.file_name == FILE_NAME
    assert (record.program, record.year, record.user) == (program, YEAR, official_a)
    assert (record.rows, record.created, record.changed, record.unchanged) == (1, 1, 1, 0)
    assert record.status == OutcomeImport.Status.APPLIED
    assert record.applied_at is not None
    assert record.source_text == SOURCE
    assert record.submit is False


def test_the_import_record_keeps_only_the_name_of_the_file(
    official_a, program, unit_a, households, money
):
    record = planned(official_a, program, name="C:\\Users\\canbo\\Desktop\\Số liệu 2024.xlsx")

    assert record.file_name == "Số liệu 2024.xlsx"


def test_the_import_record_counts_unchanged_values(
    official_a, program, unit_a, households, money, draft
):
    record = planned(official_a, program, kim_son(money="100"))

    assert (record.created, record.changed, record.unchanged) == (1, 0, 1)


def test_an_import_is_applied_only_once(official_a, program, unit_a, households, money):
    record = planned(official_a, program)
    import_services.outcome_import_apply(record=record, user=official_a)
    after_first = database_state()

    with pytest.raises(ValidationError, match="đã được xử lý"):
        import_services.outcome_import_apply(record=record, user=official_a)

    assert database_state() == after_first


def test_another_official_cannot_confirm_someones_preview(
    official_a, colleague, program, unit_a, households, money
):
    record = planned(official_a, program)
    before = database_state()

    with pytest.raises(PermissionDenied):
        import_services.outcome_import_apply(record=record, user=colleague)

    assert database_state() == before
    assert OutcomeImport.objects.get().status == OutcomeImport.Status.PREVIEW


def changed_meanwhile_by_colleague(colleague, households, money, unit_a):
    services.outcome_save(
        user=colleague,
        indicator=money,
        unit=unit_a,
        year=YEAR,
        value=Decimal("200"),
        source_text=SOURCE,
    )


def submitted_meanwhile(colleague, households, money, unit_a):
    services.outcome_submit(outcome=stored(money, unit_a), user=colleague)


def created_meanwhile(colleague, households, money, unit_a):
    services.outcome_save(
        user=colleague,
        indicator=households,
        unit=unit_a,
        year=YEAR,
        value=Decimal("9"),
        source_text=SOURCE,
    )


@pytest.mark.parametrize(
    "change", [changed_meanwhile_by_colleague, submitted_meanwhile, created_meanwhile]
)
def test_a_preview_gone_stale_is_refused_and_writes_nothing(
    official_a, colleague, program, unit_a, households, money, draft, change
):
    record = planned(official_a, program)
    change(colleague, households, money, unit_a)
    before = database_state()

    with pytest.raises(ValidationError) as caught:
        import_services.outcome_import_apply(record=record, user=official_a)

    assert caught.value.code == "stale"
    assert database_state() == before
    record.refresh_from_db()
    assert record.status == OutcomeImport.Status.PREVIEW


def test_confirming_a_second_preview_of_the_same_file_is_refused_as_stale(
    official_a, program, unit_a, households, money, draft
):
    first, second = planned(official_a, program), planned(official_a, program)
    import_services.outcome_import_apply(record=first, user=official_a)
    after_first = database_state()

    with pytest.raises(ValidationError) as caught:
        import_services.outcome_import_apply(record=second, user=official_a)

    assert caught.value.code == "stale"
    assert database_state() == after_first


def test_a_preview_is_refused_once_the_district_is_no_longer_assigned(
    official_a, program, unit_a, households, money
):
    record = planned(official_a, program)
    official_a.data_scope.units.clear()
    before = database_state()

    with pytest.raises(PermissionDenied):
        import_services.outcome_import_apply(record=record, user=official_a)

    assert database_state() == before


def test_cancelling_a_preview_writes_nothing(official_a, program, unit_a, households, money, draft):
    record = planned(official_a, program)
    before = database_state()

    import_services.outcome_import_cancel(record=record, user=official_a)

    assert database_state() == before
    record.refresh_from_db()
    assert record.status == OutcomeImport.Status.CANCELLED
    assert record.plan == []
    with pytest.raises(ValidationError):
        import_services.outcome_import_apply(record=record, user=official_a)
    assert stored(money, unit_a).value == Decimal("100")


def test_another_official_cannot_cancel_someones_preview(
    official_a, colleague, program, unit_a, households, money
):
    record = planned(official_a, program)

    with pytest.raises(PermissionDenied):
        import_services.outcome_import_cancel(record=record, user=colleague)

    record.refresh_from_db()
    assert record.status == OutcomeImport.Status.PREVIEW


def test_the_importer_cannot_approve_what_they_imported(
    dual, approver, program, unit_a, households, money
):
    record = planned(dual, program, submit=True)
    import_services.outcome_import_apply(record=record, user=dual)
    outcome = stored(households, unit_a)

    with pytest.raises(PermissionDenied, match="Không được tự duyệt"):
        services.outcome_approve(outcome=outcome, user=dual)

    services.outcome_approve(outcome=outcome, user=approver)
    assert stored(households, unit_a).status == Status.APPROVED


def test_imported_drafts_are_not_public_until_approved(
    official_a, program, unit_a, households, money
):
    import_services.outcome_import_apply(record=planned(official_a, program), user=official_a)

    assert not Outcome.objects.approved().exists()


# The admin screens, end to end


def test_the_import_page_speaks_vietnamese(logged_in, program):
    response = logged_in.get(f"{IMPORT_URL}?chuong_trinh={program.pk}&nam={YEAR}")

    assert response.status_code == 200
    html = response.content.decode()
    for label in (
        "Nhập số liệu từ tệp Excel",
        "Tải biểu mẫu (.xlsx)",
        "Chương trình",
        "Năm báo cáo",
        "Tệp số liệu",
        "Nguồn số liệu",
        "Gửi duyệt ngay sau khi nhập",
        "Kiểm tra tệp và xem trước",
    ):
        assert label in html
    assert program.name in html


def test_the_template_download_is_a_workbook_of_the_officials_districts(
    logged_in, program, unit_a, unit_b, households, money, draft
):
    make_outcome(households, unit_b, YEAR, Decimal("77"), status=Status.DRAFT)

    response = logged_in.get(f"{TEMPLATE_URL}?chuong_trinh={program.pk}&nam={YEAR}")

    assert response.status_code == 200
    assert response["Content-Type"] == XLSX_TYPE
    assert "bieu-nhap-ho-tro-nha-o-2024.xlsx" in response["Content-Disposition"]
    rows = sheet_rows(response.content)
    assert rows[1][:2] == ["Mã chương trình", "ho-tro-nha-o"]
    assert rows[2][:2] == ["Năm", YEAR]
    assert rows[5] == ["Mã đơn vị", "Tên đơn vị", HOUSEHOLDS, MONEY]
    assert [row[1] for row in rows[6:]] == ["Huyện Kim Sơn"]
    assert rows[6][2:] == [None, 100]
    assert "Huyện Yên Mô" not in str(rows)


def test_the_template_of_a_programme_not_assigned_is_refused(logged_in, unit_a):
    other = make_program("Hỗ trợ tiền điện cho hộ nghèo")

    response = logged_in.get(f"{TEMPLATE_URL}?chuong_trinh={other.pk}&nam={YEAR}")

    assert response.status_code == 302
    assert response["Location"] == IMPORT_URL


def test_upload_preview_and_confirm_through_the_admin(
    logged_in, official_a, program, unit_a, households, money, draft
):
    template = logged_in.get(f"{TEMPLATE_URL}?chuong_trinh={program.pk}&nam={YEAR}").content
    filled = xlsx_bytes(
        [
            row if index != 6 else ["", "Huyện Kim Sơn", 12, 24750.5]
            for index, row in enumerate(sheet_rows(template))
        ]
    )

    response = logged_in.post(IMPORT_URL, import_post(program, filled, name=FILE_NAME))

    record = OutcomeImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == preview_url(record)
    assert stored(money, unit_a).value == Decimal("100")  # nothing written before confirming

    page = logged_in.get(preview_url(record))
    html = page.content.decode()
    assert page.status_code == 200
    assert FILE_NAME in html
    assert "<strong>1</strong> số liệu mới" in html
    assert "<strong>1</strong> số liệu thay đổi" in html
    assert "<strong>0</strong> số liệu không đổi" in html
    assert "<td>100,0 triệu đồng</td><td>24.750,5 triệu đồng</td>" in html
    assert "<td>—</td><td>12 hộ</td>" in html
    assert "Xác nhận nhập 2 số liệu" in html

    response = logged_in.post(preview_url(record), {})

    assert response.status_code == 302
    assert response["Location"] == (
        reverse("admin:programs_outcome_changelist")
        + f"?year={YEAR}&indicator__program__id__exact={program.pk}"
    )
    assert stored(households, unit_a).value == Decimal("12")
    assert stored(money, unit_a).value == Decimal("24750.5")
    assert stored(money, unit_a).status == Status.DRAFT
    record.refresh_from_db()
    assert record.status == OutcomeImport.Status.APPLIED
    messages = [str(m) for m in logged_in.get(response["Location"]).context["messages"]]
    assert messages == [
        f"Đã nhập tệp {FILE_NAME}: 1 số liệu mới, 1 số liệu thay đổi (lưu nháp); 0 không đổi."
    ]


def test_uploading_with_submit_through_the_admin_sends_the_values_for_approval(
    logged_in, program, unit_a, households, money
):
    logged_in.post(IMPORT_URL, import_post(program, kim_son(), source_text=SOURCE, submit=True))
    record = OutcomeImport.objects.get()

    logged_in.post(preview_url(record), {})

    assert {o.status for o in Outcome.objects.all()} == {Status.SUBMITTED}


def test_the_upload_page_lists_every_problem_and_writes_nothing(
    logged_in, program, unit_a, unit_b, households, money
):
    data = xlsx_bytes([HEADER, ["", "Huyện Kim Sơn", "abc", "1,25"], ["", "Huyện Yên Mô", 3, None]])

    response = logged_in.post(IMPORT_URL, import_post(program, data, source_text=SOURCE))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Tệp có 3 lỗi — chưa nhập gì" in html
    assert "“abc” không phải là một số." in html
    assert "Kinh phí hỗ trợ lấy tối đa 1 chữ số sau dấu phẩy." in html
    assert "Bạn không được phân công nhập số liệu cho Huyện Yên Mô." in html
    assert f"<td>2</td><td>C ({HOUSEHOLDS})</td>" in html
    assert [p.row for p in response.context["plan"].problems] == [2, 2, 3]
    assert not Outcome.objects.exists()
    assert not OutcomeImport.objects.exists()


def test_the_upload_page_refuses_a_year_outside_the_programme(
    logged_in, program, unit_a, households
):
    response = logged_in.post(
        IMPORT_URL, import_post(program, kim_son(), year=2030, source_text=SOURCE)
    )

    assert response.status_code == 200
    assert "Năm 2030 nằm ngoài thời gian thực hiện" in response.content.decode()
    assert not OutcomeImport.objects.exists()


def test_the_upload_page_offers_only_assigned_programmes(logged_in, unit_a, households):
    other = make_program("Hỗ trợ tiền điện cho hộ nghèo")

    response = logged_in.post(IMPORT_URL, import_post(other, kim_son(), source_text=SOURCE))

    assert response.status_code == 200
    assert response.context["form"].errors["program"]
    assert not OutcomeImport.objects.exists()


def test_another_official_cannot_see_or_confirm_someones_preview(
    client, official_a, colleague, program, unit_a, households, money
):
    record = planned(official_a, program)
    client.force_login(colleague)

    assert client.get(preview_url(record)).status_code == 403
    assert client.post(preview_url(record), {}).status_code == 403
    assert client.post(preview_url(record), {"_cancel": "1"}).status_code == 403
    assert not Outcome.objects.exists()
    record.refresh_from_db()
    assert record.status == OutcomeImport.Status.PREVIEW


def test_cancelling_through_the_admin_writes_nothing(
    logged_in, official_a, program, unit_a, households, money
):
    record = planned(official_a, program)

    response = logged_in.post(preview_url(record), {"_cancel": "Hủy, không nhập"})

    assert response.status_code == 302
    assert response["Location"] == IMPORT_URL
    assert not Outcome.objects.exists()
    record.refresh_from_db()
    assert record.status == OutcomeImport.Status.CANCELLED


def test_confirming_twice_through_the_admin_writes_once(
    logged_in, official_a, program, unit_a, households, money
):
    record = planned(official_a, program)
    logged_in.post(preview_url(record), {})
    after_first = database_state()

    response = logged_in.post(preview_url(record), {})

    assert response.status_code == 200
    assert database_state() == after_first


def test_confirming_a_stale_preview_through_the_admin_says_why_and_writes_nothing(
    logged_in, official_a, colleague, program, unit_a, households, money, draft
):
    record = planned(official_a, program)
    changed_meanwhile_by_colleague(colleague, households, money, unit_a)
    before = database_state()

    response = logged_in.post(preview_url(record), {}, follow=True)

    assert "Chưa nhập gì: Số liệu đã thay đổi từ lúc xem trước" in response.content.decode()
    assert database_state() == before


def test_the_preview_shows_a_resubmitted_unchanged_value_as_such(
    logged_in, program, unit_a, households, money, draft
):
    logged_in.post(
        IMPORT_URL,
        import_post(
            program, kim_son(households=None, money="100"), source_text=SOURCE, submit=True
        ),
    )

    html = logged_in.get(preview_url(OutcomeImport.objects.get())).content.decode()

    assert (
        "<td>100,0 triệu đồng</td><td>100,0 triệu đồng</td><td>Gửi duyệt (giá trị giữ nguyên)</td>"
        in html
    )


def test_uploading_an_unchanged_file_says_so_instead_of_asking_to_confirm_nothing(
    logged_in, program, unit_a, households, money, draft
):
    response = logged_in.post(
        IMPORT_URL, import_post(program, kim_son(households=None, money="100"), source_text=SOURCE)
    )

    assert response.status_code == 200
    assert (
        "Tệp không có gì thay đổi: 1 số liệu giống hệt số liệu đang lưu."
        in response.content.decode()
    )
    assert not OutcomeImport.objects.filter(status=OutcomeImport.Status.PREVIEW).exists()


def test_the_history_page_of_an_imported_value_names_the_file(
    logged_in, official_a, program, unit_a, households, money
):
    record = planned(official_a, program)
    import_services.outcome_import_apply(record=record, user=official_a)
    outcome = stored(households, unit_a)

    response = logged_in.get(reverse("admin:programs_outcome_history", args=[outcome.pk]))

    assert response.status_code == 200
    assert f"Nhập từ tệp {FILE_NAME} (lần nhập số {record.pk})" in response.content.decode()


def test_officials_see_only_their_own_imports_in_the_import_history(
    client, official_a, official_b, approver, program, unit_a, households, money
):
    record = planned(official_a, program)
    import_services.outcome_import_apply(record=record, user=official_a)
    url = reverse("admin:programs_outcomeimport_changelist")

    client.force_login(official_a)
    own = client.get(url)
    client.force_login(official_b)
    other = client.get(url)
    client.force_login(approver)
    approvers = client.get(url)

    assert list(own.context["cl"].result_list) == [record]
    assert FILE_NAME in own.content.decode()
    assert list(other.context["cl"].result_list) == []
    assert FILE_NAME not in other.content.decode()
    assert list(approvers.context["cl"].result_list) == [record]


# The admin export, and loading it back


def export(client, file_format, query=""):
    """Post the admin's export form for every column, in the format titled `file_format`."""
    url = f"{EXPORT_URL}{query}"
    form = client.get(url).context["form"]
    formats = {label: value for value, label in form.fields["format"].choices}
    data = {"resource": "0", "format": formats[file_format]}
    data.update({name: "on" for name in form.fields if name.startswith("outcomeresource_")})
    response = client.post(url, data)
    assert response.status_code == 200
    return response.content


def csv_records(content):
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


@pytest.fixture
def outcomes(official_a, unit_a, unit_b, households, money):
    """Values of both districts in every state, this year and last."""
    return [
        make_outcome(households, unit_a, YEAR, Decimal("1234"), status=Status.APPROVED),
        make_outcome(money, unit_a, YEAR, Decimal("24750.5"), status=Status.DRAFT, by=official_a),
        make_outcome(households, unit_a, YEAR - 1, Decimal("495"), status=Status.APPROVED),
        make_outcome(households, unit_b, YEAR, Decimal("77"), status=Status.SUBMITTED),
        make_outcome(money, unit_b, YEAR, Decimal("5.5"), status=Status.DRAFT),
    ]


def test_the_admin_export_of_an_official_lists_only_their_districts(logged_in, outcomes):
    records = csv_records(export(logged_in, "csv"))

    assert {record["Tên đơn vị"] for record in records} == {"Huyện Kim Sơn"}
    assert len(records) == 3
    assert {record["Giá trị"] for record in records} == {"1.234", "24.750,5", "495"}


def test_the_resource_writes_the_headers_the_import_reads(outcomes, program):
    dataset = OutcomeResource().export(
        Outcome.objects.filter(unit__name="Huyện Kim Sơn", year=YEAR)
    )

    assert dataset.headers[:8] == [
        "Chương trình", "Năm", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Mã đơn vị",
        "Tên đơn vị", "Giá trị",
    ]  # fmt: skip
    assert [row[7] for row in dataset] == ["1.234", "24.750,5"]


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_an_admin_export_loaded_back_unchanged_changes_nothing(
    logged_in, official_a, program, outcomes, file_format
):
    content = export(
        logged_in, file_format, f"?year={YEAR}&indicator__program__id__exact={program.pk}"
    )
    before = database_state()

    plan, record = preview(official_a, program, content, name=f"export.{file_format}")

    assert plan.problems == []
    assert (plan.created, plan.changed, plan.unchanged) == (0, 0, 2)
    assert record is None  # nothing to confirm
    assert database_state() == before


def test_an_edited_admin_export_changes_only_the_edited_value(
    logged_in, official_a, program, unit_a, money, outcomes
):
    content = export(logged_in, "csv", f"?year={YEAR}&indicator__program__id__exact={program.pk}")
    records = csv_records(content)
    for record in records:
        if record["Mã chỉ tiêu"] == "kinh-phi":
            record["Giá trị"] = "25.000"
    edited = csv_bytes([list(records[0])] + [list(record.values()) for record in records])

    plan, record = preview(official_a, program, edited, name="export.csv")
    import_services.outcome_import_apply(record=record, user=official_a)

    assert (plan.created, plan.changed, plan.unchanged) == (0, 1, 1)
    assert stored(money, unit_a).value == Decimal("25000")
