"""Roles are auth groups created by migrations; each app grants its own permissions.

Used from data migrations with the historical app registry, so it never imports a model.
"""

EDITOR = "Biên tập viên"
PUBLISHER = "Người duyệt bài"
DATA_OFFICIAL = "Cán bộ nhập liệu"
DATA_APPROVER = "Người duyệt số liệu"
ADMINISTRATOR = "Quản trị"


def ensure_permissions(apps):
    """Create the permissions of every installed app now (Django only does it after migrate)."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant(apps, role, permissions):
    """Give `role` the permissions named "app_label.codename", creating the group if needed."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=role)
    for name in permissions:
        app_label, codename = name.split(".")
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        group.permissions.add(permission)
    return group


def revoke(apps, role, permissions):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=role).first()
    if group is None:
        return
    for name in permissions:
        app_label, codename = name.split(".")
        group.permissions.remove(
            *group.permissions.filter(content_type__app_label=app_label, codename=codename)
        )


def grants_operation(grants):
    """A migration operation giving each role its permissions ({role: [perm, ...]})."""
    from django.db import migrations

    def forwards(apps, schema_editor):
        ensure_permissions(apps)
        for role, permissions in grants.items():
            grant(apps, role, permissions)

    def backwards(apps, schema_editor):
        for role, permissions in grants.items():
            revoke(apps, role, permissions)

    return migrations.RunPython(forwards, backwards)
