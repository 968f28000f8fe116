"""StreamField blocks shared by every page body on the portal."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading; the level keeps the page outline in order."""

    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "home/blocks/heading.html"


class FigureBlock(blocks.StructBlock):
    """An image with alternative text and an optional caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "home/blocks/figure.html"


class DocumentBlock(blocks.StructBlock):
    """A downloadable document with a visible title."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Defaults to the document title")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "home/blocks/document.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation with its source."""

    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "home/blocks/quote.html"


class CallToActionBlock(blocks.StructBlock):
    """A highlighted invitation with one button, to a page or an external address."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "home/blocks/call_to_action.html"

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks import StructBlockValidationError

        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give an address."))}
            )
        return value


class BodyBlock(blocks.StreamBlock):
    """The block set of every page body."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=[
            "bold",
            "italic",
            "link",
            "document-link",
            "ol",
            "ul",
            "superscript",
            "subscript",
        ],
        template="home/blocks/paragraph.html",
    )
    image = FigureBlock()
    document = DocumentBlock()
    embed = EmbedBlock(label=_("Embedded media"), template="home/blocks/embed.html", icon="media")
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        label = _("Body")
