"""Site-wide pieces every content area shares: the image model, base and common page types,
news, the contact form, site settings and the translatable footer."""

import logging

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Subquery
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
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
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from .admin_forms import LocalisedPageForm
from .blocks import BodyStreamBlock, table_of_contents
from .forms import PublicFormBuilder
from .freshness import content_version
from .listing import Facet, Listing
from .queries import (
    CachedViewRestrictionsMixin,
    active_locale,
    cached_structure,
    listing_images_with_renditions,
    public_only,
)
from .ratelimits import RateLimit, try_again_message
from .taxonomy import AgeGroup  # noqa: F401  (a model of this app)
from .text import sort_key

logger = logging.getLogger(__name__)


class CustomImage(AbstractImage):
    """Images carry their default alt text (Wagtail's `description`), credit and licence."""

    # Wagtail fills the alt text of an image placed in a page from this field, so the form
    # says so instead of offering a vague "description".
    description = models.CharField(
        _("default alt text"),
        max_length=255,
        blank=True,
        default="",
        help_text=_(
            "What the image shows, for people who cannot see it. Used as its alt text wherever "
            "it is placed without alt text of its own; if empty, the title is used."
        ),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True)
    licence = models.CharField(
        _("licence"),
        max_length=100,
        blank=True,
        help_text=_("For example: CC BY 4.0, or 'all rights reserved'."),
    )

    admin_form_fields = Image.admin_form_fields + ("credit", "licence")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class BasePage(CachedViewRestrictionsMixin, Page):
    """Fields every public page shares: a short lead and a listing image."""

    lead = models.TextField(
        _("lead"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences shown under the title and in listings."),
    )
    listing_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    search_fields = Page.search_fields + [index.SearchField("lead")]
    api_fields = [APIField("lead"), APIField("listing_image")]
    promote_panels = Page.promote_panels + [FieldPanel("listing_image")]
    # Pickers of translatable snippets offer the page's language.
    base_form_class = LocalisedPageForm

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.lead


class HomePage(BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_title = models.CharField(
        _("featured section title"), max_length=120, blank=True, default=""
    )

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        InlinePanel("areas", label=_("Areas"), max_num=6),
        FieldPanel("featured_title"),
        InlinePanel("featured_pages", label=_("Featured content"), max_num=6),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [
        APIField("intro"),
        APIField("hero_image"),
        APIField("areas"),
        APIField("featured_pages"),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["areas"] = self.areas.select_related("link_page", "image")
        featured_ids = list(self.featured_pages.values_list("featured_id", flat=True))
        featured = public_only(Page.objects.filter(pk__in=featured_ids).live(), request).specific()
        order = {pk: position for position, pk in enumerate(featured_ids)}
        context["featured"] = sorted(featured, key=lambda page: order[page.pk])
        context["latest_news"] = public_only(
            NewsArticlePage.objects.live().filter(locale_id=self.locale_id), request
        ).select_related("locale").prefetch_related(listing_images_with_renditions()).order_by("-date")[:3]
        return context


class HomePageArea(Orderable):
    """One of the portal's areas (resources, clubs, inspirations, school network) on the home page."""

    page = ParentalKey(HomePage, related_name="areas", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=120)
    text = models.TextField(_("text"), max_length=400)
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("links to"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("title"), FieldPanel("text"), FieldPanel("link_page"), FieldPanel("image")]
    api_fields = [APIField("title"), APIField("text"), APIField("link_page")]


class HomePageFeatured(Orderable):
    page = ParentalKey(HomePage, related_name="featured_pages", on_delete=models.CASCADE)
    featured = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("featured")]
    api_fields = [APIField("featured")]


class StandardPage(BasePage):
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["kluby.HomePage", "kluby.StandardPage"]
    subpage_types = ["kluby.StandardPage"]

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("body")]

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["toc"] = table_of_contents(self.body)
        return context


class NewsIndexPage(BasePage):
    parent_page_types = ["kluby.HomePage"]
    subpage_types = ["kluby.NewsArticlePage"]
    max_count_per_parent = 1
    per_page = 10

    content_panels = BasePage.content_panels + [FieldPanel("lead")]

    class Meta:
        verbose_name = _("news index")

    def news_records(self):
        """Per article: its place (newest first) and its tags; with the tags' names."""
        articles = public_only(NewsArticlePage.objects.child_of(self).live())
        records = {pk: {"sort": (-date.toordinal(), -pk), "tag": set()} for pk, date in articles.values_list("pk", "date")}
        tags = {}
        for pk, slug, name in NewsArticleTag.objects.filter(content_object__in=articles).values_list(
            "content_object_id", "tag__slug", "tag__name"
        ):
            records[pk]["tag"].add(slug)
            tags[slug] = name
        return records, tags

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        records, tags = cached_structure(f"kluby:news-listing:{content_version()}:{self.pk}", self.news_records)
        listing = Listing(request.GET, [Facet("tag", _("Tag"), sorted(tags.items(), key=lambda tag: sort_key(tag[1])))], records)
        context["listing"] = listing
        context["page_obj"] = listing.page(
            self.per_page,
            lambda keys: NewsArticlePage.objects.filter(pk__in=keys)
            .select_related("locale")
            .prefetch_related(listing_images_with_renditions()),
        )
        return context


class NewsArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "kluby.NewsArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsArticlePage(BasePage):
    date = models.DateField(_("date"))
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(through=NewsArticleTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["kluby.NewsIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("date"),
        APIField("image"),
        APIField("body"),
        APIField("tags"),
    ]

    class Meta:
        verbose_name = _("news article")
        ordering = ["-date"]


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
        from .spreadsheets import FormulaSafeSubmissionsListView

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


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    postal_address = models.TextField(_("postal address"), blank=True)
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("contact page"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("accessibility statement"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("privacy notice"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    mastodon_url = models.URLField(_("Mastodon"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("postal_address")],
            heading=_("Contact"),
        ),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("contact_page"), FieldPanel("accessibility_page"), FieldPanel("privacy_page")],
            heading=_("Pages linked from every page's footer"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
                FieldPanel("mastodon_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    def footer_pages(self):
        """The linked pages in the active language, where a translation exists (one query)."""
        ids = [self.contact_page_id, self.accessibility_page_id, self.privacy_page_id]
        sources = Page.objects.filter(pk__in=[pk for pk in ids if pk]).values("translation_key")
        localized = Page.objects.filter(translation_key__in=sources, locale=active_locale())
        by_source = {}
        for page in localized.live().select_related("locale").annotate(
            source_id=Subquery(
                Page.objects.filter(pk__in=ids, translation_key=OuterRef("translation_key")).values("pk")[:1]
            )
        ):
            by_source[page.source_id] = page
        return [by_source[pk] for pk in ids if pk in by_source]

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
            ("Mastodon", self.mastodon_url),
        ]
        return [(name, url) for name, url in links if url]


@register_snippet
class FooterContent(TranslatableMixin, models.Model):
    """The footer's text and links, one per language."""

    text = RichTextField(_("text"), features=["bold", "italic", "link"])
    funding_note = models.CharField(_("funding note"), max_length=255, blank=True)

    panels = [FieldPanel("text"), FieldPanel("funding_note")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return f"{self._meta.verbose_name} ({self.locale})"
