"""Blocks of a resource's body: the shared body blocks plus references to other resources
and to items of the equipment catalogue."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from kluby.blocks import BodyStreamBlock


class ResourceReferenceBlock(blocks.StructBlock):
    resource = blocks.PageChooserBlock(label=_("Resource"), page_type="resources.ResourcePage")
    note = blocks.CharBlock(
        label=_("Why read it"),
        required=False,
        max_length=200,
        help_text=_("One sentence on what the reader will find there."),
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Reference to a resource")
        template = "resources/blocks/resource_reference_block.html"


class EquipmentReferenceBlock(blocks.StructBlock):
    item = SnippetChooserBlock("clubs.EquipmentItem", label=_("Equipment item"))
    note = blocks.CharBlock(
        label=_("What it is used for here"),
        required=False,
        max_length=200,
    )

    class Meta:
        icon = "cogs"
        label = _("Reference to equipment")
        template = "resources/blocks/equipment_reference_block.html"


class ResourceBodyBlock(BodyStreamBlock):
    resource = ResourceReferenceBlock()
    equipment = EquipmentReferenceBlock()

    class Meta:
        label = _("Body")
