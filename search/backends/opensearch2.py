"""The OpenSearch 2 backend (SEARCH_URL=opensearch://…), its indices stamped with and
checked for this installation's id (search/backends/owned.py)."""

from modelsearch.backends.opensearch2 import OpenSearch2SearchBackend

from .owned import owned_backend

SearchBackend = owned_backend(OpenSearch2SearchBackend)
