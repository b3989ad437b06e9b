"""Site-wide settings and the translatable footer."""


from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.models import register_snippet

from ..queries import (
    active_locale,
)


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    postal_address = models.TextField(_("postal address"), blank=True)
    postal_address_is_sample = models.BooleanField(
        _("the postal address is sample data"),
        default=False,
        help_text=_("The footer then says so after the address, in the visitor's language."),
    )
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
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("postal_address"),
                FieldPanel("postal_address_is_sample"),
            ],
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
