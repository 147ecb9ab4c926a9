"""The newsroom workflow end to end in a real browser and the real CKEditor 5.

An editor writes a draft with an uploaded, captioned image; a publisher publishes it; an
anonymous reader, who got a 404 while it was a draft, then reads it with the image loaded.
"""

import re
from pathlib import Path

from django.conf import settings
from PIL import Image, ImageDraw
from playwright.sync_api import expect

from articles.models import Article

PASSWORD = "MatKhau@123"
TITLE = "Hỗ trợ xây nhà cho hộ nghèo ở Kim Sơn"
TEXT = "Sáng nay, huyện Kim Sơn bàn giao 25 căn nhà đại đoàn kết cho hộ nghèo, cận nghèo."
CAPTION = "Ảnh: Lễ bàn giao nhà"
# The root editing area; a figcaption is a nested `.ck-editor__editable` too.
EDITABLE = ".ck-editor__main > .ck-editor__editable"


def make_jpeg(path):
    image = Image.new("RGB", (640, 400), (200, 220, 240))
    draw = ImageDraw.Draw(image)
    draw.rectangle((120, 160, 520, 380), fill=(164, 22, 26))
    draw.polygon([(80, 170), (320, 40), (560, 170)], fill=(11, 74, 139))
    image.save(path, "JPEG", quality=85)
    return path


class BrowserLog:
    """Console messages and page errors, shown in assertion messages to debug the editor."""

    def __init__(self, page):
        self.lines = []
        page.on("console", lambda message: self.lines.append(f"{message.type}: {message.text}"))
        page.on("pageerror", lambda error: self.lines.append(f"pageerror: {error}"))

    def __str__(self):
        return "\n".join(self.lines) or "(no console output)"


def log_in(page, base_url, username):
    page.goto(f"{base_url}/quan-tri/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("#login-form [type=submit]")
    expect(page).to_have_url(f"{base_url}/quan-tri/")


def log_out(page, base_url):
    page.click("#logout-form [type=submit]")
    page.goto(f"{base_url}/quan-tri/")
    expect(page).to_have_url(re.compile(r"/quan-tri/login/"))


def save_and_expect_success(page):
    with page.expect_navigation():
        page.click("input[name=_save]")
    errors = page.locator(".errornote, .errorlist")
    assert errors.count() == 0, f"the admin refused the form: {errors.all_inner_texts()}"
    expect(page.locator(".messagelist .success")).to_be_visible()


def test_editor_drafts_publisher_publishes_reader_reads(
    page, new_context, live_server, editor, publisher, category, tmp_path
):
    base = live_server.url
    log = BrowserLog(page)

    # The editor writes a draft in the real editor.
    log_in(page, base, editor.username)
    page.click("a.addlink[href$='/articles/article/add/']")
    expect(page).to_have_url(re.compile(r"/quan-tri/articles/article/add/$"))
    page.fill("#id_title", TITLE)
    page.select_option("#id_category", label=category.name)

    editable = page.locator(EDITABLE)
    expect(editable).to_be_visible()
    editable.click()
    page.keyboard.type(TEXT)
    expect(editable).to_contain_text(TEXT)

    file_input = page.locator(".ck-editor__top .ck-toolbar input[type=file]")
    assert file_input.count() == 1, (
        "CKEditor has no image-upload button (the hidden input[type=file] of `uploadImage`) "
        f"in its toolbar; browser console:\n{log}"
    )
    file_input.set_input_files(make_jpeg(tmp_path / "ban-giao-nha.jpg"))
    uploaded = editable.locator("img[src*='/media/editor/']")
    expect(uploaded).to_have_count(1, timeout=20_000)

    # Caption: select the image widget, then "Hiện chú thích" (toggleImageCaption).
    uploaded.click()
    caption_button = page.locator(".ck-balloon-panel_visible button", has_text="Hiện chú thích")
    expect(caption_button).to_be_visible()
    caption_button.click()
    figcaption = editable.locator("figure.image figcaption")
    expect(figcaption).to_be_visible()
    figcaption.click()
    page.keyboard.type(CAPTION)
    expect(figcaption).to_have_text(CAPTION)

    save_and_expect_success(page)
    article = Article.objects.get(title=TITLE)
    assert article.status == Article.Status.DRAFT
    assert article.category == category
    assert article.created_by == editor
    assert TEXT in article.body
    assert f"<figcaption>{CAPTION}</figcaption>" in article.body
    sources = re.findall(r'<img[^>]* src="([^"]+)"', article.body)
    assert len(sources) == 1 and sources[0].startswith("/media/editor/"), article.body
    stored = Path(settings.MEDIA_ROOT) / sources[0].removeprefix("/media/")
    assert stored.is_file()
    with Image.open(stored) as image:
        assert image.format == "JPEG"
        assert image.size == (640, 400)

    # An anonymous reader cannot see the draft.
    public_url = f"{base}{article.get_absolute_url()}"
    reader = new_context().new_page()
    response = reader.goto(public_url)
    assert response.status == 404

    # The editor leaves; the publisher publishes.
    log_out(page, base)
    log_in(page, base, publisher.username)
    page.goto(f"{base}/quan-tri/articles/article/{article.pk}/change/")
    expect(page.locator(EDITABLE)).to_contain_text(TEXT)
    expect(page.locator(f"{EDITABLE} figure.image figcaption")).to_have_text(CAPTION)
    page.select_option("#id_status", "published")
    save_and_expect_success(page)
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert article.is_public
    assert article.updated_by == publisher
    assert f"<figcaption>{CAPTION}</figcaption>" in article.body

    # The anonymous reader now reads it, image and caption included.
    response = reader.goto(public_url)
    assert response.status == 200
    expect(reader.locator("h1.article__title")).to_have_text(TITLE)
    body = reader.locator(".article__body")
    expect(body).to_contain_text(TEXT)
    expect(body.locator("figure.image figcaption")).to_have_text(CAPTION)
    image = body.locator("figure.image img")
    expect(image).to_have_attribute("src", re.compile(r"^/media/editor/"))
    reader.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
    )
    # The upload itself or one of the renditions made beside it, as the screen needs.
    loaded = image.evaluate("img => img.currentSrc")
    stem = re.escape(sources[0].removesuffix(".jpg"))
    assert re.fullmatch(rf"https?://[^/]+{stem}(-\d+w)?\.(jpg|webp)", loaded), loaded
