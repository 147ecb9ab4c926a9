from django.db import migrations

from portal import roles

MODERATE = [
    "participation.view_documentcomment",
    "participation.change_documentcomment",
    # Deleting a document or an article deletes its comments and ratings: whoever may
    # delete those pages must be allowed to delete what hangs on them.
    "participation.delete_documentcomment",
    "participation.view_pagefeedback",
    "participation.delete_pagefeedback",
    "participation.view_feedbacksummary",
]
GRANTS = {
    roles.PUBLISHER: MODERATE,
    roles.ADMINISTRATOR: [
        f"participation.{action}_{model}"
        for model in ("documentcomment", "pagefeedback", "feedbacksummary")
        for action in ("view", "add", "change", "delete")
    ],
}


class Migration(migrations.Migration):
    dependencies = [
        ("participation", "0001_initial"),
        ("documents", "0002_roles"),
        ("programs", "0002_roles"),
    ]

    operations = [roles.grants_operation(GRANTS)]
