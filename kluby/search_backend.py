"""Wagtail's database search backend, safe for whatever an editor or a visitor types.

The backend is chosen by database as Wagtail's own `wagtail.search.backends.database` does. On
SQLite, modelsearch writes each word into an FTS5 string literal without escaping it, so a
double quote ends the literal early and SQLite answers "unterminated string" (wagtail/wagtail
issue #13227): every admin listing and chooser returned a server error for `"` or `a"b`. The
words are cleaned here first; other backends get the query unchanged.
"""

import functools

from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.query import And, MatchAll, Not, Or, Phrase, PlainText


def fts5_safe(query):
    """The query with its text fit for an FTS5 string literal: quotes doubled (FTS5's escape),
    no NUL (SQLite's C strings end there); text without a word matches everything, as an
    empty search does."""
    if isinstance(query, (PlainText, Phrase)):
        text = query.query_string.replace("\x00", " ")
        if not text.split():
            return MatchAll()
        if isinstance(query, Phrase):
            return Phrase(text.replace('"', '""'))
        return PlainText(text.replace('"', '""'), operator=query.operator, boost=query.boost)
    if isinstance(query, (And, Or)):
        return type(query)([fts5_safe(subquery) for subquery in query.subqueries])
    if isinstance(query, Not):
        return Not(fts5_safe(query.subquery))
    return query


class FTS5SafeQueryMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = fts5_safe(self.query)


@functools.cache
def fts5_safe_compiler(compiler_class):
    return type(f"FTS5Safe{compiler_class.__name__}", (FTS5SafeQueryMixin, compiler_class), {})


def SearchBackend(params):  # noqa: N802 - the name modelsearch looks for in a backend module
    backend = database_backend(params)
    # Compared by module name: the SQLite module can only be imported where SQLite is in use.
    if type(backend).__module__ == "modelsearch.backends.database.sqlite.sqlite":
        backend.query_compiler_class = fts5_safe_compiler(backend.query_compiler_class)
        backend.autocomplete_query_compiler_class = fts5_safe_compiler(backend.autocomplete_query_compiler_class)
    return backend
