"""Filled by a later issue; the app exists so that its URL space and migrations are reserved."""
