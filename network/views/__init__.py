"""The network app's views.

- `public`: the application form of a JoinPage, registering for an event and cancelling,
  the certificates' verification pages and PDFs (URLs in `network/urls.py`)
- `applications`: the queue of applications to join, in the admin (the office's)
- `registrations`: the lists of event registrations, in the admin

The admin URLs are in `network/admin_urls.py`, registered in `wagtail_hooks.py`.
"""
