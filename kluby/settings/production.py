"""Production: everything from base, which already reads the environment and hardens HTTP."""

from .base import *  # noqa: F403
