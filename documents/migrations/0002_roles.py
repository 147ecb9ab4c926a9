from django.db import migrations

from portal import roles

MANAGE = [
    f"documents.{action}_{model}"
    for model in (
        "legaldocument",
        "documentfile",
        "administrativeprocedure",
        "documenttype",
        "issuingbody",
        "field",
    )
    for action in ("view", "add", "change", "delete")
] + ["documents.view_historicallegaldocument"]
# Editors see the register so they can cite documents in articles; they do not change it.
GRANTS = {
    roles.EDITOR: ["documents.view_legaldocument"],
    roles.PUBLISHER: MANAGE,
    roles.ADMINISTRATOR: MANAGE,
}


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0001_initial"),
        ("articles", "0002_roles"),
    ]

    operations = [roles.grants_operation(GRANTS)]
