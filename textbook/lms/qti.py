"""IMS QTI 1.2 packages: a zip with ``imsmanifest.xml`` (IMS Content Packaging 1.1) and one
assessment file per chapter or card, in the profile Canvas, Brightspace and Blackboard import.

Items carry Canvas's ``question_type`` and ``points_possible`` metadata (other systems ignore
what they do not know). Every option's feedback is an ``itemfeedback`` shown when it is chosen.
"""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree as ET

from textbook.lms.questions import ChoiceQuestion, EssayQuestion, MatchingQuestion, Question, Quiz

QTI_NAMESPACE = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
QTI_SCHEMA = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd"
CP_NAMESPACE = "http://www.imsglobal.org/xsd/imscp_v1p1"
CP_SCHEMA = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
RESOURCE_TYPE = "imsqti_xmlv1p2"
FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # zip entry dates: the same selection gives the same bytes


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    if text is not None:
        element.text = text
    return element


def _material(parent: ET.Element, text: str, texttype: str = "text/html") -> None:
    _sub(_sub(parent, "material"), "mattext", text, texttype=texttype)


def _metadata(item: ET.Element, question_type: str, points: int) -> None:
    fields = _sub(_sub(item, "itemmetadata"), "qtimetadata")
    for label, entry in (("question_type", question_type), ("points_possible", str(points))):
        field = _sub(fields, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", entry)


def _outcomes(resprocessing: ET.Element) -> None:
    _sub(_sub(resprocessing, "outcomes"), "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")


def _condition(resprocessing: ET.Element, *, cont: bool) -> tuple[ET.Element, ET.Element]:
    condition = ET.SubElement(resprocessing, "respcondition", {"continue": "Yes" if cont else "No"})
    return condition, _sub(condition, "conditionvar")


def _feedback(item: ET.Element, ident: str, html: str) -> None:
    _material(_sub(_sub(item, "itemfeedback", ident=ident), "flow_mat"), html)


def _show_general_feedback(resprocessing: ET.Element, question: Question) -> None:
    if question.general_feedback:
        condition, conditionvar = _condition(resprocessing, cont=True)
        _sub(conditionvar, "other")
        _sub(condition, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")


def _choice_item(item: ET.Element, question: ChoiceQuestion) -> None:
    kind = "multiple_answers_question" if question.multiple else "multiple_choice_question"
    _metadata(item, kind, question.points)
    presentation = _sub(item, "presentation")
    _material(presentation, question.html)
    response = _sub(
        presentation, "response_lid", ident="response1", rcardinality="Multiple" if question.multiple else "Single"
    )
    choices = _sub(response, "render_choice")
    idents = [f"{question.ident}-{n}" for n in range(1, len(question.answers) + 1)]
    for ident, answer in zip(idents, question.answers, strict=True):
        _material(_sub(choices, "response_label", ident=ident), answer.html)
    processing = _sub(item, "resprocessing")
    _outcomes(processing)
    _show_general_feedback(processing, question)
    for ident in idents:
        condition, conditionvar = _condition(processing, cont=True)
        _sub(conditionvar, "varequal", ident, respident="response1")
        _sub(condition, "displayfeedback", feedbacktype="Response", linkrefid=f"{ident}_fb")
    if question.multiple:
        condition, conditionvar = _condition(processing, cont=False)
        every = _sub(conditionvar, "and")
        for ident, answer in zip(idents, question.answers, strict=True):
            holder = every if answer.correct else _sub(every, "not")
            _sub(holder, "varequal", ident, respident="response1")
        _sub(condition, "setvar", "100", action="Set", varname="SCORE")
    else:
        for ident, answer in zip(idents, question.answers, strict=True):
            if answer.correct:
                condition, conditionvar = _condition(processing, cont=False)
                _sub(conditionvar, "varequal", ident, respident="response1")
                _sub(condition, "setvar", "100", action="Set", varname="SCORE")
    if question.general_feedback:
        _feedback(item, "general_fb", question.general_feedback)
    for ident, answer in zip(idents, question.answers, strict=True):
        _feedback(item, f"{ident}_fb", answer.feedback)


def _matching_item(item: ET.Element, question: MatchingQuestion) -> None:
    _metadata(item, "matching_question", question.points)
    presentation = _sub(item, "presentation")
    _material(presentation, question.html)
    rights = [f"{question.ident}-r{n}" for n in range(1, len(question.pairs) + 1)]
    for number, (left, _right) in enumerate(question.pairs, 1):
        response = _sub(presentation, "response_lid", ident=f"response_{question.ident}-l{number}")
        _material(response, left, texttype="text/plain")
        choices = _sub(response, "render_choice")
        for ident, (_left, right) in zip(rights, question.pairs, strict=True):
            _material(_sub(choices, "response_label", ident=ident), right, texttype="text/plain")
    processing = _sub(item, "resprocessing")
    _outcomes(processing)
    _show_general_feedback(processing, question)
    share = f"{100 / len(question.pairs):.2f}"
    for number, ident in enumerate(rights, 1):
        condition, conditionvar = _condition(processing, cont=True)
        _sub(conditionvar, "varequal", ident, respident=f"response_{question.ident}-l{number}")
        _sub(condition, "setvar", share, action="Add", varname="SCORE")
    if question.general_feedback:
        _feedback(item, "general_fb", question.general_feedback)


def _essay_item(item: ET.Element, question: EssayQuestion) -> None:
    _metadata(item, "essay_question", question.points)
    presentation = _sub(item, "presentation")
    _material(presentation, question.html)
    response = _sub(presentation, "response_str", ident="response1", rcardinality="Single")
    _sub(_sub(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
    processing = _sub(item, "resprocessing")
    _outcomes(processing)
    _show_general_feedback(processing, question)
    _condition(processing, cont=False)[1].append(ET.Element("other"))
    if question.general_feedback:
        _feedback(item, "general_fb", question.general_feedback)


def assessment_xml(quiz: Quiz) -> bytes:
    """One ``questestinterop`` document: the quiz as an assessment with one section."""
    root = ET.Element("questestinterop", {"xmlns": QTI_NAMESPACE, "xmlns:xsi": XSI})
    root.set("xsi:schemaLocation", f"{QTI_NAMESPACE} {QTI_SCHEMA}")
    assessment = _sub(root, "assessment", ident=quiz.ident, title=quiz.title)
    fields = _sub(assessment, "qtimetadata")
    field = _sub(fields, "qtimetadatafield")
    _sub(field, "fieldlabel", "cc_maxattempts")
    _sub(field, "fieldentry", "unlimited")
    section = _sub(assessment, "section", ident=f"{quiz.ident}-section")
    for question in quiz.questions:
        item = _sub(section, "item", ident=question.ident, title=question.title)
        if isinstance(question, ChoiceQuestion):
            _choice_item(item, question)
        elif isinstance(question, MatchingQuestion):
            _matching_item(item, question)
        else:
            _essay_item(item, question)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def manifest_xml(identifier: str, quizzes: list[Quiz]) -> bytes:
    """``imsmanifest.xml``: one ``imsqti_xmlv1p2`` resource per quiz file."""
    root = ET.Element("manifest", {"identifier": identifier, "xmlns": CP_NAMESPACE, "xmlns:xsi": XSI})
    root.set("xsi:schemaLocation", f"{CP_NAMESPACE} {CP_SCHEMA}")
    metadata = _sub(root, "metadata")
    _sub(metadata, "schema", "IMS Content")
    _sub(metadata, "schemaversion", "1.1.3")
    _sub(root, "organizations")
    resources = _sub(root, "resources")
    for quiz in quizzes:
        resource = _sub(resources, "resource", identifier=f"res-{quiz.ident}", type=RESOURCE_TYPE, href=quiz_file(quiz))
        _sub(resource, "file", href=quiz_file(quiz))
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


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
