"""Demo consultation for `manage.py seed_demo`: one fictional draft open for comments, two
published comments (one answered), one waiting for moderation, and a few page ratings.

The draft and the comments are invented for the demo; names are common Vietnamese names."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from articles.models import Article
from documents.models import (
    DocumentFile,
    DocumentType,
    IssuingBody,
    LegalDocument,
    number_key,
    site_today,
)
from portal.demo_files import simple_pdf
from portal.files import FORMATS, display_name
from portal.text import slugify_vi

from .models import DocumentComment, PageFeedback

DRAFT = {
    "number": "215/KH-SLĐTBXH",
    "type": "Kế hoạch",
    "issuer": "Sở Lao động - Thương binh và Xã hội tỉnh Ninh Bình",
    "abstract": (
        "Dự thảo Kế hoạch hỗ trợ người khuyết tật học nghề và tìm việc làm "
        "trên địa bàn tỉnh Ninh Bình năm 2027"
    ),
    "signer": "Giám đốc Sở",
    "days_open": 25,
}
COMMENTS = [
    {
        "name": "Nguyễn Thị Hoa",
        "organisation": "Chi hội Người khuyết tật xã Kim Đông",
        "text": (
            "Đề nghị bổ sung hỗ trợ tiền ăn và tiền đi lại cho học viên khuyết tật học nghề "
            "xa nhà. Nhiều em ở các xã ven biển không thể đi về trong ngày, nếu không được hỗ "
            "trợ chỗ ở thì rất khó theo hết khóa học."
        ),
        "reply": (
            "Cơ quan soạn thảo tiếp thu; mục III của Kế hoạch sẽ bổ sung mức hỗ trợ tiền ăn, "
            "tiền đi lại theo quy định hiện hành đối với người khuyết tật tham gia đào tạo "
            "nghề."
        ),
        "status": DocumentComment.Status.PUBLISHED,
        "days_ago": 4,
    },
    {
        "name": "Trần Văn Minh",
        "organisation": "Hợp tác xã mây tre đan Tam Điệp",
        "text": (
            "Hợp tác xã sẵn sàng nhận người khuyết tật vào làm sau khi học nghề đan lát. Đề "
            "nghị Kế hoạch nêu rõ thủ tục để cơ sở sản xuất được hỗ trợ cải tạo nơi làm việc "
            "và vay vốn ưu đãi khi tuyển lao động là người khuyết tật."
        ),
        "reply": "",
        "status": DocumentComment.Status.PUBLISHED,
        "days_ago": 2,
    },
    {
        "name": "Phạm Quốc Tuấn",
        "organisation": "",
        "text": "Nên có thêm lớp tin học văn phòng cho người khuyết tật vận động.",
        "reply": "",
        "status": DocumentComment.Status.PENDING,
        "days_ago": 0,
    },
]
# (useful, comment) answers spread over the newest published articles.
RATINGS = [
    (True, ""),
    (True, "Thông tin rõ ràng, có số liệu cụ thể."),
    (True, ""),
    (False, "Nên có thêm số điện thoại để hỏi trực tiếp."),
    (True, ""),
    (False, ""),
]


def seed(out):
    """Idempotent: the draft, its comments and the ratings are created once."""
    draft = _draft()
    _comments(draft)
    out.write(
        f"Dự thảo lấy ý kiến: {draft} (đến hết ngày {draft.comments_open_until:%d/%m/%Y}), "
        f"{draft.comments.count()} góp ý."
    )
    if not PageFeedback.objects.exists():
        articles = list(Article.objects.published().order_by("-published_at")[:3])
        for n, (useful, comment) in enumerate(RATINGS if articles else []):
            PageFeedback.objects.create(
                article=articles[n % len(articles)],
                useful=useful,
                comment=comment,
                created_at=timezone.now() - timedelta(days=n, hours=n),
            )
    out.write(f"Đánh giá trang: {PageFeedback.objects.count()}.")


def _draft():
    doc_type, _ = DocumentType.objects.get_or_create(
        name=DRAFT["type"], defaults={"slug": slugify_vi(DRAFT["type"])}
    )
    issuer, _ = IssuingBody.objects.get_or_create(
        name=DRAFT["issuer"], defaults={"slug": slugify_vi(DRAFT["issuer"])}
    )
    draft = LegalDocument.objects.filter(
        number_key=number_key(DRAFT["number"]), issuing_body=issuer
    ).first()
    if draft is not None:
        return draft
    today = site_today()
    with transaction.atomic():
        draft = LegalDocument.objects.create(
            number=DRAFT["number"],
            doc_type=doc_type,
            issuing_body=issuer,
            abstract=DRAFT["abstract"],
            issued_date=today - timedelta(days=5),
            # A draft is not in force: it shows as "chưa có hiệu lực" until adopted.
            effective_date=today + timedelta(days=DRAFT["days_open"] + 30),
            signer=DRAFT["signer"],
            comments_open_until=today + timedelta(days=DRAFT["days_open"]),
        )
        title = "Toàn văn dự thảo Kế hoạch"
        pdf = simple_pdf([str(draft), draft.abstract, "Du thao lay y kien (du lieu mau)."])
        attachment = DocumentFile(
            document=draft,
            title=title,
            original_name=display_name(f"{title}.pdf"),
            content_type=FORMATS[".pdf"][0],
            size=len(pdf),
        )
        attachment.file.save(attachment.original_name, ContentFile(pdf), save=False)
        attachment.save()
    return draft


def _comments(draft):
    moderator = get_user_model().objects.filter(username="duyetbai").first()
    now = timezone.now()
    for data in COMMENTS:
        if draft.comments.filter(name=data["name"]).exists():
            continue
        published = data["status"] != DocumentComment.Status.PENDING
        DocumentComment.objects.create(
            document=draft,
            name=data["name"],
            organisation=data["organisation"],
            text=data["text"],
            reply=data["reply"],
            status=data["status"],
            created_at=now - timedelta(days=data["days_ago"], hours=3),
            moderated_at=now - timedelta(days=data["days_ago"]) if published else None,
            moderated_by=moderator if published else None,
        )
