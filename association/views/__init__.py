"""The association's views.

- `base`: what the admin views share: breadcrumbs, and the institution of the URL with
  the refusal of people the institution permission policy does not let in
- `institutions`: the Institutions menu (the office's) and the taxonomies, as snippet
  viewsets
- `my_institutions`: an institution's people's own institutions, and their record
- `team`: the team of an institution, managed by its administrators
- `imports`: importing a catalogue of resources
- `public`: the site's views that Wagtail's page routing cannot reach

The admin URLs are in `association/admin_urls.py`, registered in `wagtail_hooks.py`.
"""
