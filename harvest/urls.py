from django.urls import path

from . import views

urlpatterns = [
    path("", views.oai, name="oai"),
    path("schemas/lom.xsd", views.lom_schema, name="oai_lom_schema"),
]
