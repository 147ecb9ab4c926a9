"""A one-line text progress bar for management commands."""


def progress_printer(stdout, width=30):
    """A callback (done, total) that redraws "[#####.....]  50% (5/10)" on one line."""

    def progress(done, total):
        filled = width * done // total if total else width
        percent = 100 * done // total if total else 100
        bar = "#" * filled + "." * (width - filled)
        stdout.write(f"\r[{bar}] {percent:3d}% ({done}/{total})", ending="")
        stdout.flush()

    return progress
