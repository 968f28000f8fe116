"""Synthetic resources in bulk, for benchmarks at the size of a large network.

Regular page creation costs a dozen queries per page; here pages are written in batches
straight into the tree (paths computed as treebeard would), already live, with their
classification. Only the default language's tree gets them.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import TextIO

from django.contrib.contenttypes.models import ContentType
from django.db import connections, router, transaction
from django.db.models import Case, F, IntegerField, Model, When
from django.utils import timezone
from modelsearch.backends.database.postgres.postgres import (
    ObjectIndexer,
    PostgresSearchBackend,
)
from modelsearch.index import AutocompleteField, SearchField
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backends
from wagtail.search.models import IndexEntry

from association.models import (
    EducationLevel,
    Institution,
    InstitutionPage,
    ResourceAuthor,
    ResourceIndexPage,
    ResourcePage,
    ResourceType,
    Subject,
)
from association.provisioning import provision_institution
from core.forking import run_forked
from core.indexing import content_written_in_bulk, deferred_index_updates
from core.progress import ProgressBar

BATCH_SIZE = 1000

TOPICS = [
    "дроби и проценты",
    "электрические цепи",
    "клетка и её строение",
    "Великая Отечественная война",
    "причастный оборот",
    "функциональная грамотность",
    "алгоритмы сортировки",
    "климат России",
    "профессиональные пробы",
    "проектная деятельность",
    "наставничество",
    "формирующее оценивание",
    "инклюзивный класс",
    "цифровая лаборатория",
    "финансовая грамотность",
    "экологическая тропа",
    "устная речь на английском",
    "народные промыслы",
    "здоровьесбережение",
    "робототехника",
    "химические реакции",
    "геометрия в архитектуре",
    "чтение с пониманием",
    "волонтёрство",
]
FORMS = [
    "Методическая разработка",
    "Технологическая карта урока",
    "Сборник заданий",
    "Рабочая программа",
    "Конспект занятия",
    "Практикум",
    "Кейс",
    "Учебное пособие",
]
AUDIENCES = [
    "для 5–6 классов",
    "для 7–9 классов",
    "для старшеклассников",
    "для студентов колледжа",
    "для педагогов",
    "для начальной школы",
    "для дошкольников",
    "для кружка",
]
SENTENCES = [
    "Материал опробован в нескольких организациях сети.",
    "Включает задания разного уровня сложности и критерии оценивания.",
    "Подходит для очных и дистанционных занятий.",
    "Содержит рекомендации по организации групповой работы.",
    "Авторы предлагают варианты для учеников с особыми образовательными потребностями.",
    "К материалу приложены раздаточные листы и ключи.",
]
SURNAMES = ["Иванова", "Смирнов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Козлова", "Новиков"]
INITIALS = ["А. В.", "Е. Н.", "М. С.", "О. П.", "И. К.", "Т. Ю."]


def ensure_institutions(count: int, progress_stream: TextIO | None) -> list[Institution]:
    """At least `count` active institutions, adding synthetic ones as needed."""
    institutions = list(Institution.objects.filter(status=Institution.Status.ACTIVE))
    missing = count - len(institutions)
    if missing > 0:
        bar = ProgressBar(missing, "institutions", progress_stream) if progress_stream else None
        existing = set(Institution.objects.values_list("slug", flat=True))
        number = 0
        kinds = [kind for kind, _label in Institution.Kind.choices]
        with deferred_index_updates():
            while missing > 0:
                number += 1
                slug = f"synthetic-{number:04d}"
                if slug in existing:
                    continue
                provisioned = provision_institution(
                    slug,
                    # Numbered so that each sorts after the last: collections are kept in
                    # name order, and an insertion in the middle rewrites the tree path of
                    # every collection after it (300 updates at a time).
                    f"Образовательная организация № {number:04d}",
                    kind=kinds[number % len(kinds)],
                )
                institutions.append(provisioned.institution)
                missing -= 1
                if bar:
                    bar.advance()
        if bar:
            bar.finish()
    return institutions


def add_synthetic_resources(
    total: int,
    *,
    institutions: int = 0,
    stdout: TextIO | None = None,
    seed: int = 1,
    jobs: int = 1,
) -> int:
    """Add `total` live resources spread over the resource lists of `institutions` members.

    With `jobs` > 1 the lists are shared out between that many forked processes, each
    writing its own lists' resources, so that no two write under the same parent. The
    load is mostly Python's work: on two cores, two processes write about 2.3 times as
    many resources per second as one.
    """
    members = ensure_institutions(institutions, stdout)
    locale = Locale.get_default()
    section_owner = dict(
        InstitutionPage.objects.filter(locale=locale).values_list("path", "institution_id")
    )
    index_owner = {
        index: section_owner.get(index.path[: -Page.steplen])
        for index in ResourceIndexPage.objects.filter(locale=locale)
    }
    member_ids = {member.pk for member in members}
    indexes = [index for index, owner in index_owner.items() if owner in member_ids]
    if not indexes:
        raise ValueError("No institution has a resource list to add resources to.")
    plan = _Plan(
        index_owner=index_owner,
        levels=list(EducationLevel.objects.all()),
        subjects=list(Subject.objects.filter(locale=locale)),
        types=list(ResourceType.objects.filter(locale=locale)),
        content_type=ContentType.objects.get_for_model(ResourcePage),
        locale=locale,
        year=timezone.localdate().year,
    )
    if not plan.subjects or not plan.types:
        raise ValueError("Subjects and resource types are needed first (run load_demo).")
    jobs = max(1, min(jobs, len(indexes), total or 1))
    # Each job: its lists, its share of the total and the first number of its titles.
    shares = [total // jobs + (1 if job < total % jobs else 0) for job in range(jobs)]
    parts = [
        (indexes[job::jobs], shares[job], sum(shares[:job]), seed + job) for job in range(jobs)
    ]
    bar = ProgressBar(total, "resources", stdout) if stdout else None
    if jobs == 1:
        _load_part(plan, *parts[0], advance=bar.advance if bar else None)
    else:
        _load_parts_in_processes(plan, parts, advance=bar.advance if bar else None)
    if bar:
        bar.finish()
    for backend in get_search_backends(with_auto_update=True):
        if isinstance(backend, PostgresSearchBackend):
            # Left at 1.0 by each batch, as the backend's own add does before its refresh.
            backend.get_index_for_model(ResourcePage)._refresh_title_norms()
    # Written without model signals: tell cached catalogue counts that they are stale.
    content_written_in_bulk()
    return total


@dataclass
class _Plan:
    index_owner: dict
    levels: list
    subjects: list
    types: list
    content_type: ContentType
    locale: Locale
    year: int


def _load_part(plan: _Plan, indexes, total: int, first_number: int, seed: int, advance=None):
    """`total` resources under `indexes`, in batches, each in its own transaction."""
    rng = random.Random(seed)
    # The next free position under each index, read once: nothing else writes these lists
    # while the command runs.
    next_steps = {}
    for index in indexes:
        last = index.get_last_child()
        next_steps[index.pk] = last._get_lastpos_in_path() + 1 if last else 1
    backends = list(get_search_backends(with_auto_update=True))
    added = 0
    while added < total:
        size = min(BATCH_SIZE, total - added)
        with transaction.atomic():
            pages = _insert_batch(rng, size, first_number + added, indexes, next_steps, plan)
            for backend in backends:
                if isinstance(backend, PostgresSearchBackend):
                    add_to_database_index(backend, ResourcePage, pages)
                else:
                    backend.add_bulk(ResourcePage, pages)
        added += size
        if advance:
            advance(size)


def _load_parts_in_processes(plan: _Plan, parts: list, advance=None) -> None:
    failed = run_forked(_load_part, [(plan, *part) for part in parts], advance)
    if failed:
        raise RuntimeError(
            f"{len(failed)} of {len(parts)} loading processes failed (exit codes {failed}); "
            "the batches they committed stay, and the command can be run again for the rest."
        )


def _insert_batch(rng, size, offset, indexes, next_steps, plan: _Plan) -> list[ResourcePage]:
    index_owner, levels, subjects, types = (
        plan.index_owner,
        plan.levels,
        plan.subjects,
        plan.types,
    )
    content_type, locale, year = plan.content_type, plan.locale, plan.year
    now = timezone.now()
    # Spread the batch over the indexes, then lay each index's share out as its next children.
    shares: dict[Page, list[int]] = {}
    for position in range(size):
        index = indexes[(offset + position) % len(indexes)]
        shares.setdefault(index, []).append(position)
    owner_by_path = {index.path: owner for index, owner in index_owner.items()}
    base_pages: list[Page] = [None] * size  # type: ignore[list-item]
    for parent, positions in shares.items():
        next_step = next_steps[parent.pk]
        next_steps[parent.pk] += len(positions)
        for step, position in enumerate(positions, start=next_step):
            number = offset + position + 1
            title = (
                f"{rng.choice(FORMS)} «{rng.choice(TOPICS).capitalize()}» "
                f"{rng.choice(AUDIENCES)} ({number})"
            )
            slug = f"synthetic-{number}"
            published = now - timedelta(days=rng.randrange(0, 3650))
            base_pages[position] = Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                path=Page._get_path(parent.path, parent.depth + 1, step),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=published,
                last_published_at=published,
                locale=locale,
                translation_key=uuid.uuid4(),
            )
    Page.objects.filter(pk__in=[parent.pk for parent in shares]).update(
        numchild=F("numchild")
        + Case(
            *(When(pk=parent.pk, then=len(positions)) for parent, positions in shares.items()),
            output_field=IntegerField(),
        )
    )
    Page.objects.bulk_create(base_pages)

    resources = []
    for page in base_pages:
        resources.append(
            ResourcePage(
                page_ptr_id=page.pk,
                abstract=" ".join(rng.sample(SENTENCES, 3)),
                body=[],
                resource_type=rng.choice(types),
                language=ResourcePage.Language.RUSSIAN,
                year=year - rng.randrange(0, 10),
                external_url=f"https://example.org/resources/{page.slug}",
                licence=ResourcePage.Licence.CC_BY,
                institution_id=owner_by_path[page.path[: -Page.steplen]],
            )
        )
    # Multi-table inheritance rules out bulk_create; insert the child rows the way it would.
    ResourcePage._base_manager._insert(
        resources, fields=list(ResourcePage._meta.local_concrete_fields)
    )

    level_links, subject_links, authors = [], [], []
    LevelLink = ResourcePage.education_levels.through
    SubjectLink = ResourcePage.subjects.through
    for page in base_pages:
        for level in rng.sample(levels, rng.randint(1, 2)):
            level_links.append(LevelLink(resourcepage_id=page.pk, educationlevel_id=level.pk))
        for subject in rng.sample(subjects, rng.randint(1, 2)):
            subject_links.append(SubjectLink(resourcepage_id=page.pk, subject_id=subject.pk))
        authors.append(
            ResourceAuthor(
                page_id=page.pk,
                sort_order=0,
                name=f"{rng.choice(SURNAMES)} {rng.choice(INITIALS)}",
            )
        )
    LevelLink.objects.bulk_create(level_links)
    SubjectLink.objects.bulk_create(subject_links)
    ResourceAuthor.objects.bulk_create(authors)
    # What the search index reads of each resource, fetched for the whole batch at once.
    return list(ResourcePage.get_indexed_objects().filter(pk__in=[page.pk for page in base_pages]))


def add_to_database_index(
    backend: PostgresSearchBackend, model: type[Model], objects: list
) -> None:
    """The PostgreSQL search backend's index entries of `objects`, in one statement.

    The rows are those the backend's own `add_bulk` writes (tests/test_demo.py compares
    them), but each object's search fields are read once instead of once per column, and
    the SQL is written directly instead of compiled from an expression per text: at
    100 000 resources the backend's way was most of the load's time. Title norms are left
    at 1.0 for the caller to refresh once.
    """
    texts_sql, params = [], []
    content_type_id = ContentType.objects.get_for_model(model).pk
    for obj in objects:
        indexer = ObjectIndexer(obj, backend)
        title, body, autocomplete = [], [], []
        for declared in indexer.search_fields:
            for field, weight, value in indexer.prepare_field(obj, declared):
                if isinstance(field, AutocompleteField):
                    autocomplete.append((value, weight))
                elif isinstance(field, SearchField):
                    (title if field.field_name == "title" else body).append((value, weight))
        row_params = [content_type_id, str(obj.pk)]
        vectors = []
        for texts, config in (
            (title, backend.config),
            (autocomplete, backend.autocomplete_config),
            (body, backend.config),
        ):
            sql, vector_params = _vector_sql(texts, config)
            vectors.append(sql)
            row_params += vector_params
        row_params.append(" ".join(text.strip() for text, _ in title if text.strip()))
        row_params.append(" ".join(text.strip() for text, _ in body if text.strip()))
        texts_sql.append(f"(%s, %s, {vectors[0]}, {vectors[1]}, {vectors[2]}, 1.0, %s, %s)")
        params += row_params
    if not texts_sql:
        return
    connection = connections[router.db_for_write(IndexEntry)]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, title, "
            "autocomplete, body, title_norm, title_text, body_text) "
            f"VALUES {', '.join(texts_sql)} "
            "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, "
            "title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
            "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
            params,
        )


def _vector_sql(texts: list[tuple[str, str]], config: str | None) -> tuple[str, list]:
    """A weighted tsvector of `texts` as the backend builds it (empty texts skipped)."""
    texts = [(text.strip(), weight) for text, weight in texts if text.strip()]
    if not texts:
        return "to_tsvector(COALESCE(%s, ''))", [""]
    parts, params = [], []
    for text, weight in texts:
        if config:
            parts.append("setweight(to_tsvector(%s::regconfig, COALESCE(%s, '')), %s)")
            params += [config, text, weight]
        else:
            parts.append("setweight(to_tsvector(COALESCE(%s, '')), %s)")
            params += [text, weight]
    return " || ".join(parts), params
