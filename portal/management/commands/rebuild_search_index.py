from django.core.management.base import BaseCommand

from portal import search


class Command(BaseCommand):
    help = "Dựng lại toàn bộ chỉ mục tìm kiếm từ tin bài, văn bản, thủ tục, chương trình."

    def handle(self, *args, **options):
        width = 30

        def progress(done, total):
            filled = width * done // total if total else width
            percent = 100 * done // total if total else 100
            bar = "#" * filled + "." * (width - filled)
            self.stdout.write(f"\r[{bar}] {percent:3d}% ({done}/{total})", ending="")
            self.stdout.flush()

        count = search.rebuild(progress=progress)
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Đã lập chỉ mục {count} mục."))
