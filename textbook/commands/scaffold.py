"""``python -m textbook new chapter|card|exercise``: start a chapter, a card or an exercise
with valid front matter and a first exercise, so the result passes ``check`` at once."""

from __future__ import annotations

import re
from pathlib import Path

from textbook.kit.ids import SLUG
from textbook.model.layout import BACK_MATTER_PART, FOUNDATIONS_FOLDER, TOOLKIT_FOLDER, TOOLKIT_PART
from textbook.model.spine import CHAPTER_FOLDER, Spine

EXERCISE_TEMPLATES = {
    "single-choice": (
        "Option, SingleChoice",
        """    SingleChoice(
        id="{id}",
        title="{title}",
        objectives=["{objective}"],
        prompt="Write the question here.",
        options=[
            Option(text="The right answer", correct=True, feedback="Say why this answer is right."),
            Option(text="A tempting wrong answer", feedback="Say why this answer is not right."),
        ],
    ),
""",
    ),
    "multiple-select": (
        "MultipleSelect, Option",
        """    MultipleSelect(
        id="{id}",
        title="{title}",
        objectives=["{objective}"],
        prompt="Write the question here. Choose all that apply.",
        options=[
            Option(text="A right answer", correct=True, feedback="Say why this one applies."),
            Option(text="Another right answer", correct=True, feedback="Say why this one applies too."),
            Option(text="A wrong answer", feedback="Say why this one does not apply."),
        ],
    ),
""",
    ),
    "ordering": (
        "Ordering",
        """    Ordering(
        id="{id}",
        title="{title}",
        objectives=["{objective}"],
        prompt="Put these steps in order.",
        items=["The first step", "The second step", "The third step"],
        rationale="Explain why the steps come in this order.",
    ),
""",
    ),
    "matching": (
        "Matching, Pair",
        """    Matching(
        id="{id}",
        title="{title}",
        objectives=["{objective}"],
        prompt="Match each idea to its meaning.",
        pairs=[
            Pair(left="The first idea", right="What the first idea means"),
            Pair(left="The second idea", right="What the second idea means"),
            Pair(left="The third idea", right="What the third idea means"),
        ],
        rationale="Explain how the pairs fit together.",
    ),
""",
    ),
    "scenario": (
        "Choice, Scenario, Step",
        """    Scenario(
        id="{id}",
        title="{title}",
        objectives=["{objective}"],
        prompt="Describe the situation the learner steps into.",
        start="start",
        steps=[
            Step(
                id="start",
                text="What happens first.",
                choices=[
                    Choice(text="The choice the chapter teaches", next="good-ending", consequence="What happens because of it."),
                    Choice(text="A tempting choice", next="other-ending", consequence="What happens because of it."),
                ],
            ),
            Step(id="good-ending", text="How it ends.", debrief="Why this path shows good practice.", best=True),
            Step(id="other-ending", text="How it ends.", debrief="What the learner could do differently, and why."),
        ],
    ),
""",
    ),
    "self-check": (
        "Band, SelfCheck, SelfCheckItem",
        """    SelfCheck(
        id="{id}",
        title="{title}",
        objectives=["{objective}"],
        prompt="How true is each statement for you? For reflection, not a diagnostic tool.",
        scale=["Not yet", "Somewhat", "Mostly", "Confidently"],
        items=[
            SelfCheckItem(text="I can explain the first idea."),
            SelfCheckItem(text="I can explain the second idea."),
            SelfCheckItem(text="I still find this topic confusing.", reverse=True),
        ],
        bands=[
            Band(min=0, max=3, label="Starting out", meaning="Say which pages to read again."),
            Band(min=4, max=6, label="On your way", meaning="Say what to review."),
            Band(min=7, max=9, label="Ready to move on", meaning="Say what comes next."),
        ],
    ),
""",
    ),
    "reflection": (
        "Reflection",
        """    Reflection(
        id="{id}",
        title="{title}",
        objectives=["{objective}"],
        prompt="Write the reflection question here.",
        checklist=["Did I give an example from my own experience?", "Did I say what I would do next time?"],
        min_words=40,
    ),
""",
    ),
}


class ScaffoldError(Exception):
    """A request that cannot be carried out; the message says why."""


def _module(kind: str, exercise_id: str, objective: str, docstring: str) -> str:
    names, body = EXERCISE_TEMPLATES[kind]
    return f'"""{docstring}"""\n\nfrom textbook.kit import {names}\n\nEXERCISES = [\n{body.format(id=exercise_id, title=_placeholder_title(exercise_id), objective=objective)}]\n'


def _placeholder_title(exercise_id: str) -> str:
    """A first title from the id ("boundaries-friend-request" -> "Boundaries friend request"): replace it."""
    words = exercise_id.replace("-", " ")
    return words[:1].upper() + words[1:]


def _embed(exercise_id: str) -> str:
    return f"\n```{{exercise}} {exercise_id}\n```\n"


def _check_new_id(spine: Spine, slug: str) -> None:
    if not SLUG.match(slug):
        raise ScaffoldError(f"'{slug}' is not an id: use lowercase letters, digits and hyphens")
    if spine.chapter(slug) or any(card.id == slug for card in spine.cards):
        raise ScaffoldError(f"'{slug}' is already a chapter or card id")


def new_chapter(spine: Spine, slug: str, title: str) -> list[Path]:
    """A foundation chapter after the last one, requiring it; returns the files written."""
    _check_new_id(spine, slug)
    numbers = [int(m["number"]) for c in spine.chapters if (m := CHAPTER_FOLDER.match(c.index.docname))]
    folder = Path(FOUNDATIONS_FOLDER) / f"{max(numbers, default=0) + 1:02d}-{slug}"
    if (spine.root / folder).exists():
        raise ScaffoldError(f"{folder} already exists")
    requires = f"[{spine.chapters[-1].id}]" if spine.chapters else "[]"
    objective = "first-objective"
    index = (
        f"---\nchapter: {slug}\nrequires: {requires}\nstatus: in-preparation\nobjectives:\n"
        f"  - id: {objective}\n    text: Write what the learner will be able to do.\n---\n"
        f"# {title}\n\n```{{before-you-start}}\n```\n\nWrite the opening case and the overview here.\n{_embed(f'{slug}-first')}"
    )
    written = [
        _write(spine.root / folder / "index.md", index),
        _write(
            spine.root / "exercises" / f"{slug}.py",
            _module("single-choice", f"{slug}-first", objective, f"Exercises for the chapter {title}."),
        ),
    ]
    _add_to_toc(spine.root, f"{folder.as_posix()}/index", after=f"{FOUNDATIONS_FOLDER}/", part=None)
    return written


def new_card(spine: Spine, slug: str, title: str, builds_on: list[str]) -> list[Path]:
    """A practice-toolkit card that builds on foundation chapters; returns the files written."""
    _check_new_id(spine, slug)
    bases = [spine.chapter(ident) for ident in builds_on]
    if not builds_on or None in bases:
        unknown = [ident for ident, base in zip(builds_on, bases, strict=True) if base is None]
        raise ScaffoldError(
            f"--builds-on needs foundation chapter ids; unknown: {', '.join(unknown) or '(none given)'}"
        )
    objective = next(base for base in bases if base is not None).meta.objectives[0].id  # all known: checked above
    page = Path(TOOLKIT_FOLDER) / f"{slug}.md"
    text = f"---\ncard: {slug}\nbuilds_on: [{', '.join(builds_on)}]\n---\n# {title}\n\nWrite the card here: 300 to 700 words for one moment in practice.\n{_embed(f'{slug}-quick')}"
    written = [
        _write(spine.root / page, text),
        _write(
            spine.root / "exercises" / f"{slug}.py",
            _module("single-choice", f"{slug}-quick", objective, f"The quick exercise of the card {title}."),
        ),
    ]
    _add_to_toc(spine.root, page.with_suffix("").as_posix(), after=f"{TOOLKIT_FOLDER}/", part=TOOLKIT_PART)
    return written


def new_exercise(spine: Spine, owner: str, kind: str, exercise_id: str) -> list[Path]:
    """Add an exercise of ``kind`` to ``exercises/<owner>.py`` and embed it on the owner's last page."""
    if kind not in EXERCISE_TEMPLATES:
        raise ScaffoldError(f"unknown kind '{kind}': one of {', '.join(EXERCISE_TEMPLATES)}")
    if not SLUG.match(exercise_id) or spine.exercise(exercise_id):
        raise ScaffoldError(
            f"'{exercise_id}' is not a new exercise id (lowercase letters, digits and hyphens, not used yet)"
        )
    chapter = spine.chapter(owner)
    card = next((c for c in spine.cards if c.id == owner), None)
    if chapter is None and card is None:
        raise ScaffoldError(f"no chapter or card '{owner}'")
    if chapter is not None:
        objectives, last = chapter.meta.objectives, chapter.pages[-1].path
    else:
        assert card is not None  # one of the two, checked above
        objectives = spine.chapters_named(card.meta.builds_on)[0].meta.objectives
        last = card.page.path
    module = spine.root / "exercises" / f"{owner}.py"
    names, body = EXERCISE_TEMPLATES[kind]
    if module.exists():
        source = module.read_text(encoding="utf-8")
        source = _add_imports(source, names.split(", "))
        closing = source.rstrip().rfind("]")
        source = (
            source[:closing].rstrip()
            + "\n"
            + body.format(id=exercise_id, title=_placeholder_title(exercise_id), objective=objectives[0].id)
            + "]\n"
        )
    else:
        source = _module(kind, exercise_id, objectives[0].id, f"Exercises for {owner}.")
    _write(module, source)
    with last.open("a", encoding="utf-8") as page:
        page.write(_embed(exercise_id))
    return [module, last]


def _add_imports(source: str, names: list[str]) -> str:
    """Add kit names to the module's import, on one line or wrapped in parentheses."""
    match = re.search(r"^from textbook\.kit import (?:\((?P<wrapped>[^)]*)\)|(?P<line>[^\n(]+))$", source, re.MULTILINE)
    if match is None:
        raise ScaffoldError("the module has no `from textbook.kit import ...` to extend")
    listed = match["wrapped"] if match["wrapped"] is not None else match["line"]
    current = {name.strip() for name in listed.split(",") if name.strip()}
    merged = sorted(current | set(names))
    line = f"from textbook.kit import {', '.join(merged)}"
    if len(line) > 120:  # wrap as ruff format does
        line = "from textbook.kit import (\n" + "".join(f"    {name},\n" for name in merged) + ")"
    return source[: match.start()] + line + source[match.end() :]


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _add_to_toc(root: Path, docname: str, after: str, part: str | None) -> None:
    """Insert ``- file: docname`` after the last entry under ``after`` (or add ``part``)."""
    toc = root / "_toc.yml"
    lines = toc.read_text(encoding="utf-8").splitlines()
    last = max((i for i, line in enumerate(lines) if after in line), default=None)
    entry = f"      - file: {docname}"
    if last is not None:
        lines.insert(last + 1, entry)
    elif part is not None:
        back = next((i for i, line in enumerate(lines) if f"caption: {BACK_MATTER_PART}" in line), len(lines))
        lines[back:back] = [f'  - caption: "{part}"', "    chapters:", entry]
    else:
        raise ScaffoldError(f"no place for {docname} in _toc.yml")
    toc.write_text("\n".join(lines) + "\n", encoding="utf-8")
