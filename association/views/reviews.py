"""Expert review in the admin: a resource's reviews with its composite and its
institution's consent to publish it, and the list of every review the user may read
(the rules are association/reviews.py's)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from .. import reviews
from ..models import ResourcePage, ResourceReview
from ..models.reviews import composite, published_review


class ConsentForm(forms.Form):
    consented = forms.BooleanField(
        label=gettext_lazy(
            "We agree to publish the experts' composite review on the resource's page"
        ),
        required=False,
        help_text=gettext_lazy(
            "The badge, the overall score, the mean score per criterion and the number of "
            "experts are shown to everyone; the experts' names and comments stay in the admin."
        ),
    )


class ResourceReviewsView(WagtailAdminTemplateMixin, TemplateView):
    """A resource's review history and composite; the institution's consent form."""

    template_name = "association/admin/resource_reviews.html"
    header_icon = "tasks"

    def dispatch(self, request, *args, page_id: int, **kwargs):
        self.resource = get_object_or_404(ResourcePage, pk=page_id)
        if not reviews.may_see_reviews(request.user, self.resource):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Expert review: %(title)s") % {"title": self.resource.title}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("association:reviews"), "label": _("Expert reviews")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        history = (
            ResourceReview.objects.filter(page__translation_key=self.resource.translation_key)
            .select_related("page__locale")
            .prefetch_related("scores__criterion")
        )
        context.update(
            resource=self.resource,
            composite=composite(self.resource),
            history=history,
            may_consent=reviews.may_consent(self.request.user, self.resource),
            form=kwargs.get("form")
            or ConsentForm(initial={"consented": reviews.consent(self.resource)}),
            published=published_review(self.resource) is not None,
        )
        return context

    def post(self, request, *args, **kwargs):
        if not reviews.may_consent(request.user, self.resource):
            raise PermissionDenied
        form = ConsentForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        agreed = form.cleaned_data["consented"]
        reviews.set_consent(self.resource, request.user, agreed)
        log(
            instance=self.resource,
            action="association.review_consent",
            user=request.user,
            data={"consented": agreed},
        )
        if agreed:
            messages.success(request, _("The experts' review will be shown on the resource."))
        else:
            messages.success(request, _("The experts' review is no longer shown on the resource."))
        return redirect(reverse("association:resource_reviews", args=(self.resource.pk,)))


class ReviewListView(WagtailAdminTemplateMixin, TemplateView):
    """Every review the user may read, newest first: the office's and experts' record,
    an institution's own resources' reviews."""

    template_name = "association/admin/review_list.html"
    page_title = gettext_lazy("Expert reviews")
    header_icon = "tasks"
    per_page = 50

    def dispatch(self, request, *args, **kwargs):
        if not reviews.may_read_reviews_list(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        from django.core.paginator import Paginator

        context = super().get_context_data(**kwargs)
        found = reviews.visible_reviews(self.request.user).prefetch_related("scores")
        context["reviews"] = Paginator(found, self.per_page).get_page(self.request.GET.get("p"))
        return context
