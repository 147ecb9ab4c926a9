"""Spam controls that need no third party: a rate limit per client address, a honeypot
field, and a question in Vietnamese words whose answer travels signed in the form.

The challenge works without JavaScript, images or a session, and reads naturally with a
screen reader ("Bảy cộng hai bằng mấy?").
"""

import secrets
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from portal import clients
from portal.text import fold

# --- Client address and rate limits ----------------------------------------------------


class RateLimit:
    """At most `limit` events per `window` seconds per client address (a fixed window)."""

    def __init__(self, scope, limit, window=3600):
        self.scope, self.limit, self.window = scope, limit, window

    def _key(self, request):
        # Addresses are hashed: the cache never holds a visitor's IP in clear.
        return f"qa:rate:{self.scope}:{clients.client_key(request, 'qa')}"

    def exceeded(self, request):
        return clients.count(self._key(request)) >= self.limit

    def hit(self, request):
        return clients.hit(self._key(request), self.window)


def question_limit():
    return RateLimit("question", settings.QA_QUESTIONS_PER_HOUR)


def form_post_limit():
    return RateLimit("post", settings.QA_FORM_POSTS_PER_HOUR)


def lookup_limit():
    return RateLimit("lookup", settings.QA_LOOKUPS_PER_HOUR)


# --- The challenge ----------------------------------------------------------------------

WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]
ANSWER_WORDS = {fold(word): n for n, word in enumerate(WORDS)} | {"tu": 4, "lam": 5}
SALT = "qa.challenge"

MESSAGES = {
    "invalid": "Câu hỏi kiểm tra không hợp lệ; hãy trả lời câu hỏi kiểm tra mới bên dưới.",
    "expired": "Câu hỏi kiểm tra đã hết hạn; hãy trả lời câu hỏi kiểm tra mới bên dưới.",
    "too_fast": "Bạn gửi nhanh quá; hãy kiểm tra lại nội dung và trả lời câu hỏi kiểm tra mới.",
    "wrong": "Câu trả lời kiểm tra chưa đúng; hãy trả lời câu hỏi kiểm tra mới bên dưới.",
    "used": "Câu hỏi kiểm tra này đã được dùng; hãy trả lời câu hỏi kiểm tra mới bên dưới.",
}


class ChallengeError(Exception):
    def __init__(self, code):
        super().__init__(MESSAGES[code])
        self.code = code


def new_challenge():
    """(question in words, signed token holding the answer, a one-time nonce and the time)."""
    a, b = secrets.randbelow(9) + 1, secrets.randbelow(9) + 1
    if secrets.randbelow(2) and a != b:
        a, b = max(a, b), min(a, b)
        operation, answer = "trừ", a - b
    else:
        operation, answer = "cộng", a + b
    text = f"{WORDS[a].capitalize()} {operation} {WORDS[b]} bằng mấy?"
    payload = {"a": answer, "n": secrets.token_urlsafe(12), "t": int(time.time())}
    return text, signing.dumps(payload, salt=SALT, compress=False)


def parse_answer(raw):
    """ "9", " 9 ", "chín", "chin", "mười" -> int; None when unreadable."""
    text = fold(raw or "").strip()[:20]
    if text.isdigit():
        return int(text)
    return ANSWER_WORDS.get(text)


def check_challenge(token, raw_answer):
    """Return the token's nonce if the answer is right; raise ChallengeError otherwise."""
    try:
        payload = signing.loads(token or "", salt=SALT, max_age=settings.QA_CHALLENGE_MAX_AGE)
    except signing.SignatureExpired:
        raise ChallengeError("expired") from None
    except signing.BadSignature:
        raise ChallengeError("invalid") from None
    if not isinstance(payload, dict) or not {"a", "n", "t"} <= payload.keys():
        raise ChallengeError("invalid")
    if time.time() - payload["t"] < settings.QA_CHALLENGE_MIN_SECONDS:
        raise ChallengeError("too_fast")
    if parse_answer(raw_answer) != payload["a"]:
        raise ChallengeError("wrong")
    if cache.get(_nonce_key(payload["n"])):
        raise ChallengeError("used")
    return payload["n"]


def consume_challenge(nonce):
    """Mark a nonce used (once a question is saved); False if it already was: a replay."""
    return cache.add(_nonce_key(nonce), 1, settings.QA_CHALLENGE_MAX_AGE + 60)


def _nonce_key(nonce):
    return f"qa:challenge:{nonce}"
