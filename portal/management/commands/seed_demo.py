"""Demo data for a local portal: site settings, categories, articles and one account per role;
with `--scale` (or a count per kind) data at scale for benchmarks (portal/scale_seed)."""

import time
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from articles.models import Article, Category
from articles.services import article_refresh_cover
from documents import demo_data as document_data
from documents import seed as document_seed
from organization import seed as organization_seed
from participation import demo_data as participation_demo
from portal import demo_data, roles, scale_seed
from portal.demo_images import illustration
from portal.images import normalize, save_upload
from portal.models import SiteSettings
from portal.text import slugify_vi, vi_number
from programs import seed as program_seed
from qa import seed as qa_seed

# Local demo passwords, documented in the README; never used in production.
ACCOUNTS = [
    ("quantri", "QuanTri@2026", "Quản trị hệ thống", None),
    ("bientap", "BienTap@2026", "Biên tập viên", roles.EDITOR),
    ("duyetbai", "DuyetBai@2026", "Người duyệt bài", roles.PUBLISHER),
]
# The demo pictures are generated landscapes, so their alt text says what they really show.
ILLUSTRATION_ALT = "Tranh minh họa: làng quê với những ngôi nhà mái ngói dưới ánh mặt trời"


class Command(BaseCommand):
    help = "Tạo dữ liệu mẫu (chạy lại nhiều lần không tạo trùng)."

    def add_arguments(self, parser):
        scale = {name: vi_number(n) for name, n in scale_seed.SCALE.items()}
        parser.add_argument(
            "--scale",
            action="store_true",
            help=f"Thêm dữ liệu quy mô lớn để đo hiệu năng: {scale['articles']} bài viết, "
            f"{scale['documents']} văn bản, {scale['units']} đơn vị hành chính, "
            f"{scale['indicators']} chỉ tiêu và số liệu {scale['years']} năm; "
            "các tùy chọn dưới đây thay từng số.",
        )
        for name, help_text in (
            ("articles", "Thêm bài viết tự sinh cho tới khi đủ N bài."),
            ("documents", "Thêm văn bản tự sinh cho tới khi đủ N văn bản."),
            ("units", "Thêm đơn vị hành chính (qua hai lần sắp xếp) cho tới khi đủ N đơn vị."),
            ("indicators", "Thêm chỉ tiêu cho tới khi đủ N chỉ tiêu."),
            (
                "years",
                "Sinh số liệu minh họa của N năm gần nhất đã kết thúc cho mọi chỉ tiêu, mọi địa "
                "bàn tồn tại trong năm (bỏ qua năm đã có số liệu của chỉ tiêu).",
            ),
        ):
            parser.add_argument(f"--{name}", type=int, metavar="N", default=None, help=help_text)
        parser.add_argument(
            "--force", action="store_true", help="Cho phép chạy ở chế độ production."
        )

    def handle(self, *args, scale=False, force=False, **options):
        started = time.monotonic()
        if settings.PRODUCTION and not force:
            raise CommandError(
                "Không chạy dữ liệu mẫu ở chế độ production (DJANGO_ENV=production); "
                "dùng --force nếu thật sự cần."
            )
        self.seed_site()
        categories = self.seed_categories()
        self.seed_articles(categories)
        self.seed_documents()
        self.seed_accounts()
        program_seed.seed(self.stdout, get_user_model().objects.get(username="quantri"))
        participation_demo.seed(self.stdout)  # after documents and accounts
        organization_seed.seed(self.stdout)
        qa_seed.seed(self.stdout)  # after the organisation: questions go to its units
        self.stdout.write(self.style.SUCCESS("Xong dữ liệu mẫu."))
        counts = {
            name: options.get(name) if options.get(name) is not None else default
            for name, default in scale_seed.SCALE.items()
            if scale or options.get(name) is not None
        }
        if any(counts.values()):
            scale_seed.run(self.stdout, **counts, started=started)

    def seed_site(self):
        site = SiteSettings.objects.order_by("pk").first()
        if site is None:
            SiteSettings.objects.create(**demo_data.SITE)
            self.stdout.write("Đã tạo cấu hình trang.")
        else:
            self.stdout.write("Cấu hình trang đã có, giữ nguyên.")

    def seed_categories(self):
        categories = {}
        for position, data in enumerate(demo_data.CATEGORIES, start=1):
            category, created = Category.objects.get_or_create(
                slug=data["slug"],
                defaults={
                    "name": data["name"],
                    "description": data.get("description", ""),
                    "position": position,
                },
            )
            categories[category.slug] = category
        self.stdout.write(f"Chuyên mục: {len(categories)}.")
        return categories

    def seed_articles(self, categories):
        now = timezone.now()
        created = 0
        for index, data in enumerate(demo_data.ARTICLES):
            slug = slugify_vi(data["title"])
            if Article.objects.filter(slug=slug).exists():
                continue
            with transaction.atomic():
                article = self._create_article(data, slug, categories, now, index)
            created += 1
            self.stdout.write(f"  + {article.title}")
        self.stdout.write(f"Bài viết mới: {created} (tổng {Article.objects.count()}).")

    def _create_article(self, data, slug, categories, now, index):
        status = data.get("status", "published")
        image = data.get("image") or {}
        hue = image.get("hue", 200)
        body = data["body"]
        if "{{FIGURE}}" in body:
            name, width, height = save_upload(
                ContentFile(illustration(hue + 40, seed=index * 7 + 1), name="hinh.jpg"),
                "editor",
            )
            category = categories[data["category"]]
            figure = (
                f'<figure class="image"><img src="{settings.MEDIA_URL}{name}" '
                f'alt="{ILLUSTRATION_ALT}" width="{width}" height="{height}">'
                f"<figcaption>Ảnh minh họa: hoạt động lĩnh vực {category.name}</figcaption>"
                "</figure>"
            )
            body = body.replace("{{FIGURE}}", figure)
        article = Article(
            title=data["title"],
            slug=slug,
            category=categories[data["category"]],
            summary=data.get("summary", ""),
            body=body,
            byline=data.get("byline", ""),
            is_featured=data.get("featured", False),
            cover_alt=ILLUSTRATION_ALT,
            cover_caption=image.get("caption", ""),
            status=Article.Status.DRAFT if status == "draft" else Article.Status.PUBLISHED,
            published_at=None
            if status == "draft"
            else now - timedelta(days=data.get("days_ago", 1), hours=index % 7),
        )
        cover, _width, _height = normalize(
            ContentFile(illustration(hue, seed=index), name="anh-bia.jpg")
        )
        article.cover.save(cover.name, cover, save=False)
        article.save()
        article_refresh_cover(article=article)
        return article

    def seed_documents(self):
        documents = document_seed.seed(self.stdout)
        story_documents = [
            documents[d["key"]] for d in document_data.DOCUMENTS if d.get("cited_by_seed_story")
        ]
        for article in Article.objects.filter(
            category__slug="thi-dua-khen-thuong", is_featured=True
        ):
            article.documents.add(*story_documents)

    def seed_accounts(self):
        User = get_user_model()
        for username, password, full_name, role in ACCOUNTS:
            user, created = User.objects.get_or_create(
                username=username, defaults={"first_name": full_name, "is_staff": True}
            )
            if created:
                user.set_password(password)
                user.is_superuser = role is None
                user.save()
            if role:
                user.groups.add(Group.objects.get(name=role))
            state = "tạo mới" if created else "đã có"
            self.stdout.write(f"Tài khoản {username} / {password} ({full_name}, {state})")
