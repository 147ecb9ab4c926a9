"""Every payload of the XSS corpus, stored in every rich-text field through the models' save
path, published and rendered on its public page in Chromium: nothing runs.

The browser ignores the Content Security Policy here (`bypass_csp`): the sanitiser alone must
hold, and the policy is a second wall tested in test_csp.py. Payloads share a page in
batches; each batch is checked to store exactly what its payloads store one by one, so every
payload is rendered as it would be alone (a payload that swallows what follows, such as an
unclosed <textarea>, only ever ends a batch).
"""

import re
from dataclasses import dataclass

import pytest

from articles.models import Article
from documents.models import AdministrativeProcedure
from organization.models import AboutPage, EnglishPage
from portal import richtext
from portal.richtext import sanitize_html
from programs.models import Campaign, SupportProgram
from qa import services
from qa.models import Question
from tests.conftest import make_article, make_category
from tests.documents.factories import make_procedure
from tests.organization.factories import make_about_page, make_english_page
from tests.programs.factories import make_campaign, make_program
from tests.qa.factories import drafted, make_question, make_topic
from tests.security.allowlist import allowlist_problems, field_label, rich_text_fields
from tests.security.xss_corpus import PAYLOADS, XSS_MARKER

BATCH_SIZE = 20
AFTER = "<p>sau</p>"
# Some payloads store nothing at all; an answer must have text to be approved.
LEAD = "<p>Nội dung kiểm thử.</p>"

# Checked in the page after it loaded: the rich text in the DOM Chromium built holds only the
# allow-list, and the document holds no script, frame, plug-in, <base> or refresh of the
# payloads. Attributes site.js adds to wide tables are allowed, and what rendering adds to
# images (portal_tags.rich_text: renditions in a <picture>, size, lazy loading).
DOM_CHECK = """
(rules) => {
  const problems = [];
  const added = {
    figure: ["tabindex", "role", "aria-label"],
    img: ["srcset", "sizes", "loading", "decoding", "fetchpriority"],
    picture: [],
    source: ["type", "srcset", "sizes"],
  };
  for (const box of document.querySelectorAll(".prose")) {
    for (const el of box.querySelectorAll("*")) {
      const tag = el.localName;
      if (el.namespaceURI !== "http://www.w3.org/1999/xhtml"
          || !(rules.tags.includes(tag) || tag in added)) {
        problems.push("element " + el.namespaceURI + " " + tag);
        continue;
      }
      const allowed = [...(rules.attributes[tag] || []), ...(rules.attributes["*"] || []),
                       ...(added[tag] || []), ...(tag === "a" ? ["rel"] : [])];
      for (const attr of el.attributes) {
        if (attr.name === "class" && rules.classes[tag]) {
          const extra = [...el.classList].filter((c) => !rules.classes[tag].includes(c));
          if (extra.length) problems.push("class " + extra + " on " + tag);
        } else if (!allowed.includes(attr.name) || attr.name.startsWith("on")) {
          problems.push("attribute " + attr.name + " on " + tag);
        }
      }
      for (const name of ["href", "src"]) {
        if (el.hasAttribute(name)) {
          const scheme = new URL(el.getAttribute(name), document.baseURI).protocol;
          if (!rules.schemes.includes(scheme.slice(0, -1))) {
            problems.push("URL " + scheme + " in " + name + " on " + tag);
          }
        }
      }
    }
  }
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      if (attr.name.startsWith("on")) problems.push("handler " + attr.name + " on " + el.localName);
    }
  }
  for (const script of document.scripts) {
    const data = script.type === "application/json";
    if (!data && !script.src.startsWith(location.origin + "/static/")) {
      problems.push("script " + (script.src || script.textContent.slice(0, 60)));
    }
  }
  const foreign = "iframe, frame, object, embed, applet, base, meta[http-equiv], svg script";
  for (const el of document.querySelectorAll(foreign)) problems.push("element " + el.localName);
  if (document.baseURI !== location.href) problems.push("base URI " + document.baseURI);
  return problems;
}
"""
RULES = {
    "tags": sorted(richtext.ALLOWED_TAGS),
    "attributes": {tag: sorted(names) for tag, names in richtext.ALLOWED_ATTRIBUTES.items()},
    "classes": {tag: sorted(names) for tag, names in richtext.ALLOWED_CLASSES.items()},
    "schemes": sorted(richtext.URL_SCHEMES),
}


def _flat(html):
    """HTML without white space, and without style values: nh3 keeps any text-align value
    and re-sanitising changes a hostile one (a known gap, asserted in tests/security)."""
    return re.sub(r'style="[^"]*"', "style", re.sub(r"\s+", "", html))


def _alone(payloads):
    """What the payloads store when each is saved on its own, one after the other."""
    return "".join(sanitize_html(payload) for payload in payloads)


def _as_alone(payloads):
    """True when the payloads stored together store what each stores on its own."""
    return _flat(sanitize_html("".join(payloads))) == _flat(_alone(payloads))


def batches(payloads, size=BATCH_SIZE):
    """Payloads in page-sized groups, each group storing what its payloads store alone.

    First fit; payloads that change what follows them (an unclosed raw-text element, a
    comment...) come last and close the group they join.
    """
    closers = [p for p in payloads if not _as_alone([p, AFTER])]
    groups, closed = [], set()
    for payload in [p for p in payloads if p not in closers] + closers:
        closing = payload in closers
        for n, group in enumerate(groups):
            if n in closed or (len(group) >= size and not closing):
                continue
            if _as_alone([*group, payload]):
                group.append(payload)
                break
        else:
            groups.append([payload])
            n = len(groups) - 1
        if closing:
            closed.add(n)
    return groups


@dataclass
class Target:
    label: str  # the rich-text fields shown on the page
    url: str
    stored: list  # (field label, payload batch, HTML as stored)


def _publish_all(groups, editor, publisher):
    """One public object per batch and per kind of page, saved by the normal save path."""
    targets = []
    category, topic = make_category(), make_topic()

    def add(obj, *fields, batch):
        obj.refresh_from_db()
        stored = [
            (field_label(type(obj), obj._meta.get_field(name)), batch, getattr(obj, name))
            for name in fields
        ]
        targets.append(Target(" + ".join(s[0] for s in stored), obj.get_absolute_url(), stored))

    for n, batch in enumerate(groups):
        html = LEAD + "".join(batch)
        add(make_article(category, body=html), "body", batch=batch)
        add(make_campaign(description=html), "description", batch=batch)
        add(make_program(description=html), "description", batch=batch)
        add(make_about_page(body=html), "body", batch=batch)
        add(make_english_page(body=html), "body", batch=batch)
        # Both fields of a procedure are on its page: one page covers the two.
        procedure = make_procedure(steps=html, required_papers=html)
        add(procedure, "steps", "required_papers", batch=batch)
        question = make_question(topic, title=f"Câu hỏi kiểm thử số {n + 1}")
        question = drafted(question, drafter=editor, answer=html)
        question = services.question_approve(question=question, user=publisher)
        question.public_title, question.public_text = question.title, question.text
        question.save()
        add(services.question_publish(question=question, user=publisher), "answer", batch=batch)
    return targets


@pytest.fixture
def corpus_pages(db, editor, publisher):
    return _publish_all(batches(PAYLOADS), editor, publisher)


def test_batches_hold_every_payload_once():
    groups = batches(PAYLOADS)
    assert sorted(p for group in groups for p in group) == sorted(PAYLOADS)
    assert max(len(group) for group in groups) <= BATCH_SIZE + 1


def test_no_payload_runs_on_any_public_page(new_context, live_server, corpus_pages):
    covered = {label for target in corpus_pages for label, _b, _h in target.stored}
    assert covered == {field_label(model, field) for model, field in rich_text_fields()}
    kinds = {Article, Campaign, SupportProgram, AboutPage, EnglishPage, AdministrativeProcedure}
    assert {model for model, _field in rich_text_fields()} == kinds | {Question}

    # Stored by the save path: the allow-list, and each payload as it would be alone.
    for target in corpus_pages:
        for label, batch, stored in target.stored:
            # Odd text-align values are a known sanitiser gap (xfail in tests/security).
            problems = [
                p for p in allowlist_problems(stored) if not p.startswith("style 'text-align:")
            ]
            assert problems == [], (label, stored)
            assert _flat(stored) == _flat(_alone([LEAD, *batch])), label

    base = live_server.url
    context = new_context(bypass_csp=True)
    # Nothing leaves the test server (a payload's "https://attacker.invalid/...").
    context.route(lambda url: not url.startswith(base), lambda route: route.abort())
    fired = []
    page = context.new_page()
    context.on("page", lambda popup: fired.append(f"new window {popup.url}"))
    page.on("dialog", lambda dialog: (fired.append(f"dialog {dialog.message}"), dialog.dismiss()))
    page.on("console", lambda m: XSS_MARKER in m.text and fired.append(f"console {m.text}"))
    page.on("pageerror", lambda error: fired.append(f"page error {error}"))

    failures = []
    for target in corpus_pages:
        response = page.goto(base + target.url, wait_until="load")
        where = f"{target.label} at {target.url}"
        if response is None or response.status != 200:
            failures.append(f"{where}: status {response and response.status}")
            continue
        problems = page.evaluate(DOM_CHECK, RULES)
        if page.url != base + target.url:
            problems.append(f"navigated to {page.url}")
        if problems or fired:
            failures.append(f"{where}: {problems + fired}")
            fired.clear()
    page.wait_for_timeout(300)  # late timers and media errors of the last page
    assert failures + fired == []
    assert len(corpus_pages) == 7 * len(batches(PAYLOADS))
