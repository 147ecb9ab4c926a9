from django.db import migrations

from portal import roles

EDITOR_PERMISSIONS = [
    "articles.view_category",
    "articles.view_article",
    "articles.add_article",
    "articles.change_article",
    "articles.view_historicalarticle",
]
PUBLISHER_PERMISSIONS = EDITOR_PERMISSIONS + [
    "articles.publish_article",
    "articles.delete_article",
    "articles.add_category",
    "articles.change_category",
]
ADMINISTRATOR_PERMISSIONS = PUBLISHER_PERMISSIONS + [
    "articles.delete_category",
    "portal.view_sitesettings",
    "portal.change_sitesettings",
    "portal.add_sitesettings",
    "auth.view_user",
    "auth.add_user",
    "auth.change_user",
    "auth.view_group",
]
GRANTS = {
    roles.EDITOR: EDITOR_PERMISSIONS,
    roles.PUBLISHER: PUBLISHER_PERMISSIONS,
    roles.ADMINISTRATOR: ADMINISTRATOR_PERMISSIONS,
}


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("portal", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [roles.grants_operation(GRANTS)]
