"""The activity app's views.

- `public`: the cooperation graph's JSON endpoint (URLs in `activity/urls.py`)
- `reports`: the activity reports in the admin

The admin URLs are in `activity/admin_urls.py`, registered in `wagtail_hooks.py`.
"""
