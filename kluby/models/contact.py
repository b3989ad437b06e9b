"""The contact page: a form built in the admin, its messages stored and e-mailed, rate-limited."""

import logging

from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from ..forms import PublicFormBuilder
from ..queries import (
    CachedViewRestrictionsMixin,
)
from ..ratelimits import RateLimit, try_again_message

logger = logging.getLogger(__name__)


class ContactFormField(AbstractFormField):
    page = ParentalKey("kluby.ContactPage", on_delete=models.CASCADE, related_name="form_fields")


CONTACT_FORM_LIMIT = RateLimit("contact-form", "5/10m")


class ContactPage(CachedViewRestrictionsMixin, AbstractEmailForm):
    """A contact form that editors build in the admin; submissions are stored and e-mailed.

    The public form caps and checks every field and carries a honeypot (kluby/forms.py); a
    client sends at most `CONTACT_FORM_LIMIT` messages, and past it gets the form back with what
    it typed.
    """

    form_builder = PublicFormBuilder

    lead = models.TextField(_("lead"), blank=True, max_length=400)
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=["bold", "italic", "link"]
    )

    parent_page_types = ["kluby.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("lead"),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("lead")]
    api_fields = [APIField("lead"), APIField("intro")]

    class Meta:
        verbose_name = _("contact page")

    @property
    def meta_description(self):
        # The introduction says what the form is for; without it the page would repeat the
        # site-wide description.
        return self.search_description or self.lead or get_text_for_indexing(self.intro)

    def recipients(self):
        """The form's own addresses, else the deployment's (CONTACT_FORM_RECIPIENTS)."""
        addresses = [address.strip() for address in self.to_address.split(",") if address.strip()]
        return addresses or list(settings.CONTACT_FORM_RECIPIENTS)

    def get_submissions_list_view_class(self):
        # Imported here: Wagtail's admin views cannot be imported while models are loading.
        from ..spreadsheets import FormulaSafeSubmissionsListView

        return FormulaSafeSubmissionsListView

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        status = 200
        if form.is_valid():
            if form.caught_by_honeypot:
                # A robot: nothing is stored or sent, and it learns nothing from the answer.
                return self.render_landing_page(request, None, *args, **kwargs)
            retry_after = CONTACT_FORM_LIMIT.hit(request)
            if not retry_after:
                submission = self.process_form_submission(form)
                return self.render_landing_page(request, submission, *args, **kwargs)
            form.add_error(
                None,
                gettext(
                    "You have sent several messages in a short time, so this one has not been "
                    "sent yet. %(try_again)s"
                )
                % {"try_again": try_again_message(retry_after)},
            )
            status = 429
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def process_form_submission(self, form):
        # The message is stored first: a mail server that is down must not lose it, and the
        # editors still see it among the form's submissions.
        submission = self.get_submission_class().objects.create(
            form_data=form.cleaned_data, page=self
        )
        addresses = self.recipients()
        if addresses:
            try:
                send_mail(
                    self.subject or self.title,
                    self.render_email(form),
                    addresses,
                    self.from_address or settings.DEFAULT_FROM_EMAIL,
                )
            except OSError:
                logger.exception("Could not e-mail contact form submission %s", submission.pk)
        return submission
