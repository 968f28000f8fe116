# The portal's image: one image for the web server, the background worker and the
# one-off commands (migrate, backup). README, Production.
#
#   docker build -t association-portal .
#
# JavaScript the pages use (the cooperation map's graph library) is installed from npm in
# its own stage; only the files the portal serves are copied on.
FROM node:22-bookworm-slim AS assets
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
    && mkdir -p vendor && cp node_modules/cytoscape/dist/cytoscape.min.js vendor/

FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=portal.settings.production \
    GUNICORN_BIND=0.0.0.0:8000 \
    STATIC_ROOT=/srv/portal/static \
    MEDIA_ROOT=/srv/portal/media
# PostgreSQL's client for `manage.py backup` and `restore`; DejaVu fonts for the PDF
# certificates (Cyrillic).
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --create-home --home-dir /srv/portal portal
WORKDIR /srv/portal/app
COPY pyproject.toml ./
RUN pip install --no-cache-dir ".[s3]"
COPY --chown=portal:portal . .
# The same place `make vendor` puts it in a checkout.
COPY --from=assets --chown=portal:portal /build/vendor/ ./activity/static/activity/vendor/
# Compiled interface catalogue and fingerprinted, compressed static files, made at build
# time; the placeholder environment only satisfies the production settings' checks.
RUN SECRET_KEY=build ALLOWED_HOSTS=localhost DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    sh -c "python manage.py compile_translations \
        && python manage.py collectstatic --no-input --verbosity 0" \
    && mkdir -p /srv/portal/media && chown -R portal:portal /srv/portal
USER portal
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request, sys; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)" || exit 1
CMD ["gunicorn", "-c", "portal/gunicorn.conf.py"]
