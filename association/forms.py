"""Filter forms of the public listings, read from the query string."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import EducationLevel, Institution, Region, SeminarPage


def institution_choices(blank_label) -> list[tuple[str, str]]:
    institutions = Institution.objects.filter(status=Institution.Status.ACTIVE)
    choices = sorted(
        ((inst.slug, inst.display_name) for inst in institutions.only("slug", "name", "name_en")),
        key=lambda choice: choice[1].casefold(),
    )
    return [("", blank_label), *choices]


class NewsFilterForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    institution = forms.ChoiceField(label=_("Published by"), required=False)

    def __init__(self, *args, show_institution: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        this_year = timezone.localdate().year
        self.fields["year"].choices = [("", _("Any year"))] + [
            (str(year), str(year)) for year in range(this_year, this_year - 15, -1)
        ]
        if show_institution:
            choices = institution_choices(_("Anyone"))
            choices.insert(1, ("association", _("The association's office")))
            self.fields["institution"].choices = choices
        else:
            del self.fields["institution"]


class SeminarFilterForm(forms.Form):
    when = forms.ChoiceField(
        label=_("When"),
        required=False,
        choices=[("upcoming", _("Upcoming")), ("past", _("Past"))],
    )
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    format = forms.ChoiceField(label=_("Format"), required=False)
    institution = forms.ChoiceField(label=_("Organiser"), required=False)

    def __init__(self, *args, show_institution: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Any kind")), *SeminarPage.Kind.choices]
        self.fields["format"].choices = [("", _("Any format")), *SeminarPage.Format.choices]
        if show_institution:
            self.fields["institution"].choices = institution_choices(_("Any organiser"))
        else:
            del self.fields["institution"]


class ProgramFilterForm(forms.Form):
    level = forms.ChoiceField(label=_("Education level"), required=False)
    partner = forms.ChoiceField(label=_("Partner institution"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["level"].choices = [("", _("Any level")), *EducationLevel.CHOICES]
        self.fields["partner"].choices = institution_choices(_("Any partner"))


class InstitutionFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Any kind")), *Institution.Kind.choices]
        self.fields["region"].choices = [("", _("Any region"))] + sorted(
            Region.labels().items(), key=lambda choice: choice[1].casefold()
        )
