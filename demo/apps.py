"""The demo app: its management command (`load_demo`), no models."""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo network's loader and data files; `load_demo` is its command."""

    name = "demo"
    verbose_name = "Demo content"
