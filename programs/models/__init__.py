from .campaigns import BenefitRate, Campaign, ExemplaryModel, SupportProgram
from .imports import OutcomeImport
from .outcomes import Indicator, OfficialScope, Outcome, OutcomeCorrection
from .units import AdministrativeUnit

__all__ = [
    "AdministrativeUnit",
    "BenefitRate",
    "Campaign",
    "ExemplaryModel",
    "Indicator",
    "OfficialScope",
    "Outcome",
    "OutcomeCorrection",
    "OutcomeImport",
    "SupportProgram",
]
