"""Admin forms whose pickers of translatable snippets speak the language of the page (or the
snippet) being edited.

A picker of a translatable snippet (a resource's audiences, terms and equipment, a club's
region and equipment) would otherwise offer every language's copy of each term, unlabelled:
three identical "Arduino" entries. Here it offers each term once, in the page's language;
where a term has no copy in that language yet (the equipment catalogue has no Romanian
version), the copy in English or another language is offered, labelled with its language. A
choice of another language's copy (from a chooser set to "All" languages, or an old form) is
mapped to the page's copy of the same term.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.datastructures import MultiValueDict
from modelcluster.queryset import FakeQuerySet
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import TranslatableMixin

# The copy to offer when a term has none in the page's language: English first (the
# portal's shared language), then the site's languages in their order.
FALLBACK_LANGUAGES = ["en", *(code for code, _name in settings.LANGUAGES)]


class TranslatablePicks:
    """Which copies of a translatable model a form in one locale offers, and how a pick of any
    copy maps to the offered one."""

    def __init__(self, model, locale_id):
        self.model = model
        self.locale_id = locale_id
        rows = model.objects.values_list("pk", "translation_key", "locale_id", "locale__language_code")

        def preference(row):
            _pk, _key, row_locale_id, code = row
            if row_locale_id == locale_id:
                return -1
            return FALLBACK_LANGUAGES.index(code) if code in FALLBACK_LANGUAGES else len(FALLBACK_LANGUAGES)

        self.pk_by_key = {}
        for pk, key, *_rest in sorted(rows, key=preference, reverse=True):
            self.pk_by_key[key] = pk  # the most preferred copy is written last
        self.offered = set(self.pk_by_key.values())
        self.offered_values = {str(pk) for pk in self.offered}  # as posted

    def label(self, obj):
        if obj.locale_id == self.locale_id:
            return str(obj)
        return f"{obj} ({obj.locale.get_display_name()})"

    def map_pk(self, value):
        """The offered copy of the term of which `value` (a primary key, as posted) is a copy."""
        if value in (None, "") or str(value) in self.offered_values:
            return value
        try:
            key = self.model.objects.filter(pk=value).values_list("translation_key", flat=True).first()
        except (ValueError, ValidationError):
            return value  # not a key at all: the field reports it
        mapped = self.pk_by_key.get(key)
        return value if mapped is None else str(mapped)

    def map_initial(self, value):
        # A page read from a revision (a saved draft) holds its many-to-many picks in memory,
        # as a FakeQuerySet rather than a QuerySet.
        if isinstance(value, (list, tuple, set, QuerySet, FakeQuerySet)):
            return [self.map_initial(item) for item in value]
        if isinstance(value, TranslatableMixin):
            return self.pk_by_key.get(value.translation_key, value.pk)
        mapped = self.map_pk(value)
        return int(mapped) if isinstance(mapped, str) and mapped.isdigit() else mapped


def localise_choices(form, locale_id, picks_by_model):
    """Offer, label and map the choices of `form`'s translatable pickers for `locale_id`."""
    for name, field in form.fields.items():
        if not isinstance(field, forms.ModelChoiceField):
            continue
        model = field.queryset.model
        if not issubclass(model, TranslatableMixin):
            continue
        if model not in picks_by_model:
            picks_by_model[model] = TranslatablePicks(model, locale_id)
        picks = picks_by_model[model]
        field.queryset = field.queryset.filter(pk__in=picks.offered).select_related("locale")
        field.label_from_instance = picks.label
        if form.is_bound:
            key = form.add_prefix(name)
            if key in form.data:
                form.data.setlist(key, [picks.map_pk(value) for value in form.data.getlist(key)])
        elif form.initial.get(name) is not None:
            form.initial[name] = picks.map_initial(form.initial[name])
    for formset in getattr(form, "formsets", {}).values():
        formset.form = localised_form_class(formset.form, locale_id, picks_by_model)
        for built in formset.__dict__.get("forms", []):  # forms built before this point
            localise_choices(built, locale_id, picks_by_model)


def localised_form_class(form_class, locale_id, picks_by_model):
    """`form_class` whose instances (an inline panel's forms, its empty form) are localised."""

    def __init__(self, *args, **kwargs):
        form_class.__init__(self, *args, **kwargs)
        localise_choices(self, locale_id, picks_by_model)

    return type(form_class.__name__, (form_class,), {"__init__": __init__})


class LocalisedChoicesMixin:
    def __init__(self, data=None, *args, **kwargs):
        # The posted data is copied so that picks of another language's copy can be mapped.
        if data is not None:
            data = data.copy() if isinstance(data, QueryDict) else MultiValueDict(
                {key: value if isinstance(value, list) else [value] for key, value in data.items()}
            )
        super().__init__(data, *args, **kwargs)
        locale_id = self.form_locale_id()
        if locale_id is not None:
            localise_choices(self, locale_id, {})

    def form_locale_id(self):
        return getattr(self.instance, "locale_id", None)


class LocalisedPageForm(LocalisedChoicesMixin, WagtailAdminPageForm):
    """The page form: pickers in the page's language (a new page's is its parent's)."""

    def form_locale_id(self):
        return super().form_locale_id() or getattr(self.parent_page, "locale_id", None)


class LocalisedModelForm(LocalisedChoicesMixin, WagtailAdminModelForm):
    """The form of a translatable snippet: pickers in the snippet's language."""
