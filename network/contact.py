"""The school coordinator's e-mail address, shown only after a visitor presses the button on
the school page, as on club pages (the core's `kluby.contact_reveal`)."""

from django.urls import path

from kluby.contact_reveal import reveal_email_view
from kluby.ratelimits import RateLimit

from .models import SchoolPage
from .models.schools import SCHOOL_CONTACT_TOKEN

CONTACT_REVEAL_LIMIT = RateLimit("school-contact", "10/10m")

reveal_coordinator_email = reveal_email_view(
    model=SchoolPage,
    email_field="coordinator_email",
    token=SCHOOL_CONTACT_TOKEN,
    limit=CONTACT_REVEAL_LIMIT,
    refused_template="network/contact_refused.html",
    name="school",
)

urlpatterns = [
    path("school-contact/<int:page_id>/", reveal_coordinator_email, name="school_contact"),
]
