"""``python -m textbook export``: QTI 1.2 packages and Moodle XML, checked against the formats'
own definitions (IMS's DTD and XSD, a schema of Moodle's importer, a third-party Moodle XML
reader), against the exercises they come from, and with bad input."""

from __future__ import annotations

import io
import os
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
import xmlschema
from lxml import etree
from moodle_xml_parser.parser import parse_file

from tests.conftest import FIXTURES, ROOT, TESTS, run_textbook
from tests.lms.formats import IMSCP_XSD, QTI_DTD, FormatUnavailable, fetch
from textbook.kit.kinds import (
    Choice,
    Matching,
    MultipleSelect,
    Ordering,
    Reflection,
    Scenario,
    SelfCheck,
    SingleChoice,
    Step,
)
from textbook.kit.loader import LoadedExercise
from textbook.kit.markup import plain_text
from textbook.lms import export as lms_export
from textbook.lms.blackboard import plain
from textbook.lms.moodle import GRADES, UnsupportedQuestion, share
from textbook.lms.qti import shares
from textbook.lms.questions import AmbiguousScenario, best_path, inline_html, lms_prompt, ordinal, to_questions
from textbook.model.spine import load_spine

QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
MOODLE_XSD = TESTS / "support" / "moodle-quiz.xsd"
SPINE = load_spine(ROOT)


def _format_file(source) -> list[Path]:
    try:
        return fetch(source)
    except FormatUnavailable as exc:
        pytest.fail(f"the format's definition is needed to validate the export: {exc}")


@pytest.fixture(scope="module")
def qti_dtd() -> etree.DTD:
    (path,) = _format_file(QTI_DTD)
    return etree.DTD(str(path))


@pytest.fixture(scope="module")
def imscp_schema() -> etree.XMLSchema:
    schema, _xml = _format_file(IMSCP_XSD)
    return etree.XMLSchema(etree.parse(str(schema)))


@pytest.fixture(scope="module")
def moodle_schema() -> xmlschema.XMLSchema11:
    return xmlschema.XMLSchema11(str(MOODLE_XSD))


@pytest.fixture(scope="module")
def qti_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("qti") / "book.zip"
    result = run_textbook("export", "--format", "qti", "-o", str(path))
    assert result.returncode == 0, result.stderr
    assert f"wrote {path}: 17 quizzes, {len(SPINE.exercises)} exercises" in result.stdout
    return path


@pytest.fixture(scope="module")
def moodle_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("moodle") / "book.xml"
    result = run_textbook("export", "--format", "moodle", "-o", str(path))
    assert result.returncode == 0, result.stderr
    return path


def _assessments(package: Path) -> dict[str, etree._Element]:
    with zipfile.ZipFile(package) as archive:
        return {name: etree.fromstring(archive.read(name)) for name in archive.namelist() if name != "imsmanifest.xml"}


def _without_namespace(root: etree._Element) -> etree._Element:
    """The document as the DTD sees it: the XSD-era namespace and xsi attributes taken off."""
    copy = etree.fromstring(etree.tostring(root))
    for element in copy.iter():
        element.tag = etree.QName(element).localname
        for name in [n for n in element.attrib if n.startswith("{")]:
            del element.attrib[name]
    etree.cleanup_namespaces(copy)
    return copy


def _rendered_assessment(quiz) -> etree._Element:
    """The quiz's assessment file from the QTI package rendered for it alone."""
    with zipfile.ZipFile(io.BytesIO(lms_export.render("qti", "Book", [quiz]))) as archive:
        return etree.fromstring(archive.read(f"{quiz.ident}.xml"))


def _items(package: Path) -> dict[str, etree._Element]:
    return {item.get("ident"): item for root in _assessments(package).values() for item in root.iter(f"{QTI}item")}


def _text(element: etree._Element) -> str:
    return element.find(f"{QTI}material/{QTI}mattext").text


# --- QTI 1.2 ------------------------------------------------------------------------------


def test_the_qti_manifest_is_valid_ims_content_packaging(qti_package: Path, imscp_schema: etree.XMLSchema) -> None:
    with zipfile.ZipFile(qti_package) as archive:
        names = archive.namelist()
        manifest = etree.fromstring(archive.read("imsmanifest.xml"))
    assert names[0] == "imsmanifest.xml"
    assert imscp_schema.validate(manifest), imscp_schema.error_log
    cp = "{http://www.imsglobal.org/xsd/imscp_v1p1}"
    resources = manifest.findall(f"{cp}resources/{cp}resource")
    assert {r.get("type") for r in resources} == {"imsqti_xmlv1p2"}
    assert sorted(r.get("href") for r in resources) == sorted(names[1:])
    assert [r.find(f"{cp}file").get("href") for r in resources] == [r.get("href") for r in resources]
    owners = [c.id for c in SPINE.chapters] + [c.id for c in SPINE.cards]
    assert [r.get("href") for r in resources] == [f"{owner}.xml" for owner in owners]


def test_every_assessment_is_valid_against_the_qti_1_2_dtd(qti_package: Path, qti_dtd: etree.DTD) -> None:
    assessments = _assessments(qti_package)
    assert len(assessments) == 17
    for name, root in assessments.items():
        assert root.tag == f"{QTI}questestinterop", name
        assert qti_dtd.validate(_without_namespace(root)), f"{name}: {qti_dtd.error_log.filter_from_errors()[:3]}"


def test_the_dtd_check_catches_a_misplaced_element(qti_package: Path, qti_dtd: etree.DTD) -> None:
    root = _without_namespace(next(iter(_assessments(qti_package).values())))
    item = root.find(".//item")
    item.insert(0, item.find("itemfeedback"))  # feedback before the item's metadata: not QTI 1.2
    assert not qti_dtd.validate(root)
    assert "item" in str(qti_dtd.error_log)


def test_qti_items_carry_each_answer_and_its_feedback(qti_package: Path) -> None:
    items = _items(qti_package)
    for loaded in SPINE.exercises:
        exercise = loaded.exercise
        questions = to_questions(exercise)
        assert [q.ident for q in questions] == [q.ident for q in questions if q.ident in items], exercise.id
        item = items[questions[0].ident]
        kind = item.find(f".//{QTI}qtimetadatafield[{QTI}fieldlabel='question_type']/{QTI}fieldentry").text
        feedback = {f.get("ident"): _text(f.find(f"{QTI}flow_mat")) for f in item.iter(f"{QTI}itemfeedback")}
        links = {d.get("linkrefid") for d in item.iter(f"{QTI}displayfeedback")}
        assert links <= set(feedback), exercise.id
        scoring = [c for c in item.iter(f"{QTI}respcondition") if c.find(f"{QTI}setvar") is not None]
        if isinstance(exercise, SingleChoice | MultipleSelect):
            labels = item.findall(f".//{QTI}response_label")
            assert [_text(label) for label in labels] == [inline_html(o.text) for o in exercise.options]
            assert [feedback[f"{label.get('ident')}_fb"] for label in labels] == [
                inline_html(o.feedback) for o in exercise.options
            ]
            right = {label.get("ident") for label, o in zip(labels, exercise.options, strict=True) if o.correct}
            if isinstance(exercise, SingleChoice):
                assert kind == "multiple_choice_question"
                assert {c.find(f".//{QTI}varequal").text for c in scoring} == right
            else:
                assert kind == "multiple_answers_question"
                (condition,) = scoring
                every = condition.find(f"{QTI}conditionvar/{QTI}and")
                assert {v.text for v in every.findall(f"{QTI}varequal")} == right
                assert {v.text for v in every.findall(f"{QTI}not/{QTI}varequal")} == {
                    label.get("ident") for label in labels
                } - right
        elif isinstance(exercise, Matching | Ordering):
            assert kind == "matching_question"
            expected = (
                [(p.left, p.right) for p in exercise.pairs]
                if isinstance(exercise, Matching)
                else [(text, ordinal(n)) for n, text in enumerate(exercise.items, 1)]
            )
            chosen = {c.find(f".//{QTI}varequal").get("respident"): c.find(f".//{QTI}varequal").text for c in scoring}
            got = []
            for response in item.iter(f"{QTI}response_lid"):
                labels = {label.get("ident"): _text(label) for label in response.iter(f"{QTI}response_label")}
                got.append((_text(response), labels[chosen[response.get("ident")]]))
            assert got == expected, exercise.id
            rationale = exercise.rationale
            assert inline_html(rationale) in feedback["general_fb"]
        elif isinstance(exercise, Scenario):
            assert kind == "multiple_choice_question"
            assert len(questions) == len(best_path(exercise))
            assert inline_html(exercise.step(exercise.start).text) in _text(item.find(f"{QTI}presentation"))
            # the options the package scores as right, walked with the kit's own semantics
            response, step = [], exercise.step(exercise.start)
            for question in questions:
                decision = items[question.ident]
                (scored,) = [c for c in decision.iter(f"{QTI}respcondition") if c.find(f"{QTI}setvar") is not None]
                right = scored.find(f".//{QTI}varequal").text
                label = next(lb for lb in decision.iter(f"{QTI}response_label") if lb.get("ident") == right)
                index = [inline_html(c.text) for c in step.choices].index(_text(label))
                response.append(index)
                step = exercise.step(step.choices[index].next)
            assert exercise.check(response)["correct"] is True, exercise.id
        else:
            assert isinstance(exercise, SelfCheck | Reflection)
            assert kind == "essay_question"
            points = item.find(f".//{QTI}qtimetadatafield[{QTI}fieldlabel='points_possible']/{QTI}fieldentry").text
            assert points == "0"  # never graded: a self-check is for reflection, not a diagnosis


CANVAS_WHOLE_QUESTION_FEEDBACK = re.compile(r"general_|_all|wrong|incorrect|correct|(_IC$)|(_C$)", re.IGNORECASE)


def test_idents_inside_an_item_never_carry_the_exercise_id() -> None:
    """Canvas reads the first digits of a matching ident as its id, and files feedback whose
    ident says "correct" or "wrong" as whole-question feedback: an exercise id with digits or
    such words must not leak into them."""
    matching = Matching(
        id="chapter2-correct-match",
        objectives=["x"],
        prompt="Match.",
        pairs=[{"left": f"L{n}", "right": f"R{n}"} for n in range(1, 5)],
        rationale="Why.",
    )
    choice = MultipleSelect(
        id="wrong-1-all",
        objectives=["x"],
        prompt="Choose.",
        options=[{"text": "A", "correct": True, "feedback": "a"}, {"text": "B", "feedback": "b"}],
    )
    quiz = lms_export.Quiz("q2", "Q", tuple(to_questions(matching) + to_questions(choice)))
    root = _rendered_assessment(quiz)
    items = {item.get("ident"): item for item in root.iter(f"{QTI}item")}
    rights = [
        label.get("ident") for label in items[matching.id].find(f".//{QTI}response_lid").iter(f"{QTI}response_label")
    ]
    assert [re.search(r"\d+", ident)[0] for ident in rights] == ["1", "2", "3", "4"]
    lefts = [response.get("ident") for response in items[matching.id].iter(f"{QTI}response_lid")]
    assert len({re.search(r"\d+", ident)[0] for ident in lefts}) == 4
    option_feedback = [f.get("ident") for f in items[choice.id].iter(f"{QTI}itemfeedback")]
    assert option_feedback == ["a1_fb", "a2_fb"]
    assert not any(CANVAS_WHOLE_QUESTION_FEEDBACK.search(ident) for ident in option_feedback)


def test_matching_shares_add_up_to_the_whole_score(qti_package: Path) -> None:
    assert all(sum(Decimal(share) for share in shares(parts)) == 100 for parts in range(1, 25))
    matching = 0
    for ident, item in _items(qti_package).items():
        added = [Decimal(v.text) for v in item.iter(f"{QTI}setvar") if v.get("action") == "Add"]
        if added:
            matching += 1
            assert sum(added) == 100, ident
    assert matching == sum(isinstance(e.exercise, Matching | Ordering) for e in SPINE.exercises) > 0


def test_no_export_tells_learners_their_answer_stays_in_their_browser(
    qti_package: Path, moodle_file: Path, tmp_path: Path
) -> None:
    """In the book a reflection is private; in a course site the instructor reads it."""
    private = [e.exercise.id for e in SPINE.exercises if "stays in your own browser" in e.exercise.prompt]
    assert len(private) >= 10  # the book does say it, on most reflections
    blackboard = tmp_path / "bb.txt"
    assert run_textbook("export", "--format", "blackboard", "-o", str(blackboard)).returncode == 0
    qti_text = "".join("".join(root.itertext()) for root in _assessments(qti_package).values())
    for text in (qti_text, moodle_file.read_text(encoding="utf-8"), blackboard.read_text(encoding="utf-8")):
        assert "browser" not in text
        told = text.count("instructor will read your answer here") + text.count("instructor will read your plan here")
        assert told == len(private)
    assert lms_prompt("Write freely: your answer stays in your own browser.") == (
        "Write freely: your instructor will read your answer here."
    )


def test_the_same_selection_gives_the_same_bytes(tmp_path: Path) -> None:
    for output_format in ("qti", "moodle"):
        first, second = tmp_path / f"a-{output_format}", tmp_path / f"b-{output_format}"
        for path in (first, second):
            assert run_textbook("export", "--format", output_format, "ethics", "-o", str(path)).returncode == 0
        assert first.read_bytes() == second.read_bytes()


# --- Moodle XML ---------------------------------------------------------------------------


def test_the_moodle_file_is_valid_for_moodles_importer(moodle_file: Path, moodle_schema) -> None:
    errors = list(moodle_schema.iter_errors(str(moodle_file)))
    assert errors == [], "\n".join(f"{e.path}: {e.reason}" for e in errors[:5])
    root = etree.parse(str(moodle_file)).getroot()
    assert root.tag == "quiz"
    categories = [q.findtext("category/text") for q in root.findall("question[@type='category']")]
    assert len(categories) == 17
    assert categories[0] == "top/Foundations First/Chapter 1: " + SPINE.chapters[0].title
    owners = [c.id for c in SPINE.chapters] + [c.id for c in SPINE.cards]  # the book's order
    expected = [q.ident for owner in owners for e in SPINE.exercises_of(owner) for q in to_questions(e.exercise)]
    assert [q.findtext("idnumber") for q in root.findall("question") if q.get("type") != "category"] == expected


@pytest.mark.parametrize(
    ("path", "attribute", "value", "why"),
    [
        ("question[@type='multichoice']/answer", "fraction", "37", "a grade Moodle does not offer"),
        (
            "question[single='false']/answer[not(starts-with(@fraction, '-'))]",
            "fraction",
            "-50",
            "positive grades short of 100%",
        ),
        ("question[@type='multichoice']", "type", "multichoise", "a question type Moodle does not know"),
    ],
)
def test_the_moodle_schema_catches(
    moodle_file: Path, moodle_schema, path: str, attribute: str, value: str, why: str
) -> None:
    tree = etree.parse(str(moodle_file))
    tree.getroot().xpath(path)[0].set(attribute, value)
    assert list(moodle_schema.iter_errors(etree.tostring(tree).decode())), why


def test_a_third_party_moodle_reader_finds_every_answer_and_its_feedback(moodle_file: Path) -> None:
    parsed = parse_file(str(moodle_file))["multichoice"]
    by_name = {question.name: question for question in parsed}
    choice_questions = [
        question
        for quiz in lms_export.select(SPINE, []).quizzes
        for question in quiz.questions
        if hasattr(question, "answers")
    ]
    assert len(parsed) == len(choice_questions) == len(by_name)
    for question in choice_questions:
        read = by_name[question.title]
        assert read.single is (not question.multiple)
        assert [option.answer for option in read.options] == [answer.html for answer in question.answers]
        assert [option.feedback for option in read.options] == [answer.feedback for answer in question.answers]
        right = [
            option.score_fraction
            for option, answer in zip(read.options, question.answers, strict=True)
            if answer.correct
        ]
        wrong = [
            option.score_fraction
            for option, answer in zip(read.options, question.answers, strict=True)
            if not answer.correct
        ]
        if question.multiple:
            assert sum(right) == pytest.approx(100, abs=0.01) and all(grade < 0 for grade in wrong)
        else:
            assert set(right) == {100} and set(wrong) == {0}


def test_moodle_matching_and_essays_keep_their_content(moodle_file: Path) -> None:
    root = etree.parse(str(moodle_file)).getroot()
    questions = {q.findtext("idnumber"): q for q in root.findall("question")}
    matching = next(e.exercise for e in SPINE.exercises if isinstance(e.exercise, Matching))
    element = questions[matching.id]
    assert element.get("type") == "matching"
    assert [(s.findtext("text"), s.findtext("answer/text")) for s in element.findall("subquestion")] == [
        (p.left, p.right) for p in matching.pairs
    ] + [("", extra) for extra in matching.extras]  # extras: subquestions with no text, Moodle's way
    reflection = next(e.exercise for e in SPINE.exercises if isinstance(e.exercise, Reflection))
    essay = questions[reflection.id]
    assert essay.get("type") == "essay" and essay.findtext("defaultgrade") == "0"
    assert essay.findtext("minwordlimit") == str(reflection.min_words)
    assert all(inline_html(item) in essay.findtext("graderinfo/text") for item in reflection.checklist)


# --- Blackboard's question upload file --------------------------------------------------------


def test_the_blackboard_file_follows_blackboards_upload_format(tmp_path: Path) -> None:
    """Blackboard's help ("Upload questions", Original and Ultra): a tab-delimited file, one
    question a line, no header, no blank line; MC and MA give each answer with correct or
    incorrect (MC exactly one correct); MAT gives one-to-one pairs; ESS gives the question.
    Expectations come from the exercises themselves, not from the export's own mapping."""
    output = tmp_path / "bb.txt"
    assert run_textbook("export", "--format", "blackboard", "-o", str(output)).returncode == 0
    data = output.read_bytes()
    assert data.endswith(b"\n") and b"\r" not in data
    lines = [line.split("\t") for line in data.decode("utf-8").split("\n")[:-1]]
    assert all(field and field.strip() == field for fields in lines for field in fields)
    flat = lambda text: " ".join(plain_text(text).split())  # noqa: E731
    owners = [c.id for c in SPINE.chapters] + [c.id for c in SPINE.cards]
    position = 0
    for exercise in (e.exercise for owner in owners for e in SPINE.exercises_of(owner)):
        if isinstance(exercise, Scenario):
            decisions = len(to_questions(exercise))
            for kind, _text, *rest in lines[position : position + decisions]:
                assert kind == "MC" and rest[1::2].count("correct") == 1, exercise.id
            assert flat(lms_prompt(exercise.prompt)) in lines[position][1]
            position += decisions
            continue
        kind, text, *rest = lines[position]
        position += 1
        assert text.startswith(flat(lms_prompt(exercise.prompt))), exercise.id
        if isinstance(exercise, SingleChoice | MultipleSelect):
            assert kind == ("MC" if isinstance(exercise, SingleChoice) else "MA")
            assert rest[0::2] == [flat(o.text) for o in exercise.options]
            assert rest[1::2] == ["correct" if o.correct else "incorrect" for o in exercise.options]
        elif isinstance(exercise, Matching):
            assert kind == "MAT" and rest == [flat(side) for p in exercise.pairs for side in (p.left, p.right)]
        elif isinstance(exercise, Ordering):
            places = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th"][: len(exercise.items)]
            assert kind == "MAT" and rest == [
                x for item, place in zip(exercise.items, places, strict=True) for x in (flat(item), place)
            ]
        else:
            assert isinstance(exercise, SelfCheck | Reflection) and kind == "ESS" and rest == []
    assert position == len(lines)


def test_plain_text_for_blackboard_is_one_line_without_markup() -> None:
    assert plain("<p>One <em>two</em>\tthree</p><ul><li>a &amp; b</li><li>c</li></ul>") == "One two three - a & b - c"
    assert "\t" not in plain("<p>tab\there</p>") and "\n" not in plain("<p>line\nbreak</p>")


# --- Bad input: nothing written, nothing lost -----------------------------------------------


def test_an_unknown_id_is_refused_with_the_nearest_ids(tmp_path: Path) -> None:
    output = tmp_path / "quiz.zip"
    output.write_bytes(b"an earlier export")
    result = run_textbook("export", "--format", "qti", "ethics", "boundary", "-o", str(output))
    assert result.returncode == 1
    assert "unknown chapter, card or exercise id: 'boundary' (did you mean 'boundaries'?)" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert output.read_bytes() == b"an earlier export"


def test_an_empty_selection_is_refused(tmp_path: Path) -> None:
    output = tmp_path / "quiz.xml"
    result = run_textbook(
        "--root", str(FIXTURES / "valid"), "export", "--format", "moodle", "a-card", "-o", str(output)
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "textbook: nothing to export: a-card has no exercises"
    assert not output.exists()


@pytest.mark.parametrize(
    ("fixture", "first_problem"),
    [
        ("exercise-hostile", "exercises/second.py:3: not allowed in an exercise module: an import"),
        ("duplicate-id", "book/foundations/02-second/index.md:2: duplicate id 'first'"),
        ("exercise-unknown-objective", "exercises/second.py:6: exercise 'second-beta' assesses unknown objective"),
    ],
)
def test_a_book_with_problems_is_refused_with_each_problem(tmp_path: Path, fixture: str, first_problem: str) -> None:
    """The export refuses what the build refuses: duplicate ids would collide in the LMS file."""
    output = tmp_path / "q.zip"
    result = run_textbook("--root", str(FIXTURES / fixture), "export", "--format", "qti", "-o", str(output))
    assert result.returncode == 1
    assert re.fullmatch(r"textbook: the book has \d+ problems?: fix them first \(listed above\)\n", result.stderr)
    shown = [line.removeprefix(f"tests/fixtures/{fixture}/") for line in result.stdout.splitlines()]
    assert any(line.startswith(first_problem) for line in shown), result.stdout
    assert all(re.match(r"^\S+\.(py|md|yml):\d+: ", line) for line in result.stdout.splitlines())
    assert "Traceback" not in result.stderr and not output.exists()


@pytest.mark.parametrize("where", ["under-a-file", "a-folder", "a-new-folder/"])
def test_an_unwritable_output_is_refused(tmp_path: Path, where: str) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    output = {"under-a-file": f"{blocker}/quiz.xml", "a-folder": str(tmp_path), "a-new-folder/": f"{tmp_path}/new/"}[
        where
    ]
    result = run_textbook("export", "--format", "moodle", "ethics", "-o", output)
    assert result.returncode == 1
    assert result.stderr.startswith(f"textbook: cannot write {output}")
    if where != "under-a-file":
        assert "it is a folder; give a file name, such as" in result.stderr
        assert result.stderr.rstrip().endswith("foundations-first-moodle.xml")
    assert "Traceback" not in result.stderr
    assert blocker.read_text() == "a file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_a_failed_write_keeps_the_earlier_file_and_leaves_no_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "quiz.zip"
    output.write_bytes(b"an earlier export")

    def disk_full(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(lms_export.ExportError, match=r"cannot write .*No space left on device"):
        lms_export.write_atomically(output, b"new")
    assert output.read_bytes() == b"an earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quiz.zip"]


def test_a_missing_format_is_a_usage_error() -> None:
    result = run_textbook("export", "ethics")
    assert result.returncode == 2
    assert "the following arguments are required: --format" in result.stderr
    assert "Traceback" not in result.stderr


# --- Selection and the mapping --------------------------------------------------------------


def test_ids_select_chapters_cards_and_single_exercises(tmp_path: Path) -> None:
    card = SPINE.cards[0]
    one = SPINE.exercises_of("history")[0].exercise
    output = tmp_path / "some.zip"
    result = run_textbook("export", "--format", "qti", card.id, one.id, "-o", str(output))
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(output) as archive:
        assert archive.namelist() == ["imsmanifest.xml", "history.xml", f"{card.id}.xml"]
        history = etree.fromstring(archive.read("history.xml"))
    assert [i.get("ident") for i in history.iter(f"{QTI}item")] == [q.ident for q in to_questions(one)]
    expected = len(SPINE.exercises_of(card.id)) + 1
    assert f": 2 quizzes, {expected} exercises" in result.stdout


def test_the_readiness_check_is_exported_only_when_named(tmp_path: Path, moodle_schema) -> None:
    output = tmp_path / "readiness.xml"
    result = run_textbook("export", "--format", "moodle", "readiness", "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert list(moodle_schema.iter_errors(str(output))) == []
    root = etree.parse(str(output)).getroot()
    assert [q.findtext("category/text") for q in root.findall("question[@type='category']")] == [
        "top/Foundations First/Readiness check"
    ]
    assert [q.findtext("idnumber") for q in root.findall("question[@type='multichoice']")] == [
        probe.exercise.id for probe in SPINE.probes
    ]


def test_the_default_output_is_under_build(fixture_book) -> None:
    book = fixture_book("valid")
    result = run_textbook("--root", str(book), "export", "--format", "moodle")
    assert result.returncode == 0, result.stderr
    written = book / "_build" / "lms" / "foundations-first-moodle.xml"
    assert written.is_file() and b"<quiz>" in written.read_bytes()


def test_moodle_grades_are_the_ones_moodle_offers() -> None:
    assert [share(n) for n in range(1, 11)] == [
        "100",
        "50",
        "33.33333",
        "25",
        "20",
        "16.66667",
        "14.28571",
        "12.5",
        "11.11111",
        "10",
    ]
    assert all(float(share(n)) in GRADES for n in range(1, 11))
    assert all(abs(float(share(n)) - 100 / n) < 0.001 for n in range(1, 11))
    with pytest.raises(UnsupportedQuestion, match="1/11"):
        share(11)


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "101st",
        "111th",
    ]


def _scenario() -> Scenario:
    end = {"choices": [], "debrief": "What happened."}
    return Scenario(
        id="tie",
        objectives=["x"],
        prompt="A prompt.",
        start="a",
        steps=[
            Step(
                id="a",
                text="First.",
                choices=[
                    Choice(text="Slow", next="b", consequence="Slower."),
                    Choice(text="Fast", next="good", consequence="Straight there."),
                    Choice(text="Also fast", next="good", consequence="Also straight there."),
                ],
            ),
            Step(id="b", text="Second.", choices=[Choice(text="On", next="good", consequence="There.")]),
            Step(id="good", text="Good end.", best=True, **end),
        ],
    )


def test_a_scenario_with_two_equally_short_ways_needs_the_taught_one_marked() -> None:
    scenario = _scenario()
    assert best_path(scenario) == [("a", frozenset({1, 2}))]
    with pytest.raises(AmbiguousScenario, match="at step 'a', 'Fast' and 'Also fast' are equally short"):
        to_questions(scenario)
    loaded = LoadedExercise(scenario, Path("exercises/x.py"), 7)
    with pytest.raises(lms_export.ExportError) as refused:
        lms_export.questions_of(loaded, lms_export.Places(SPINE))
    assert refused.value.problems[0].format().startswith("exercises/x.py:7: scenario 'tie': at step 'a'")


def test_the_marked_choice_decides_a_tie_and_the_way_on_follows_it() -> None:
    """Like boundaries-small-town: two first choices lead, in as many steps, to the best ending
    through different situations; only the marked one is right, and the next decision is the
    situation it leads to."""
    step = lambda ident, text, *choices, **kw: Step(id=ident, text=text, choices=list(choices), **kw)  # noqa: E731
    go = lambda text, to, **kw: Choice(text=text, next=to, consequence=f"{text} happens.", **kw)  # noqa: E731
    scenario = Scenario(
        id="small-town",
        objectives=["x"],
        prompt="You are a job coach.",
        start="choir",
        steps=[
            step(
                "choir",
                "Choir.",
                go("Quit", "quit"),
                go("Say yes to rides", "rides"),
                go("Talk at work", "work", best=True),
            ),
            step("rides", "Rides.", go("Keep it up", "tangled"), go("Call the supervisor", "supervision")),
            step("work", "Work.", go("Keep it secret", "secret"), go("Call the supervisor", "supervision")),
            step("supervision", "Supervision.", go("Plan both roles", "both")),
            step("both", "Both roles.", debrief="Well done.", best=True),
            step("quit", "Quit.", debrief="Lost."),
            step("tangled", "Tangled.", debrief="Tangled."),
            step("secret", "Secret.", debrief="Secret."),
        ],
    )
    questions = to_questions(scenario)
    assert [[a.correct for a in q.answers] for q in questions] == [[False, False, True], [False, True], [True]]
    assert "<p>Work.</p>" in questions[1].html  # the marked branch, not the rides
    assert [q.ident for q in questions] == ["small-town--1", "small-town--2", "small-town--3"]


def _marked_scenario() -> Scenario:
    """The tie scenario, with its second choice marked as the one the chapter teaches."""
    first, *rest = _scenario().steps
    slow, fast, also_fast = first.choices
    choices = [slow, fast.model_copy(update={"best": True}), also_fast]
    return _scenario().model_copy(update={"steps": [first.model_copy(update={"choices": choices}), *rest]})


def test_a_scenario_asks_the_decisions_on_the_shortest_way_to_its_best_ending() -> None:
    (question,) = to_questions(_marked_scenario())
    assert [answer.correct for answer in question.answers] == [False, True, False]
    assert "Good end. What happened." in question.general_feedback
    assert [answer.feedback for answer in question.answers] == ["Slower.", "Straight there.", "Also straight there."]


def test_the_exported_right_answers_of_every_scenario_reach_a_best_ending() -> None:
    """Checked with the kit's own reference semantics, not with the export's path finding."""
    for loaded in SPINE.exercises:
        scenario = loaded.exercise
        if isinstance(scenario, Scenario):
            chosen = [next(i for i, a in enumerate(q.answers) if a.correct) for q in to_questions(scenario)]
            assert all(sum(a.correct for a in q.answers) == 1 for q in to_questions(scenario)), scenario.id
            result = scenario.check(chosen)
            assert result["ended"] and result["correct"], scenario.id


def test_every_question_ident_is_unique_in_an_export(qti_package: Path, moodle_file: Path) -> None:
    idents = [item.get("ident") for root in _assessments(qti_package).values() for item in root.iter(f"{QTI}item")]
    expected = sum(len(to_questions(e.exercise)) for e in SPINE.exercises)  # every question of the book
    assert len(idents) == len(set(idents)) == expected
    numbers = [q.findtext("idnumber") for q in etree.parse(str(moodle_file)).getroot().findall("question[idnumber]")]
    assert len(numbers) == len(set(numbers)) == expected
    # a scenario's decisions never take the id of another exercise: "--" is not in any exercise id
    scenario = _marked_scenario().model_copy(update={"id": "decide"})
    single = SingleChoice(
        id="decide-1",
        objectives=["x"],
        prompt="P.",
        options=[{"text": "A", "correct": True, "feedback": "a"}, {"text": "B", "feedback": "b"}],
    )
    quiz = lms_export.Quiz("q", "Q", tuple(to_questions(scenario) + to_questions(single)))
    assert [q.ident for q in quiz.questions] == ["decide--1", "decide-1"]
    items = [i.get("ident") for i in _rendered_assessment(quiz).iter(f"{QTI}item")]
    assert items == ["decide--1", "decide-1"]


def test_every_decision_of_a_scenario_stands_alone() -> None:
    """LMSs show questions apart (Canvas even hides their titles from learners), so each
    decision repeats the situation and says where it falls."""
    scenarios = [e.exercise for e in SPINE.exercises if isinstance(e.exercise, Scenario)]
    assert any(len(best_path(s)) > 1 for s in scenarios)
    for scenario in scenarios:
        questions = to_questions(scenario)
        for number, question in enumerate(questions, 1):
            assert question.html.startswith(f"<p>{inline_html(lms_prompt(scenario.prompt))}</p>")
            if number > 1:
                assert f"decision {number} of {len(questions)}" in question.html


def test_control_characters_from_pasted_text_never_break_the_xml() -> None:
    """A vertical tab or form feed (what office software leaves in pasted text) is not allowed
    in XML 1.0, even escaped: the writers turn it into a space."""
    exercise = SingleChoice(
        id="pasted",
        objectives=["x"],
        prompt="Line one\x0bline two\x0cpage two \x01 end",
        options=[{"text": "A\x0b", "correct": True, "feedback": "a\x0c"}, {"text": "B", "feedback": "b"}],
    )
    quiz = lms_export.Quiz("pasted", "Pasted\x0b", tuple(to_questions(exercise)))
    moodle_root = etree.fromstring(lms_export.render("moodle", "Book", [quiz]))
    assert "Line one line two page two   end" in moodle_root.findtext("question[@type='multichoice']/questiontext/text")
    qti_root = _rendered_assessment(quiz)
    assert qti_root.find(f"{QTI}assessment").get("title") == "Pasted "
    text = lms_export.render("blackboard", "Book", [quiz]).decode("utf-8")
    assert text.count("\n") == 1 and "\x0b" not in text and "\x0c" not in text


def test_moodle_grade_limits_name_the_exercise() -> None:
    exercise = MultipleSelect(
        id="many-options",
        objectives=["x"],
        prompt="Choose.",
        options=[{"text": "Right", "correct": True, "feedback": "r"}]
        + [{"text": f"Wrong {n}", "feedback": "w"} for n in range(11)],
    )
    quiz = lms_export.Quiz("q", "Q", tuple(to_questions(exercise)))
    with pytest.raises(lms_export.ExportError, match="'many-options': Moodle has no grade for 1/11 of the marks"):
        lms_export.render("moodle", "Book", [quiz])


def test_matching_sides_that_read_the_same_without_markup_are_refused() -> None:
    exercise = Matching(
        id="same-sides",
        objectives=["x"],
        prompt="Match.",
        pairs=[{"left": "a", "right": "*x*"}, {"left": "b", "right": "x"}, {"left": "c", "right": "y"}],
        rationale="Why.",
    )
    with pytest.raises(lms_export.ExportError) as refused:
        lms_export.questions_of(LoadedExercise(exercise, Path("exercises/m.py"), 3), lms_export.Places(SPINE))
    assert refused.value.problems[0].format().startswith("exercises/m.py:3: 'same-sides': two sides read the same")


def test_exercise_text_is_escaped_and_relative_links_lose_their_target() -> None:
    assert inline_html("<script>alert(1)</script> & *so*") == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; <em>so</em>"
    assert inline_html("[the chapter](../ethics/index.md)") == "the chapter"
    assert (
        inline_html('[a "site"](https://example.org/?a=1&b=2)')
        == '<a href="https://example.org/?a=1&amp;b=2">a "site"</a>'
    )


def test_hostile_text_stays_text_in_both_formats() -> None:
    exercise = SingleChoice(
        id="hostile",
        objectives=["x"],
        prompt="]]> <b>not bold</b> &amp; \u2028",
        options=[
            {"text": "<img src=x onerror=alert(1)>", "correct": True, "feedback": "</mattext>"},
            {"text": "Fine", "feedback": "Fine."},
        ],
    )
    quiz = lms_export.Quiz("hostile", "Hostile", tuple(to_questions(exercise)))
    for root in (_rendered_assessment(quiz), etree.fromstring(lms_export.render("moodle", "Book", [quiz]))):
        texts = "".join(root.itertext())
        assert "<img src=x onerror=alert(1)>" not in texts  # escaped once more as HTML text
        assert "&lt;img src=x onerror=alert(1)&gt;" in texts
        assert not {etree.QName(e).localname for e in root.iter()} & {"img", "b"}
