from django.core.management.base import BaseCommand

from portal import search
from portal.progress import progress_printer


class Command(BaseCommand):
    help = "Dựng lại toàn bộ chỉ mục tìm kiếm từ tin bài, văn bản, thủ tục, chương trình."

    def handle(self, *args, **options):
        count = search.rebuild(progress=progress_printer(self.stdout))
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Đã lập chỉ mục {count} mục."))
