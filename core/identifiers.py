"""The one rule for a number that names a database row, wherever a client types it: a
URL's path (portal/malformed_input.py), a query string or a form field (`parse_id`).

Every database the portal runs on stores keys as signed 64-bit integers at most; a
longer number reaches no row, and passed on it makes the database fail ("int too large",
"bigint out of range") instead of answering "not found"."""

from __future__ import annotations

# The largest key any of the portal's databases can hold (a signed 64-bit integer).
MAX_ID = 2**63 - 1


def parse_id(value: object) -> int | None:
    """The integer `value` spells in decimal digits, from 0 to MAX_ID; None for anything
    else (a sign, spaces, letters, NUL, too many digits)."""
    text = str(value)
    if not text.isascii() or not text.isdigit() or len(text) > len(str(MAX_ID)):
        return None
    number = int(text)
    return number if number <= MAX_ID else None
