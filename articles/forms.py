from django import forms
from django.utils import timezone

from portal.images import normalized_upload
from portal.models import EditConflict
from portal.text import slugify_vi, unique_slug

from .models import RESERVED_SLUGS, Article
from .services import article_check_version, can_publish

EDITOR_STATUSES = {Article.Status.DRAFT, Article.Status.PENDING}


class ArticleAdminForm(forms.ModelForm):
    """The article form; `user` is set by the admin so the form knows who may publish."""

    # The version the form was opened at: a save after someone else's is refused.
    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    user = None

    class Meta:
        model = Article
        fields = [
            "title",
            "slug",
            "category",
            "summary",
            "body",
            "byline",
            "cover",
            "cover_alt",
            "cover_caption",
            "status",
            "published_at",
            "is_featured",
            "documents",
            "campaigns",
            "programs",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # From the row, not the instance: a revert form holds an old version's copy.
            live = Article.objects.filter(pk=self.instance.pk).values_list("version", flat=True)
            self.fields["loaded_version"].initial = live.first()
        if "status" in self.fields and not self._may_publish():
            self.fields["status"].choices = [
                (value, label)
                for value, label in Article.Status.choices
                if value in EDITOR_STATUSES
            ]
            self.fields[
                "status"
            ].help_text = (
                "Biên tập viên lưu nháp hoặc gửi duyệt; người duyệt bài mới được xuất bản."
            )

    def _may_publish(self):
        return self.user is not None and can_publish(self.user)

    def clean_status(self):
        status = self.cleaned_data["status"]
        if status not in EDITOR_STATUSES and not self._may_publish():
            raise forms.ValidationError("Bạn không có quyền xuất bản bài viết.")
        return status

    def clean_slug(self):
        slug = slugify_vi(self.cleaned_data.get("slug", ""))
        if slug:
            return slug
        title = self.cleaned_data.get("title") or self.data.get("title", "")
        return unique_slug(
            title, Article.objects.all(), exclude_pk=self.instance.pk, reserved=RESERVED_SLUGS
        )

    def clean_cover(self):
        return normalized_upload(self.cleaned_data.get("cover"))

    def clean(self):
        cleaned = super().clean()
        try:
            article_check_version(
                article=self.instance, loaded_version=cleaned.get("loaded_version")
            )
        except EditConflict as conflict:
            self.add_error(None, conflict)
            return cleaned
        if cleaned.get("status") == Article.Status.PUBLISHED and not cleaned.get("published_at"):
            cleaned["published_at"] = timezone.now()
            self.instance.published_at = cleaned["published_at"]
        return cleaned
