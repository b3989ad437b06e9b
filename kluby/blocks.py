"""StreamField blocks shared by every content area: narrative bodies are built from these."""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (h2)")), ("h3", _("Subsection heading (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        help_text = _("Headings build the page's table of contents.")

    def anchor(self, value):
        return slugify(value.get("text", ""))[:60] or "section"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = self.anchor(value)
        return context


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/captioned_image_block.html"
        help_text = _("Describe the image in its alt text unless it is purely decorative.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("Tone"),
        choices=[("info", _("Information")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "warning"
        label = _("Call-out")
        template = "blocks/callout_block.html"
        help_text = _("A highlighted box for a tip, a warning or key information.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "blocks/document_block.html"


class EmbedWithTitleBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("Address of the video or media"))
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=200,
        help_text=_("Names the embedded media for screen reader users."),
    )
    transcript = blocks.RichTextBlock(label=_("Transcript or summary"), required=False)

    class Meta:
        icon = "media"
        label = _("Embedded media")
        template = "blocks/embed_block.html"


class LinkBlock(blocks.StructBlock):
    """A link to a page of the portal or to another site; exactly one of the two."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)
    text = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=120,
        help_text=_("Says where the link leads. Leave empty to use the page's title."),
    )

    class Meta:
        icon = "link"
        label = _("Link")
        template = "blocks/link_block.html"
        help_text = _("A link on a line of its own, to a page of the portal or to another site.")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = ValidationError(_("Choose a page or enter an address, not both."))
            raise StructBlockValidationError(block_errors={"url": message})
        # An address says nothing to a screen reader user who lists the page's links.
        if value.get("url") and not value.get("text"):
            message = ValidationError(_("Enter the link text: an address alone does not say where it leads."))
            raise StructBlockValidationError(block_errors={"text": message})
        return value


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=RICH_TEXT_FEATURES, icon="pilcrow",
        template="blocks/paragraph_block.html",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    document = DocumentBlock()
    embed = EmbedWithTitleBlock()
    link = LinkBlock()

    class Meta:
        label = _("Body")


def table_of_contents(body):
    """The h2 headings of a body, as (anchor, text) pairs, in order."""
    heading_block = BodyStreamBlock.base_blocks["heading"]
    return [
        (heading_block.anchor(child.value), child.value["text"])
        for child in body
        if child.block_type == "heading" and child.value.get("level") == "h2"
    ]
