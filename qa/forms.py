import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator

from . import spam
from .attachments import ACCEPTED, prepare_attachment, size_label
from .models import Topic

HONEYPOT = "trang_web"
ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.odt,.jpg,.jpeg,.png"
PHONE = re.compile(r"^(\+84|0)\d{9,10}$")
# Names in the error summary, where the full label would be a paragraph or a question.
SHORT_LABELS = {"consent": "Đồng ý cho cơ quan liên hệ", "kiem_tra": "Câu hỏi kiểm tra"}
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _required(message):
    return {"required": message}


def plain_text(value):
    """Text as typed, without control characters; shown escaped, never as HTML."""
    return CONTROL.sub("", (value or "").replace("\r\n", "\n")).strip()


class QuestionForm(forms.Form):
    asker_name = forms.CharField(
        label="Họ và tên",
        max_length=150,
        error_messages=_required("Hãy nhập họ và tên."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label="Thư điện tử",
        required=False,
        help_text="Nhập thư điện tử hoặc số điện thoại (ít nhất một) để nhận trả lời.",
        error_messages={"invalid": "Thư điện tử chưa đúng, ví dụ: ten@example.com."},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label="Số điện thoại",
        required=False,
        max_length=20,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    topic = forms.ModelChoiceField(
        label="Lĩnh vực",
        queryset=Topic.objects.filter(is_active=True),
        empty_label="Chọn lĩnh vực",
        error_messages={
            "required": "Hãy chọn lĩnh vực của câu hỏi.",
            "invalid_choice": "Lĩnh vực không có trong danh sách.",
        },
    )
    title = forms.CharField(
        label="Tiêu đề câu hỏi",
        max_length=200,
        error_messages=_required("Hãy nhập tiêu đề câu hỏi."),
    )
    text = forms.CharField(
        label="Nội dung câu hỏi",
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages=_required("Hãy nhập nội dung câu hỏi."),
    )
    attachment = forms.FileField(
        label="Tệp đính kèm (không bắt buộc)",
        required=False,
        widget=forms.ClearableFileInput(
            attrs={"accept": ".pdf,.doc,.docx,.xls,.xlsx,.odt,image/*"}
        ),
    )
    consent = forms.BooleanField(
        label=(
            "Tôi đồng ý để cơ quan dùng họ tên và thông tin liên hệ trên chỉ để trả lời câu hỏi "
            "này. Các thông tin đó không được công khai."
        ),
        error_messages=_required("Cần đồng ý để cơ quan liên hệ trả lời."),
    )
    trang_web = forms.CharField(label="Để trống ô này", required=False)
    kiem_tra = forms.CharField(
        label="Câu hỏi kiểm tra",
        max_length=20,
        help_text="Ví dụ: với câu hỏi “Bốn cộng năm bằng mấy?”, hãy nhập 9.",
        error_messages=_required("Hãy trả lời câu hỏi kiểm tra."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    ma_kiem_tra = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit = settings.QA_QUESTION_MAX_CHARS
        self.fields["text"].validators.append(
            MaxLengthValidator(
                limit, f"Nội dung dài quá: tối đa {limit} ký tự (hiện có %(show_value)d)."
            )
        )
        self.fields["text"].widget.attrs["maxlength"] = str(limit)
        self.fields["text"].help_text = (
            f"Viết rõ hoàn cảnh và điều cần hỏi, tối đa {limit} ký tự. Không ghi số giấy tờ "
            "tùy thân hay thông tin của người khác."
        )
        limit = size_label(settings.QA_ATTACHMENT_MAX_BYTES)
        self.fields[
            "attachment"
        ].help_text = f"{ACCEPTED}, tối đa {limit}. Chỉ cán bộ xử lý xem được tệp."
        self.prepared_attachment = None
        self.challenge_nonce = None
        if not self.is_bound:
            self.refresh_challenge()  # a bound form gets its next one when shown again

    def error_summary(self):
        """(field id, short name, first message) of each field in error, in form order."""
        return [
            (field.id_for_label, SHORT_LABELS.get(field.name, field.label), field.errors[0])
            for field in self
            if field.errors
        ]

    def refresh_challenge(self):
        """A new question for the next render: never the one just answered."""
        question, token = spam.new_challenge()
        self.fields["kiem_tra"].label = f"{question} Trả lời bằng chữ số."
        if self.is_bound:
            self.data = self.data.copy()
            self.data["ma_kiem_tra"], self.data["kiem_tra"] = token, ""
            self.data[HONEYPOT] = ""
        else:
            self.initial["ma_kiem_tra"] = token

    @property
    def honeypot_filled(self):
        return bool(self.data.get(HONEYPOT, "").strip())

    def clean_phone(self):
        phone = re.sub(r"[\s.\-()]", "", self.cleaned_data.get("phone", ""))
        if phone and not PHONE.match(phone):
            raise ValidationError("Số điện thoại chưa đúng, ví dụ: 0912 345 678.")
        return phone

    def clean_asker_name(self):
        return plain_text(self.cleaned_data["asker_name"])

    def clean_title(self):
        return plain_text(self.cleaned_data["title"])

    def clean_text(self):
        text = plain_text(self.cleaned_data["text"])
        if len(text) < 10:
            raise ValidationError("Nội dung câu hỏi quá ngắn.")
        return text

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            self.prepared_attachment = prepare_attachment(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        no_contact = not (cleaned.get("email") or cleaned.get("phone"))
        if no_contact and not (self.has_error("email") or self.has_error("phone")):
            self.add_error("email", "Hãy nhập thư điện tử hoặc số điện thoại để nhận câu trả lời.")
        if "kiem_tra" in cleaned:
            try:
                self.challenge_nonce = spam.check_challenge(
                    self.data.get("ma_kiem_tra"), cleaned["kiem_tra"]
                )
            except spam.ChallengeError as error:
                self.add_error("kiem_tra", str(error))
        return cleaned

    def submit_kwargs(self):
        data = self.cleaned_data
        return {
            "topic": data["topic"],
            "title": data["title"],
            "text": data["text"],
            "asker_name": data["asker_name"],
            "email": data.get("email", ""),
            "phone": data.get("phone", ""),
            "attachment": self.prepared_attachment,
        }


class LookupForm(forms.Form):
    ma = forms.CharField(
        label="Mã tra cứu",
        max_length=30,
        help_text="Mã được cấp khi gửi câu hỏi, ví dụ: HD-7K3Q9F2M.",
        error_messages=_required("Hãy nhập mã tra cứu."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )
