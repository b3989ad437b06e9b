"""Views of the school network that are not pages, under each language prefix."""

from . import contact, space_requests

urlpatterns = contact.urlpatterns + space_requests.urlpatterns
