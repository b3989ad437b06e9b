"""Wagtail API v2: pages, images and documents, read-only and public.

Whatever a client sends, the answer is JSON: parameters Wagtail would pass on to the database
unchecked (a NUL, a number too large for an integer column, an unknown search operator) are
refused with a 400 and a message before any query runs.
"""

import re

from django.conf import settings
from django.db import DataError
from django.http import Http404
from django.utils import translation
from rest_framework.fields import Field
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError, get_full_url
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Site

# Parameters Wagtail turns into integers for the database, and the largest value every
# supported database can hold in the columns they are compared with (PostgreSQL's integer).
INTEGER_PARAMETERS = ("offset", "limit", "id", "child_of", "ancestor_of", "descendant_of", "translation_of")
LARGEST_INTEGER = 2**31 - 1
SEARCH_OPERATORS = ("and", "or")
# ASCII digits only: str.isdigit() also accepts "²", which int() refuses.
WHOLE_NUMBER = re.compile(r"-?[0-9]+")


def check_parameters(query, path_id=None):
    """Raise BadRequestError for what the database or the search backend cannot take."""
    for name, values in query.lists():
        if any("\x00" in value for value in values) or "\x00" in name:
            raise BadRequestError(f"{name.replace(chr(0), '')} must not contain a NUL character")
    for name in INTEGER_PARAMETERS:
        value = query.get(name, "").strip()
        if WHOLE_NUMBER.fullmatch(value) and abs(int(value)) > LARGEST_INTEGER:
            raise BadRequestError(f"{name} must be at most {LARGEST_INTEGER}")
    if "id" in query and not WHOLE_NUMBER.fullmatch(query["id"].strip().lstrip("+")):
        raise BadRequestError("id must be a whole number")
    operator = query.get("search_operator")
    if operator is not None and operator not in SEARCH_OPERATORS:
        raise BadRequestError("search_operator must be 'and' or 'or'")
    if path_id is not None and int(path_id) > LARGEST_INTEGER:
        raise BadRequestError(f"an id is at most {LARGEST_INTEGER}")


class CheckedParametersMixin:
    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_parameters(request.GET, kwargs.get("pk"))

    def handle_exception(self, exc):
        # A value the checks above did not foresee and the database refused (a number out of
        # range in a field filter): the client's mistake, not the server's.
        if isinstance(exc, (OverflowError, DataError)):
            exc = BadRequestError("a parameter's value is out of range")
        return super().handle_exception(exc)


class PortalPagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    def get_queryset(self):
        # Every item names its language (`meta.locale`): one join instead of a query each.
        return super().get_queryset().select_related("locale")

    def find_object(self, queryset, request):
        """`html_path` is the page's public address, with its language prefix (`/pl/zasobnik/`)."""
        site = Site.find_for_request(request)
        if "html_path" not in request.GET or site is None:
            return super().find_object(queryset, request)
        components = [component for component in request.GET["html_path"].split("/") if component]
        languages = {code for code, _name in settings.LANGUAGES}
        if not components or components[0] not in languages:
            return None
        with translation.override(components[0]):
            try:
                page, _args, _kwargs = site.root_page.localized.specific.route(request, components[1:])
            except Http404:
                return None
        return page if queryset.filter(id=page.id).exists() else None


class AbsoluteImageDownloadUrlField(Field):
    """The image file's full address, as documents' download_url already is."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, image):
        return get_full_url(self.context["request"], image.file.url)


class PortalImageSerializer(ImageSerializer):
    download_url = AbsoluteImageDownloadUrlField(read_only=True)


class PortalImagesAPIViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    base_serializer_class = PortalImageSerializer
    body_fields = ImagesAPIViewSet.body_fields + ["description", "credit", "licence"]


class PortalDocumentsAPIViewSet(CheckedParametersMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)
