"""Programme editions and age groups become snippets that editors manage.

A club's edition was a fixed choice and its audiences inline rows of fixed choices; now the
edition is a `clubs.Edition` and the audiences are the core's `kluby.AgeGroup`s. The data
step keeps every club's values: for each language that has clubs it makes the edition or age
group with the old code as its slug (named with the old label in that language) and points
the club at it; going back turns them into codes again.
"""

import uuid

import django.core.validators
import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models

# The old choices, with the names they had in each language:
# code -> (names, first year, last year) / (names, min age, max age, mixed generations).
EDITIONS = {
    "pilot-2018": ({"en": "Pilot edition (2018)", "pl": "Edycja pilotażowa (2018)", "ro": "Ediția-pilot (2018)"}, 2018, 2018),
    "edition-2019": ({"en": "Second edition (2019–2020)", "pl": "Druga edycja (2019–2020)", "ro": "A doua ediție (2019–2020)"}, 2019, 2020),
    "edition-2021": ({"en": "2021 edition", "pl": "Edycja 2021", "ro": "Ediția 2021"}, 2021, 2021),
    "edition-2023": ({"en": "2023 edition", "pl": "Edycja 2023", "ro": "Ediția 2023"}, 2023, 2023),
}
AUDIENCES = {
    "children-5-8": ({"en": "Children aged 5–8", "pl": "Dzieci 5–8 lat", "ro": "Copii 5–8 ani"}, 5, 8, False),
    "children-9-12": ({"en": "Children aged 9–12", "pl": "Dzieci 9–12 lat", "ro": "Copii 9–12 ani"}, 9, 12, False),
    "teens-13-17": ({"en": "Teenagers aged 13–17", "pl": "Młodzież 13–17 lat", "ro": "Adolescenți 13–17 ani"}, 13, 17, False),
    "adults": ({"en": "Adults", "pl": "Dorośli", "ro": "Adulți"}, 18, None, False),
    "seniors": ({"en": "Seniors", "pl": "Seniorzy", "ro": "Seniori"}, 60, None, False),
    "families": ({"en": "Families", "pl": "Rodziny", "ro": "Familii"}, None, None, True),
}


def label(names, language_code):
    return names.get(language_code, names["en"])


def snippet(model, locale, slug, translation_keys, values):
    """The snippet with `slug` in `locale`, made if missing; a slug's snippets in different
    languages share a translation key."""
    found = model.objects.filter(locale=locale, slug=slug).first()
    if found is None:
        key = translation_keys.setdefault(slug, model.objects.filter(slug=slug).values_list("translation_key", flat=True).first() or uuid.uuid4())
        found = model.objects.create(locale=locale, slug=slug, translation_key=key, **values)
    return found


def codes_to_snippets(apps, schema_editor):
    ClubPage = apps.get_model("clubs", "ClubPage")
    ClubAudience = apps.get_model("clubs", "ClubAudience")
    Edition = apps.get_model("clubs", "Edition")
    AgeGroup = apps.get_model("kluby", "AgeGroup")
    edition_keys, group_keys = {}, {}
    for club in ClubPage.objects.select_related("locale"):
        language = club.locale.language_code
        if club.edition_code in EDITIONS:
            name, start, end = EDITIONS[club.edition_code]
            club.edition = snippet(
                Edition, club.locale, club.edition_code, edition_keys,
                {"name": label(name, language), "start_year": start, "end_year": end},
            )
            club.save(update_fields=["edition"])
    for row in ClubAudience.objects.select_related("page__locale"):
        if row.audience not in AUDIENCES:
            continue
        name, min_age, max_age, mixed = AUDIENCES[row.audience]
        group = snippet(
            AgeGroup, row.page.locale, row.audience, group_keys,
            {"name": label(name, row.page.locale.language_code), "min_age": min_age, "max_age": max_age, "intergenerational": mixed},
        )
        ClubPage.age_groups.through.objects.get_or_create(clubpage_id=row.page_id, agegroup_id=group.pk)


def snippets_to_codes(apps, schema_editor):
    ClubPage = apps.get_model("clubs", "ClubPage")
    ClubAudience = apps.get_model("clubs", "ClubAudience")
    for club in ClubPage.objects.select_related("edition"):
        if club.edition_id:
            club.edition_code = club.edition.slug[:20]
            club.save(update_fields=["edition_code"])
    through = ClubPage.age_groups.through
    for link in through.objects.select_related("agegroup"):
        if link.agegroup.slug in AUDIENCES:
            ClubAudience.objects.get_or_create(page_id=link.clubpage_id, audience=link.agegroup.slug)


class Migration(migrations.Migration):

    dependencies = [
        ('clubs', '0002_club_pages'),
        ('kluby', '0003_age_groups'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='Edition',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('name', models.CharField(help_text='For example: “Pilot edition (2018)”.', max_length=120, verbose_name='name')),
                ('slug', models.SlugField(help_text='Used in filter addresses; keep it the same in every language.', max_length=60, verbose_name='slug')),
                ('start_year', models.PositiveSmallIntegerField(validators=[django.core.validators.MinValueValidator(2000), django.core.validators.MaxValueValidator(2100)], verbose_name='first year')),
                ('end_year', models.PositiveSmallIntegerField(blank=True, help_text='Leave empty while the edition runs.', null=True, validators=[django.core.validators.MinValueValidator(2000), django.core.validators.MaxValueValidator(2100)], verbose_name='last year')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
            ],
            options={
                'verbose_name': 'programme edition',
                'verbose_name_plural': 'programme editions',
                'ordering': ['start_year', 'name'],
                'abstract': False,
                'unique_together': {('translation_key', 'locale')},
            },
        ),
        migrations.AddConstraint(
            model_name='edition',
            constraint=models.UniqueConstraint(fields=('slug', 'locale'), name='unique_edition_slug_per_locale'),
        ),
        # The old code stays readable for the data step, then goes.
        migrations.RenameField(model_name='clubpage', old_name='edition', new_name='edition_code'),
        migrations.AlterField(
            model_name='clubpage',
            name='edition_code',
            field=models.CharField(blank=True, default='', max_length=20, verbose_name='programme edition'),
        ),
        migrations.AddField(
            model_name='clubpage',
            name='edition',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='clubs', to='clubs.edition', verbose_name='programme edition'),
        ),
        migrations.AddField(
            model_name='clubpage',
            name='age_groups',
            field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='clubs', to='kluby.agegroup', verbose_name='age groups'),
        ),
        migrations.RunPython(codes_to_snippets, snippets_to_codes),
        migrations.RemoveField(model_name='clubpage', name='edition_code'),
        migrations.DeleteModel(name='ClubAudience'),
        migrations.AlterField(
            model_name='equipmentitem',
            name='slug',
            field=models.SlugField(help_text='Keep it the same in every language.', max_length=150, verbose_name='slug'),
        ),
        migrations.AlterField(
            model_name='region',
            name='slug',
            field=models.SlugField(help_text='Used in filter addresses; keep it the same in every language.', max_length=100, verbose_name='slug'),
        ),
    ]
