"""The published-content version: one number, kept in the database, that every cache key of
what visitors read carries (whole pages, routes, the frame, restrictions, filter data, cards).

It goes up when something a visitor can see changes: a page is published, unpublished, moved
or deleted; a view restriction, site or locale changes; a snippet, setting, image or document
is saved or deleted. Draft saves, autosaves, revisions, workflow steps and renditions leave it
alone, so editors typing in the admin never empty the caches.

Every worker and server reads the number from the database (one indexed row, once per
request), so a change is right everywhere at once, whatever cache backend holds the entries.
The number moves inside the publishing transaction: a worker that renders before the commit
still reads the old number, so it can never file old content under the new one.
"""

import threading
import time

from django.core.signals import request_finished, request_started
from django.db import models
from django.db.models import F, Value
from django.db.models.functions import Greatest
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import DraftStateMixin, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

# Apps whose own models (not pages and not their inline children) visitors see.
_portal_app_labels = set()
_memo = threading.local()


class ContentVersion(models.Model):
    """A single row: the site-wide version of published content."""

    number = models.BigIntegerField()

    class Meta:
        verbose_name = "published-content version"

    def __str__(self):
        return str(self.number)


def content_version():
    """The current version: read from the database once per request (and thread), and on
    every call outside requests (commands, shells), which may run across many changes."""
    number = getattr(_memo, "number", None)
    if number is None:
        number = ContentVersion.objects.filter(pk=1).values_list("number", flat=True).first()
        if number is None:
            # A new database starts from the clock, never from a number that a cache which
            # outlived an earlier database may hold entries for.
            number = ContentVersion.objects.get_or_create(pk=1, defaults={"number": time.time_ns()})[0].number
        if getattr(_memo, "in_request", False):
            _memo.number = number
    return number


def bump_content_version(**kwargs):
    """Start a new version: every cached entry filed under the old one is no longer read.

    The new number is at least the clock's, so a change that is rolled back never leaves a
    number that a later change would use again (with entries cached meanwhile under it)."""
    now = time.time_ns()
    if not ContentVersion.objects.filter(pk=1).update(number=Greatest(F("number") + 1, Value(now), output_field=models.BigIntegerField())):
        ContentVersion.objects.create(pk=1, number=now)
    forget_version()


def forget_version(**kwargs):
    _memo.number = None


def request_started_here(**kwargs):
    _memo.number = None
    _memo.in_request = True


def request_finished_here(**kwargs):
    _memo.number = None
    _memo.in_request = False


def _is_page_child(model):
    from modelcluster.fields import ParentalKey

    return any(isinstance(field, ParentalKey) for field in model._meta.get_fields())


_content_model_memo = {}


def is_visible_content(model):
    """Whether saving or deleting a `model` instance changes what visitors may read."""
    known = _content_model_memo.get(model)
    if known is not None:
        return known
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage, AbstractRendition
    from wagtail.snippets.models import get_snippet_models

    if issubclass(model, (Page, AbstractRendition, ContentVersion)) or issubclass(model, DraftStateMixin):
        # Pages and draft-able snippets change for visitors on publication (signals below).
        visible = False
    elif issubclass(model, (PageViewRestriction, Site, Locale, AbstractImage, AbstractDocument)):
        visible = True
    elif issubclass(model, (BaseSiteSetting, BaseGenericSetting)) or model in get_snippet_models():
        visible = True
    else:
        # Other models of the portal's apps (snippets registered through viewsets, the
        # footer), except a page's inline children: those are saved when it is published.
        visible = model._meta.app_label in _portal_app_labels and not _is_page_child(model)
    _content_model_memo[model] = visible
    return visible


def content_saved_or_deleted(sender, instance=None, **kwargs):
    if kwargs.get("raw"):
        return  # fixtures loading
    if isinstance(instance, Page):
        if kwargs.get("signal") is post_delete:
            bump_content_version()
        return
    if is_visible_content(sender):
        bump_content_version()


def restriction_groups_changed(sender, action=None, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        bump_content_version()


def connect(portal_app_labels):
    """Wire the signals; called once from the core's AppConfig.ready()."""
    _portal_app_labels.update(portal_app_labels)
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(bump_content_version, dispatch_uid=f"kluby-freshness-{id(signal)}")
    post_save.connect(content_saved_or_deleted, dispatch_uid="kluby-freshness-save")
    post_delete.connect(content_saved_or_deleted, dispatch_uid="kluby-freshness-delete")
    m2m_changed.connect(
        restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="kluby-freshness-restriction-groups",
    )
    # Each request reads the version afresh, once.
    request_started.connect(request_started_here, dispatch_uid="kluby-freshness-request-started")
    request_finished.connect(request_finished_here, dispatch_uid="kluby-freshness-request-finished")
