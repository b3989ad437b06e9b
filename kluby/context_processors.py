"""Template context shared by every page."""

from .freshness import content_version as read_content_version


def content_version(request):
    """`content_version` for fragment cache keys (`{% wagtailcache %}`): read only when a
    template uses it, once per request."""
    return {"content_version": read_content_version}
