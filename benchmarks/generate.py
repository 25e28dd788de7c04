"""Generate a synthetic book of N chapters that passes every rule, for benchmarks."""

from __future__ import annotations

from pathlib import Path

PAGES_PER_CHAPTER = 3
ENGINE_ROOT = Path(__file__).resolve().parents[1]  # the folder that holds textbook/


def minimal_config(title: str) -> str:
    """A ``_config.yml`` for a small book built with this engine (generated books, test fixtures)."""
    return (
        f'title: {title}\nonly_build_toc_files: true\nexecute:\n  execute_notebooks: "off"\n'
        f"parse:\n  myst_enable_extensions: [colon_fence, deflist]\n"
        f"sphinx:\n  local_extensions:\n    textbook.sphinx_ext: {ENGINE_ROOT.as_posix()}\n"
    )


PARAGRAPH = (
    "You support people in their own homes and in shared spaces. Each day asks you to listen, "
    "to notice and to respond with care. This paragraph stands in for the prose of a real page. "
)


EXERCISE_MODULE = """\"\"\"Exercises of generated chapter {n}.\"\"\"

from textbook.kit import Option, SingleChoice

EXERCISES = [
    SingleChoice(
        id="c{n}-idea",
        title="The idea of chapter {n}",
        objectives=["objective-{n}"],
        prompt="Which idea does chapter {n} introduce?",
        options=[
            Option(text="Idea {n}", correct=True, feedback="Yes: chapter {n} introduces it."),
            Option(text="Another idea", feedback="No: look again at the chapter's glossary."),
        ],
    ),
]
"""


def generate_configured_book(root: Path, chapters: int) -> Path:
    """``generate_book`` with its ``_config.yml`` (``minimal_config``): a book ready to build."""
    book = generate_book(root, chapters)
    (book / "_config.yml").write_text(minimal_config("Generated book"), encoding="utf-8")
    return book


def generate_book(root: Path, chapters: int) -> Path:
    """Write a valid book of ``chapters`` foundation chapters (3 pages each, one exercise
    each) under ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "exercises").mkdir(exist_ok=True)
    toc = ["format: jb-book", "root: book/intro", "parts:", "  - caption: Foundations", "    chapters:"]
    (root / "book").mkdir(exist_ok=True)
    (root / "book/intro.md").write_text("# A generated book\n\n" + PARAGRAPH + "\n", encoding="utf-8")
    for number in range(1, chapters + 1):
        folder = f"book/foundations/{number:03d}-c{number}"
        (root / folder).mkdir(parents=True, exist_ok=True)
        requires = f"[c{number - 1}]" if number > 1 else "[]"
        index = (
            f"---\nchapter: c{number}\nrequires: {requires}\nobjectives:\n"
            f"  - id: objective-{number}\n    text: Explain idea {number}.\n---\n"
            f"# Chapter {number}\n\n```{{before-you-start}}\n```\n\n{PARAGRAPH * 3}\n\n"
            f":::{{glossary}}\nIdea {number}\n  The idea that chapter {number} introduces.\n:::\n"
        )
        (root / folder / "index.md").write_text(index, encoding="utf-8")
        (root / "exercises" / f"c{number}.py").write_text(EXERCISE_MODULE.format(n=number), encoding="utf-8")
        toc.append(f"      - file: {folder}/index")
        toc.append("        sections:")
        for page in range(1, PAGES_PER_CHAPTER):
            uses = f"{{term}}`idea {number}`" + (f" and {{term}}`idea {number - 1}`" if number > 1 else "")
            text = f"# Page {page} of chapter {number}\n\nThis page uses {uses}.\n\n{PARAGRAPH * 4}\n"
            if page == 1:
                text += f"\n```{{exercise}} c{number}-idea\n```\n"
            (root / folder / f"page-{page}.md").write_text(text, encoding="utf-8")
            toc.append(f"          - file: {folder}/page-{page}")
    (root / "_toc.yml").write_text("\n".join(toc) + "\n", encoding="utf-8")
    return root


NESTED_PAGES = ("page-1-a", "page-1-a-i", "page-1-a-i-x")  # under chapter 1's page 1, each in the last


def nest_book(root: Path) -> Path:
    """Give a generated book the shapes a sidebar must handle: pages nested three levels below a
    chapter (the last one deeper than the sidebar shows), a second part, and an external link."""
    folder = "book/foundations/001-c1"
    toc = (root / "_toc.yml").read_text(encoding="utf-8")
    entry = f"          - file: {folder}/page-1\n"
    nested, indent = entry, "          "
    for name in NESTED_PAGES:
        nested += f"{indent}  sections:\n{indent}    - file: {folder}/{name}\n"
        indent += "    "
        (root / folder / f"{name}.md").write_text(f"# Section {name}\n\n{PARAGRAPH}\n", encoding="utf-8")
    toc = toc.replace(entry, nested, 1)
    toc += (
        "  - caption: More\n    chapters:\n      - file: book/more\n"
        "      - url: https://example.org/further-reading\n        title: Further reading\n"
    )
    (root / "book/more.md").write_text(f"# More\n\n{PARAGRAPH}\n", encoding="utf-8")
    (root / "_toc.yml").write_text(toc, encoding="utf-8")
    return root
