"""System checks for admin configuration mistakes that only show up as a server error once an
editor uses the admin."""

from django.core import checks
from wagtail.admin.viewsets.base import ViewSet
from wagtail.search.index import class_is_indexed


@checks.register(checks.Tags.models)
def check_admin_search_fields(app_configs, **kwargs):
    """A viewset of an indexed model must not name `search_fields`: Wagtail then asks the
    search backend to search only those fields, which the SQLite full-text backend cannot do
    (django-modelsearch issue #47: "no such column") and which fails on PostgreSQL for any
    field that is not indexed for autocompletion. The model's own `search_fields` decide."""
    from wagtail.admin.viewsets import viewsets
    from wagtail.snippets.models import get_snippet_models

    registered = list(viewsets.viewsets) + [model.snippet_viewset for model in get_snippet_models()]
    errors = []
    for viewset in {id(viewset): viewset for viewset in registered}.values():
        model = getattr(viewset, "model", None)
        fields = getattr(viewset, "search_fields", None)
        backend = getattr(viewset, "search_backend_name", None)
        uses_backend = backend is ViewSet.UNDEFINED or bool(backend)
        if model is None or fields in (None, ViewSet.UNDEFINED) or not uses_backend:
            continue
        if app_configs is not None and model._meta.app_config not in app_configs:
            continue
        if class_is_indexed(model):
            errors.append(
                checks.Error(
                    f"{type(viewset).__name__} sets search_fields on {model.__name__}, which is "
                    "indexed: the admin search would fail with a server error.",
                    hint="Remove search_fields from the viewset (the model's search_fields "
                    "apply), or set search_backend_name = None for a plain database search.",
                    obj=type(viewset),
                    id="kluby.E001",
                )
            )
    return errors
