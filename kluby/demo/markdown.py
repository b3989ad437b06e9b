"""Markdown bodies of the demo pages, turned into StreamField data for the body blocks of
`kluby.blocks` and `resources.blocks`.

Headings (## and ###), paragraphs and lists (one rich text block until the next other block),
`> quote` with a last line `— attribution`, `::: tip Title` ... `:::` call-outs (info, tip,
warning), and references that stand alone in a paragraph: `![alt](image:key "caption")`,
`[link text](document:key)`, `[why read it](resource:key)`, `[what it is for](equipment:key)`.
Rich text comes out as the HTML the Wagtail editor stores: <p>, <strong>, <em>, <a href>,
<ul>/<ol>/<li>, with no line breaks between elements.
"""

from markdown_it import MarkdownIt
from mdit_py_plugins.container import container_plugin

from .locations import Where

CALLOUT_TONES = ("info", "tip", "warning")
ATTRIBUTION_DASHES = ("— ", "-- ")
# Link schemes that name demo content by key; each makes a block of its own.
REFERENCE_BLOCKS = {"image": "image", "document": "document", "resource": "resource", "equipment": "equipment"}


def _parser():
    md = MarkdownIt("commonmark")
    container_plugin(md, "callout", validate=lambda params, *args: True)
    return md


PARSER = _parser()


class BodyConverter:
    """Turns one page's Markdown into block data.

    `resolve(kind, key, where)` gives the primary key of the image, document, resource or
    equipment item named by `key` (raising a ContentError when there is none); `allowed` are
    the block names the page's StreamBlock has.
    """

    def __init__(self, path, first_line, resolve, allowed):
        self.path, self.first_line, self.resolve, self.allowed = path, first_line, resolve, set(allowed)

    def where(self, token):
        line = token.map[0] if token.map else 0
        return Where(self.path, self.first_line + line)

    def convert(self, text):
        tokens = PARSER.parse(text)
        blocks, rich = [], []

        def flush():
            if rich:
                blocks.append({"type": "paragraph", "value": "".join(rich)})
                rich.clear()

        position = 0
        while position < len(tokens):
            token = tokens[position]
            end = self._closing(tokens, position)
            inner = tokens[position + 1 : end]
            if token.type == "heading_open":
                if token.tag not in ("h2", "h3"):
                    raise self.where(token).error(f"use ## or ### for headings ({token.markup} is not used in bodies)")
                flush()
                blocks.append(self._block(token, "heading", {"text": self.plain(inner[0]), "level": token.tag}))
            elif token.type == "paragraph_open":
                reference = self.reference(inner[0])
                if reference is not None:
                    flush()
                    blocks.append(reference)
                else:
                    rich.append(f"<p>{self.inline(inner[0])}</p>")
            elif token.type in ("bullet_list_open", "ordered_list_open"):
                rich.append(self.list_html(token, inner))
            elif token.type == "blockquote_open":
                flush()
                blocks.append(self._block(token, "quote", self.quote(token, inner)))
            elif token.type == "container_callout_open":
                flush()
                blocks.append(self._block(token, "callout", self.callout(token, inner)))
            else:
                raise self.where(token).error(self._unsupported(token))
            position = end + 1
        flush()
        return blocks

    def _block(self, token, kind, value):
        if kind not in self.allowed:
            raise self.where(token).error(f"this page's body has no {kind} blocks")
        return {"type": kind, "value": value}

    @staticmethod
    def _closing(tokens, start):
        """The index of the token that closes the one at `start` (itself if it has none)."""
        if tokens[start].nesting != 1:
            return start
        depth = 0
        for index in range(start, len(tokens)):
            depth += tokens[index].nesting
            if depth == 0:
                return index
        return len(tokens) - 1

    @staticmethod
    def _unsupported(token):
        names = {
            "hr": "horizontal rules",
            "code_block": "indented code (remove the indentation)",
            "fence": "code blocks",
            "html_block": "HTML (write Markdown instead)",
        }
        return f"{names.get(token.type, token.type)} are not used in page bodies"

    # rich text

    def rich_blocks(self, tokens):
        """HTML of paragraphs and lists (the inside of a call-out)."""
        parts, position = [], 0
        while position < len(tokens):
            token = tokens[position]
            end = self._closing(tokens, position)
            if token.type == "paragraph_open":
                parts.append(f"<p>{self.inline(tokens[position + 1])}</p>")
            elif token.type in ("bullet_list_open", "ordered_list_open"):
                parts.append(self.list_html(token, tokens[position + 1 : end]))
            else:
                raise self.where(token).error("a call-out holds paragraphs and lists only")
            position = end + 1
        return "".join(parts)

    def list_html(self, token, inner):
        if token.type == "ordered_list_open" and token.attrGet("start") not in (None, 1):
            raise self.where(token).error("a numbered list starts at 1")
        items, position = [], 0
        while position < len(inner):
            item_end = self._closing(inner, position)
            content = inner[position + 1 : item_end]
            if len(content) != 3 or content[0].type != "paragraph_open":
                raise self.where(inner[position]).error("a list item is one paragraph (lists do not nest)")
            items.append(f"<li>{self.inline(content[1])}</li>")
            position = item_end + 1
        return f"<{token.tag}>{''.join(items)}</{token.tag}>"

    def inline(self, inline_token):
        html = []
        for child in inline_token.children:
            if child.type == "text":
                html.append(escape_text(child.content))
            elif child.type == "softbreak":
                html.append(" ")
            elif child.type in ("strong_open", "strong_close", "em_open", "em_close"):
                html.append(f"<{'/' if child.nesting < 0 else ''}{child.tag}>")
            elif child.type == "link_open":
                href = child.attrGet("href")
                if href.split(":", 1)[0] in REFERENCE_BLOCKS:
                    raise self.where(inline_token).error(
                        f"a link to {href} makes a block of its own: put it alone in its paragraph"
                    )
                html.append(f'<a href="{escape_text(href).replace(chr(34), "&quot;")}">')
            elif child.type == "link_close":
                html.append("</a>")
            else:
                raise self.where(inline_token).error(self._unsupported_inline(child))
        return "".join(html)

    @staticmethod
    def _unsupported_inline(child):
        names = {
            "image": "an image stands alone in its paragraph",
            "code_inline": "`code` is not used in page bodies",
            "html_inline": "HTML is not used in page bodies: write Markdown (**bold**, *italic*, [text](address))",
            "hardbreak": "a line break inside a paragraph is not used: start a new paragraph",
        }
        return names.get(child.type, f"{child.type} is not used in page bodies")

    def plain(self, inline_token):
        """The text of a heading, quote or attribution: no markup allowed."""
        parts = []
        for child in inline_token.children:
            if child.type == "text":
                parts.append(child.content)
            elif child.type == "softbreak":
                parts.append(" ")
            else:
                raise self.where(inline_token).error("headings and quotes are plain text, without markup")
        return "".join(parts)

    # blocks made of several parts

    def reference(self, inline_token):
        """The block a paragraph stands for when it is a lone reference, else None."""
        children = [child for child in inline_token.children if not (child.type == "text" and not child.content.strip())]
        if len(children) == 1 and children[0].type == "image":
            image = children[0]
            kind, key = self._scheme(inline_token, image.attrGet("src"), "image")
            alt = "".join(child.content for child in image.children or [])
            pk = self.resolve(kind, key, self.where(inline_token))
            value = {"image": {"image": pk, "decorative": False, "alt_text": alt}, "caption": image.attrGet("title") or ""}
            return self._block(inline_token, "image", value)
        if len(children) >= 2 and children[0].type == "link_open" and children[-1].type == "link_close":
            href = children[0].attrGet("href")
            if href.split(":", 1)[0] not in REFERENCE_BLOCKS or any(c.type == "link_open" for c in children[1:]):
                return None
            kind, key = self._scheme(inline_token, href, None)
            text = "".join(child.content for child in children[1:-1])
            pk = self.resolve(kind, key, self.where(inline_token))
            if kind == "document":
                return self._block(inline_token, "document", {"document": pk, "title": text})
            if kind == "resource":
                return self._block(inline_token, "resource", {"resource": pk, "note": text})
            if kind == "equipment":
                return self._block(inline_token, "equipment", {"item": pk, "note": text})
            raise self.where(inline_token).error("an image is written ![alt text](image:key \"caption\")")
        return None

    def _scheme(self, token, target, expected):
        kind, _, key = (target or "").partition(":")
        if kind not in REFERENCE_BLOCKS or not key or (expected and kind != expected):
            raise self.where(token).error(f"'{target}' names no demo content: write image:key")
        return kind, key

    def quote(self, token, inner):
        paragraphs = [self.plain(inner[index + 1]) for index, t in enumerate(inner) if t.type == "paragraph_open"]
        if any(t.type not in ("paragraph_open", "inline", "paragraph_close") for t in inner):
            raise self.where(token).error("a quote holds paragraphs of plain text only")
        attribution = ""
        if len(paragraphs) > 1 and paragraphs[-1].startswith(ATTRIBUTION_DASHES):
            attribution = paragraphs.pop().split(" ", 1)[1].strip()
        return {"text": "\n\n".join(paragraphs), "attribution": attribution}

    def callout(self, token, inner):
        tone, _, title = token.info.strip().partition(" ")
        if tone not in CALLOUT_TONES:
            raise self.where(token).error(f"a call-out starts '::: tone Title', tone one of {', '.join(CALLOUT_TONES)}")
        if not title.strip():
            raise self.where(token).error("a call-out needs a title after its tone")
        return {"tone": tone, "title": title.strip(), "text": self.rich_blocks(inner)}


def references_in(markdown):
    """(kind, key, line) of each reference to demo content in a Markdown text, so that keys can
    be checked before anything is loaded."""
    found = []
    for token in PARSER.parse(markdown):
        for child in token.children or []:
            target = child.attrGet("src") if child.type == "image" else child.attrGet("href")
            kind, _, key = (target or "").partition(":")
            if child.type in ("image", "link_open") and kind in REFERENCE_BLOCKS:
                found.append((kind, key, token.map[0] if token.map else 0))
    return found


def escape_text(text):
    """Text as Wagtail's editor stores it: &, < and > escaped, quotes left as they are."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rich_text(markdown, path, first_line):
    """HTML of a short Markdown text (paragraphs and lists), for rich text fields."""
    converter = BodyConverter(path, first_line, resolve=None, allowed=())
    return converter.rich_blocks(PARSER.parse(markdown))
