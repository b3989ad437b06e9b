"""The course of an activity: a list of steps, each with its own text, images and minutes."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from kluby.blocks import CalloutBlock, CaptionedImageBlock


class StepContentBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=["bold", "italic", "link", "ul", "ol"], template="blocks/paragraph_block.html"
    )
    image = CaptionedImageBlock()
    callout = CalloutBlock()


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    minutes = blocks.IntegerBlock(label=_("Minutes"), min_value=1, max_value=600)
    content = StepContentBlock(label=_("What happens"))

    class Meta:
        icon = "list-ol"
        label = _("Step")
        template = "inspirations/blocks/step_block.html"
        help_text = _("One part of the session: what the facilitator and the group do, and for how long.")


class StepsStreamBlock(blocks.StreamBlock):
    step = StepBlock()
