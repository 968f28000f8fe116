"""The association's domain: one module per concept."""

from .imports import ImportJob, ImportJobRow
from .institutions import Institution, InstitutionIndexPage, InstitutionPage
from .news import NewsIndexPage, NewsPage
from .programmes import JointProgramPage, ProgramCoordinator, ProgramIndexPage
from .resources import ResourceAuthor, ResourceIndexPage, ResourcePage
from .reviews import (
    CriterionScore,
    ExpertReviewTask,
    ResourceReview,
    ReviewPublication,
    RubricCriterion,
)
from .seminars import SeminarIndexPage, SeminarPage, SeminarSpeaker
from .taxonomy import EducationLevel, Region, ResourcePageTag, ResourceType, Subject
from .team import TeamInvitation

__all__ = [
    "CriterionScore",
    "ExpertReviewTask",
    "EducationLevel",
    "ImportJob",
    "ImportJobRow",
    "Institution",
    "InstitutionIndexPage",
    "InstitutionPage",
    "JointProgramPage",
    "NewsIndexPage",
    "NewsPage",
    "ProgramCoordinator",
    "ProgramIndexPage",
    "Region",
    "ResourceAuthor",
    "ResourceIndexPage",
    "ResourcePage",
    "ResourcePageTag",
    "ResourceReview",
    "ResourceType",
    "ReviewPublication",
    "RubricCriterion",
    "SeminarIndexPage",
    "SeminarPage",
    "SeminarSpeaker",
    "Subject",
    "TeamInvitation",
]
