from django.db import migrations

from portal import roles

HANDLE = [
    "qa.view_question",
    "qa.change_question",
    "qa.view_historicalquestion",
    "qa.view_topic",
]
# Editors assign and draft; publishers also approve (never their own draft), reject and
# publish; administrators also keep the list of fields and delete spam.
GRANTS = {
    roles.EDITOR: HANDLE,
    roles.PUBLISHER: HANDLE + ["qa.approve_answer", "qa.publish_question"],
    roles.ADMINISTRATOR: HANDLE
    + [
        "qa.approve_answer",
        "qa.publish_question",
        "qa.delete_question",
        "qa.add_topic",
        "qa.change_topic",
        "qa.delete_topic",
    ],
}


class Migration(migrations.Migration):
    dependencies = [("qa", "0001_initial")]

    operations = [roles.grants_operation(GRANTS)]
