"""Full-text search over pages, ranked with one query to the index.

Wagtail's SQLite backend (modelsearch) orders results by a relevance subquery run once per
matching page: a word found on a thousand pages costs a thousand index lookups, seconds at
the benchmark's scale. On SQLite the matches and their scores are read from the full-text
index in one query and ranked here, with the same scores and order as the backend's own.
Other backends (PostgreSQL) rank inside the database and are used as they are.
"""

from modelsearch.backends import get_search_backend
from modelsearch.query import MatchAll, Not


def ranked_ids(queryset, terms, operator="and"):
    """Primary keys of the objects of `queryset` that match `terms`, best first; None when
    the search backend ranks efficiently by itself (use `queryset.search` then)."""
    backend = get_search_backend()
    if type(backend).__module__ != "modelsearch.backends.database.sqlite.sqlite":
        return None
    # Imported only now: the module reads models that exist only with SQLite.
    from modelsearch.backends.database.sqlite.sqlite import (
        MatchExpression,
        SQLiteFTSIndexEntry,
        get_descendants_content_types_pks,
        normalize,
    )

    compiler = backend.query_compiler_class(queryset, terms, operator=operator)
    query = normalize(compiler.query)
    if isinstance(query, (MatchAll, Not)):
        return None
    config = compiler.get_config(backend)
    match = MatchExpression(
        compiler.fields or compiler.FTS_TABLE_FIELDS, compiler.build_search_query(query, config=config)
    )
    entries = SQLiteFTSIndexEntry.objects.filter(match).filter(
        index_entry__content_type__in=get_descendants_content_types_pks(queryset.model)
    )
    scores = {}
    rank = compiler._build_rank_expression(compiler.get_search_vectors(), config)
    for object_id, score in entries.annotate(score=rank).values_list("index_entry__object_id", "score"):
        scores[int(object_id)] = min(score, scores.get(int(object_id), score))
    allowed = queryset.filter(pk__in=entries.values("index_entry__object_id")).values_list("pk", flat=True)
    # BM25 scores are negative: the lower, the better (the backend sorts them ascending too).
    return sorted(allowed, key=lambda pk: (scores[pk], -pk))
