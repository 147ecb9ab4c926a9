"""The permission matrix: every role × every action, and the request that checks each cell.

The one source of truth for who may do what. tests/test_permission_matrix.py walks every
cell through real requests; docs/permissions.md is generated from it:

    python -m tests.permission_matrix > docs/permissions.md

A row is an action: its Vietnamese label, a function building the request from the shared
rows of build_world() (plus fresh rows of its own, rolled back after each cell) and what each
role should get:
    ok     2xx, or, for a POST, the change is in the database
    login  redirected to the login page, nothing changed
    deny   403, 404, the admin's "no such object" redirect, or a POST that changed nothing
Writes are judged by the database, never by the status code alone.

The expected value is what the role SHOULD get: a cell where the application does otherwise
fails until the application is fixed. Models are imported inside functions so that
`python -m` can set Django up first.
"""

import io
import itertools
import os
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from portal.text import slugify_vi

OK, LOGIN, DENY = "ok", "login", "deny"

ANONYMOUS = "anonymous"
EDITOR = "editor"
PUBLISHER = "publisher"
OFFICIAL = "official"
OTHER_UNIT = "official_other_unit"
APPROVER = "approver"
ADMINISTRATOR = "administrator"
SUPERUSER = "superuser"

ROLES = {
    ANONYMOUS: "Khách (chưa đăng nhập)",
    EDITOR: "Biên tập viên",
    PUBLISHER: "Người duyệt bài",
    OFFICIAL: "Cán bộ nhập liệu địa bàn A",
    OTHER_UNIT: "Cán bộ nhập liệu địa bàn A, trên dữ liệu địa bàn B",
    APPROVER: "Người duyệt số liệu",
    ADMINISTRATOR: "Quản trị",
    SUPERUSER: "Superuser",
}
SIGNED_IN = (EDITOR, PUBLISHER, OFFICIAL, APPROVER, ADMINISTRATOR, SUPERUSER)
ED, PU, OF, AP, AD, SU = SIGNED_IN  # short names for the rows below

AREAS = [
    "Tin bài",
    "Văn bản",
    "Số liệu",
    "Hỏi đáp",
    "Góp ý và đánh giá",
    "Giới thiệu",
    "Cấu hình và người dùng",
]
YEAR = 2024  # figures are entered for this year; the existing ones are of the year before
SOURCE = "Báo cáo số 15/BC-UBND của Ủy ban nhân dân huyện"
NOT_ASSIGNED = (
    "Cần được phân công như cán bộ nhập liệu (Quản trị cũng vậy); superuser nhập mọi nơi."
)
FOUR_EYES = "Nguyên tắc bốn mắt: không ai, kể cả Quản trị và superuser."

_counter = itertools.count(1)


def unique(text, sep=" "):
    return f"{text}{sep}{next(_counter)}"


# --- Rows, cells, requests --------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    """One request, and how to tell whether it did what it asked."""

    method: str
    url: str
    data: dict | None = None
    changed: Callable[[], bool] | None = None  # a write: did the database change?
    listed: Any = None  # a changelist: is this row in it?
    shows: str | None = None  # a page or a file: does it contain this text?


@dataclass(frozen=True)
class Action:
    area: str
    label: str
    request: Callable[["Cell"], Probe]
    expected: dict  # role -> OK / LOGIN / DENY; None where the role does not apply
    note: str = ""

    @property
    def id(self):
        return slugify_vi(self.label)


def expect(*allowed, anonymous=LOGIN, scoped=False):
    """`ok` for the `allowed` roles, `deny` for the other signed-in ones. A `scoped` action
    is about one unit's or programme's data: the official also tries it on another one's."""
    expected = {ANONYMOUS: anonymous, OTHER_UNIT: DENY if scoped else None}
    expected.update({role: OK if role in allowed else DENY for role in SIGNED_IN})
    return expected


class Rows(list):
    """The actions of one area, one call per row: rows(label, request, *allowed roles)."""

    def __init__(self, area):
        super().__init__()
        self.area = area
        self.models = set()  # the ModelAdmins these rows cover

    def covers(self, *models):
        self.models.update(models)

    def __call__(self, label, request, *allowed, note="", anonymous=LOGIN, scoped=False):
        expected = expect(*allowed, anonymous=anonymous, scoped=scoped)
        self.append(Action(self.area, label, request, expected, note))

    def crud(self, model, noun, *, make, new, key, view, add, change, delete=(), **options):
        """The four rows of a plain ModelAdmin: list, add, change, delete.

        `make(cell)` makes a fresh row; `new(cell)` gives the add form's values, found again
        by `key`. Options: `sample(cell)`, the row the list must show (default: a fresh
        one); `edit(cell, obj)` -> (changes, lookup); `scoped`; `add_note`."""
        sample = options.get("sample", make)
        self.covers(model)

        def adding(cell):
            values = new(cell)
            data = form_data(cell, model, **values)
            return post(admin_url(model, "add"), data, created(model, **{key: values[key]}))

        def renamed(cell, obj):
            value = f"{getattr(obj, key)} (đã sửa)"
            return {key: value}, {key: value}

        def changing(cell):
            obj = make(cell)
            changes, lookup = options.get("edit", renamed)(cell, obj)
            data = form_data(cell, obj, **changes)
            return post(admin_url(model, "change", obj.pk), data, has(obj, **lookup))

        def listing(cell):
            return get(admin_url(model), listed=sample(cell))

        self(f"Xem danh sách {noun}", listing, *view, scoped=options.get("scoped", False))
        self(f"Thêm {noun}", adding, *add, note=options.get("add_note", ""))
        self(f"Sửa {noun}", changing, *change)
        self(f"Xóa {noun}", lambda cell: deleting(make(cell)), *delete)


@dataclass(frozen=True)
class Cell:
    """One role on one action. In OTHER_UNIT the official of unit A acts on unit B's data."""

    world: SimpleNamespace
    role: str

    @property
    def user(self):
        return self.world.users[self.role]

    def _pick(self, own, other):
        return getattr(self.world, other if self.role == OTHER_UNIT else own)

    @property
    def unit(self):
        return self._pick("unit_a", "unit_b")

    @property
    def owner(self):
        """The official who reports for `unit`, the author of its figures."""
        return self._pick("official_a", "official_b")

    @property
    def program(self):
        return self._pick("program", "program_b")

    @property
    def campaign(self):
        return self._pick("campaign", "campaign_b")

    @property
    def indicator(self):
        return self._pick("households", "indicator_b")


def get(url, *, listed=None, shows=None):
    return Probe("get", url, listed=listed, shows=shows)


def post(url, data, changed):
    return Probe("post", url, data=data, changed=changed)


def created(model, **lookup):
    return lambda: model.objects.filter(**lookup).exists()


def has(obj, **lookup):
    return lambda: type(obj).objects.filter(pk=obj.pk, **lookup).exists()


def admin_url(model, view="changelist", *args):
    from django.urls import reverse

    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def deleting(obj):
    """The admin's delete confirmation, confirmed."""
    gone = lambda: not type(obj).objects.filter(pk=obj.pk).exists()  # noqa: E731
    return post(admin_url(type(obj), "delete", obj.pk), {"post": "yes"}, gone)


def bulk(model, action, obj, changed):
    """An action of the admin's changelist, on one row, as the browser posts it."""
    data = {"action": action, "select_across": "0", "index": "0", "_selected_action": [obj.pk]}
    return post(admin_url(model), data, changed)


def exporting(model, file_format, *, shows):
    """The admin's export (django-import-export) of every column, in `file_format`."""
    from django.contrib import admin

    formats = admin.site._registry[model].get_export_formats()
    index = next(i for i, f in enumerate(formats) if f().get_extension() == file_format)
    data = {"resource": "0", "format": str(index)}
    return Probe("post", admin_url(model, "export"), data=data, shows=shows)


def form_data(cell, target, **changes):
    """What the admin's own form posts for `target` (an object, or a model for the add
    form), with `changes` applied: hidden fields and inlines included, whatever they are."""
    from django.contrib import admin
    from django.test import RequestFactory

    obj = None if isinstance(target, type) else target
    model = target if obj is None else type(obj)
    model_admin = admin.site._registry[model]
    request = RequestFactory().get("/")
    request.user = cell.world.superuser
    form = model_admin.get_form(request, obj, change=obj is not None)(instance=obj)
    data = _fields_data(form)
    prefixes = Counter()
    for inline in model_admin.get_inline_instances(request, obj):
        formset_class = inline.get_formset(request, obj)
        prefix = formset_class.get_default_prefix()  # named as ModelAdmin._create_formsets does
        prefixes[prefix] += 1
        if prefixes[prefix] != 1 or not prefix:
            prefix = f"{prefix}-{prefixes[prefix]}"
        formset = formset_class(instance=obj or model(), prefix=prefix)
        initial = formset.initial_forms
        for name, value in [
            ("TOTAL_FORMS", len(initial)),
            ("INITIAL_FORMS", len(initial)),
            ("MIN_NUM_FORMS", formset.min_num),
            ("MAX_NUM_FORMS", formset.max_num),
        ]:
            data[f"{prefix}-{name}"] = str(value)
        for inline_form in initial:
            data.update(_fields_data(inline_form))
    for name, value in changes.items():
        field = form.fields.get(name)
        if field is None:  # a field the form does not offer: post it anyway, as a forged form
            data[name] = str(value)
        else:
            _put(data, form.add_prefix(name), field.widget, field.prepare_value(value))
    return data


def _fields_data(form):
    from django import forms

    data = {}
    for name, field in form.fields.items():
        if not (field.disabled or isinstance(field, forms.FileField)):
            _put(data, form.add_prefix(name), field.widget, form[name].value())
    return data


def _put(data, key, widget, value):
    """`value` as `widget` would send it in a POST."""
    from django import forms
    from django.contrib.admin.widgets import RelatedFieldWidgetWrapper

    if isinstance(widget, RelatedFieldWidgetWrapper):
        widget = widget.widget
    data.pop(key, None)
    if isinstance(widget, forms.CheckboxInput):
        if widget.check_test(value):
            data[key] = "on"  # an unticked box is not posted at all
    elif isinstance(widget, forms.MultiWidget):
        parts = value if isinstance(value, list | tuple) else widget.decompress(value)
        for suffix, part_widget, part in zip(
            widget.widgets_names, widget.widgets, parts, strict=True
        ):
            data[f"{key}{suffix}"] = part_widget.format_value(part) or ""
    elif isinstance(widget, forms.widgets.ChoiceWidget | forms.MultipleHiddenInput):
        formatted = widget.format_value(value)
        if isinstance(formatted, str):
            data[key] = formatted
        elif widget.allow_multiple_selected or isinstance(widget, forms.MultipleHiddenInput):
            data[key] = [str(v) for v in formatted]
        else:
            data[key] = formatted[0] if formatted else ""
    else:
        formatted = widget.format_value(value)
        data[key] = "" if formatted is None else str(formatted)


def png_upload():
    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (11, 74, 139)).save(buffer, "PNG")
    return SimpleUploadedFile("anh.png", buffer.getvalue(), content_type="image/png")


def files_under(folder):
    folder = Path(folder)
    return sum(1 for path in folder.rglob("*") if path.is_file()) if folder.exists() else 0


# --- The shared rows ---------------------------------------------------------------------


def build_world():
    """One account per role, two districts, two programmes and the pages actions hang on."""
    from django.contrib.auth.models import Group

    from portal import roles
    from programs.models import AdministrativeUnit
    from tests.conftest import make_article, make_category, make_user
    from tests.documents.factories import make_document_type, make_field, make_issuer
    from tests.participation.factories import make_draft
    from tests.programs import factories as programs
    from tests.qa.factories import make_department, make_topic

    w = SimpleNamespace()
    province = programs.make_unit("Tỉnh Ninh Bình", level=AdministrativeUnit.Level.PROVINCE)
    w.unit_a = programs.make_unit("Huyện Kim Sơn", parent=province)
    w.unit_b = programs.make_unit("Huyện Yên Mô", parent=province)
    w.campaign = programs.make_campaign("Chung tay vì người nghèo", slug="chung-tay")
    w.program = programs.make_program("Hỗ trợ nhà ở", slug="nha-o", campaign=w.campaign)
    w.households = programs.make_indicator(w.program, "Số hộ được hỗ trợ nhà ở", code="so-ho")
    w.campaign_b = programs.make_campaign("Vì người khuyết tật", slug="nguoi-khuyet-tat")
    w.program_b = programs.make_program("Hỗ trợ sinh kế", slug="sinh-ke", campaign=w.campaign_b)
    w.indicator_b = programs.make_indicator(w.program_b, "Số hộ có sinh kế", code="sinh-ke")
    # Official A reports for district A, programme A; official B for district B, both programmes.
    w.official_a = programs.make_official(
        "mt-canbo-a", units=[w.unit_a], programs=[w.program], campaigns=[w.campaign]
    )
    w.official_b = programs.make_official(
        "mt-canbo-b",
        units=[w.unit_b],
        programs=[w.program, w.program_b],
        campaigns=[w.campaign, w.campaign_b],
    )
    w.editor = make_user("mt-bientap", roles.EDITOR)
    w.publisher = make_user("mt-duyetbai", roles.PUBLISHER)
    w.approver = make_user("mt-duyetsolieu", roles.DATA_APPROVER)
    w.administrator = make_user("mt-quantri", roles.ADMINISTRATOR)
    w.superuser = make_user("mt-superuser", superuser=True)
    w.users = {
        ANONYMOUS: None,
        EDITOR: w.editor,
        PUBLISHER: w.publisher,
        OFFICIAL: w.official_a,
        OTHER_UNIT: w.official_a,
        APPROVER: w.approver,
        ADMINISTRATOR: w.administrator,
        SUPERUSER: w.superuser,
    }
    w.publisher_group = Group.objects.get(name=roles.PUBLISHER)
    w.category = make_category("Tin hoạt động", slug="tin-hoat-dong")
    w.article = make_article(w.category, title="Hội nghị tổng kết công tác giảm nghèo")
    w.doc_type, w.issuer, w.field = make_document_type(), make_issuer(), make_field()
    w.draft = make_draft(doc_type=w.doc_type, issuer=w.issuer, number="15/DT-UBND")
    w.topic = make_topic("Giảm nghèo")
    w.department = make_department("Phòng Bảo trợ xã hội")
    return w


# --- Tin bài --------------------------------------------------------------------------------


def _articles():
    from django.conf import settings
    from django.urls import reverse

    from articles.models import Article, Category
    from tests.conftest import make_article, make_category

    Status = Article.Status
    rows = Rows("Tin bài")
    rows.covers(Article)

    def draft(cell):
        return make_article(cell.world.category, status=Status.DRAFT)

    def live(cell):
        return make_article(cell.world.category)

    def adding(cell):
        title = unique("Tin mới")
        data = form_data(cell, Article, title=title, category=cell.world.category)
        return post(admin_url(Article, "add"), data, created(Article, title=title))

    def changing(make, **changes):
        def request(cell):
            article = make(cell)
            data = form_data(cell, article, **changes)
            return post(admin_url(Article, "change", article.pk), data, has(article, **changes))

        return request

    def publishing(cell):
        article = draft(cell)
        return bulk(Article, "publish_selected", article, has(article, status=Status.PUBLISHED))

    def unpublishing(cell):
        article = live(cell)
        return bulk(Article, "unpublish_selected", article, has(article, status=Status.DRAFT))

    def reverting(cell):
        article = live(cell)
        version = article.history.first()
        url = reverse("admin:articles_article_simple_history", args=[article.pk, version.pk])
        data = form_data(cell, article, status=Status.DRAFT)
        return post(url, data, has(article, status=Status.DRAFT))

    def uploading(cell):
        before = files_under(settings.MEDIA_ROOT)
        changed = lambda: files_under(settings.MEDIA_ROOT) > before  # noqa: E731
        return post(reverse("portal:editor_upload"), {"upload": png_upload()}, changed)

    published = {"status": Status.PUBLISHED}
    rows(
        "Xem danh sách tin bài trong quản trị",
        lambda cell: get(admin_url(Article), listed=draft(cell)),
        *(ED, PU, AD, SU),
    )
    rows("Thêm tin bài (nháp hoặc chờ duyệt)", adding, ED, PU, AD, SU)
    rows("Sửa tin bài nháp", changing(draft, title="Tiêu đề đã sửa"), ED, PU, AD, SU)
    rows(
        "Sửa tin bài đã xuất bản",
        changing(live, title="Tiêu đề đã sửa"),
        *(PU, AD, SU),
        note="Tin đã xuất bản hoặc đã hẹn giờ chỉ người có quyền xuất bản được sửa, xóa.",
    )
    rows("Xuất bản tin bài", publishing, PU, AD, SU)
    rows("Xuất bản tin bài qua biểu mẫu sửa", changing(draft, **published), PU, AD, SU)
    rows("Gỡ tin bài đã xuất bản", unpublishing, PU, AD, SU)
    rows(
        "Khôi phục phiên bản cũ của tin bài đã xuất bản",
        reverting,
        *(PU, AD, SU),
        note="Khôi phục một phiên bản là sửa tin bài: cần cùng quyền như sửa.",
    )
    rows("Xóa tin bài", lambda cell: deleting(draft(cell)), PU, AD, SU)
    rows(
        "Tải ảnh lên từ trình soạn thảo",
        uploading,
        *(ED, PU, AD, SU),
        anonymous=DENY,
        note="Khách nhận lỗi 403 (không chuyển đến trang đăng nhập).",
    )
    rows(
        "Xem trước tin bài nháp tại địa chỉ công khai",
        lambda cell: get(draft(cell).get_absolute_url()),
        *(ED, PU, AD, SU),
        anonymous=DENY,
        note="Người xem được tin bài trong quản trị xem trước tin nháp, tin hẹn giờ; "
        "người khác nhận lỗi 404.",
    )
    rows.crud(
        Category,
        "chuyên mục",
        make=lambda cell: make_category(),
        new=lambda cell: {"name": unique("Chuyên mục mới")},
        key="name",
        view=(ED, PU, AD, SU),
        add=(PU, AD, SU),
        change=(PU, AD, SU),
        delete=(AD, SU),
    )
    return rows


# --- Văn bản ---------------------------------------------------------------------------------


def _documents():
    from django.utils import timezone

    from documents import models
    from tests.documents import factories

    rows = Rows("Văn bản")
    managers = {"add": (PU, AD, SU), "change": (PU, AD, SU), "delete": (PU, AD, SU)}
    abstract = {"abstract": "Trích yếu đã sửa"}
    rows.crud(
        models.LegalDocument,
        "văn bản",
        make=lambda cell: factories.make_document(doc_type=cell.world.doc_type),
        new=lambda cell: {
            "number": unique("", "") + "/KH-UBND",
            "doc_type": cell.world.doc_type,
            "issuing_body": cell.world.issuer,
            "abstract": "Kế hoạch thực hiện chương trình giảm nghèo",
            "issued_date": timezone.localdate(),
        },
        key="number",
        edit=lambda cell, obj: (abstract, abstract),
        view=(ED, PU, AD, SU),
        **managers,
    )
    for model, noun, make in [
        (models.DocumentType, "loại văn bản", factories.make_document_type),
        (models.IssuingBody, "cơ quan ban hành", factories.make_issuer),
        (models.Field, "lĩnh vực văn bản", factories.make_field),
    ]:
        rows.crud(
            model,
            noun,
            make=lambda cell, make=make: make(),
            new=lambda cell: {"name": unique("Mục mới")},
            key="name",
            view=(PU, AD, SU),
            **managers,
        )
    rows.crud(
        models.AdministrativeProcedure,
        "thủ tục hành chính",
        make=lambda cell: factories.make_procedure(field=cell.world.field),
        new=lambda cell: {
            "name": unique("Thủ tục mới"),
            "field": cell.world.field,
            "level": models.AdministrativeProcedure.Level.PROVINCE,
        },
        key="name",
        view=(PU, AD, SU),
        **managers,
    )
    return rows


# --- Số liệu ---------------------------------------------------------------------------------


def _programs():
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from portal import roles
    from programs import import_services, models
    from tests.conftest import make_user
    from tests.programs import factories

    Outcome, OutcomeImport = models.Outcome, models.OutcomeImport
    Status = Outcome.Status
    rows = Rows("Số liệu")
    rows.covers(Outcome, OutcomeImport)

    def outcome(cell, status=Status.DRAFT, by=None):
        """A figure of the cell's unit for last year, by that unit's official."""
        return factories.make_outcome(
            cell.world.households,
            cell.unit,
            YEAR - 1,
            Decimal("495"),
            status=status,
            by=by or cell.owner,
            approver=cell.world.approver,
        )

    new_figure = created(Outcome, year=YEAR)

    def csv_upload(cell):
        indicator = cell.world.households
        text = (
            f"Mã đơn vị,Tên đơn vị,{indicator.name} ({indicator.unit_of_measure})\r\n"
            f",{cell.unit.name},12\r\n"
        )
        return SimpleUploadedFile(unique("so-lieu", "-") + ".csv", text.encode())

    def previewed(cell):
        """A file of the cell's unit, uploaded and previewed by that unit's official."""
        _plan, record = import_services.outcome_import_preview(
            user=cell.owner,
            program=cell.world.program,
            year=YEAR,
            uploaded=csv_upload(cell),
            source_text=SOURCE,
        )
        return record

    def entering(cell):
        url = reverse("admin:programs_outcome_entry")
        url = f"{url}?chuong_trinh={cell.world.program.pk}&nam={YEAR}"
        cell_name = f"v-{cell.unit.pk}-{cell.world.households.pk}"
        return post(url, {cell_name: "4.321", "source_text": SOURCE}, new_figure)

    def template(cell):
        url = reverse("admin:programs_outcome_template")
        return get(f"{url}?chuong_trinh={cell.program.pk}&nam={YEAR}")

    def importing(cell):
        data = {"program": cell.world.program.pk, "year": YEAR, "source_text": SOURCE}
        data["file"] = csv_upload(cell)
        url = reverse("admin:programs_outcome_import")
        return post(url, data, created(OutcomeImport, year=YEAR))

    def confirming(cell):
        url = reverse("admin:programs_outcome_import_preview", args=[previewed(cell).pk])
        return post(url, {}, new_figure)

    def adding(cell):
        data = form_data(
            cell,
            Outcome,
            indicator=cell.world.households,
            unit=cell.unit,
            year=YEAR,
            raw_value="4.321",
            source_text=SOURCE,
        )
        return post(admin_url(Outcome, "add"), data, new_figure)

    def changing(status, view="change"):
        def request(cell):
            figure = outcome(cell, status)
            data = form_data(cell, figure, raw_value="4.321")
            args = [figure.pk] if view == "change" else [figure.pk, figure.history.first().pk]
            url = reverse(f"admin:programs_outcome_{view}", args=args)
            return post(url, data, has(figure, value=Decimal("4321")))

        return request

    def submitting(cell):
        figure = outcome(cell)
        return bulk(Outcome, "submit_selected", figure, has(figure, status=Status.SUBMITTED))

    def reviewing(action, status, result, *, own=False, **fields):
        def request(cell):
            figure = outcome(cell, status, by=(cell.user or cell.owner) if own else None)
            url = reverse("admin:programs_outcome_review", args=[figure.pk])
            return post(url, {"action": action, **fields}, has(figure, **result))

        return request

    def api_draft(cell):
        kwargs = {"version": "v1", "pk": outcome(cell).pk}
        return get(reverse("api:outcome-detail", kwargs=kwargs))

    def api_write(cell):
        url = reverse("api:outcome-list", kwargs={"version": "v1"})
        data = {"indicator": cell.world.households.pk, "unit": cell.unit.pk, "year": YEAR}
        return post(url, data | {"value": "4321"}, new_figure)

    def scope_user(cell):
        return make_user(unique("mt-canbo-moi", "-"), roles.DATA_OFFICIAL)

    def make_scope(cell):
        scope = models.OfficialScope.objects.create(user=scope_user(cell))
        scope.units.set([cell.world.unit_a])
        return scope

    def slugged(name):
        return {"name": unique(name), "slug": unique(slugify_vi(name), "-")}

    reference = {"add": (PU, AD, SU), "change": (PU, AD, SU), "delete": (PU, AD, SU)}
    administered = {"add": (AD, SU), "change": (AD, SU), "delete": (AD, SU)}
    years = {"start_year": 2021, "end_year": 2025}
    rows.crud(
        models.AdministrativeUnit,
        "đơn vị hành chính",
        make=lambda cell: factories.make_unit(parent=cell.world.unit_a.parent),
        sample=lambda cell: cell.unit,
        new=lambda cell: {
            "name": unique("Huyện mới"),
            "level": models.AdministrativeUnit.Level.DISTRICT,
            "parent": cell.world.unit_a.parent,
        },
        key="name",
        view=(PU, OF, AP, AD, SU),
        scoped=True,
        **administered,
    )
    rows.crud(
        models.Campaign,
        "phong trào thi đua",
        make=lambda cell: factories.make_campaign(),
        sample=lambda cell: cell.campaign,
        new=lambda cell: slugged("Phong trào mới") | years,
        key="name",
        view=(ED, PU, OF, AP, AD, SU),
        scoped=True,
        **reference,
    )
    rows.crud(
        models.SupportProgram,
        "chương trình hỗ trợ",
        make=lambda cell: factories.make_program(),
        sample=lambda cell: cell.program,
        new=lambda cell: slugged("Chương trình mới") | years | {"kind": "housing"},
        key="name",
        view=(ED, PU, OF, AP, AD, SU),
        scoped=True,
        **reference,
    )
    rows.crud(
        models.Indicator,
        "chỉ tiêu",
        make=lambda cell: factories.make_indicator(cell.world.program),
        sample=lambda cell: cell.indicator,
        new=lambda cell: {
            "program": cell.world.program,
            "name": unique("Chỉ tiêu mới"),
            "code": unique("chi-tieu-moi", "-"),
            "unit_of_measure": "hộ",
        },
        key="name",
        view=(PU, OF, AP, AD, SU),
        scoped=True,
        **administered,
    )

    def exemplary(cell):
        return {
            "campaign": cell.world.campaign,
            "name": unique("Hộ ông Nguyễn Văn An"),
            "kind": models.ExemplaryModel.Kind.HOUSEHOLD,
            "achievement": "Thoát nghèo bền vững nhờ nuôi bò sinh sản.",
            "year": YEAR - 1,
        }

    rows.crud(
        models.ExemplaryModel,
        "điển hình tiên tiến",
        make=lambda cell: models.ExemplaryModel.objects.create(**exemplary(cell)),
        new=exemplary,
        key="name",
        view=(PU, AD, SU),
        **reference,
    )
    rows.crud(
        models.OfficialScope,
        "phân công nhập liệu",
        make=make_scope,
        new=lambda cell: {"user": scope_user(cell), "units": [cell.world.unit_a]},
        key="user",
        edit=lambda cell, obj: ({"units": []}, {"units__isnull": True}),
        view=(AD, SU),
        **administered,
    )

    def autocomplete(cell):
        query = "app_label=programs&model_name=administrativeunit&field_name=parent"
        url = f"{reverse('admin:autocomplete')}?{query}&term={cell.unit.name}"
        return get(url, shows=f'"id": "{cell.unit.pk}"')

    rows(
        "Tìm đơn vị hành chính qua ô tự hoàn thành",
        autocomplete,
        *(PU, OF, AP, AD, SU),
        scoped=True,
        note="Ô chọn địa bàn (autocomplete) của cán bộ nhập liệu chỉ gợi ý địa bàn được giao.",
    )
    readers = (OF, AP, AD, SU)
    rows(
        "Xem danh sách số liệu trong quản trị",
        lambda cell: get(admin_url(Outcome), listed=outcome(cell)),
        *readers,
        scoped=True,
    )
    rows(
        "Xem chi tiết một số liệu",
        lambda cell: get(admin_url(Outcome, "change", outcome(cell).pk)),
        *readers,
        scoped=True,
    )
    rows(
        "Xem lịch sử sửa đổi của một số liệu",
        lambda cell: get(admin_url(Outcome, "history", outcome(cell).pk)),
        *readers,
        scoped=True,
    )
    rows("Thêm số liệu bằng biểu mẫu", adding, OF, SU, scoped=True, note=NOT_ASSIGNED)
    rows("Nhập số liệu theo năm", entering, OF, SU, scoped=True, note=NOT_ASSIGNED)
    rows("Tải biểu mẫu nhập liệu (Excel)", template, OF, SU, scoped=True, note=NOT_ASSIGNED)
    rows(
        "Nhập số liệu từ tệp (tải lên, xem trước)",
        importing,
        OF,
        SU,
        scoped=True,
        note=NOT_ASSIGNED,
    )
    rows(
        "Xác nhận lần nhập tệp (ghi số liệu)",
        confirming,
        OF,
        scoped=True,
        note="Chỉ người đã tải tệp lên; không ai, kể cả superuser, xác nhận thay.",
    )
    rows(
        "Xem các lần nhập tệp",
        lambda cell: get(admin_url(OutcomeImport), listed=previewed(cell)),
        *readers,
        scoped=True,
        note="Cán bộ nhập liệu chỉ thấy các lần nhập của chính mình.",
    )
    rows(
        "Xóa bản ghi lần nhập tệp",
        lambda cell: deleting(previewed(cell)),
        note="Bản ghi các lần nhập là nhật ký: không ai sửa, xóa.",
    )
    rows("Sửa số liệu nháp", changing(Status.DRAFT), OF, SU, scoped=True)
    rows("Gửi duyệt số liệu", submitting, OF, SU, scoped=True, note=NOT_ASSIGNED)
    rows("Xóa số liệu nháp", lambda cell: deleting(outcome(cell)), AD, SU, scoped=True)
    rows(
        "Xuất số liệu ra tệp",
        lambda cell: exporting(Outcome, "csv", shows=outcome(cell).unit.name),
        *readers,
        scoped=True,
    )
    approved, returned = {"status": Status.APPROVED}, {"status": Status.RETURNED}
    rows(
        "Duyệt số liệu",
        reviewing("approve", Status.SUBMITTED, approved),
        *(AP, AD, SU),
        scoped=True,
    )
    rows(
        "Trả lại số liệu (có lý do)",
        reviewing("return", Status.SUBMITTED, returned, reason="Chưa khớp báo cáo của huyện."),
        *(AP, AD, SU),
        scoped=True,
    )
    rows(
        "Tự duyệt số liệu do chính mình nhập, sửa hoặc gửi duyệt",
        reviewing("approve", Status.SUBMITTED, approved, own=True),
        scoped=True,
        note=FOUR_EYES,
    )
    rows(
        "Đính chính số liệu đã duyệt",
        reviewing(
            "correct",
            Status.APPROVED,
            {"value": Decimal("4321")},
            new_value="4.321",
            reason="Huyện gửi báo cáo bổ sung.",
        ),
        *(AP, AD, SU),
        scoped=True,
    )
    rows(
        "Sửa thẳng số liệu đã duyệt (không qua đính chính)",
        changing(Status.APPROVED),
        scoped=True,
        note="Số liệu đã duyệt chỉ thay đổi bằng đính chính có ghi lý do.",
    )
    rows(
        "Khôi phục phiên bản cũ của số liệu",
        changing(Status.DRAFT, view="simple_history"),
        scoped=True,
        note="Khôi phục sẽ đi vòng quy trình nhập, duyệt: không ai được làm.",
    )
    rows(
        "Xem số liệu chưa duyệt qua API công khai",
        api_draft,
        anonymous=DENY,
        note="API chỉ trả số liệu đã duyệt, cho mọi người.",
    )
    rows("Ghi số liệu qua API công khai", api_write, anonymous=DENY, note="API chỉ đọc.")
    return rows


# --- Hỏi đáp ---------------------------------------------------------------------------------


def _qa():
    from django.core import signing
    from django.core.files.base import ContentFile
    from django.urls import reverse

    from qa import services, spam
    from qa.models import Question, Topic
    from tests.qa import factories

    rows = Rows("Hỏi đáp")
    rows.covers(Question)

    def question(cell):
        return factories.make_question(cell.world.topic)

    def with_attachment(cell):
        item = question(cell)
        item.attachment.save("giay-xac-nhan.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
        item.attachment_name, item.attachment_type = "Giấy xác nhận.pdf", "application/pdf"
        item.save()
        return item

    def drafted(cell):
        # Someone else drafted the answer: the editor, or the publisher when the editor acts.
        drafter = cell.world.publisher if cell.role == EDITOR else cell.world.editor
        return factories.drafted(question(cell), drafter=drafter, department=cell.world.department)

    def self_drafted(cell):
        item = drafted(cell)
        drafter = cell.user or cell.world.editor
        Question.objects.filter(pk=item.pk).update(answer_drafted_by=drafter)
        return item

    def answered(cell, *, publish=False):
        world = cell.world
        item = factories.answered(
            question(cell),
            drafter=world.editor,
            approver=world.publisher,
            department=world.department,
        )
        item.public_title = "Hộ nghèo được hỗ trợ làm nhà thế nào?"
        item.public_text = "Gia đình tôi là hộ nghèo, nhà xuống cấp. Được hỗ trợ thế nào?"
        item.save()
        if publish:
            item = services.question_publish(question=item, user=world.publisher)
        return item

    def reviewing(make, action, result, **fields):
        def request(cell):
            item = make(cell)
            url = reverse("admin:qa_question_review", args=[item.pk])
            return post(url, {"action": action, **fields}, has(item, **result))

        return request

    def changing(make, changes):
        def request(cell):
            item = make(cell)
            data = form_data(cell, item, **changes(cell))
            return post(admin_url(Question, "change", item.pk), data, has(item, **changes(cell)))

        return request

    def asking(cell):
        _wording, token = spam.new_challenge()
        title = unique("Hỏi về hỗ trợ làm nhà")
        data = {
            "asker_name": "Nguyễn Thị Bình",
            "email": "binh.nguyen@example.vn",
            "phone": "0912345678",
            "topic": cell.world.topic.pk,
            "title": title,
            "text": "Gia đình tôi là hộ nghèo, nhà dột nát. Xin hỏi được hỗ trợ bao nhiêu?",
            "consent": "on",
            "trang_web": "",
            "kiem_tra": str(signing.loads(token, salt=spam.SALT)["a"]),
            "ma_kiem_tra": token,
        }
        return post(reverse("qa:ask"), data, created(Question, title=title))

    staff = (ED, PU, AD, SU)
    answered_state = {"status": Question.Status.ANSWERED}
    rows(
        "Xem danh sách câu hỏi (có thông tin cá nhân)",
        lambda cell: get(admin_url(Question), listed=question(cell)),
        *staff,
    )
    rows(
        "Xem câu hỏi (có thông tin cá nhân)",
        lambda cell: get(
            admin_url(Question, "change", question(cell).pk), shows=factories.ASKER["email"]
        ),
        *staff,
    )
    rows(
        "Tải tệp đính kèm của người hỏi",
        lambda cell: get(admin_url(Question, "attachment", with_attachment(cell).pk)),
        *staff,
    )
    rows(
        "Thêm câu hỏi trong quản trị",
        lambda cell: get(admin_url(Question, "add")),
        note="Câu hỏi chỉ đến từ biểu mẫu công khai (có mã tra cứu).",
    )
    rows(
        "Giao câu hỏi cho đơn vị, soạn trả lời",
        changing(
            question,
            lambda cell: {"department": cell.world.department, "answer": "<p>Trả lời.</p>"},
        ),
        *staff,
    )
    rows("Duyệt trả lời", reviewing(drafted, "approve", answered_state), PU, AD, SU)
    rows(
        "Tự duyệt câu trả lời do chính mình soạn",
        reviewing(self_drafted, "approve", answered_state),
        note=FOUR_EYES,
    )
    rows(
        "Từ chối câu hỏi (có lý do)",
        reviewing(question, "reject", {"status": "rejected"}, reason="Không thuộc thẩm quyền."),
        *(PU, AD, SU),
    )
    rows("Công bố trả lời", reviewing(answered, "publish", {"is_published": True}), PU, AD, SU)
    rows(
        "Thôi công bố trả lời",
        reviewing(lambda c: answered(c, publish=True), "unpublish", {"is_published": False}),
        *(PU, AD, SU),
    )
    rows(
        "Sửa nội dung công khai của câu hỏi đã công bố",
        changing(lambda c: answered(c, publish=True), lambda c: {"public_title": "Đã sửa"}),
        *(PU, AD, SU),
    )
    rows("Xóa câu hỏi", lambda cell: deleting(question(cell)), AD, SU)
    rows.crud(
        Topic,
        "lĩnh vực hỏi đáp",
        make=lambda cell: factories.make_topic(),
        new=lambda cell: {"name": unique("Lĩnh vực mới")},
        key="name",
        view=staff,
        add=(AD, SU),
        change=(AD, SU),
        delete=(AD, SU),
    )
    rows("Gửi câu hỏi qua trang Hỏi đáp", asking, *SIGNED_IN, anonymous=OK)
    return rows


# --- Góp ý và đánh giá -----------------------------------------------------------------------


def _participation():
    from django.urls import reverse

    from participation.models import DocumentComment, FeedbackSummary, PageFeedback
    from tests.participation.factories import make_comment, make_feedback

    rows = Rows("Góp ý và đánh giá")
    rows.covers(DocumentComment, PageFeedback, FeedbackSummary)
    moderators = (PU, AD, SU)

    def comment(cell):
        return make_comment(cell.world.draft)

    def rating(cell):
        return make_feedback(cell.world.article, comment=unique("Cần thêm số điện thoại"))

    def changing(make, **changes):
        def request(cell):
            item = make(cell)
            data = form_data(cell, item, **changes)
            return post(admin_url(type(item), "change", item.pk), data, has(item, **changes))

        return request

    def summary(cell, view="changelist"):
        rating(cell)
        return get(admin_url(FeedbackSummary, view), shows=cell.world.article.title)

    def commenting(cell):
        text = unique("Đề nghị nêu rõ mức hỗ trợ cho hộ cận nghèo, góp ý số")
        url = reverse("participation:comment", args=[cell.world.draft.slug])
        data = {"name": "Nguyễn Văn An", "email": "", "organisation": "", "text": text}
        return post(url, data, created(DocumentComment, text=text))

    def rating_a_page(cell):
        text = unique("Trang rất hữu ích, đánh giá số")
        data = {"target": "bai-viet", "page": cell.world.article.pk, "useful": "co"}
        url = reverse("participation:feedback")
        return post(url, data | {"comment": text}, created(PageFeedback, comment=text))

    rows(
        "Xem góp ý dự thảo (có thông tin người góp ý)",
        lambda cell: get(admin_url(DocumentComment), listed=comment(cell)),
        *moderators,
    )
    rows("Kiểm duyệt góp ý dự thảo", changing(comment, status="published"), *moderators)
    rows("Xóa góp ý dự thảo", lambda cell: deleting(comment(cell)), *moderators)
    rows(
        "Thêm góp ý trong quản trị",
        lambda cell: get(admin_url(DocumentComment, "add")),
        note="Góp ý chỉ đến từ biểu mẫu công khai.",
    )
    rows(
        "Xem từng lượt đánh giá trang",
        lambda cell: get(admin_url(PageFeedback), listed=rating(cell)),
        *moderators,
    )
    rows(
        "Xuất đánh giá trang ra tệp",
        lambda cell: exporting(PageFeedback, "csv", shows=rating(cell).comment),
        *moderators,
    )
    rows(
        "Sửa một lượt đánh giá trang",
        changing(rating, comment="Đã bị sửa"),
        note="Điều người dân đã trả lời không ai được sửa.",
    )
    rows("Xóa một lượt đánh giá trang", lambda cell: deleting(rating(cell)), *moderators)
    rows("Xem kết quả đánh giá trang", summary, *moderators)
    rows("Tải kết quả đánh giá trang (CSV)", lambda cell: summary(cell, "csv"), *moderators)
    rows("Gửi góp ý dự thảo", commenting, *SIGNED_IN, anonymous=OK)
    rows("Đánh giá trang", rating_a_page, *SIGNED_IN, anonymous=OK)
    return rows


# --- Giới thiệu ------------------------------------------------------------------------------


def _organization():
    from django.utils import timezone

    from organization import models
    from tests.organization import factories

    rows = Rows("Giới thiệu")
    routine, identity = (ED, PU, AD, SU), (PU, AD, SU)
    body = "<p>Nội dung mới.</p>"
    for model, noun, make, new, key, view, manage in [
        (
            models.ScheduleEntry,
            "lịch công tác",
            lambda cell: factories.make_entry(timezone.localdate()),
            lambda cell: {"date": timezone.localdate(), "session": 1, "content": unique("Họp")},
            "content",
            routine,
            routine,
        ),
        (
            models.WebLink,
            "liên kết website",
            lambda cell: factories.make_link(),
            lambda cell: {"name": unique("Cổng dịch vụ công"), "url": "https://dichvucong.gov.vn/"},
            "name",
            routine,
            routine,
        ),
        (
            models.AboutPage,
            "trang giới thiệu",
            lambda cell: factories.make_about_page(),
            lambda cell: {"title": unique("Chức năng, nhiệm vụ"), "body": body},
            "title",
            identity,
            identity,
        ),
        (
            models.Leader,
            "lãnh đạo",
            lambda cell: factories.make_leader(),
            lambda cell: {"full_name": unique("Nguyễn Văn Minh"), "title": "Phó Giám đốc Sở"},
            "full_name",
            routine,
            identity,
        ),
        (
            models.Department,
            "đơn vị trực thuộc",
            lambda cell: factories.make_department(),
            lambda cell: {"name": unique("Trung tâm Bảo trợ xã hội"), "kind": "service_unit"},
            "name",
            identity,
            identity,
        ),
        (
            models.EnglishPage,
            "trang tiếng Anh",
            lambda cell: factories.make_english_page(),
            lambda cell: {"title": unique("About us"), "body": body},
            "title",
            identity,
            identity,
        ),
    ]:
        rows.crud(
            model,
            noun,
            make=make,
            new=new,
            key=key,
            view=view,
            add=manage,
            change=manage,
            delete=manage,
        )
    rows.crud(
        models.EnglishSettings,
        "thông tin liên hệ tiếng Anh",
        make=lambda cell: factories.make_english_settings(),
        new=lambda cell: {"department_name": unique("Department of Labour")},
        key="department_name",
        view=identity,
        add=identity,
        change=identity,
        delete=(AD, SU),
        add_note="Chỉ khi chưa có: một bản duy nhất.",
    )
    return rows


# --- Cấu hình và người dùng ------------------------------------------------------------------


def _settings_and_users():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from django.urls import reverse
    from django.utils import timezone

    from portal import roles
    from portal.models import SiteSettings, VisitDay
    from tests.conftest import make_user

    User = get_user_model()
    rows = Rows("Cấu hình và người dùng")
    rows.covers(User, VisitDay)
    password = "Cong-Thong-Tin-2024!"

    def account(cell, **kwargs):
        return make_user(unique("mt-nguoi-dung", "-"), roles.EDITOR, **kwargs)

    def change_group():
        return Permission.objects.get(content_type__app_label="auth", codename="change_group")

    def changing(make, changes, lookup):
        def request(cell):
            obj = make(cell)
            data = form_data(cell, obj, **changes(cell))
            return post(admin_url(type(obj), "change", obj.pk), data, has(obj, **lookup))

        return request

    def adding_user(cell):
        username = unique("mt-tai-khoan-moi", "-")
        data = form_data(cell, User, username=username, password1=password, password2=password)
        return post(admin_url(User, "add"), data, created(User, username=username))

    def resetting_password(cell):
        target = account(cell, superuser=True)
        data = {"password1": password, "password2": password, "usable_password": "true"}
        changed = lambda: User.objects.get(pk=target.pk).check_password(password)  # noqa: E731
        return post(admin_url(User, "password_change", target.pk), data, changed)

    def visit_day(cell):
        day = timezone.localdate() - timedelta(days=next(_counter))
        return VisitDay.objects.create(date=day, views=120)

    rows(
        "Vào trang quản trị",
        lambda cell: get(reverse("admin:index")),
        *SIGNED_IN,
        note="Mọi tài khoản cán bộ; mỗi người chỉ thấy các mục mình có quyền.",
    )
    rows.crud(
        SiteSettings,
        "cấu hình trang",
        make=lambda cell: SiteSettings.objects.create(department_name=unique("Sở Lao động")),
        new=lambda cell: {"department_name": unique("Sở Lao động")},
        key="department_name",
        view=(AD, SU),
        add=(AD, SU),
        change=(AD, SU),
        add_note="Chỉ khi chưa có: một bản duy nhất, không ai xóa.",
    )
    rows(
        "Xem thống kê lượt truy cập theo ngày",
        lambda cell: get(admin_url(VisitDay), listed=visit_day(cell)),
        SU,
        note="Chưa vai trò nào được cấp quyền xem; chân trang công khai hiện số lượt truy "
        "cập khi cấu hình trang bật.",
    )
    rows(
        "Sửa thống kê lượt truy cập",
        changing(visit_day, lambda cell: {"views": 1}, {"views": 1}),
        note="Bộ đếm tự ghi; không ai sửa.",
    )
    rows(
        "Xem danh sách người dùng",
        lambda cell: get(admin_url(User), listed=account(cell)),
        *(AD, SU),
    )
    rows("Thêm người dùng", adding_user, AD, SU)
    rows(
        "Sửa thông tin người dùng",
        changing(account, lambda cell: {"first_name": "Bình"}, {"first_name": "Bình"}),
        *(AD, SU),
    )
    rows(
        "Gán vai trò cho người dùng",
        changing(
            account,
            lambda cell: {"groups": [cell.world.publisher_group]},
            {"groups__name": roles.PUBLISHER},
        ),
        *(AD, SU),
    )
    rows(
        "Cấp quyền superuser cho tài khoản",
        changing(account, lambda cell: {"is_superuser": True}, {"is_superuser": True}),
        SU,
        note="Quản trị gán các vai trò có sẵn; không nâng mình hay người khác lên superuser.",
    )
    rows(
        "Cấp quyền riêng lẻ ngoài vai trò cho tài khoản",
        changing(
            account,
            lambda cell: {"user_permissions": [change_group()]},
            {"user_permissions__codename": "change_group"},
        ),
        SU,
        note="Quyền đi theo vai trò; quyền riêng lẻ vượt vai trò chỉ superuser cấp.",
    )
    rows(
        "Đặt lại mật khẩu của tài khoản superuser",
        resetting_password,
        SU,
        note="Nếu không, Quản trị chiếm được tài khoản superuser.",
    )
    rows(
        "Xóa người dùng",
        lambda cell: deleting(account(cell)),
        SU,
        note="Quản trị khóa tài khoản (bỏ chọn “đang hoạt động”) thay vì xóa.",
    )
    rows.crud(
        Group,
        "vai trò (nhóm quyền)",
        make=lambda cell: Group.objects.create(name=unique("Nhóm thử")),
        new=lambda cell: {"name": unique("Nhóm mới")},
        key="name",
        edit=lambda cell, obj: (
            {"permissions": [change_group()]},
            {"permissions__codename": "change_group"},
        ),
        view=(AD, SU),
        add=(SU,),
        change=(SU,),
        delete=(SU,),
    )
    _security_records(rows)
    return rows


def registered(label):
    """The model `label` if the admin shows it (screens still being built are optional)."""
    from django.apps import apps
    from django.contrib import admin

    try:
        model = apps.get_model(label)
    except LookupError:
        return None
    return model if admin.site.is_registered(model) else None


def _security_records(rows):
    """Login records and lockouts (django-axes), two-step devices, role changes: written by
    the system, read by administrators. Each block only once its admin screen exists."""
    from django.utils import timezone

    from portal import roles
    from tests.conftest import make_user

    def recorder(model, **fields):
        def record(cell):
            return model.objects.create(
                username=unique("mt-dang-nhap", "-"),
                ip_address="203.0.113.7",
                user_agent="Firefox",
                attempt_time=timezone.now(),
                **fields,
            )

        return record

    def listing(model, make):
        return lambda cell: get(admin_url(model), listed=make(cell))

    if log_model := registered("accounts.LoginRecord"):
        rows.covers(log_model)
        logged = recorder(log_model)
        rows("Xem nhật ký đăng nhập", listing(log_model, logged), AD, SU)
        rows(
            "Xóa nhật ký đăng nhập",
            lambda cell: deleting(logged(cell)),
            SU,
            note="Quản trị chỉ xem; superuser dọn nhật ký.",
        )
    if failure_model := registered("accounts.LoginFailure"):
        rows.covers(failure_model)
        failed = recorder(failure_model)
        rows("Xem các lần đăng nhập không thành công", listing(failure_model, failed), AD, SU)
    if attempt_model := registered("accounts.LoginAttempt"):
        rows.covers(attempt_model)
        locked = recorder(attempt_model, failures_since_start=5)
        rows("Xem các tài khoản bị khóa đăng nhập", listing(attempt_model, locked), AD, SU)
        rows("Gỡ khóa đăng nhập", lambda cell: deleting(locked(cell)), AD, SU)
    if device_model := registered("accounts.TwoFactorDevice"):
        rows.covers(device_model)

        def device(cell, **account):
            user = make_user(unique("mt-co-thiet-bi", "-"), roles.EDITOR, **account)
            return device_model.objects.create(user=user, name="Điện thoại", confirmed=True)

        rows("Xem thiết bị xác thực hai bước", listing(device_model, device), AD, SU)
        rows(
            "Tắt xác thực hai bước của một tài khoản",
            lambda cell: deleting(device(cell)),
            *(AD, SU),
            note="Khi người dùng mất điện thoại: xóa thiết bị để họ thiết lập lại.",
        )
        rows(
            "Tắt xác thực hai bước của tài khoản superuser",
            lambda cell: deleting(device(cell, superuser=True)),
            SU,
        )
    if change_model := registered("portal.RoleChange"):
        rows.covers(change_model)

        def role_change(cell):
            editor = cell.world.editor
            return change_model.objects.create(
                actor=cell.world.superuser,
                user=editor,
                username=editor.username,
                action=change_model.Action.GRANTED,
                role=roles.EDITOR,
            )

        rows("Xem nhật ký thay đổi vai trò", listing(change_model, role_change), AD, SU)
        rows(
            "Xóa nhật ký thay đổi vai trò",
            lambda cell: deleting(role_change(cell)),
            note="Nhật ký do hệ thống ghi; không ai sửa, xóa.",
        )


@cache
def _areas():
    return (
        _articles(),
        _documents(),
        _programs(),
        _qa(),
        _participation(),
        _organization(),
        _settings_and_users(),
    )


def actions():
    """Every row of the matrix, area by area."""
    return tuple(itertools.chain.from_iterable(_areas()))


def covered_models():
    """The models whose ModelAdmin the matrix has rows for."""
    return set().union(*(rows.models for rows in _areas()))


# --- The document ---------------------------------------------------------------------------

COLUMNS = [ANONYMOUS, EDITOR, PUBLISHER, OFFICIAL, APPROVER, ADMINISTRATOR, SUPERUSER]
HEADERS = {**ROLES, ANONYMOUS: "Khách", OFFICIAL: "Cán bộ nhập liệu"}
SYMBOLS = {OK: "✓", DENY: "—", LOGIN: "đăng nhập"}

INTRODUCTION = """\
# Ma trận phân quyền

<!-- Sinh tự động từ tests/permission_matrix.py, đừng sửa tay:
     python -m tests.permission_matrix > docs/permissions.md -->

Ai được làm gì trên cổng thông tin. Mỗi ô của bảng được `tests/test_permission_matrix.py`
kiểm tra bằng một yêu cầu HTTP thật (với thao tác ghi: kiểm tra cả cơ sở dữ liệu); một thay đổi
nới rộng quyền làm kiểm thử thất bại. Yêu cầu và kết quả mong đợi của từng ô nằm trong
`tests/permission_matrix.py`; tệp này sinh từ đó, và một kiểm thử bảo đảm hai bên luôn khớp.

Ký hiệu:

- ✓ được làm;
- — bị từ chối: lỗi 403 hoặc 404, hoặc yêu cầu không thay đổi gì;
- đăng nhập: khách được chuyển đến trang đăng nhập, không có gì thay đổi;
- ✓ chỉ địa bàn được giao: cán bộ nhập liệu làm được với số liệu của địa bàn, chương trình
  được phân công (`OfficialScope`), không làm được với địa bàn, chương trình khác.

Vai trò là các nhóm quyền tạo bằng migration (`portal/roles.py`). "Quản trị" là tài khoản
thuộc nhóm Quản trị, không phải superuser; superuser là tài khoản có `is_superuser`, chỉ dùng
khi cài đặt.
"""


def _official_cell(expected):
    own, other = expected[OFFICIAL], expected[OTHER_UNIT]
    if own != OK:
        return SYMBOLS[own]
    if other == DENY:
        return "✓ chỉ địa bàn được giao"
    return "✓" if other is None else "✓ cả địa bàn khác"


def render_markdown():
    lines = [INTRODUCTION]
    for area in AREAS:
        headers = ["Thao tác", *(HEADERS[key] for key in COLUMNS)]
        lines += [f"## {area}", "", f"| {' | '.join(headers)} |", "|---" * len(headers) + "|"]
        notes = {}  # text -> number: rows with the same note share it
        for action in (row for row in actions() if row.area == area):
            label = action.label
            if action.note:
                number = notes.setdefault(action.note, len(notes) + 1)
                label = f"{label} ({number})"
            cells = [
                _official_cell(action.expected)
                if key == OFFICIAL
                else SYMBOLS[action.expected[key]]
                for key in COLUMNS
            ]
            lines.append(f"| {label} | {' | '.join(cells)} |")
        lines += ["", *(f"- ({n}) {text}" for text, n in notes.items()), ""] if notes else [""]
    return "\n".join(lines)


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    import django

    django.setup()
    sys.stdout.write(render_markdown())


if __name__ == "__main__":
    main()
