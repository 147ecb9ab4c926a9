from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Count, F
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from portal.admin import EditConflictAdminMixin
from portal.admin_actions import run_step
from portal.admin_search import FoldedSearchMixin
from portal.models import clock
from portal.text import vi_date

from .forms import ArticleAdminForm
from .models import Article, Category
from .services import (
    article_publish,
    article_refresh_cover,
    article_save,
    article_unpublish,
    can_publish,
)


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position", "show_in_menu", "article_count"]
    list_editable = ["position", "show_in_menu"]
    search_fields = ["name"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_articles=Count("articles"))

    @admin.display(description="số bài", ordering="n_articles")
    def article_count(self, obj):
        return obj.n_articles


@admin.register(Article)
class ArticleAdmin(EditConflictAdminMixin, FoldedSearchMixin, SimpleHistoryAdmin):
    search_kind = "article"
    form = ArticleAdminForm
    list_display = [
        "title",
        "category",
        "state",
        "published_date",
        "is_featured",
        "updated_by",
    ]
    list_filter = ["status", "category", "is_featured"]
    list_select_related = ["category", "updated_by"]
    search_fields = ["title", "summary", "byline"]
    date_hierarchy = "published_at"
    actions = ["publish_selected", "unpublish_selected"]
    autocomplete_fields = ["documents", "campaigns", "programs"]
    list_per_page = 50
    # "50 of 100,000 (show all)" costs a second COUNT of every article on each filtered page.
    show_full_result_count = False
    # templates/admin/articles/article/change_list.html hides the date hierarchy while
    # searching: its years and months would read every match twice more.
    # Drafts (no date yet) first on every database, then newest.
    ordering = [F("published_at").desc(nulls_first=True), "-pk"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "summary", "body", "byline"]}),
        ("Ảnh đại diện", {"fields": ["cover", "cover_alt", "cover_caption"]}),
        ("Liên quan", {"fields": ["documents", "campaigns", "programs"]}),
        ("Xuất bản", {"fields": ["status", "published_at", "is_featured", "loaded_version"]}),
    ]

    class Media:
        css = {"all": ["admin_portal/admin.css"]}

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})

    def get_fieldsets(self, request, obj=None):
        if obj is None or self.has_change_permission(request, obj):
            return self.fieldsets
        # Read-only page: the hidden version (a form-only field) has nothing to show.
        return [(name, {"fields": [f for f in opts["fields"] if f != "loaded_version"]})
                for name, opts in self.fieldsets]  # fmt: skip

    def get_readonly_fields(self, request, obj=None):
        if can_publish(request.user):
            return []
        return ["published_at", "is_featured"]

    def has_change_permission(self, request, obj=None):
        # Editors work on drafts; once an article is published (or scheduled) only a
        # publisher may change what the public reads.
        if self._locked_for(request.user, obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if self._locked_for(request.user, obj):
            return False
        return super().has_delete_permission(request, obj)

    @staticmethod
    def _locked_for(user, obj):
        return obj is not None and obj.status == Article.Status.PUBLISHED and not can_publish(user)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # simple-history only checks the historical row; a revert changes the live article,
        # so it needs the same right as editing it (editors cannot touch published ones).
        if request.method == "POST":
            article = self.get_object(request, unquote(object_id))
            if article is None or not self.has_change_permission(request, article):
                raise PermissionDenied("Bạn không có quyền khôi phục phiên bản của bài viết này.")
            version = Article.history.filter(pk=version_id).values_list("history_date", flat=True)
            if version:
                request.history_change_reason = f"Khôi phục phiên bản lúc {clock(version[0])}"
        return super().history_form_view(request, object_id, version_id, extra_context)

    def has_publish_permission(self, request):
        return can_publish(request.user)

    def save_model(self, request, obj, form, change):
        if obj.status == Article.Status.PUBLISHED and not can_publish(request.user):
            raise PermissionDenied("Bạn không có quyền xuất bản bài viết.")
        obj._history_user = request.user
        article_save(
            article=obj,
            user=request.user,
            loaded_version=form.cleaned_data.get("loaded_version") if change else None,
            reason=getattr(request, "history_change_reason", None),
        )
        if "cover" in form.changed_data:
            article_refresh_cover(article=obj)

    @admin.display(description="trạng thái", ordering="status")
    def state(self, obj):
        css = "scheduled" if obj.is_scheduled else obj.status
        return format_html('<span class="article-state article-state--{}">{}</span>', css,
                           obj.public_state)  # fmt: skip

    @admin.display(description="ngày xuất bản", ordering="published_at")
    def published_date(self, obj):
        return vi_date(obj.published_at, with_weekday=False) or "—"

    @admin.action(description="Xuất bản các bài đã chọn", permissions=["publish"])
    def publish_selected(self, request, queryset):
        articles = queryset.exclude(status=Article.Status.PUBLISHED)
        run_step(self, request, articles, article_publish, "Đã xuất bản {} bài viết.",
                 argument="article")  # fmt: skip

    @admin.action(description="Gỡ xuất bản các bài đã chọn", permissions=["publish"])
    def unpublish_selected(self, request, queryset):
        articles = queryset.filter(status=Article.Status.PUBLISHED)
        run_step(self, request, articles, article_unpublish, "Đã gỡ {} bài viết về bản nháp.",
                 argument="article")  # fmt: skip
