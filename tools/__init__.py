"""Development tooling: run from a checkout (the Makefile, the test suite, benchmarks),
never installed as a Django app nor imported by the portal at run time.

`tools.services` starts and stops the local PostgreSQL and OpenSearch node in `.services/`.
"""
