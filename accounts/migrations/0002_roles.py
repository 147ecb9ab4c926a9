from django.db import migrations

from portal import roles

# Administrators see who logged in and who failed, lift lockouts, and turn off the two-step
# verification of someone who lost their phone.
GRANTS = {
    roles.ADMINISTRATOR: [
        "accounts.view_loginattempt",
        "accounts.delete_loginattempt",
        "accounts.view_loginrecord",
        "accounts.view_loginfailure",
        "accounts.view_twofactordevice",
        "accounts.delete_twofactordevice",
    ],
}


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]

    operations = [roles.grants_operation(GRANTS)]
