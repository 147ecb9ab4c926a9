from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError

from portal.progress import progress_printer
from programs import import_services
from programs.models import SupportProgram


class Command(BaseCommand):
    help = (
        "Nhập số liệu một năm của một chương trình từ tệp Excel (.xlsx) hoặc CSV, "
        "với cùng các kiểm tra như khi nhập trên trang quản trị."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Đường dẫn tệp .xlsx hoặc .csv")
        parser.add_argument("--program", required=True, help="Mã (slug) của chương trình")
        parser.add_argument("--year", required=True, type=int, help="Năm số liệu")
        parser.add_argument(
            "--user", required=True, help="Tên đăng nhập của người nhập (ghi vào lịch sử)"
        )
        parser.add_argument("--source", default="", help="Nguồn số liệu (nếu tệp chưa ghi)")
        parser.add_argument("--submit", action="store_true", help="Gửi duyệt ngay sau khi nhập")
        parser.add_argument(
            "--dry-run", action="store_true", help="Chỉ kiểm tra và báo cáo, không ghi gì"
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Không tìm thấy tệp {path}.")
        program = SupportProgram.objects.filter(slug=options["program"]).first()
        if program is None:
            raise CommandError(f"Không có chương trình mã “{options['program']}”.")
        user = get_user_model().objects.filter(username=options["user"]).first()
        if user is None:
            raise CommandError(f"Không có tài khoản “{options['user']}”.")
        with path.open("rb") as handle:
            uploaded = File(handle, name=path.name)
            try:
                plan, record = import_services.outcome_import_preview(
                    user=user,
                    program=program,
                    year=options["year"],
                    uploaded=uploaded,
                    source_text=options["source"],
                    submit=options["submit"],
                )
            except (ValidationError, PermissionDenied) as error:
                message = error.messages[0] if isinstance(error, ValidationError) else error
                raise CommandError(f"Không nhập được: {message}") from None
        if plan.problems:
            for problem in plan.problems:
                self.stderr.write(str(problem))
            more = "+" if plan.truncated else ""
            raise CommandError(f"Tệp có {len(plan.problems)}{more} lỗi; chưa nhập gì.")
        summary = (
            f"{plan.rows} dòng: {plan.created} số liệu mới, {plan.changed} thay đổi, "
            f"{plan.unchanged} không đổi."
        )
        if record is None or options["dry_run"]:
            if record is not None:
                import_services.outcome_import_cancel(record=record, user=user)
            self.stdout.write(f"{summary} Không ghi gì.")
            return
        progress = progress_printer(self.stdout)
        import_services.outcome_import_apply(record=record, user=user, progress=progress)
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Đã nhập {path.name}: {summary}"))
