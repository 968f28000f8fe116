"""Who may do what: the association's groups, each institution's two groups, their Wagtail
page and collection permissions, django-guardian permissions on the institution's record,
and the moderation workflows.

The association's groups are created by a data migration; an institution's rights are
(re)applied by `apply_institution_rights` whenever the institution is added, changes
status or trust, or gets a page in a new language.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from guardian.shortcuts import assign_perm, remove_perm
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import (
    ExpertReviewTask,
    Institution,
    InstitutionPage,
    NewsIndexPage,
    ResourceIndexPage,
    SeminarIndexPage,
)

ASSOCIATION_ADMINS = "Association administrators"
ASSOCIATION_EDITORS = "Association editors"
EXPERTS = "Experts"

EXPERT_REVIEW_TASK = "Expert review"
OFFICE_APPROVAL_TASK = "Approval by the association's office"
INSTITUTION_WORKFLOW = "Institution moderation"
RESOURCE_WORKFLOW = "Resource moderation"

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
ADMIN_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page", "unlock_page"]
MEDIA_PERMISSIONS = [
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
]
ADMIN_MEDIA_PERMISSIONS = [
    *MEDIA_PERMISSIONS,
    ("wagtaildocs", "delete_document"),
    ("wagtailimages", "delete_image"),
]
# Object permissions (django-guardian) on the Institution record.
# Both roles see who registered for the institution's events (network app).
ADMIN_RECORD_PERMISSIONS = [
    "view_institution",
    "change_institution",
    "manage_institution_team",
    "view_registrations",
]
EDITOR_RECORD_PERMISSIONS = ["view_institution", "view_registrations"]


class Role:
    EDITOR = "editor"
    ADMIN = "admin"
    CHOICES = [(EDITOR, "editor"), (ADMIN, "administrator")]


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(codename: str) -> Permission:
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(Page), codename=codename
    )


# Groups ----------------------------------------------------------------------------


def institution_group_names(institution: Institution) -> tuple[str, str]:
    return (
        f"Institution {institution.slug}: editors",
        f"Institution {institution.slug}: administrators",
    )


def ensure_institution_groups(institution: Institution) -> tuple[Group, Group]:
    editors_name, admins_name = institution_group_names(institution)
    if institution.editors_group is None:
        institution.editors_group = Group.objects.get_or_create(name=editors_name)[0]
    if institution.admins_group is None:
        institution.admins_group = Group.objects.get_or_create(name=admins_name)[0]
    institution.save(update_fields=["editors_group", "admins_group"])
    return institution.editors_group, institution.admins_group


# Workflows -------------------------------------------------------------------------


def _approval_task(name: str, groups: list[Group]) -> GroupApprovalTask:
    task = GroupApprovalTask.objects.filter(name=name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=name)
    task.groups.set(groups)
    return task


def _expert_task(name: str, groups: list[Group]) -> ExpertReviewTask:
    """The experts' step, which scores on the rubric (association/reviews.py)."""
    task = ExpertReviewTask.objects.filter(name=name).first()
    if task is None:
        task = ExpertReviewTask.objects.create(name=name)
    task.groups.set(groups)
    return task


def _workflow(name: str, tasks: list) -> Workflow:
    workflow, _created = Workflow.objects.get_or_create(name=name)
    current = list(workflow.workflow_tasks.order_by("sort_order").values_list("task_id", flat=True))
    if current != [task.pk for task in tasks]:
        workflow.workflow_tasks.all().delete()
        for position, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=position)
    return workflow


def association_workflows() -> tuple[Workflow, Workflow, ExpertReviewTask]:
    """The shared workflows: the office approves; resources see an expert first."""
    office = Group.objects.filter(name__in=[ASSOCIATION_ADMINS, ASSOCIATION_EDITORS])
    experts = Group.objects.filter(name=EXPERTS)
    expert_review = _expert_task(EXPERT_REVIEW_TASK, list(experts))
    office_approval = _approval_task(OFFICE_APPROVAL_TASK, list(office))
    return (
        _workflow(INSTITUTION_WORKFLOW, [office_approval]),
        _workflow(RESOURCE_WORKFLOW, [expert_review, office_approval]),
        expert_review,
    )


def institution_workflows(institution: Institution) -> tuple[Workflow, Workflow]:
    """A trusted institution's administrators approve alongside the office; others use the
    shared workflows."""
    shared_pages, shared_resources, expert_review = association_workflows()
    if not institution.trusted:
        return shared_pages, shared_resources
    office = list(Group.objects.filter(name__in=[ASSOCIATION_ADMINS, ASSOCIATION_EDITORS]))
    approval = _approval_task(
        f"Approval by the office or {institution.slug} administrators",
        [*office, institution.admins_group],
    )
    return (
        _workflow(f"Moderation ({institution.slug})", [approval]),
        _workflow(f"Resource moderation ({institution.slug})", [expert_review, approval]),
    )


def _assign_workflow(page: Page, workflow: Workflow) -> None:
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


# Rights ----------------------------------------------------------------------------


def institution_sections(institution: Institution) -> list[InstitutionPage]:
    """The institution's section page in every language."""
    return list(InstitutionPage.objects.filter(institution=institution))


def _clear(group: Group) -> None:
    GroupPagePermission.objects.filter(group=group).delete()
    GroupCollectionPermission.objects.filter(group=group).delete()
    group.permissions.clear()


@transaction.atomic
def apply_institution_rights(institution: Institution) -> None:
    """Make the institution's groups hold exactly the rights its status and trust call for.

    Active: page rights on its sections in every language, media rights on its collection,
    object rights on its record, its moderation workflows. Suspended: none of these (the
    groups keep their members, so reinstating the institution restores everything).
    """
    editors, admins = ensure_institution_groups(institution)
    for group in (editors, admins):
        _clear(group)
    for codename in ADMIN_RECORD_PERMISSIONS:
        remove_perm(f"association.{codename}", admins, institution)
    for codename in EDITOR_RECORD_PERMISSIONS:
        remove_perm(f"association.{codename}", editors, institution)
    if not institution.is_active:
        return

    access_admin = _permission("wagtailadmin", "access_admin")
    # Translating their section's pages; AdminIsolationMiddleware keeps it to pages they
    # may edit.
    submit_translation = _permission("wagtail_localize", "submit_translation")
    sections = institution_sections(institution)
    pages_workflow, resources_workflow = institution_workflows(institution)
    for group, codenames in ((editors, EDITOR_PAGE_PERMISSIONS), (admins, ADMIN_PAGE_PERMISSIONS)):
        group.permissions.add(access_admin, submit_translation)
        for section in sections:
            for codename in codenames:
                GroupPagePermission.objects.create(
                    group=group, page=section, permission=_page_permission(codename)
                )
    if institution.trusted:
        # Trusted administrators publish news and events themselves; resources still pass
        # the expert, then the administrators' approval step publishes them.
        publish = _page_permission("publish_page")
        for section in sections:
            for index in section.get_children().type(NewsIndexPage, SeminarIndexPage):
                GroupPagePermission.objects.create(group=admins, page=index, permission=publish)
    if institution.collection_id:
        for group, permissions in ((editors, MEDIA_PERMISSIONS), (admins, ADMIN_MEDIA_PERMISSIONS)):
            for app_label, codename in permissions:
                GroupCollectionPermission.objects.create(
                    group=group,
                    collection=institution.collection,
                    permission=_permission(app_label, codename),
                )
    for codename in ADMIN_RECORD_PERMISSIONS:
        assign_perm(f"association.{codename}", admins, institution)
    for codename in EDITOR_RECORD_PERMISSIONS:
        assign_perm(f"association.{codename}", editors, institution)
    for section in sections:
        _assign_workflow(section, pages_workflow)
        for index in ResourceIndexPage.objects.child_of(section):
            _assign_workflow(index, resources_workflow)
