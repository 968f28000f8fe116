"""The columns of a resource catalogue (CSV or XLSX) that `import_resources` and the
admin import read. Free of Django, so that tools outside the portal (the benchmarks'
catalogue writer) name the same columns."""

COLUMNS = (
    "external_id",
    "title",
    "language",
    "abstract",
    "body",
    "authors",
    "education_levels",
    "subjects",
    "resource_type",
    "year",
    "url",
    "tags",
)
REQUIRED_COLUMNS = ("external_id", "title")
# The other columns: a row's problems are reported in this order too.
OPTIONAL_COLUMNS = tuple(column for column in COLUMNS if column not in REQUIRED_COLUMNS)
SEPARATOR = ";"
