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
# The other columns, in the order a row's problems are reported (ResourceImporter._parse).
OPTIONAL_COLUMNS = (
    "abstract",
    "body",
    "authors",
    "education_levels",
    "subjects",
    "resource_type",
    "year",
    "language",
    "url",
    "tags",
)
SEPARATOR = ";"
