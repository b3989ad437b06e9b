from django.db import migrations, models

# Sites loaded before this field existed carry the note in the address itself, in English.
SUFFIX = " (sample data)"


def note_to_flag(apps, schema_editor):
    SiteSettings = apps.get_model("kluby", "SiteSettings")
    for site_settings in SiteSettings.objects.filter(postal_address__endswith=SUFFIX):
        site_settings.postal_address = site_settings.postal_address.removesuffix(SUFFIX)
        site_settings.postal_address_is_sample = True
        site_settings.save(update_fields=["postal_address", "postal_address_is_sample"])


def flag_to_note(apps, schema_editor):
    SiteSettings = apps.get_model("kluby", "SiteSettings")
    for site_settings in SiteSettings.objects.filter(postal_address_is_sample=True):
        site_settings.postal_address += SUFFIX
        site_settings.save(update_fields=["postal_address"])


class Migration(migrations.Migration):

    dependencies = [
        ("kluby", "0005_image_alt_text_and_body_links"),
    ]

    operations = [
        migrations.AddField(
            model_name="sitesettings",
            name="postal_address_is_sample",
            field=models.BooleanField(
                default=False,
                help_text="The footer then says so after the address, in the visitor's language.",
                verbose_name="the postal address is sample data",
            ),
        ),
        migrations.RunPython(note_to_flag, flag_to_note),
    ]
