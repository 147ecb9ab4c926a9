"""The public site on phones: no horizontal scroll, usable without JavaScript, skip link first."""

import io
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from articles.models import Article, Category
from portal.models import SiteSettings

PHONES = {
    "390": {"width": 390, "height": 844},
    "360": {"width": 360, "height": 800},
}
LONG_TITLE = (
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch số 2187/KH-UBND triển khai chương trình mục tiêu "
    "quốc gia giảm nghèo bền vững và hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo giai đoạn "
    "2021–2025 trên địa bàn các huyện miền núi, vùng đồng bào dân tộc thiểu số"
)
CAPTION = "Ảnh: Lễ bàn giao nhà đại đoàn kết cho hộ nghèo tại xã Kim Hải, huyện Kim Sơn"
TABLE_HEAD = [
    "STT",
    "Đơn vị hành chính cấp huyện",
    "Số hộ nghèo đầu kỳ",
    "Số hộ thoát nghèo",
    "Kinh phí hỗ trợ (triệu đồng)",
    "Tỷ lệ hoàn thành kế hoạch",
    "Ghi chú của cơ quan thường trực",
]
TABLE_ROWS = [
    ["1", "Huyện Kim Sơn", "1.245", "312", "15.600", "104,2%", "Vượt kế hoạch giao đầu năm"],
    ["2", "Huyện Yên Mô", "987", "205", "10.250", "98,7%", "Đang hoàn thiện hồ sơ thanh toán"],
    ["3", "Huyện Nho Quan", "2.034", "401", "20.050", "101,5%", "Ưu tiên xã đặc biệt khó khăn"],
]


def jpeg_bytes(width, height):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (11, 74, 139)).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def article_body(image_url):
    head = "".join(f"<th>{cell}</th>" for cell in TABLE_HEAD)
    rows = "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in TABLE_ROWS
    )
    # The markup CKEditor 5 produces for a paragraph, a captioned image and a table.
    return (
        "<p>Thực hiện Nghị quyết của Hội đồng nhân dân tỉnh, năm nay toàn tỉnh hỗ trợ xây mới "
        "và sửa chữa nhà ở cho hơn 1.200 hộ nghèo, hộ cận nghèo.</p>"
        f'<figure class="image"><img src="{image_url}" alt="Lễ bàn giao nhà" width="1600" '
        f'height="900"><figcaption>{CAPTION}</figcaption></figure>'
        "<h2>Kết quả thực hiện theo từng huyện</h2>"
        f'<figure class="table"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></figure>"
        "<p>Các địa phương tiếp tục rà soát, bảo đảm hỗ trợ đúng đối tượng, công khai, minh "
        "bạch.</p>"
    )


@pytest.fixture
def site_data(db):
    SiteSettings.objects.create(
        department_name="Sở Nông nghiệp và Phát triển nông thôn",
        parent_body="Ủy ban nhân dân tỉnh Ninh Bình",
        welcome_line="Chào mừng bạn đến với Cổng thông tin điện tử của Sở",
        address="Số 2 đường Lê Hồng Phong, phường Đông Thành, thành phố Ninh Bình",
        phone="0229 3871 234",
        email="vanthu@snnptnt.ninhbinh.gov.vn",
        one_stop_url="https://dichvucong.gov.vn/",
    )
    names = [
        ("Giảm nghèo bền vững", "giam-ngheo"),
        ("Xây dựng nông thôn mới", "nong-thon-moi"),
        ("Văn bản chỉ đạo, điều hành", "van-ban"),
        ("Thông báo", "thong-bao"),
    ]
    categories = [
        Category.objects.create(name=name, slug=slug, position=n)
        for n, (name, slug) in enumerate(names)
    ]
    image_name = default_storage.save(
        "editor/2025/11/ban-giao-nha.jpg", ContentFile(jpeg_bytes(1600, 900))
    )
    now = timezone.now()
    long_article = Article.objects.create(
        title=LONG_TITLE,
        slug="ke-hoach-giam-ngheo-ben-vung",
        category=categories[0],
        summary="Kế hoạch đặt mục tiêu giảm tỷ lệ hộ nghèo bình quân 1,5%/năm.",
        body=article_body(default_storage.url(image_name)),
        byline="Văn phòng Sở",
        status=Article.Status.PUBLISHED,
        published_at=now - timedelta(minutes=5),
        is_featured=True,
    )
    for n in range(8):
        category = categories[n % len(categories)]
        Article.objects.create(
            title=f"Tin hoạt động số {n + 1} của {category.name.lower()} trong tháng mười một",
            slug=f"tin-hoat-dong-{n + 1}",
            category=category,
            summary="Các đơn vị triển khai nhiệm vụ trọng tâm, bảo đảm tiến độ đề ra.",
            status=Article.Status.PUBLISHED,
            published_at=now - timedelta(hours=n + 1),
            is_featured=n < 3,
        )
    return {"article": long_article, "category": categories[0], "categories": categories}


def page_urls(data):
    return {
        "home": "/",
        "category": data["category"].get_absolute_url(),
        "article": data["article"].get_absolute_url(),
    }


def assert_no_horizontal_scroll(page, width, where):
    widths = page.evaluate(
        "() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})"
    )
    assert widths["inner"] == width
    assert widths["scroll"] <= widths["inner"], f"{where} scrolls sideways: {widths}"


@pytest.mark.parametrize("phone", PHONES)
@pytest.mark.parametrize("which", ["home", "category", "article"])
def test_no_horizontal_scroll_on_phones(new_context, live_server, site_data, which, phone):
    # Not `is_mobile=True`: Chromium's mobile emulation zooms out to fit wide content, so
    # window.innerWidth grows with the overflow and the check below could never fail.
    page = new_context(viewport=PHONES[phone]).new_page()
    response = page.goto(live_server.url + page_urls(site_data)[which])
    assert response.status == 200
    page.wait_for_load_state("load")
    if which == "article":
        expect(page.locator("h1.article__title")).to_have_text(LONG_TITLE)
        expect(page.locator(".article__body figcaption")).to_have_text(CAPTION)
        expect(page.locator(".article__body table")).to_be_visible()
    assert_no_horizontal_scroll(page, PHONES[phone]["width"], f"{which} at {phone}px")
    toggle = page.locator(".site-nav summary")
    if toggle.is_visible():
        toggle.click()
        expect(page.locator(".site-nav__list")).to_be_visible()
        assert_no_horizontal_scroll(
            page, PHONES[phone]["width"], f"{which} at {phone}px, menu open"
        )


def test_article_page_works_without_javascript(new_context, live_server, site_data):
    context = new_context(viewport=PHONES["390"], java_script_enabled=False)
    page = context.new_page()
    response = page.goto(live_server.url + site_data["article"].get_absolute_url())
    assert response.status == 200
    body = page.locator(".article__body")
    expect(body).to_be_visible()
    expect(body).to_contain_text("hơn 1.200 hộ nghèo")
    expect(body.locator("figcaption")).to_have_text(CAPTION)

    nav = page.get_by_role("navigation", name="Điều hướng chính")
    first_link = nav.get_by_role("link", name=site_data["categories"][0].name, exact=True)
    if not first_link.is_visible():
        # A collapsed menu is a native <details>: its "Danh mục" toggle needs no JavaScript.
        nav.locator("summary").click()
    for category in site_data["categories"]:
        expect(nav.get_by_role("link", name=category.name, exact=True)).to_be_visible()
    target = site_data["categories"][1]
    nav.get_by_role("link", name=target.name, exact=True).click()
    expect(page).to_have_url(live_server.url + target.get_absolute_url())
    expect(page.locator("h1.page-title")).to_have_text(target.name)


@pytest.mark.parametrize("which", ["home", "article"])
def test_skip_link_is_first_focusable(new_context, live_server, site_data, which):
    page = new_context(viewport=PHONES["390"]).new_page()
    page.goto(live_server.url + page_urls(site_data)[which])
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.getAttribute('href')")
    assert focused is not None and focused.endswith("#noi-dung"), focused
    expect(page.locator(".skip-link")).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main#noi-dung")).to_be_focused()
