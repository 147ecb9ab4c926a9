from django import forms

from portal.text import vi_number

from .models import COMMENT_MAX, FEEDBACK_COMMENT_MAX, NAME_MAX, TARGETS

# The trap field people never see (hidden by CSS, skipped by keyboard and screen readers);
# robots that fill every input give themselves away.
HONEYPOT = "website"


class HoneypotMixin:
    def is_spam(self):
        return bool(self.data.get(HONEYPOT, "").strip())


class CommentForm(HoneypotMixin, forms.Form):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "gop-y-%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    name = forms.CharField(
        label="Họ và tên",
        max_length=NAME_MAX,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": "Vui lòng nhập họ và tên."},
    )
    email = forms.EmailField(
        label="Thư điện tử (không bắt buộc, không công bố)",
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": "Địa chỉ thư điện tử chưa đúng."},
    )
    organisation = forms.CharField(
        label="Cơ quan, đơn vị hoặc địa chỉ (không bắt buộc, không công bố)",
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    text = forms.CharField(
        label="Nội dung góp ý",
        max_length=COMMENT_MAX,
        help_text="Nêu rõ điều, khoản, mục của dự thảo mà bạn góp ý, nếu có; "
        f"tối đa {vi_number(COMMENT_MAX)} ký tự.",
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": "Vui lòng nhập nội dung góp ý.",
            "max_length": f"Nội dung góp ý tối đa {vi_number(COMMENT_MAX)} ký tự.",
        },
    )


class FeedbackForm(HoneypotMixin, forms.Form):
    target = forms.ChoiceField(choices=[(key, t.label) for key, t in TARGETS.items()])
    page = forms.IntegerField(min_value=1)
    useful = forms.ChoiceField(choices=[("co", "Có"), ("khong", "Không")])
    comment = forms.CharField(max_length=FEEDBACK_COMMENT_MAX, required=False)

    def target_of(self):
        return TARGETS[self.cleaned_data["target"]]

    def is_useful(self):
        return self.cleaned_data["useful"] == "co"
