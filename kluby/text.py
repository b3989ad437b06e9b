"""Text helpers shared by the apps."""

import unicodedata


def sort_key(text):
    """Alphabetical order that ignores case and diacritics (ł sorts with l, ș with s)."""
    text = text.casefold().replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
