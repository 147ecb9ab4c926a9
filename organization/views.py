from django.urls import reverse
from django.utils import timezone
from django.views.generic import DetailView, ListView, TemplateView

from .models import AboutPage, Department, EnglishPage, EnglishSettings, Leader, ScheduleEntry
from .weeks import Week


class AboutSectionMixin:
    """The "Giới thiệu" pages share a side menu: the public pages, then the fixed ones."""

    def get_context_data(self, **kwargs):
        pages = AboutPage.objects.public().only("title", "slug")
        return super().get_context_data(about_pages=pages, **kwargs)


class AboutView(TemplateView):
    template_name = "organization/about.html"

    def get_context_data(self, **kwargs):
        leaders = Leader.objects.current()[:1]
        return super().get_context_data(
            pages=AboutPage.objects.public().only("title", "slug", "summary"),
            director=leaders[0] if leaders else None,
            **kwargs,
        )


class AboutPageView(AboutSectionMixin, DetailView):
    template_name = "organization/aboutpage_detail.html"
    context_object_name = "page"

    def get_queryset(self):
        return AboutPage.objects.public()


class LeaderListView(AboutSectionMixin, ListView):
    template_name = "organization/leader_list.html"
    context_object_name = "leaders"

    def get_queryset(self):
        return Leader.objects.current()


class DepartmentListView(AboutSectionMixin, TemplateView):
    template_name = "organization/department_list.html"

    def get_context_data(self, **kwargs):
        departments = Department.objects.public()
        groups = [
            (label, [d for d in departments if d.kind == kind])
            for kind, label in Department.Kind.choices
        ]
        return super().get_context_data(
            groups=[(label, items) for label, items in groups if items], **kwargs
        )


class ScheduleView(TemplateView):
    """/lich-cong-tac/?tuan=2026-W48: one ISO week of published entries, day by day."""

    template_name = "organization/schedule.html"

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        this_week = Week.containing(today)
        requested = self.request.GET.get("tuan", "")
        week = Week.parse(requested) if requested else this_week
        invalid = week is None
        week = week or this_week
        entries = (
            ScheduleEntry.objects.published()
            .between(week.monday, week.sunday)
            .select_related("leader")
        )
        by_day = {day: [] for day in week.days}
        for entry in entries:
            by_day[entry.date].append(entry)
        return super().get_context_data(
            week=week,
            days=list(by_day.items()),
            has_entries=any(by_day.values()),
            today=today,
            is_this_week=week == this_week,
            invalid_week=requested[:20] if invalid else "",
            schedule_url=reverse("organization:schedule"),
            **kwargs,
        )


class EnglishMixin:
    def get_context_data(self, **kwargs):
        return super().get_context_data(
            english=EnglishSettings.current(),
            english_pages=EnglishPage.objects.public().only("title", "slug", "summary"),
            **kwargs,
        )


class EnglishHomeView(EnglishMixin, TemplateView):
    template_name = "organization/english_home.html"


class EnglishPageView(EnglishMixin, DetailView):
    template_name = "organization/englishpage_detail.html"
    context_object_name = "page"

    def get_queryset(self):
        return EnglishPage.objects.public()
