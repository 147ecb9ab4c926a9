from django.db import migrations

from portal import roles


def crud(*models):
    return [f"organization.{a}_{m}" for m in models for a in ("view", "add", "change", "delete")]


# The weekly schedule and the web links are routine typing work: editors keep them, and
# publishers too. Editors may see the leaders so they can pick who chairs a meeting.
ROUTINE = crud("scheduleentry", "weblink")
# Who the agency is (its pages, leaders, units, English face) changes rarely and speaks for
# the agency: publishers and administrators only.
IDENTITY = crud("aboutpage", "leader", "department", "englishpage") + [
    "organization.view_englishsettings",
    "organization.add_englishsettings",
    "organization.change_englishsettings",
]
GRANTS = {
    roles.EDITOR: ROUTINE + ["organization.view_leader"],
    roles.PUBLISHER: ROUTINE + IDENTITY,
    roles.ADMINISTRATOR: ROUTINE + IDENTITY + ["organization.delete_englishsettings"],
}


class Migration(migrations.Migration):
    dependencies = [
        ("organization", "0002_pages_leaders_schedule_links"),
        ("articles", "0002_roles"),
    ]

    operations = [roles.grants_operation(GRANTS)]
