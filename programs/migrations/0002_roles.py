from django.db import migrations

from portal import roles


def crud(*models):
    return [f"programs.{a}_{m}" for m in models for a in ("view", "add", "change", "delete")]


def view(*models):
    return [f"programs.view_{m}" for m in models]


REFERENCE = view("administrativeunit", "campaign", "supportprogram", "indicator")
GRANTS = {
    roles.EDITOR: view("campaign", "supportprogram"),
    roles.PUBLISHER: crud("campaign", "supportprogram", "benefitrate", "exemplarymodel")
    + view("administrativeunit", "indicator"),
    roles.DATA_OFFICIAL: REFERENCE
    + [
        "programs.view_outcome",
        "programs.add_outcome",
        "programs.change_outcome",
        "programs.submit_outcome",
        "programs.view_historicaloutcome",
    ],
    roles.DATA_APPROVER: REFERENCE
    + [
        "programs.view_outcome",
        "programs.approve_outcome",
        "programs.correct_outcome",
        "programs.view_historicaloutcome",
        "programs.view_outcomecorrection",
    ],
    roles.ADMINISTRATOR: crud(
        "administrativeunit",
        "campaign",
        "supportprogram",
        "benefitrate",
        "exemplarymodel",
        "indicator",
        "officialscope",
        "outcome",
    )
    + [
        "programs.submit_outcome",
        "programs.approve_outcome",
        "programs.correct_outcome",
        "programs.view_historicaloutcome",
        "programs.view_outcomecorrection",
    ],
}


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0001_initial"),
        ("documents", "0002_roles"),
    ]

    operations = [roles.grants_operation(GRANTS)]
