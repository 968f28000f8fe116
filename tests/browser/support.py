"""Helpers of the browser tests: interface strings, logging in through the admin form,
axe-core, the keyboard and the viewport."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
from django.utils import translation

from .content import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

# The live server answers from another thread, with its own database connection: the tests
# commit what they create (transactional tests), and the database is flushed after each,
# then reloaded with the migrations' data (serialized_rollback).
BROWSER_DB = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LANGUAGES = ["ru", "en"]

# WCAG 2.1 A and AA rules; the tests fail on violations of these impacts.
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
BLOCKING_IMPACTS = {"serious", "critical"}


def t(language: str, message: str) -> str:
    """The interface string `message` as the site (or admin) shows it in `language`."""
    with translation.override(language):
        return translation.gettext(message)


def other(language: str) -> str:
    """The other of the two languages."""
    return "en" if language == "ru" else "ru"


def log_in(page, username: str, password: str = PASSWORD) -> None:
    """Through the admin's login form, as a person would."""
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("#id_password").press("Enter")
    page.wait_for_url("**/admin/")


def log_out(page) -> None:
    """Forget the session (and every other cookie) of the page's visitor."""
    page.context.clear_cookies()


@functools.cache
def _axe_source() -> str:
    return AXE.read_text(encoding="utf-8")


def axe_violations(page) -> list[dict]:
    """axe-core's WCAG 2.1 AA violations of impact serious or critical on the page."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci --no-audit --no-fund` (make test does).")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol, which the pages' Content Security Policy
        # (script-src 'self') does not govern: no script tag, and the policy stays as sent.
        page.evaluate(_axe_source())
    results = page.evaluate("async (options) => await axe.run(document, options)", AXE_OPTIONS)
    return [v for v in results["violations"] if v.get("impact") in BLOCKING_IMPACTS]


def describe_violations(url: str, violations: list[dict]) -> str:
    lines = [f"{url}:"]
    for violation in violations:
        lines.append(f"  [{violation['impact']}] {violation['id']}: {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"      {json.dumps(node['target'], ensure_ascii=False)}")
    return "\n".join(lines)


def focused(page) -> dict:
    """What has the keyboard focus: tag, id, href, text and its focus indicator."""
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            if (!el || el === document.body) return {tag: 'body'};
            const style = getComputedStyle(el);
            return {
                tag: el.tagName.toLowerCase(),
                id: el.id,
                name: el.getAttribute('name'),
                type: el.getAttribute('type'),
                href: el.getAttribute('href'),
                text: (el.innerText || el.value || '').trim(),
                classes: el.className,
                focusVisible: el.matches(':focus-visible'),
                outlineStyle: style.outlineStyle,
                outlineWidth: parseFloat(style.outlineWidth) || 0,
                boxShadow: style.boxShadow,
                inMainNav: !!el.closest('.main-nav'),
                inFacets: !!el.closest('.facets'),
            };
        }"""
    )


def has_focus_indicator(state: dict) -> bool:
    outline = state.get("outlineStyle") not in (None, "none") and state.get("outlineWidth", 0) > 0
    shadow = state.get("boxShadow") not in (None, "", "none")
    return bool(state.get("focusVisible")) and (outline or shadow)


def tab_until(page, predicate, limit: int = 80, key: str = "Tab") -> list[dict]:
    """Press Tab until the focused element satisfies `predicate`; returns every stop."""
    stops = []
    for _ in range(limit):
        page.keyboard.press(key)
        state = focused(page)
        stops.append(state)
        if predicate(state):
            return stops
    raise AssertionError(
        "Not reached with the keyboard; focus went through:\n"
        + "\n".join(
            f"  {s.get('tag')} {s.get('href') or s.get('id') or s.get('text')}" for s in stops
        )
    )


def horizontal_overflow(page) -> dict:
    """The page's scroll width against its viewport, and the widest offenders."""
    return page.evaluate(
        """() => {
            const root = document.documentElement;
            const limit = root.clientWidth;
            const offenders = [];
            for (const el of document.body.querySelectorAll('*')) {
                const box = el.getBoundingClientRect();
                if (box.right > limit + 0.5 && box.width > 0) {
                    offenders.push(
                        el.tagName.toLowerCase()
                        + (el.id ? '#' + el.id : '')
                        + (typeof el.className === 'string' && el.className
                            ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                        + ' right=' + Math.round(box.right)
                    );
                }
            }
            return {scrollWidth: root.scrollWidth, clientWidth: limit,
                    offenders: offenders.slice(0, 8)};
        }"""
    )
