"""The OAI-PMH full harvest: `ListRecords` of every record, page after page along the
resumption tokens, one request at a time as a harvester makes them. Targets: the whole
harvest within 5 minutes, each page within 500 ms.

Part of `make bench` (run.py); on its own, against any running portal:

    .venv/bin/python -m tests.bench.oai http://127.0.0.1:8000 [oai_dc|lom]
"""

from __future__ import annotations

import statistics
import sys
import time
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlencode

from lxml import etree

from .server import PROXY_HEADERS

OAI = "{http://www.openarchives.org/OAI/2.0/}"
HARVEST_TARGET_SECONDS = 300
PAGE_TARGET_MS = 500


@dataclass
class Harvest:
    seconds: float
    pages: int
    records: int
    deleted: int
    page_ms: list[float]
    errors: list[str]

    def percentile(self, share: float) -> float:
        ordered = sorted(self.page_ms)
        if not ordered:
            return 0.0
        return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]

    @property
    def p50_ms(self) -> float:
        return statistics.median(self.page_ms) if self.page_ms else 0.0

    @property
    def p95_ms(self) -> float:
        return self.percentile(0.95)

    @property
    def max_ms(self) -> float:
        return max(self.page_ms, default=0.0)


def harvest(base_url: str, prefix: str = "oai_dc", timeout: float = 60) -> Harvest:
    """Every page of ListRecords from the portal at `base_url`."""
    query = {"verb": "ListRecords", "metadataPrefix": prefix}
    page_ms: list[float] = []
    errors: list[str] = []
    records = deleted = 0
    started = time.monotonic()
    while True:
        url = f"{base_url.rstrip('/')}/oai/?{urlencode(query)}"
        before = time.monotonic()
        request = urllib.request.Request(url, headers=PROXY_HEADERS)
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, body = response.status, response.read()
        page_ms.append((time.monotonic() - before) * 1000)
        if status != 200:
            errors.append(f"{url}: {status}")
            break
        document = etree.fromstring(body)
        error = document.find(f"{OAI}error")
        if error is not None:
            if error.get("code") != "noRecordsMatch" or records:
                errors.append(f"{url}: {error.get('code')} {error.text}")
            break
        headers = document.findall(f"{OAI}ListRecords/{OAI}record/{OAI}header")
        records += len(headers)
        deleted += sum(1 for header in headers if header.get("status") == "deleted")
        token = document.findtext(f"{OAI}ListRecords/{OAI}resumptionToken")
        if not token:
            break
        query = {"verb": "ListRecords", "resumptionToken": token}
    return Harvest(time.monotonic() - started, len(page_ms), records, deleted, page_ms, errors)


def main() -> None:
    base_url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
    prefix = sys.argv[2] if len(sys.argv) > 2 else "oai_dc"
    result = harvest(base_url, prefix)
    print(
        f"OAI ListRecords {prefix}: {result.records} records ({result.deleted} deleted) in "
        f"{result.pages} pages, {result.seconds:.1f} s (target {HARVEST_TARGET_SECONDS} s); "
        f"page p50 {result.p50_ms:.0f} ms, p95 {result.p95_ms:.0f} ms, "
        f"max {result.max_ms:.0f} ms (target {PAGE_TARGET_MS} ms)"
    )
    for error in result.errors:
        print(f"error: {error}")
    sys.exit(1 if result.errors else 0)


if __name__ == "__main__":
    main()
