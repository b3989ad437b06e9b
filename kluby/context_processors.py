"""Template context shared by every page."""

from functools import partial

from .queries import content_version as read_content_version


def content_version(request):
    """`content_version` for fragment cache keys (`{% cache %}`): read only when a template
    uses it, once per request."""
    return {"content_version": partial(read_content_version, request)}
