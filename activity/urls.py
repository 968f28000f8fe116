from django.urls import path

from .views.public import graph_data

urlpatterns = [path("graph/", graph_data, name="activity_graph")]
