"""The readiness check: the reference logic, its agreement with the browser, and its rules."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT
from tests.support.node import NODE, run_in_node
from textbook.kit import Option, Probe
from textbook.kit.standing import NOT_YET, SHAKY, SOLID, foundation_standing, readiness_result
from textbook.rules import check_book

ORDER = ["first", "second", "third"]


def probe(ident: str, chapter: str, right: int = 0) -> Probe:
    options = [Option(text=f"Option {n}", correct=n == right, feedback=f"Feedback {n}.") for n in range(3)]
    return Probe(id=ident, chapter=chapter, objectives=["obj"], prompt=f"Question {ident}?", options=options)


PROBES = [
    probe("f1", "first"),
    probe("f2", "first", 1),
    probe("s1", "second"),
    probe("s2", "second", 2),
    probe("t1", "third"),
    probe("t2", "third"),
]


def test_all_right_is_solid_everywhere_and_no_start() -> None:
    assert readiness_result(ORDER, PROBES, {"f1": 0, "f2": 1, "s1": 0, "s2": 2, "t1": 0, "t2": 0}) == {
        "chapters": {"first": SOLID, "second": SOLID, "third": SOLID},
        "start": None,
    }


def test_start_is_the_earliest_chapter_that_is_not_solid() -> None:
    result = readiness_result(ORDER, PROBES, {"f1": 0, "f2": 1, "s1": 0, "s2": 0, "t1": 1, "t2": 1})
    assert result == {"chapters": {"first": SOLID, "second": SHAKY, "third": NOT_YET}, "start": "second"}


def test_a_later_gap_never_jumps_ahead_of_an_earlier_one() -> None:
    result = readiness_result(ORDER, PROBES, {"f1": 2, "f2": 1, "s1": 0, "s2": 2, "t1": 1})
    assert result["start"] == "first"  # first is shaky, so the learner starts there, not at third
    assert result["chapters"]["third"] == NOT_YET


def test_unanswered_and_invalid_answers_count_as_not_right() -> None:
    result = readiness_result(ORDER, PROBES, {"f1": 0, "f2": -2, "s1": True, "s2": "2", "t1": 7})
    assert result["chapters"] == {"first": SHAKY, "second": NOT_YET, "third": NOT_YET}


def test_chapters_without_questions_are_skipped() -> None:
    assert readiness_result(["zero", *ORDER], PROBES, {})["start"] == "first"


SCRIPT = ROOT / "textbook/sphinx_ext/static/ff-readiness.js"
# Calls one function of ff-readiness.js on each case (a list of its arguments), in Node.js.
RUNNER = """
const calls = require(process.argv[1]);
const name = process.argv[2];
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const cases = JSON.parse(input);
  process.stdout.write(JSON.stringify(cases.map((args) => calls[name](...args))));
});
"""


def in_the_browser(name: str, cases: list[list]) -> list:
    """What ff-readiness.js's ``name`` returns for each list of arguments."""
    return run_in_node(["-e", RUNNER, str(SCRIPT), name], cases)


ANSWER = st.one_of(st.integers(-1, 3), st.none(), st.booleans(), st.text(max_size=2))


@pytest.mark.skipif(NODE is None, reason="Node.js is needed to run the browser runtime")
@settings(max_examples=5, deadline=None)
@given(cases=st.lists(st.dictionaries(st.sampled_from([p.id for p in PROBES]), ANSWER), min_size=60, max_size=60))
def test_python_and_browser_agree(cases: list[dict]) -> None:
    cases = json.loads(json.dumps(cases))
    probes = [p.data() for p in PROBES]
    batch = [[ORDER, probes, answers] for answers in cases]
    assert in_the_browser("result", batch) == [readiness_result(ORDER, PROBES, answers) for answers in cases]


# --- the learner's standing: the check and the exercises done, one model for every surface


def test_standing_with_nothing_known_starts_at_the_first_chapter() -> None:
    standing = foundation_standing(ORDER, None, {c: (0, 3) for c in ORDER})
    assert standing["start"] == "first"
    assert {c: s["status"] for c, s in standing["chapters"].items()} == dict.fromkeys(ORDER, NOT_YET)
    assert {s["because"] for s in standing["chapters"].values()} == {"nothing-yet"}


def test_exercises_done_outweigh_the_check_and_the_check_fills_what_is_not_done() -> None:
    check = {"first": NOT_YET, "second": SOLID, "third": SHAKY}
    standing = foundation_standing(ORDER, check, {"first": (4, 4), "second": (0, 5), "third": (0, 2)})
    assert standing["chapters"] == {
        "first": {"status": SOLID, "because": "exercises-done"},
        "second": {"status": SOLID, "because": "check-solid"},
        "third": {"status": SHAKY, "because": "check-shaky"},
    }
    assert standing["start"] == "third"


def test_the_issue_history_every_surface_agrees_on_one_start() -> None:
    """Every question right but those on chapter 'second', whose exercises are not done: the
    start is 'second', and every chapter before it is solid (the contradiction reported)."""
    check = readiness_result(ORDER, PROBES, {"f1": 0, "f2": 1, "s1": 1, "s2": 0, "t1": 0, "t2": 0})["chapters"]
    standing = foundation_standing(ORDER, check, dict.fromkeys(ORDER, (0, 3)))
    assert standing["start"] == "second"
    assert all(standing["chapters"][c]["status"] == SOLID for c in ORDER[: ORDER.index("second")])


def test_some_exercises_make_a_chapter_shaky_and_chapters_with_nothing_to_measure_never_block() -> None:
    standing = foundation_standing(["zero", *ORDER], {"third": NOT_YET}, {"first": (1, 3), "second": (3, 3)})
    assert "zero" not in standing["chapters"]
    assert standing["chapters"]["first"] == {"status": SHAKY, "because": "some-exercises"}
    assert standing["chapters"]["third"] == {"status": NOT_YET, "because": "check-not-yet"}
    assert standing["start"] == "first"
    solid = foundation_standing(ORDER, dict.fromkeys(ORDER, SOLID), {})
    assert solid["start"] is None


STATUS = st.sampled_from([SOLID, SHAKY, NOT_YET])
COUNTS = st.integers(0, 4).flatmap(lambda total: st.tuples(st.integers(0, total), st.just(total)))


@pytest.mark.skipif(NODE is None, reason="Node.js is needed to run the browser runtime")
@settings(max_examples=5, deadline=None)
@given(
    cases=st.lists(
        st.tuples(
            st.one_of(st.none(), st.dictionaries(st.sampled_from(["zero", *ORDER]), STATUS)),
            st.dictionaries(st.sampled_from(["zero", *ORDER]), COUNTS),
        ),
        min_size=60,
        max_size=60,
    )
)
def test_standing_agrees_in_python_and_the_browser(cases: list) -> None:
    order = ["zero", *ORDER]
    batch = [[order, check, {k: list(v) for k, v in ex.items()}] for check, ex in cases]
    assert in_the_browser("standing", batch) == [foundation_standing(order, check, ex) for check, ex in cases]


READINESS_MODULE = '''"""Readiness questions of the fixture book."""

from textbook.kit import Option, Probe

READINESS = [
    Probe(id="ready-first-1", chapter="first", objectives=["know-alpha"], prompt="What is alpha?", options=[Option(text="The first idea", correct=True, feedback="Yes."), Option(text="A later idea", feedback="No.")]),
    Probe(id="ready-first-2", chapter="first", objectives=["know-alpha"], prompt="Where is alpha defined?", options=[Option(text="In chapter one", correct=True, feedback="Yes."), Option(text="Nowhere", feedback="No.")]),
    Probe(id="ready-second-1", chapter="second", objectives=["use-beta"], prompt="Where is beta used?", options=[Option(text="In chapter two", correct=True, feedback="Yes."), Option(text="Nowhere", feedback="No.")]),
    Probe(id="ready-second-2", chapter="secnd", objectives=["use-beta"], prompt="Is beta useful?", options=[Option(text="Yes", correct=True, feedback="Yes."), Option(text="No", feedback="No.")]),
    Probe(id="ready-second-3", chapter="second", objectives=["use-gamma"], prompt="Is gamma useful?", options=[Option(text="Yes", correct=True, feedback="Yes."), Option(text="No", feedback="No.")]),
]
'''


def test_readiness_rules(fixture_book) -> None:
    book = fixture_book("valid")
    (book / "exercises/readiness.py").write_text(READINESS_MODULE, encoding="utf-8")
    found = [(p.path.name, p.line, p.message) for p in check_book(book) if "spelling" not in p.message and p.is_error]
    assert found == [
        (
            "readiness.py",
            9,
            "readiness question 'ready-second-2' names unknown chapter 'secnd' (did you mean 'second'?)",
        ),
        ("readiness.py", 10, "readiness question 'ready-second-3' probes unknown objective 'use-gamma' of 'second'"),
    ]
    # with one question left about 'second', the check asks for more
    module = book / "exercises/readiness.py"
    module.write_text(
        "\n".join(
            line
            for line in READINESS_MODULE.splitlines()
            if "ready-second-3" not in line and "ready-second-2" not in line
        )
        + "\n",
        encoding="utf-8",
    )
    found = [(p.path.name, p.line, p.message) for p in check_book(book) if "spelling" not in p.message and p.is_error]
    assert found == [
        (
            "index.md",
            2,
            "the readiness check needs two or three questions about 'second' in exercises/readiness.py (it has 1)",
        )
    ]


def test_readiness_module_holds_only_probes(fixture_book) -> None:
    book = fixture_book("valid")
    text = READINESS_MODULE.replace(
        "from textbook.kit import Option, Probe", "from textbook.kit import Option, Probe, SingleChoice"
    )
    text = text.replace('Probe(id="ready-second-3", chapter="second", ', 'SingleChoice(id="ready-second-3", ')
    (book / "exercises/readiness.py").write_text(text, encoding="utf-8")
    messages = [p.message for p in check_book(book)]
    assert "each item of READINESS must be a Probe(...)" in messages
