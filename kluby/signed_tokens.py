"""Signed, short-lived tokens that tie a button on a cached page to one object.

A button that reveals something (a coordinator's e-mail address) posts the token its page
carries; without a page fetched lately, for that very object, the button refuses. The token
is the same for every visitor, so the page can still be cached whole.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing


@dataclass(frozen=True)
class ObjectToken:
    """Tokens for one purpose (the signing salt), each bound to one object's id.

    A token is accepted for `lifetime` seconds after the page carrying it left the page cache
    (PAGE_CACHE_SECONDS), so a visitor who got the last cached copy still has that long.
    """

    purpose: str
    lifetime: int

    def _signer(self):
        return signing.TimestampSigner(salt=self.purpose)

    def for_object(self, pk):
        return self._signer().sign(str(pk))

    def is_valid(self, token, pk):
        try:
            value = self._signer().unsign(
                token, max_age=self.lifetime + settings.PAGE_CACHE_SECONDS
            )
        except signing.BadSignature:  # also an expired token (SignatureExpired)
            return False
        return value == str(pk)
