"""The demo network: a fictional association's content for development, screenshots, tests
and benchmarks, loaded by `python manage.py load_demo`.

The texts are data files in `demo/data/` (read by `demo.content`); `demo.loader` creates the
network through the same code paths as an editor's work, `demo.scale` adds synthetic
resources in bulk and `demo.documents` generates the resources' office documents. The app
is the top layer (import-linter's contract in pyproject.toml): it uses the apps and the
project, and nothing imports it.
"""
