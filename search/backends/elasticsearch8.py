"""The Elasticsearch 8 backend (SEARCH_URL=elasticsearch://…), its indices stamped with
and checked for this installation's id (search/backends/owned.py). Needs the
Elasticsearch client, which the portal does not install by default."""

from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

from .owned import owned_backend

SearchBackend = owned_backend(Elasticsearch8SearchBackend)
