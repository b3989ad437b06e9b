"""The club coordinator's e-mail address, shown only after a visitor presses the button on
the club page (the core's `kluby.contact_reveal` explains how it is kept from harvesters)."""

from django.urls import path

from kluby.contact_reveal import reveal_email_view
from kluby.ratelimits import RateLimit

from .models import COORDINATOR_CONTACT_TOKEN, ClubPage

CONTACT_REVEAL_LIMIT = RateLimit("club-contact", "10/10m")

reveal_coordinator_email = reveal_email_view(
    model=ClubPage,
    email_field="contact_email",
    token=COORDINATOR_CONTACT_TOKEN,
    limit=CONTACT_REVEAL_LIMIT,
    refused_template="clubs/contact_refused.html",
    name="club",
)

urlpatterns = [
    path("club-contact/<int:page_id>/", reveal_coordinator_email, name="club_contact"),
]
