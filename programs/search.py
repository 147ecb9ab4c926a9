from portal.search import Entry, register

from .models import AdministrativeUnit, Campaign, Indicator, SupportProgram


def build_campaign(campaign):
    return Entry(
        title=campaign.name,
        url=campaign.get_absolute_url(),
        summary=f"{campaign.slogan} {campaign.summary}",
        body=campaign.description,
        is_public=campaign.is_public,
    )


def build_program(program):
    return Entry(
        title=program.name,
        url=program.get_absolute_url(),
        summary=program.summary,
        body=f"{program.beneficiaries} {program.description}",
        is_public=program.is_public,
    )


def build_internal(instance):
    # Units and indicators are searched in the admin only (never shown in public results).
    return Entry(title=instance.name, url="", is_public=False)


def connect():
    register(Campaign, "campaign", build_campaign)
    register(SupportProgram, "program", build_program)
    register(AdministrativeUnit, "unit", build_internal)
    register(Indicator, "indicator", build_internal)
