"""Full-text search over pages, ranked with one query to the index.

Wagtail's SQLite backend (modelsearch) orders results by a relevance subquery run once per
matching page: a word found on a thousand pages costs a thousand index lookups, seconds at
the benchmark's scale. On SQLite the matches and their scores are read from the full-text
index in one query and ranked here, with the same scores and order as the backend's own.
Other backends (PostgreSQL) rank inside the database and are used as they are.
"""

from modelsearch.backends import get_search_backend
from modelsearch.query import MatchAll, Not

# Below SQLite's oldest limit on the number of parameters in one query (999).
MAX_KEYS_IN_QUERY = 900


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
    # The content types are checked here, not in SQL: with them in the query SQLite may walk
    # every entry of a type and test the match on each, instead of asking the index.
    content_types = set(get_descendants_content_types_pks(queryset.model))
    rank = compiler._build_rank_expression(compiler.get_search_vectors(), config)
    entries = (
        SQLiteFTSIndexEntry.objects.filter(match)
        .annotate(score=rank)
        .values_list("index_entry__object_id", "index_entry__content_type_id", "score")
    )
    scores = {}
    for object_id, content_type_id, score in entries:
        if content_type_id in content_types:
            scores[int(object_id)] = min(score, scores.get(int(object_id), score))
    # Which matches the queryset allows: by their keys when they are few, else by reading the
    # queryset's keys (SQLite runs an IN over the full-text index slowly).
    if len(scores) <= MAX_KEYS_IN_QUERY:
        allowed = queryset.filter(pk__in=list(scores)).values_list("pk", flat=True)
    else:
        allowed = scores.keys() & set(queryset.values_list("pk", flat=True))
    # BM25 scores are negative: the lower, the better (the backend sorts them ascending too).
    return sorted(allowed, key=lambda pk: (scores[pk], -pk))
