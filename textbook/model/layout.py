"""The book's layout conventions, in one place: where the foundation chapters and the toolkit
cards live, the parts of the table of contents, and the pages every edition keeps."""

from __future__ import annotations

import re

from textbook.sources.containment import PAGES_FOLDER

FOUNDATIONS_FOLDER = f"{PAGES_FOLDER}/foundations"  # one folder NN-slug/ per chapter
TOOLKIT_FOLDER = f"{PAGES_FOLDER}/toolkit"  # one page per card
CHAPTER_FOLDER = re.compile(rf"^{FOUNDATIONS_FOLDER}/(?P<number>\d{{2,}})-(?P<slug>[a-z0-9-]+)/")
BIBLIOGRAPHY = f"{PAGES_FOLDER}/references.bib"

# The parts of the table of contents, in order.
START_PART = "Start here"
FOUNDATIONS_PART = "Part 1: Foundations"
TOOLKIT_PART = "Part 2: Practice toolkit"
BACK_MATTER_PART = "Back matter"

# Pages with a role of their own (docnames).
LANDING_PAGE = f"{PAGES_FOLDER}/intro"
READINESS_PAGE = f"{PAGES_FOLDER}/readiness"
PATH_PAGE = f"{PAGES_FOLDER}/your-path"
REVIEW_PAGE = f"{PAGES_FOLDER}/review"  # spaced review: the exercises due today
RECORD_PAGE = f"{PAGES_FOLDER}/foundation-record"  # the record a learner brings to practicum
INSTRUCTORS_PAGE = f"{PAGES_FOLDER}/for-instructors"
ANSWER_KEY_PAGES = (f"{PAGES_FOLDER}/answer-key-1", f"{PAGES_FOLDER}/answer-key-2")
ROSTER_PAGE = f"{PAGES_FOLDER}/roster"  # reads learners' exported progress files in the browser
INSTRUCTOR_SECTIONS = (*ANSWER_KEY_PAGES, ROSTER_PAGE)  # the instructor page's sections, in order
START_PAGES = (LANDING_PAGE, READINESS_PAGE, PATH_PAGE, REVIEW_PAGE, RECORD_PAGE)
# Every edition keeps these, whatever chapters and cards it selects.
ALWAYS_IN_AN_EDITION = (
    *START_PAGES,
    f"{PAGES_FOLDER}/glossary",
    f"{PAGES_FOLDER}/references",
    INSTRUCTORS_PAGE,
    *INSTRUCTOR_SECTIONS,
    f"{PAGES_FOLDER}/for-contributors",
)
