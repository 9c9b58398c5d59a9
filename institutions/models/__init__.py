"""Page types of the universities' shared sections and the programme finder."""

from .finder import ProgrammeFinderPage
from .institutions import InstitutionPage, UniversitiesIndexPage
from .programmes import StudyProgrammePage

__all__ = ["InstitutionPage", "ProgrammeFinderPage", "StudyProgrammePage", "UniversitiesIndexPage"]
