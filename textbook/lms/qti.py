"""IMS QTI 1.2 packages: a zip with ``imsmanifest.xml`` (IMS Content Packaging 1.1) and one
assessment file per chapter or card, in the profile Canvas, Brightspace and Blackboard import.

Items carry Canvas's ``question_type`` and ``points_possible`` metadata (other systems ignore
what they do not know). Every option's feedback is an ``itemfeedback`` shown when it is chosen.
"""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree as ET

from textbook.lms.questions import ChoiceQuestion, EssayQuestion, MatchingQuestion, Question, Quiz, as_choices
from textbook.lms.xmltree import document, sub

QTI_NAMESPACE = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
QTI_SCHEMA = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd"
CC_QTI_SCHEMA = "http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_qtiasiv1p2p1_v1p0.xsd"
CP_NAMESPACE = "http://www.imsglobal.org/xsd/imscp_v1p1"
CP_SCHEMA = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
RESOURCE_TYPE = "imsqti_xmlv1p2"
FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # zip entry dates: the same selection gives the same bytes


# Idents inside an item are short and local (a1, a2, ... for options; r1, r2, ... and
# response_l1, ... for matching), never built from the exercise id: Canvas's importer reads the
# first run of digits in a matching ident as its id, and treats feedback idents containing
# "correct", "wrong" or "_all" as whole-question feedback.


def shares(parts: int) -> list[str]:
    """``parts`` shares of 100 points, to two decimals, that add up to exactly 100 (pure)."""
    each = [100 * 100 // parts] * parts  # in hundredths of a point
    each[-1] += 100 * 100 - sum(each)
    return [f"{hundredths / 100:.2f}" for hundredths in each]


def _material(parent: ET.Element, text: str, texttype: str = "text/html") -> None:
    sub(sub(parent, "material"), "mattext", text, texttype=texttype)


# The Common Cartridge QTI profile names each item's type in ``cc_profile``.
CC_PROFILES = {
    "multiple_choice_question": "cc.multiple_choice.v0p1",
    "multiple_answers_question": "cc.multiple_response.v0p1",
    "essay_question": "cc.essay.v0p1",
}
PROFILES = ("canvas", "cc")  # QTI as Canvas imports it; QTI in a Common Cartridge


def _metadata(item: ET.Element, question_type: str, points: int, profile: str = "canvas", options: int = 0) -> None:
    """Canvas's metadata (its question type and points), or the Common Cartridge profile's: the
    item's ``cc_profile`` (a single choice of two options is true/false there), its weighting
    when it has points, and whether the computer scores it. The profile allows no other field."""
    fields = sub(sub(item, "itemmetadata"), "qtimetadata")
    pairs = [("question_type", question_type), ("points_possible", str(points))]
    if profile == "cc":
        two = question_type == "multiple_choice_question" and options == 2
        pairs = [("cc_profile", "cc.true_false.v0p1" if two else CC_PROFILES[question_type])]
        if 1 <= points <= 99:
            pairs.append(("cc_weighting", str(points)))
        pairs.append(("qmd_computerscored", "No" if question_type == "essay_question" else "Yes"))
    for label, entry in pairs:
        field = sub(fields, "qtimetadatafield")
        sub(field, "fieldlabel", label)
        sub(field, "fieldentry", entry)


def _outcomes(resprocessing: ET.Element) -> None:
    sub(sub(resprocessing, "outcomes"), "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")


def _condition(resprocessing: ET.Element, *, cont: bool) -> tuple[ET.Element, ET.Element]:
    condition = ET.SubElement(resprocessing, "respcondition", {"continue": "Yes" if cont else "No"})
    return condition, sub(condition, "conditionvar")


def _feedback(item: ET.Element, ident: str, html: str) -> None:
    _material(sub(sub(item, "itemfeedback", ident=ident), "flow_mat"), html)


def _show_general_feedback(resprocessing: ET.Element, question: Question) -> None:
    if question.general_feedback:
        condition, conditionvar = _condition(resprocessing, cont=True)
        sub(conditionvar, "other")
        sub(condition, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")


def _choice_item(item: ET.Element, question: ChoiceQuestion, profile: str = "canvas") -> None:
    kind = "multiple_answers_question" if question.multiple else "multiple_choice_question"
    _metadata(item, kind, question.points, profile, len(question.answers))
    presentation = sub(item, "presentation")
    _material(presentation, question.text_html)
    response = sub(
        presentation, "response_lid", ident="response1", rcardinality="Multiple" if question.multiple else "Single"
    )
    choices = sub(response, "render_choice", shuffle="Yes" if question.shuffle else "No")
    idents = [f"a{n}" for n in range(1, len(question.answers) + 1)]
    for ident, answer in zip(idents, question.answers, strict=True):
        _material(sub(choices, "response_label", ident=ident), answer.html)
    processing = sub(item, "resprocessing")
    _outcomes(processing)
    _show_general_feedback(processing, question)
    for ident in idents:
        condition, conditionvar = _condition(processing, cont=True)
        sub(conditionvar, "varequal", ident, respident="response1")
        sub(condition, "displayfeedback", feedbacktype="Response", linkrefid=f"{ident}_fb")
    if question.multiple:
        condition, conditionvar = _condition(processing, cont=False)
        every = sub(conditionvar, "and")
        for ident, answer in zip(idents, question.answers, strict=True):
            holder = every if answer.correct else sub(every, "not")
            sub(holder, "varequal", ident, respident="response1")
        sub(condition, "setvar", "100", action="Set", varname="SCORE")
    else:
        for ident, answer in zip(idents, question.answers, strict=True):
            if answer.correct:
                condition, conditionvar = _condition(processing, cont=False)
                sub(conditionvar, "varequal", ident, respident="response1")
                sub(condition, "setvar", "100", action="Set", varname="SCORE")
    if question.general_feedback:
        _feedback(item, "general_fb", question.general_feedback)
    for ident, answer in zip(idents, question.answers, strict=True):
        _feedback(item, f"{ident}_fb", answer.feedback)


def _matching_item(item: ET.Element, question: MatchingQuestion) -> None:
    _metadata(item, "matching_question", question.points)
    presentation = sub(item, "presentation")
    _material(presentation, question.text_html)
    rights = [f"r{n}" for n in range(1, len(question.pairs) + 1)]
    labels = [right for _left, right in question.pairs] + list(question.extras)  # extras match no left
    for number, (left, _right) in enumerate(question.pairs, 1):
        response = sub(presentation, "response_lid", ident=f"response_l{number}")
        _material(response, left, texttype="text/plain")
        choices = sub(response, "render_choice")
        for n, label in enumerate(labels, 1):
            _material(sub(choices, "response_label", ident=f"r{n}"), label, texttype="text/plain")
    processing = sub(item, "resprocessing")
    _outcomes(processing)
    _show_general_feedback(processing, question)
    for number, (ident, share) in enumerate(zip(rights, shares(len(rights)), strict=True), 1):
        condition, conditionvar = _condition(processing, cont=True)
        sub(conditionvar, "varequal", ident, respident=f"response_l{number}")
        sub(condition, "setvar", share, action="Add", varname="SCORE")
    if question.general_feedback:
        _feedback(item, "general_fb", question.general_feedback)


def _essay_item(item: ET.Element, question: EssayQuestion, profile: str = "canvas") -> None:
    _metadata(item, "essay_question", question.points, profile)
    presentation = sub(item, "presentation")
    _material(presentation, question.text_html)
    response = sub(presentation, "response_str", ident="response1", rcardinality="Single")
    sub(sub(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
    processing = sub(item, "resprocessing")
    _outcomes(processing)
    _show_general_feedback(processing, question)
    _condition(processing, cont=False)[1].append(ET.Element("other"))
    if question.general_feedback:
        _feedback(item, "general_fb", question.general_feedback)


def assessment_xml(quiz: Quiz, profile: str = "canvas") -> bytes:
    """One ``questestinterop`` document: the quiz as an assessment with one section.

    ``profile="cc"`` writes the Common Cartridge 1.1 QTI profile: the assessment and each item
    say their ``cc_profile``, and a matching question, which the profile does not have, becomes
    one multiple-choice question per left side (``as_choices``)."""
    cartridge = profile == "cc"
    schema = CC_QTI_SCHEMA if cartridge else QTI_SCHEMA
    root = ET.Element("questestinterop", {"xmlns": QTI_NAMESPACE, "xmlns:xsi": XSI})
    root.set("xsi:schemaLocation", f"{QTI_NAMESPACE} {schema}")
    assessment = sub(root, "assessment", ident=quiz.ident, title=quiz.title)
    fields = sub(assessment, "qtimetadata")
    pairs = [("cc_maxattempts", "unlimited")]
    if cartridge:
        pairs = [("cc_profile", "cc.exam.v0p1"), ("qmd_assessmenttype", "Examination"), *pairs]
    for label, entry in pairs:
        field = sub(fields, "qtimetadatafield")
        sub(field, "fieldlabel", label)
        sub(field, "fieldentry", entry)
    section = sub(assessment, "section", ident=f"{quiz.ident}-section")
    questions = [
        split
        for question in quiz.questions
        for split in (as_choices(question) if cartridge and isinstance(question, MatchingQuestion) else [question])
    ]
    for question in questions:
        item = sub(section, "item", ident=question.ident, title=question.title)
        if isinstance(question, ChoiceQuestion):
            _choice_item(item, question, profile)
        elif isinstance(question, MatchingQuestion):
            _matching_item(item, question)
        else:
            _essay_item(item, question, profile)
    return document(root)


def manifest_xml(identifier: str, quizzes: list[Quiz]) -> bytes:
    """``imsmanifest.xml``: one ``imsqti_xmlv1p2`` resource per quiz file."""
    root = ET.Element("manifest", {"identifier": identifier, "xmlns": CP_NAMESPACE, "xmlns:xsi": XSI})
    root.set("xsi:schemaLocation", f"{CP_NAMESPACE} {CP_SCHEMA}")
    metadata = sub(root, "metadata")
    sub(metadata, "schema", "IMS Content")
    sub(metadata, "schemaversion", "1.1.3")
    sub(root, "organizations")
    resources = sub(root, "resources")
    for quiz in quizzes:
        resource = sub(resources, "resource", identifier=f"res-{quiz.ident}", type=RESOURCE_TYPE, href=quiz_file(quiz))
        sub(resource, "file", href=quiz_file(quiz))
    return document(root)


def quiz_file(quiz: Quiz) -> str:
    """The quiz's file inside the package."""
    return f"{quiz.ident}.xml"


def package_bytes(identifier: str, quizzes: list[Quiz]) -> bytes:
    """The whole QTI package as zip bytes: manifest first, then one file per quiz (pure)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        entries = [("imsmanifest.xml", manifest_xml(identifier, quizzes))]
        entries += [(quiz_file(quiz), assessment_xml(quiz)) for quiz in quizzes]
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name, FIXED_TIME), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
