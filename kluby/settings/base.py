"""Settings shared by every environment; safe for production on their own.

Every deployment-specific value comes from an environment variable. A missing
SECRET_KEY stops the start-up rather than running with a guessable key.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "kluby"
# Local state (SQLite file, uploaded media, collected static) lives in one ignored folder.
VAR_DIR = Path(os.environ.get("KLUBY_VAR_DIR", BASE_DIR / "var"))
try:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
except OSError:  # a read-only deployment keeps its state elsewhere
    pass


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")

DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# The portal's apps come first, each after the apps it builds on (their demo loaders run in
# this order).
INSTALLED_APPS = [
    "kluby",
    "clubs",
    "resources",
    "inspirations",
    "network",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "axes",
    "django_ratelimit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "kluby.cache.PageCacheUpdateMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below whitenoise (static files come compressed and tagged already) and inside the page
    # cache, so cached pages are stored compressed and answered with 304 when unchanged.
    "kluby.cache.CompressTextMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "kluby.middleware.SecurityHeadersMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "kluby.middleware.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Lets the admin frame page previews; listed after the CSP and X-Frame-Options middleware
    # so that it adjusts a preview's response before they add their headers.
    "kluby.middleware.PreviewFramingMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "kluby.cache.PageCacheFetchMiddleware",
    "kluby.routing.CachedRoutingMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kluby.urls"
WSGI_APPLICATION = "kluby.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
                "kluby.context_processors.content_version",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes checks every sign-in (the admin's and the site's login for restricted pages)
# before the usual password check.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Polish is the default; every URL carries its language prefix.
LANGUAGE_CODE = "pl"
LANGUAGES = [
    ("pl", _("Polish")),
    ("ro", _("Romanian")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Date formats that differ from Django's for a language (kluby/formats/<language>/formats.py).
FORMAT_MODULE_PATH = ["kluby.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Warsaw")
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Small deployments without a separate file server can let the app serve uploaded media.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 31536000

# Anonymous visitors get whole pages from the cache for this long (0 turns it off), and a
# CDN may keep them as long (s-maxage); browsers revalidate every time. Any publication
# invalidates the site's own cache at once, in every worker.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))

# One process's memory by default; REDIS_URL (redis://host:6379/0) shares the cache between
# workers and servers, so each page is rendered once for all of them. Either way every key
# carries the published-content version read from the database (kluby.freshness), so a
# publication or a privacy change is right in every worker at once.
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["REDIS_URL"]}
        if os.environ.get("REDIS_URL")
        # Room for the cards, structure and pages of a large site (Django's default is 300).
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "kluby", "OPTIONS": {"MAX_ENTRIES": 3000}}
    )
}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
# The folder of the file-based backend (django.core.mail.backends.filebased.EmailBackend),
# which writes each message to a file there: the browser checks read what the served site sent.
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", "")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Uploads are bounded; Pillow's decompression-bomb guard stays on at its default.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Wagtail
WAGTAIL_SITE_NAME = "Kluby Kreatywności"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "kluby.CustomImage"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"gif": "png", "bmp": "png"}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Wagtail's database backend, with the words of a query made safe for SQLite's full-text syntax.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "kluby.search_backend"}}
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Private and password-protected pages and documents ask for a sign-in or a password in the
# site's own look and the visitor's language (Wagtail's defaults are bare, unstyled pages).
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "kluby/login.html"
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "kluby/password_required.html"
WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = "kluby/document_password_required.html"
# Where a visitor lands after signing in without a page to return to: their language's home.
LOGIN_REDIRECT_URL = "/"
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

# Security headers. The Content-Security-Policy allows no inline script; a script that
# must be inline carries the request's nonce.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

from csp.constants import NONCE, NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", "https://tile.openstreetmap.org"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
    # The Wagtail admin ships inline scripts and styles of its own; the public site does not.
    "EXCLUDE_URL_PREFIXES": ("/admin/",),
}

# Production hardening, switchable where a proxy terminates TLS.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Only a proxy in front that sets X-Forwarded-Proto itself (and drops the client's) makes the
# header trustworthy; without one, anybody could claim HTTPS with it.
TRUST_X_FORWARDED_PROTO = env_bool("TRUST_X_FORWARDED_PROTO", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if TRUST_X_FORWARDED_PROTO else None
# The same for the client's address (rate limits, sign-in lockouts): on, the right-most address
# of X-Forwarded-For, the one the proxy appended, is the client's; off, the connection's.
TRUST_X_FORWARDED_FOR = env_bool("TRUST_X_FORWARDED_FOR", False)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)

# E-mail addresses that receive contact form submissions when the form names none.
CONTACT_FORM_RECIPIENTS = env_list("CONTACT_FORM_RECIPIENTS")
# Who is told of each new request to use a Qub space (empty: the contact form's recipients).
SPACE_REQUEST_RECIPIENTS = env_list("SPACE_REQUEST_RECIPIENTS")

# Rate limits (kluby/ratelimits.py) count in the default cache, per client address.
RATELIMIT_USE_CACHE = "default"
RATELIMIT_IP_META_KEY = "kluby.ratelimits.client_ip"
# django-ratelimit's check trusts only memcached and django-redis. Silenced, with the reason:
# - W001 "not officially supported": Django's own RedisCache increments with Redis' INCR, and
#   the other backends below are discussed one by one.
# - E003 for the database cache ("no atomic increment"): two requests of one client at the same
#   instant may be counted once, letting that one request more through; a limit that is a brake
#   on harvesting and guessing, not an exact quota, can afford that.
# - E003 for the per-process memory cache ("not shared"): each process counts on its own, its
#   increments taken under a lock. Exact for the tests and `runserver` (one process); with
#   several workers a client gets up to one limit per worker, so production wants a shared cache.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
if CACHES["default"]["BACKEND"] in {
    "django.core.cache.backends.db.DatabaseCache",
    "django.core.cache.backends.locmem.LocMemCache",
}:
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.E003")

# Sign-in lockouts (django-axes): a username from one address is locked after
# AXES_FAILURE_LIMIT failed attempts, for AXES_COOLOFF_TIME after the last one. Administrators
# unlock in the admin (Settings > Sign-in lockouts) or with `manage.py axes_reset`.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "kluby.ratelimits.client_ip"
AXES_LOCKOUT_CALLABLE = "kluby.accounts.signin_locked_out"
# Only failures are needed for a lockout; a record of every successful sign-in is personal data
# the portal has no use for.
AXES_DISABLE_ACCESS_LOG = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
