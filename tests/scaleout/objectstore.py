"""The S3-compatible server of `make scaleout`: S3Proxy from Maven Central
(tests/scaleout/pom.xml) with its filesystem backend, on a free port, with one private
bucket. A real S3 server — the portal's django-storages talks to it exactly as to a
cloud bucket — unlike a mock inside the test process."""

from __future__ import annotations

import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from xml.etree import ElementTree

from tests.bench.common import stop_process
from tools.services import opensearch

from .common import ScaleoutError, say

POM = Path(__file__).resolve().parent / "pom.xml"
ACCESS_KEY = "scaleout"
SECRET_KEY = "scaleout-secret-not-for-any-real-bucket"  # noqa: S105 (a local test server)
BUCKET = "portal-media"


def pinned_version() -> str:
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    element = ElementTree.parse(POM).find("m:properties/m:s3proxy.version", ns)
    return element.text.strip()


class ObjectStore:
    def __init__(self, home: Path, port: int) -> None:
        self.home = home
        self.port = port
        self.endpoint = f"http://127.0.0.1:{port}"
        self.data = home / "data"
        self.log = home / "s3proxy.log"
        self.process: subprocess.Popen | None = None

    def jar(self) -> Path:
        version = pinned_version()
        jar = self.home / "lib" / f"s3proxy-{version}-jar-with-dependencies.jar"
        if jar.is_file():
            return jar
        say(f"fetching S3Proxy {version} with Maven (first run only)…")
        mvn = shutil.which("mvn")
        if mvn is None:
            raise ScaleoutError("mvn not found; install it (apt-get install maven)")
        _command, status, output = opensearch.copy_dependencies(mvn, POM, jar.parent)
        if status != 0 or not jar.is_file():
            raise ScaleoutError(f"Maven could not fetch S3Proxy {version}:\n{output}")
        return jar

    def start(self) -> None:
        jar = self.jar()
        shutil.rmtree(self.data, ignore_errors=True)
        self.data.mkdir(parents=True)
        config = self.home / "s3proxy.conf"
        config.write_text(
            f"s3proxy.endpoint={self.endpoint}\n"
            "s3proxy.authorization=aws-v2-or-v4\n"
            f"s3proxy.identity={ACCESS_KEY}\n"
            f"s3proxy.credential={SECRET_KEY}\n"
            "jclouds.provider=filesystem\n"
            f"jclouds.filesystem.basedir={self.data}\n"
        )
        with open(self.log, "ab") as output:
            self.process = subprocess.Popen(
                [opensearch.find_java(), "-Xmx256m", "-jar", str(jar), "--properties", str(config)],
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ScaleoutError(f"S3Proxy exited; see {self.log}")
            try:
                urllib.request.urlopen(self.endpoint, timeout=2)
            except urllib.error.HTTPError:
                break  # it answers (403 to an anonymous listing)
            except OSError:
                time.sleep(0.3)
        else:
            raise ScaleoutError(f"S3Proxy did not answer on {self.endpoint}; see {self.log}")
        self.client().create_bucket(Bucket=BUCKET)

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            region_name="us-east-1",
        )

    def objects(self) -> list[str]:
        listing = self.client().list_objects_v2(Bucket=BUCKET)
        return [item["Key"] for item in listing.get("Contents", [])]

    def anonymous_status(self, key: str) -> int:
        """The status of a GET of the object without credentials (a public bucket URL)."""
        try:
            with urllib.request.urlopen(f"{self.endpoint}/{BUCKET}/{key}", timeout=10) as r:
                return r.status
        except urllib.error.HTTPError as error:
            return error.code

    def env(self) -> dict[str, str]:
        """The production settings' variables for the bucket (README, Production)."""
        return {
            "MEDIA_STORAGE": "s3",
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": self.endpoint,
            "AWS_S3_REGION_NAME": "us-east-1",
            "AWS_ACCESS_KEY_ID": ACCESS_KEY,
            "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
        }

    def stop(self) -> None:
        stop_process(self.process)
        self.process = None
