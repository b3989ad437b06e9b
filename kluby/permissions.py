"""Permissions that data migrations give Wagtail's Editors and Moderators groups: they manage
the portal's snippets (taxonomies, the equipment catalogue, footers) as they manage pages."""

EDITORS_GROUPS = ("Editors", "Moderators")
ACTIONS = ("add", "change", "delete", "view")


def _permissions(apps, app_label, model_names):
    # Django creates permissions only after all migrations ran; a fresh database needs them now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for model_name in model_names:
        meta = apps.get_model(app_label, model_name)._meta
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=meta.model_name)
        for action in ACTIONS:
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{meta.model_name}",
                defaults={"name": f"Can {action} {meta.verbose_name_raw}"},
            )
            yield permission


def editors_manage(app_label, *model_names):
    """The (forwards, backwards) pair of a RunPython operation that lets the editors' groups
    add, change, delete and view the given models."""

    def forwards(apps, schema_editor):
        permissions = list(_permissions(apps, app_label, model_names))
        for group in apps.get_model("auth", "Group").objects.filter(name__in=EDITORS_GROUPS):
            group.permissions.add(*permissions)

    def backwards(apps, schema_editor):
        permissions = list(_permissions(apps, app_label, model_names))
        for group in apps.get_model("auth", "Group").objects.filter(name__in=EDITORS_GROUPS):
            group.permissions.remove(*permissions)

    return forwards, backwards
