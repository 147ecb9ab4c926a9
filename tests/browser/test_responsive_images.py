"""Issue 9 in Chromium: each image is fetched at the rendition its slot needs on a phone and
on a desktop, the main image is neither lazy nor late, and the home, article and programme
pages load nothing from another origin and weigh under 400 KB on a phone."""

import pytest

from tests.portal.frontend_factories import make_home, make_programme, make_story

PHONE = {
    "viewport": {"width": 412, "height": 915},
    "device_scale_factor": 2.625,
    "is_mobile": True,
    "has_touch": True,
}
DESKTOP = {"viewport": {"width": 1366, "height": 900}, "device_scale_factor": 1}
SCREENS = {"phone": PHONE, "desktop": DESKTOP}
BUDGET = 400 * 1024

LOAD_EVERY_IMAGE = """async () => {
  for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
    scrollTo(0, y);
    await new Promise((done) => setTimeout(done, 50));
  }
  await Promise.all([...document.images].map((img) => img.decode().catch(() => null)));
}"""
IMAGES = """() => [...document.querySelectorAll("picture")].map((picture) => {
  const img = picture.querySelector("img");
  return {
    srcset: picture.querySelector("source").srcset,
    current: img.currentSrc,
    width: img.getBoundingClientRect().width,
  };
})"""
LARGEST_PAINT = """() => new Promise((done) => {
  let last = null;
  let settling = false;
  const report = () => done(
    last && {tag: last.tagName, loading: last.loading, priority: last.fetchPriority});
  new PerformanceObserver((list) => {
    last = list.getEntries().at(-1).element;
    // Once an image is the largest so far, any larger paint still has a second to show up.
    if (last && last.tagName === "IMG" && !settling) {
      settling = true;
      setTimeout(report, 1000);
    }
  }).observe({type: "largest-contentful-paint", buffered: true});
  setTimeout(report, 8000);
})"""
# The largest paint is recorded a frame after the image is painted, which may come after the
# load event on a busy machine (a paragraph was then the largest *so far*): wait for the
# page's high-priority image (if any) to be decoded and two frames to pass, and keep
# listening until an image is the largest paint or eight seconds have passed.
MAIN_IMAGE_PAINTED = """async () => {
  const img = document.querySelector('img[fetchpriority="high"]');
  if (img) await img.decode().catch(() => {});
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}"""
LOADED = """() => performance.getEntriesByType("navigation")
  .concat(performance.getEntriesByType("resource"))
  .map((entry) => ({url: entry.name, bytes: entry.transferSize}))"""


@pytest.fixture
def urls(db):
    make_home()
    return {
        "home": "/",
        "story": make_story().get_absolute_url(),
        "programme": make_programme().get_absolute_url(),
    }


def candidates(srcset):
    pairs = [entry.strip().rsplit(" ", 1) for entry in srcset.split(",")]
    return sorted((int(descriptor.rstrip("w")), url) for url, descriptor in pairs)


@pytest.mark.parametrize("screen", SCREENS)
def test_each_image_is_fetched_at_the_rendition_its_slot_needs(
    new_context, live_server, urls, screen
):
    page = new_context(**SCREENS[screen]).new_page()
    dpr = SCREENS[screen]["device_scale_factor"]
    checked = 0
    for which in ("home", "story"):
        page.goto(live_server.url + urls[which])
        page.evaluate(LOAD_EVERY_IMAGE)
        for image in page.evaluate(IMAGES):
            options = candidates(image["srcset"])
            width = next(w for w, url in options if image["current"].endswith(url))
            need = image["width"] * dpr
            # Sharp enough, and no narrower rendition would have been: `sizes` fits the CSS.
            assert width >= need - 1 or width == options[-1][0], (which, image)
            assert all(w < need - 1 for w, _url in options if w < width), (which, image)
            checked += 1
    assert checked >= 5


@pytest.mark.parametrize(("screen", "which"), [("phone", "home"), ("desktop", "story")])
def test_largest_paint_is_an_eager_high_priority_image(
    new_context, live_server, urls, screen, which
):
    page = new_context(**SCREENS[screen]).new_page()
    page.goto(live_server.url + urls[which])
    page.evaluate(MAIN_IMAGE_PAINTED)
    largest = page.evaluate(LARGEST_PAINT)
    assert largest == {"tag": "IMG", "loading": "auto", "priority": "high"}


@pytest.mark.parametrize("which", ["home", "story", "programme"])
def test_page_loads_nothing_from_another_origin_and_stays_under_budget(
    new_context, live_server, urls, which
):
    page = new_context(**PHONE).new_page()
    page.goto(live_server.url + urls[which], wait_until="networkidle")
    loaded = page.evaluate(LOADED)
    assert [e["url"] for e in loaded if not e["url"].startswith(live_server.url)] == []
    total = sum(entry["bytes"] for entry in loaded)
    assert 0 < total < BUDGET, f"{total / 1024:.0f} KB"
