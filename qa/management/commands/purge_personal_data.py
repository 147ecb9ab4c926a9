"""Erase personal data of closed questions kept longer than QA_PERSONAL_DATA_DAYS."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from qa import services
from qa.models import Question


class Command(BaseCommand):
    help = (
        "Xóa họ tên, thư điện tử, số điện thoại, nội dung gốc và tệp đính kèm của các câu hỏi "
        "đã trả lời hoặc từ chối quá số ngày lưu (QA_PERSONAL_DATA_DAYS); giữ câu hỏi và câu "
        "trả lời công khai. Chạy lại nhiều lần không ảnh hưởng."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Số ngày lưu (mặc định lấy từ QA_PERSONAL_DATA_DAYS).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Chỉ đếm, không xóa gì.")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = settings.QA_PERSONAL_DATA_DAYS if days is None else days
        if days < 0:
            raise CommandError("Số ngày lưu không được âm.")
        if dry_run:
            cutoff = timezone.now() - timedelta(days=days)
            due = Question.objects.due_for_erasure(cutoff).count()
            self.stdout.write(f"Sẽ xóa dữ liệu cá nhân của {due} câu hỏi (lưu quá {days} ngày).")
            return
        questions, files = services.purge_personal_data(days=days)
        if questions:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Đã xóa dữ liệu cá nhân của {questions} câu hỏi đã trả lời hoặc từ chối "
                    f"quá {days} ngày, cùng {files} tệp đính kèm."
                )
            )
        else:
            self.stdout.write(f"Không có câu hỏi nào lưu dữ liệu cá nhân quá {days} ngày.")
