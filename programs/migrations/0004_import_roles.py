from django.db import migrations

from portal import roles

# Officials see their own imports, approvers and administrators everyone's (admin queryset).
GRANTS = {
    roles.DATA_OFFICIAL: ["programs.view_outcomeimport"],
    roles.DATA_APPROVER: ["programs.view_outcomeimport"],
    roles.ADMINISTRATOR: ["programs.view_outcomeimport"],
}


class Migration(migrations.Migration):
    dependencies = [("programs", "0003_outcome_import")]

    operations = [roles.grants_operation(GRANTS)]
