"""`{% page_sections "place" %}`: the sections other apps add to a page at that place
(`page_sections` of their `PortalAppConfig`), so the page's app never names them."""

from django import template
from django.utils.safestring import mark_safe

from kluby.registry import page_sections as registered_sections

register = template.Library()


@register.simple_tag(takes_context=True)
def page_sections(context, place):
    return mark_safe("".join(section(context) for section in registered_sections(place)))
