"""The LMS formats' own definitions, ready for the Common Cartridge 1.1 and SCORM 1.2 exports:
each compiles offline, a hand-written minimal package validates, and broken ones fail for the
reason they were broken (the error names the element or attribute)."""

from __future__ import annotations

import hashlib
import re

import pytest
from lxml import etree

from tests.lms.formats import CC11_DIR, CC11_XSDS, FormatUnavailable, vendored
from tests.lms.schemas import (
    CC11_NS,
    SCORM12_NS,
    _compile,
    _scorm12_files,
    cc11_rules,
    cc11_schema,
    reference_errors,
    rule_failures,
    schema_errors,
    scorm12_metadata_schema,
    scorm12_schema,
)

CP = CC11_NS["manifest"]
LOMM = CC11_NS["lom_manifest"]

CC_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="ff_cartridge"
  xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
  xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest"
  xmlns:lom="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lomresource_v1p0.xsd">
  <metadata>
    <schema>IMS Common Cartridge</schema>
    <schemaversion>1.1.0</schemaversion>
    <lomimscc:lom>
      <lomimscc:general>
        <lomimscc:title><lomimscc:string language="en">Foundations First</lomimscc:string></lomimscc:title>
      </lomimscc:general>
    </lomimscc:lom>
  </metadata>
  <organizations>
    <organization identifier="org_1" structure="rooted-hierarchy">
      <item identifier="root">
        <item identifier="module_1">
          <title>Chapter 1: Starting out</title>
          <item identifier="item_page" identifierref="res_page"><title>Why it matters</title></item>
          <item identifier="item_link" identifierref="res_link"><title>Read it online</title></item>
          <item identifier="item_quiz" identifierref="res_quiz"><title>Check yourself</title></item>
        </item>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res_page" type="webcontent" href="web_resources/ch1/why.html">
      <file href="web_resources/ch1/why.html"/>
      <dependency identifierref="res_style"/>
    </resource>
    <resource identifier="res_style" type="webcontent">
      <file href="web_resources/style.css"/>
    </resource>
    <resource identifier="res_link" type="imswl_xmlv1p1">
      <file href="res_link/weblink.xml"/>
    </resource>
    <resource identifier="res_quiz" type="imsqti_xmlv1p2/imscc_xmlv1p1/assessment">
      <file href="res_quiz/assessment.xml"/>
    </resource>
  </resources>
</manifest>
"""

CC_WEBLINK = """<?xml version="1.0" encoding="UTF-8"?>
<webLink xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1 http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imswl_v1p1.xsd">
  <title>Read it online</title>
  <url href="https://example.org/book/ch1/why.html" target="_blank"/>
</webLink>
"""

CC_ASSESSMENT = """<?xml version="1.0" encoding="UTF-8"?>
<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_qtiasiv1p2p1_v1p0.xsd">
  <assessment ident="res_quiz" title="Check yourself">
    <qtimetadata>
      <qtimetadatafield><fieldlabel>cc_profile</fieldlabel><fieldentry>cc.exam.v0p1</fieldentry></qtimetadatafield>
      <qtimetadatafield><fieldlabel>qmd_assessmenttype</fieldlabel><fieldentry>Examination</fieldentry></qtimetadatafield>
      <qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel><fieldentry>unlimited</fieldentry></qtimetadatafield>
    </qtimetadata>
    <section ident="root_section">
      <item ident="q1" title="Which one?">
        <itemmetadata>
          <qtimetadata>
            <qtimetadatafield><fieldlabel>cc_profile</fieldlabel><fieldentry>cc.multiple_choice.v0p1</fieldentry></qtimetadatafield>
          </qtimetadata>
        </itemmetadata>
        <presentation>
          <material><mattext texttype="text/html">&lt;p&gt;Which one is right?&lt;/p&gt;</mattext></material>
          <response_lid ident="q1_response" rcardinality="Single">
            <render_choice>
              <response_label ident="q1_a"><material><mattext texttype="text/plain">This one</mattext></material></response_label>
              <response_label ident="q1_b"><material><mattext texttype="text/plain">That one</mattext></material></response_label>
              <response_label ident="q1_c"><material><mattext texttype="text/plain">Neither</mattext></material></response_label>
            </render_choice>
          </response_lid>
        </presentation>
        <resprocessing>
          <outcomes><decvar varname="SCORE" vartype="Decimal" minvalue="0" maxvalue="100"/></outcomes>
          <respcondition continue="No">
            <conditionvar><varequal respident="q1_response">q1_a</varequal></conditionvar>
            <setvar varname="SCORE" action="Set">100</setvar>
          </respcondition>
        </resprocessing>
      </item>
    </section>
  </assessment>
</questestinterop>
"""

SCORM_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="ff_scorm" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org_1">
    <organization identifier="org_1">
      <title>Foundations First</title>
      <item identifier="item_ch1" identifierref="sco_ch1" isvisible="true">
        <title>Chapter 1: Starting out</title>
        <adlcp:masteryscore>80</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco_ch1" type="webcontent" adlcp:scormtype="sco" href="ch1/index.html">
      <file href="ch1/index.html"/>
      <dependency identifierref="shared_assets"/>
    </resource>
    <resource identifier="shared_assets" type="webcontent" adlcp:scormtype="asset">
      <file href="shared/runtime.js"/>
      <file href="shared/style.css"/>
    </resource>
  </resources>
</manifest>
"""

IMSMD_LOM = """<imsmd:lom xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1">
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="en">Foundations First</imsmd:langstring></imsmd:title>
      </imsmd:general>
    </imsmd:lom>"""


def parse(text: str) -> etree._Element:
    return etree.fromstring(text.encode(), etree.XMLParser(no_network=True, resolve_entities=False))


def edited(text: str, old: str, new: str) -> str:
    """The document with one exact piece replaced (it must occur exactly once)."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def assert_fails(errors: list[str], *patterns: str) -> None:
    assert errors, "the broken document validated"
    for pattern in patterns:
        assert any(re.search(pattern, error) for error in errors), f"no error matches {pattern!r}: {errors}"


# --- the definitions themselves -------------------------------------------------------------


def test_the_vendored_common_cartridge_schemas_match_their_pinned_hashes() -> None:
    files = vendored()
    assert sorted(files) == sorted(CC11_XSDS)
    for name, path in files.items():
        assert hashlib.sha256(path.read_bytes()).hexdigest() == CC11_XSDS[name]
    source = (CC11_DIR / "SOURCE.md").read_text(encoding="utf-8")
    for name, sha256 in CC11_XSDS.items():  # SOURCE.md records the same hashes
        assert re.search(rf"{re.escape(name)}.*{sha256}", source), f"SOURCE.md lacks {name}'s SHA-256"
    notice = (CC11_DIR / "NOTICE").read_text(encoding="utf-8")
    assert "IPR, License and Distribution Notices" in notice
    assert "Copyright (c) IMS Global Learning Consortium 1999-2011" in notice


def test_a_changed_vendored_file_is_refused(tmp_path) -> None:
    for name in CC11_XSDS:
        (tmp_path / name).write_bytes((CC11_DIR / name).read_bytes())
    (tmp_path / "ccv1p1_imswl_v1p1.xsd").write_bytes(b"<xs:schema/>")
    with pytest.raises(FormatUnavailable, match=r"ccv1p1_imswl_v1p1\.xsd has SHA-256"):
        vendored(tmp_path)


@pytest.mark.parametrize("kind", ["manifest", "weblink", "assessment"])
def test_each_common_cartridge_schema_compiles_offline(kind) -> None:
    assert isinstance(cc11_schema(kind), etree.XMLSchema)


def test_an_unknown_schema_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="choose one of manifest, weblink, assessment"):
        cc11_schema("discussion")


def test_the_scorm_schemas_compile_offline() -> None:
    assert isinstance(scorm12_schema(), etree.XMLSchema)
    assert scorm12_metadata_schema().maps.namespaces.get(SCORM12_NS["imsmd"])


def test_ims_md_1_2_1_is_not_xsd_1_0_deterministic() -> None:
    """Why the metadata schema is an XSD 1.1 one: libxml2 refuses IMS MD 1.2.1 as published."""
    files = _scorm12_files()
    with pytest.raises(FormatUnavailable, match=r"generalType': The content model is not determinist"):
        _compile(files["imsmd_rootv1p2p1.xsd"], files)


# --- Common Cartridge 1.1: the minimal cartridge validates ---------------------------------


def test_a_minimal_cartridge_manifest_is_valid() -> None:
    assert schema_errors(cc11_schema("manifest"), CC_MANIFEST) == []
    assert rule_failures(cc11_rules("manifest"), parse(CC_MANIFEST)) == []


def test_a_web_link_is_valid() -> None:
    assert schema_errors(cc11_schema("weblink"), CC_WEBLINK) == []


def test_a_one_item_assessment_is_valid() -> None:
    assert schema_errors(cc11_schema("assessment"), CC_ASSESSMENT) == []
    assert rule_failures(cc11_rules("assessment"), parse(CC_ASSESSMENT)) == []


@pytest.mark.parametrize(
    "profile", ["cc.multiple_response.v0p1", "cc.true_false.v0p1", "cc.fib.v0p1", "cc.pattern_match.v0p1"]
)
def test_the_profile_names_its_question_kinds(profile) -> None:
    """The rules accept each question profile's name; a whole item of each kind is the exporter's test."""
    document = parse(edited(CC_ASSESSMENT, "cc.multiple_choice.v0p1", profile))
    assert not [failure for failure in rule_failures(cc11_rules("assessment"), document) if "RULE 2b" in failure]


# --- Common Cartridge 1.1: broken ones fail for the right reason ---------------------------


def test_a_manifest_without_the_lom_fails() -> None:
    start, end = CC_MANIFEST.index("<lomimscc:lom>"), CC_MANIFEST.index("</lomimscc:lom>") + len("</lomimscc:lom>")
    broken = CC_MANIFEST[:start] + CC_MANIFEST[end:]
    assert_fails(schema_errors(cc11_schema("manifest"), broken), r"metadata.*Missing child element.*lom")


def test_a_manifest_without_resources_fails() -> None:
    start, end = CC_MANIFEST.index("<resources>"), CC_MANIFEST.index("</resources>") + len("</resources>")
    broken = CC_MANIFEST[:start] + CC_MANIFEST[end:]
    assert_fails(schema_errors(cc11_schema("manifest"), broken), r"Missing child element.*resources")


def test_an_item_without_a_title_fails() -> None:
    broken = edited(CC_MANIFEST, "<title>Read it online</title>", "")
    assert_fails(schema_errors(cc11_schema("manifest"), broken), r"item.*Missing child element.*title")


def test_an_unknown_element_fails() -> None:
    broken = edited(CC_MANIFEST, "<title>Why it matters</title>", "<title>Why it matters</title><summary/>")
    assert_fails(schema_errors(cc11_schema("manifest"), broken), r"summary.*not expected")


def test_an_organization_without_structure_fails() -> None:
    broken = edited(CC_MANIFEST, ' structure="rooted-hierarchy"', "")
    assert_fails(schema_errors(cc11_schema("manifest"), broken), r"organization.*structure.*required but missing")


def test_another_structure_fails() -> None:
    broken = edited(CC_MANIFEST, 'structure="rooted-hierarchy"', 'structure="hierarchical"')
    assert_fails(schema_errors(cc11_schema("manifest"), broken), r"structure.*fixed value.*rooted-hierarchy")


def test_common_cartridge_1_0_and_scorm_namespaces_fail() -> None:
    """The 1.0 manifest namespace (imsccv1p0) and plain IMS CP are other formats."""
    for namespace in ("http://www.imsglobal.org/xsd/imsccv1p0/imscp_v1p1", "http://www.imsglobal.org/xsd/imscp_v1p1"):
        broken = edited(CC_MANIFEST, f'xmlns="{CP}"', f'xmlns="{namespace}"')
        assert_fails(schema_errors(cc11_schema("manifest"), broken), r"manifest.*No matching global declaration")


def test_the_wrong_schema_version_fails() -> None:
    broken = edited(CC_MANIFEST, "<schemaversion>1.1.0</schemaversion>", "<schemaversion>1.2.0</schemaversion>")
    assert_fails(schema_errors(cc11_schema("manifest"), broken), r"schemaversion.*'1\.2\.0'.*\{'1\.1\.0'\}")


def test_an_unknown_resource_type_fails() -> None:
    broken = edited(CC_MANIFEST, 'type="imswl_xmlv1p1"', 'type="imswl_xmlv1p0"')
    assert_fails(schema_errors(cc11_schema("manifest"), broken), r"type.*'imswl_xmlv1p0'.*not an element of the set")


def test_an_item_pointing_nowhere_fails_the_reference_check() -> None:
    """libxml2 does not check that an xs:IDREF names an xs:ID, so the schema lets this through."""
    broken = edited(CC_MANIFEST, 'identifierref="res_link"', 'identifierref="res_missing"')
    assert schema_errors(cc11_schema("manifest"), broken) == []
    assert reference_errors(parse(broken)) == ["item 'item_link' refers to 'res_missing', which is no resource"]
    assert reference_errors(parse(CC_MANIFEST)) == []


def test_a_dependency_or_default_organization_pointing_nowhere_fails_the_reference_check() -> None:
    broken = edited(SCORM_MANIFEST, 'default="org_1"', 'default="org_2"')
    broken = edited(broken, '<dependency identifierref="shared_assets"/>', '<dependency identifierref="assets"/>')
    assert reference_errors(parse(broken)) == [
        "organizations' default 'org_2' is no organization",
        "dependency of 'sco_ch1' refers to 'assets', which is no resource",
    ]
    assert reference_errors(parse(SCORM_MANIFEST)) == []


def test_a_web_link_resource_with_an_href_or_two_files_fails_the_profile_rules() -> None:
    link = '<resource identifier="res_link" type="imswl_xmlv1p1">'
    with_href = edited(CC_MANIFEST, link, link[:-1] + ' href="res_link/weblink.xml">')
    assert_fails(rule_failures(cc11_rules("manifest"), parse(with_href)), r"RULE 2c")
    two_files = edited(
        CC_MANIFEST, '<file href="res_link/weblink.xml"/>', '<file href="res_link/weblink.xml"/><file href="x.xml"/>'
    )
    assert_fails(rule_failures(cc11_rules("manifest"), parse(two_files)), r"RULE 2b")


def test_a_resource_href_without_its_file_fails_the_profile_rules() -> None:
    broken = edited(CC_MANIFEST, '<file href="web_resources/ch1/why.html"/>', '<file href="web_resources/ch1/x.html"/>')
    assert_fails(rule_failures(cc11_rules("manifest"), parse(broken)), r"RULE 10b")


def test_a_web_link_without_a_url_fails() -> None:
    broken = edited(CC_WEBLINK, '<url href="https://example.org/book/ch1/why.html" target="_blank"/>', "")
    assert_fails(schema_errors(cc11_schema("weblink"), broken), r"webLink.*Missing child element.*url")


def test_a_web_link_url_without_href_fails() -> None:
    broken = edited(CC_WEBLINK, ' href="https://example.org/book/ch1/why.html"', "")
    assert_fails(schema_errors(cc11_schema("weblink"), broken), r"url.*href.*required but missing")


def test_a_web_link_in_the_1_0_namespace_fails() -> None:
    broken = edited(
        CC_WEBLINK,
        'xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1"',
        'xmlns="http://www.imsglobal.org/xsd/imsccv1p0/imswl_v1p1"',
    )
    assert_fails(schema_errors(cc11_schema("weblink"), broken), r"webLink.*No matching global declaration")


def test_an_assessment_without_a_section_fails() -> None:
    start, end = CC_ASSESSMENT.index("<section "), CC_ASSESSMENT.index("</section>") + len("</section>")
    broken = CC_ASSESSMENT[:start] + CC_ASSESSMENT[end:]
    assert_fails(schema_errors(cc11_schema("assessment"), broken), r"assessment.*Missing child element.*section")


def test_nested_sections_are_outside_the_profile() -> None:
    broken = edited(
        CC_ASSESSMENT, '<section ident="root_section">', '<section ident="root_section"><section ident="s2">'
    )
    broken = edited(broken, "</section>", "</section></section>")
    assert_fails(schema_errors(cc11_schema("assessment"), broken), r"section.*not expected")


def test_qti_elements_outside_the_profile_fail() -> None:
    """Full QTI 1.2 has response_grp (used for matching); the CC profile does not."""
    broken = edited(CC_ASSESSMENT, '<response_lid ident="q1_response" rcardinality="Single">', "<response_grp>")
    broken = edited(broken, "</response_lid>", "</response_grp>")
    assert_fails(schema_errors(cc11_schema("assessment"), broken), r"response_grp.*not expected")


def test_a_setvar_add_fails() -> None:
    broken = edited(CC_ASSESSMENT, 'action="Set"', 'action="Add"')
    assert_fails(schema_errors(cc11_schema("assessment"), broken), r"action.*'Add'.*not an element of the set")


def test_a_single_choice_with_two_options_is_a_true_false_question_in_the_profile() -> None:
    """cc.multiple_choice.v0p1 wants more than two options (RULE 4d); cc.true_false.v0p1 exactly two."""
    two = edited(
        CC_ASSESSMENT,
        '<response_label ident="q1_c"><material><mattext texttype="text/plain">Neither</mattext></material></response_label>',
        "",
    )
    assert_fails(rule_failures(cc11_rules("assessment"), parse(two)), r"RULE 4d")
    assert (
        rule_failures(cc11_rules("assessment"), parse(edited(two, "cc.multiple_choice.v0p1", "cc.true_false.v0p1")))
        == []
    )


def test_a_matching_question_profile_fails_the_profile_rules() -> None:
    """Common Cartridge 1.1 has no matching question: its rules name six question profiles only."""
    broken = parse(edited(CC_ASSESSMENT, "cc.multiple_choice.v0p1", "cc.matching.v0p1"))
    assert schema_errors(cc11_schema("assessment"), broken) == []  # the XSD alone lets it through
    assert_fails(rule_failures(cc11_rules("assessment"), broken), r"RULE 2b.*cc\.matching\.v0p1")


def test_an_item_without_a_profile_fails_the_profile_rules() -> None:
    broken = parse(
        edited(
            CC_ASSESSMENT,
            "<fieldlabel>cc_profile</fieldlabel><fieldentry>cc.multiple_choice",
            "<fieldlabel>cc_weighting</fieldlabel><fieldentry>cc.multiple_choice",
        )
    )
    assert_fails(rule_failures(cc11_rules("assessment"), broken), r"RULE 2f")


def test_an_invalid_max_attempts_fails_the_profile_rules() -> None:
    broken = parse(edited(CC_ASSESSMENT, "<fieldentry>unlimited</fieldentry>", "<fieldentry>10</fieldentry>"))
    assert_fails(rule_failures(cc11_rules("assessment"), broken), r"RULE 1i.*10")


# --- SCORM 1.2 --------------------------------------------------------------------------------


def test_a_minimal_scorm_manifest_is_valid() -> None:
    assert schema_errors(scorm12_schema(), SCORM_MANIFEST) == []
    assert schema_errors(scorm12_metadata_schema(), SCORM_MANIFEST) == []


def test_a_scorm_manifest_with_ims_md_metadata_is_valid_under_the_metadata_schema() -> None:
    with_lom = edited(
        SCORM_MANIFEST, "<schemaversion>1.2</schemaversion>", "<schemaversion>1.2</schemaversion>" + IMSMD_LOM
    )
    assert schema_errors(scorm12_metadata_schema(), with_lom) == []
    # without IMS MD's schema, CP 1.1.2's strict wildcard has nothing to check imsmd:lom against
    assert_fails(schema_errors(scorm12_schema(), with_lom), r"lom.*No matching global element declaration")


def test_a_scorm_manifest_without_organizations_fails() -> None:
    start = SCORM_MANIFEST.index('<organizations default="org_1">')
    end = SCORM_MANIFEST.index("</organizations>") + len("</organizations>")
    broken = SCORM_MANIFEST[:start] + SCORM_MANIFEST[end:]
    assert_fails(schema_errors(scorm12_schema(), broken), r"resources.*not expected.*organizations")


def test_a_scorm_resource_without_type_fails() -> None:
    broken = edited(SCORM_MANIFEST, 'identifier="sco_ch1" type="webcontent"', 'identifier="sco_ch1"')
    assert_fails(schema_errors(scorm12_schema(), broken), r"resource.*type.*required but missing")


def test_an_unknown_scormtype_fails() -> None:
    broken = edited(SCORM_MANIFEST, 'adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"')
    assert_fails(schema_errors(scorm12_schema(), broken), r"scormtype.*'lesson'.*not an element of the set")


def test_an_unknown_adlcp_element_fails() -> None:
    broken = edited(
        SCORM_MANIFEST, "<adlcp:masteryscore>80</adlcp:masteryscore>", "<adlcp:passingscore>80</adlcp:passingscore>"
    )
    assert_fails(schema_errors(scorm12_schema(), broken), r"passingscore.*No matching global element declaration")


def test_the_scorm_2004_adlcp_namespace_fails() -> None:
    broken = edited(
        SCORM_MANIFEST,
        'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
        'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
    )
    assert_fails(schema_errors(scorm12_schema(), broken), r"scormtype.*No matching global attribute declaration")


def test_the_wrong_scorm_metadata_schema_fails() -> None:
    """ADL CP 1.2 declares ``adlcp:schema`` as "ADL SCORM" only; CP's own ``schema`` is free text."""
    broken = edited(
        SCORM_MANIFEST,
        "<schema>ADL SCORM</schema>",
        "<schema>IMS Content</schema><adlcp:schema>SCORM 2004</adlcp:schema>",
    )
    assert_fails(schema_errors(scorm12_schema(), broken), r"adlcp_rootv1p2\}schema.*'SCORM 2004'")


def test_a_manifest_root_in_no_namespace_fails() -> None:
    broken = edited(SCORM_MANIFEST, 'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"', "")
    assert_fails(schema_errors(scorm12_schema(), broken), r"manifest.*No matching global declaration")


def test_errors_are_readable_lines() -> None:
    broken = edited(CC_MANIFEST, ' structure="rooted-hierarchy"', "")
    (error,) = schema_errors(cc11_schema("manifest"), broken)
    assert re.fullmatch(
        r"line \d+: Element '\{[^}]+\}organization': The attribute 'structure' is required but missing\.", error
    )


def test_an_import_outside_the_local_files_is_refused_not_downloaded(tmp_path) -> None:
    wrapper = '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:import namespace="urn:x" schemaLocation="https://example.org/x.xsd"/></xs:schema>'
    with pytest.raises(FormatUnavailable, match=r"Failed to parse the XML resource 'https://example.org/x.xsd'"):
        _compile(tmp_path / "wrapper.xsd", {}, wrapper)
