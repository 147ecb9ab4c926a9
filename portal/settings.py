"""Settings for the portal, read from environment variables.

Safe with nothing set: debug off, SQLite, local-memory cache, console e-mail and a random
secret key (with a warning). `DJANGO_ENV=production` turns every production setting on;
`.env.example` lists each variable.
"""

import os
import secrets
import sys
import warnings
from datetime import timedelta
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


PRODUCTION = os.environ.get("DJANGO_ENV", "development").strip().lower() == "production"
DEBUG = env_bool("DJANGO_DEBUG", False) and not PRODUCTION
TESTING = "pytest" in sys.modules

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if PRODUCTION:
        raise RuntimeError("DJANGO_SECRET_KEY must be set when DJANGO_ENV=production.")
    # A fresh key per process: sessions do not survive a restart, which is fine locally.
    SECRET_KEY = secrets.token_urlsafe(50)
    if not TESTING:
        warnings.warn(
            "DJANGO_SECRET_KEY is not set: using a random key for this process.", stacklevel=1
        )

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "" if PRODUCTION else "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django_ckeditor_5",
    "simple_history",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",
    "import_export",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "portal",
    "accounts",
    "documents",
    "programs",
    "articles",
    "qa",
    "participation",
    "organization",
    "api",
]

MIDDLEWARE = [
    "portal.requestlog.RequestLogMiddleware",  # first: the request id and timing cover all
    "django.middleware.security.SecurityMiddleware",
    # Content Security Policy (public and admin) and the other headers of portal/security.py;
    # before WhiteNoise so static files get them too.
    "portal.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Counts page views, cached or not; outside the page cache so hits are counted too.
    "portal.visits.VisitCounterMiddleware",
    # After CSRF (which sets each visitor's cookie for the token put into a cached page),
    # before everything a cached page does not need (see portal/pagecache.py).
    "portal.pagecache.PageCacheMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last: refuses a locked-out login before the view runs (django-axes).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.site",
                "articles.context_processors.navigation",
            ],
            "builtins": ["portal.urlcache"],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60 if PRODUCTION else 0),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # Full-text ranking and trigram lookups for the search index (portal/search.py).
    INSTALLED_APPS.append("django.contrib.postgres")

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "portal.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
            # Redis answers in well under a millisecond on a LAN; a short timeout keeps a hung
            # Redis from holding pages (portal/cache.py then skips it for a few seconds).
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        # Whole pages get a cache of their own in local memory, so that filling it never
        # evicts the counters and small entries of the default one.
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "OPTIONS": {"MAX_ENTRIES": 500},
        },
    }
# Whole public pages for anonymous visitors (portal/pagecache.py); 0 turns it off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
PAGE_CACHE_ALIAS = "default" if REDIS_URL else "pages"
# Counts and filter choices shared by many pages, kept per content generation
# (portal/memo.py): how long an unused one stays; 0 turns them off.
CONTENT_MEMO_SECONDS = env_int("CONTENT_MEMO_SECONDS", 3600)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login throttling (django-axes, accounts/): 5 failures of one user name from one address lock
# that pair for 15 minutes. The pair, not the name alone: an attacker elsewhere cannot lock a
# real user out. Administrators see and lift lockouts in the admin (accounts/admin.py).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
# The visitor's address behind NUM_PROXIES trusted proxies, as for the other rate limits.
AXES_CLIENT_IP_CALLABLE = "accounts.security.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.views.lockout"
# accounts/admin.py registers the attempts and logs under Vietnamese names instead.
AXES_ENABLE_ADMIN = False
# Never copied into the attempt records or axes' log lines.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "otp_token"]
# No start-up banner from every manage.py command; accounts/security.py logs the logins.
AXES_VERBOSE = False

# Two-step verification (django-otp, TOTP): optional for everybody unless the user is a
# superuser or in one of these groups, when the list is not empty (production: "Quản
# trị,Người duyệt bài"); such users must enrol before using the admin.
OTP_REQUIRED_FOR_ROLES = env_list("DJANGO_OTP_REQUIRED_ROLES")
OTP_TOTP_ISSUER = os.environ.get("DJANGO_OTP_ISSUER", "Cổng thông tin điện tử")
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# Uploads above this size are streamed to a temporary file instead of memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 15 * 1024 * 1024
# The yearly entry screen posts a value and a version per cell: 200 units × 10 indicators
# is 4,000 fields, far above Django's default of 1,000 (which refused the save with a 400).
DATA_UPLOAD_MAX_NUMBER_FIELDS = 20_000
FILE_UPLOAD_PERMISSIONS = 0o644

# Image pipeline limits (portal/images.py).
IMAGE_MAX_BYTES = env_int("IMAGE_MAX_BYTES", 10 * 1024 * 1024)
IMAGE_MAX_PIXELS = env_int("IMAGE_MAX_PIXELS", 40_000_000)
IMAGE_MAX_SIDE = 2400
IMAGE_RENDITION_WIDTHS = (480, 800, 1000, 1200)

ADMIN_URL = os.environ.get("DJANGO_ADMIN_URL", "quan-tri/").strip("/") + "/"
# Never through the page cache: the admin, the API (its own formats and throttles), files.
PAGE_CACHE_SKIP_PREFIXES = (f"/{ADMIN_URL}", "/api/", STATIC_URL, MEDIA_URL, "/healthz")
LOGIN_URL = "admin:login"

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Public site base URL, used where no request exists (feeds behind a proxy use the request).
SITE_URL = os.environ.get("SITE_URL", "").rstrip("/")

# Security headers that are right in every mode.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Sessions end after SESSION_COOKIE_AGE seconds without a request (saved on every request;
# empty sessions of anonymous visitors are never saved) or when the browser closes.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 30 * 60)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# CKEditor's upload adapter reads the CSRF token from the cookie, so it stays readable by JS.
CSRF_COOKIE_HTTPONLY = False

# Content Security Policy (django-csp), enforced: the public site runs no inline script or
# style and loads nothing from other origins. portal/security.py loosens the admin's copy
# for CKEditor and allows the few `text-align` styles rich text keeps, by their hashes.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "upgrade-insecure-requests": PRODUCTION,
    }
}

if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    # Load balancers probe the health check over plain HTTP inside the network.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
    if not ALLOWED_HOSTS:
        raise RuntimeError("DJANGO_ALLOWED_HOSTS must be set when DJANGO_ENV=production.")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Every line carries the request id (portal/requestlog.py), also shown on the 500 page.
    "filters": {"request_id": {"()": "portal.requestlog.RequestIdFilter"}},
    "formatters": {
        "portal": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"}
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "portal",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        # One line per request: method, path (no query string), status, time, user id.
        "portal.requests": {"level": "INFO"},
        # Logins, failures and lockouts (accounts/security.py), whatever DJANGO_LOG_LEVEL says.
        "portal.security": {"level": "INFO"},
    },
}

# CKEditor 5: a hardened toolbar. Plugins that write raw HTML, markdown, media embeds or
# arbitrary styles are removed; whatever arrives is still sanitised by portal/richtext.py.
CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME = "portal:editor_upload"
CKEDITOR_5_UPLOAD_FILE_TYPES = ["jpeg", "png", "webp", "gif"]
CKEDITOR_5_CONFIGS = {
    "default": {
        "language": "vi",
        "removePlugins": [
            "SourceEditing",
            "GeneralHtmlSupport",
            "HtmlEmbed",
            "FullPage",
            "Markdown",
            "MediaEmbed",
            "Style",
            "CodeBlock",
            "Code",
            "Font",
            "Highlight",
            "TodoList",
            "Mention",
            "PageBreak",
            "CKFinderUploadAdapter",
            "Autosave",
        ],
        "toolbar": {
            "items": [
                "heading",
                "|",
                "bold",
                "italic",
                "underline",
                "link",
                "|",
                "bulletedList",
                "numberedList",
                "blockQuote",
                "|",
                "alignment",
                "insertTable",
                "uploadImage",
                "horizontalLine",
                "|",
                "removeFormat",
                "undo",
                "redo",
            ],
            "shouldNotGroupWhenFull": False,
        },
        "heading": {
            "options": [
                {"model": "paragraph", "title": "Đoạn văn", "class": "ck-heading_paragraph"},
                {
                    "model": "heading2",
                    "view": "h2",
                    "title": "Tiêu đề mục",
                    "class": "ck-heading_heading2",
                },
                {
                    "model": "heading3",
                    "view": "h3",
                    "title": "Tiêu đề nhỏ",
                    "class": "ck-heading_heading3",
                },
            ]
        },
        "image": {
            "toolbar": [
                "toggleImageCaption",
                "imageTextAlternative",
                "|",
                "imageStyle:inline",
                "imageStyle:block",
                "imageStyle:side",
            ],
        },
        "table": {"contentToolbar": ["tableColumn", "tableRow", "mergeTableCells"]},
        "link": {"defaultProtocol": "https://"},
    }
}

# Sections of the main navigation after "Trang chủ": (label, URL name). Each app adds its
# own; an entry whose URL does not resolve (app not installed) is left out.
SITE_SECTIONS = [
    ("Tin tức", "articles:list"),
    ("Phong trào thi đua", "programs:campaigns"),
    ("Chương trình", "programs:programs"),
    ("Số liệu", "programs:figures"),
    ("Văn bản", "documents:list"),
    ("Thủ tục hành chính", "documents:procedures"),
    ("Hỏi đáp", "qa:list"),
    ("Giới thiệu", "organization:about"),
]

# Who may upload images from the rich-text editor (the permission to change articles).
EDITOR_UPLOAD_PERMISSION = "articles.change_article"

# Outside production, WhiteNoise serves straight from the app and project static folders,
# so `make run` needs no collectstatic.
WHITENOISE_USE_FINDERS = not PRODUCTION
# Re-read static files on each request outside production, so edits show without a restart.
WHITENOISE_AUTOREFRESH = not PRODUCTION
if not PRODUCTION:
    # Without collectstatic there is no STATIC_ROOT yet; WhiteNoise would warn on every start.
    warnings.filterwarnings("ignore", message="No directory at")

# Legal document files live outside MEDIA_ROOT and are only served through a view that
# checks the document is public and sends them as attachments (never rendered inline).
DOCUMENTS_ROOT = Path(os.environ.get("DOCUMENTS_ROOT", BASE_DIR / "protected" / "van-ban"))
DOCUMENT_MAX_BYTES = env_int("DOCUMENT_MAX_BYTES", 20 * 1024 * 1024)
DOCUMENT_MAX_UNZIPPED_BYTES = 200 * 1024 * 1024

# Spreadsheet import of outcomes (programs/importing.py): refused above these sizes.
IMPORT_MAX_BYTES = env_int("IMPORT_MAX_BYTES", 10 * 1024 * 1024)
IMPORT_MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
IMPORT_MAX_ROWS = env_int("IMPORT_MAX_ROWS", 50_000)
IMPORT_EXPORT_SKIP_ADMIN_LOG = False
# Only users who may see outcomes may export them (and only the rows they may see).
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"

# Licence line carried by every open-data download and API answer.
OPEN_DATA_LICENSE = os.environ.get(
    "OPEN_DATA_LICENSE",
    "Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0): được dùng lại, ghi rõ nguồn.",
)
OPEN_DATA_LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/deed.vi"

# Reverse proxies in front of the site: which X-Forwarded-For hop is the visitor's address
# (rate limits of the forms and the API, "online now" in the footer). 0: REMOTE_ADDR.
NUM_PROXIES = env_int("NUM_PROXIES", 0)

# The public read-only API (api/): JSON only, anonymous, paginated, throttled per client.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": os.environ.get("API_RATE", "120/minute")},
    "NUM_PROXIES": NUM_PROXIES,
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_VERSIONING_CLASS": "rest_framework.versioning.URLPathVersioning",
    "ALLOWED_VERSIONS": ["v1"],
    "DEFAULT_VERSION": "v1",
    # Vietnamese messages where DRF's catalogue has none (throttling, Django's 404).
    "EXCEPTION_HANDLER": "api.exceptions.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "API dữ liệu mở",
    "DESCRIPTION": "Dữ liệu công khai của cổng thông tin: chỉ đọc, không cần đăng nhập.",
    "VERSION": "1.0.0",
    # 3.1: the schemas are plain JSON Schema, so responses can be checked against them.
    "OAS_VERSION": "3.1.0",
    "LICENSE": {"name": OPEN_DATA_LICENSE, "url": OPEN_DATA_LICENSE_URL},
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PUBLIC": True,
    "SERVE_AUTHENTICATION": [],
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
}

# Hỏi đáp (qa/): citizens' attachments live outside MEDIA_ROOT and reach staff only through
# a permission-checked view; personal data of closed questions is erased after
# QA_PERSONAL_DATA_DAYS by `manage.py purge_personal_data` (run it daily from cron).
QA_FILES_ROOT = Path(os.environ.get("QA_FILES_ROOT", BASE_DIR / "protected" / "hoi-dap"))
QA_ATTACHMENT_MAX_BYTES = env_int("QA_ATTACHMENT_MAX_BYTES", 5 * 1024 * 1024)
QA_QUESTION_MAX_CHARS = 4000
QA_PERSONAL_DATA_DAYS = env_int("QA_PERSONAL_DATA_DAYS", 365)
# Spam controls, per client address and hour (NUM_PROXIES above says which address).
QA_QUESTIONS_PER_HOUR = env_int("QA_QUESTIONS_PER_HOUR", 5)
QA_FORM_POSTS_PER_HOUR = env_int("QA_FORM_POSTS_PER_HOUR", 20)
QA_LOOKUPS_PER_HOUR = env_int("QA_LOOKUPS_PER_HOUR", 30)
# The form's check question expires after this long and cannot be answered sooner than this.
QA_CHALLENGE_MAX_AGE = 2 * 3600
QA_CHALLENGE_MIN_SECONDS = 3
