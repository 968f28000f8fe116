"""How often one client, or one e-mail address, may use the network's public forms: the
application to join and event sign-up. Counted in the cache (Redis, shared by every
worker, in production) over windows of PORTAL_NETWORK_RATE_WINDOW seconds."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    # Behind a proxy REMOTE_ADDR is the proxy's own address unless the proxy sets it
    # (as the production set-up in the README does).
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def email_key(email: str) -> str:
    """An address as a counter's key: any spelling of it counts as one, and the cache
    does not hold the address itself."""
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def over_limit(kind: str, key: str, limit: int) -> bool:
    """Count one more use of `kind` by `key` in the current window, and tell whether it
    goes past `limit`."""
    seconds = settings.PORTAL_NETWORK_RATE_WINDOW
    name = f"network:{kind}:{key}"
    if cache.add(name, 1, seconds):
        return limit < 1
    try:
        count = cache.incr(name)
    except ValueError:
        # Expired between the two calls: this use starts a new window.
        cache.set(name, 1, seconds)
        return limit < 1
    return count > limit
