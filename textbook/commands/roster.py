"""``python -m textbook roster``: the progress files learners export from "Your path", read as
one table, one row per learner.

Pure functions over the book (:func:`roster_book`) and the files' bytes; the command line only
reads the files and writes what these return. The browser's roster page (``ff-roster.js``)
applies the same rules to the same facts, which it takes from the manifest, and a test holds
the two to the same CSV text and the same problems.

Learner files are untrusted input. Every fault is a :class:`FileProblem` (the file is refused,
the other files are still read) or a note on a learner who was read; nothing raises. Text from
a file reaches an output only through :func:`clean` (no control characters), CSV cells through
:func:`csv_field` (no formulas), HTML through ``html.escape``.
"""

from __future__ import annotations

import glob
import html
import json
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textbook.kit.ids import SLUG
from textbook.model.spine import Spine

VERSION = 1
MAX_BYTES = 5_000_000  # a whole book's progress with long reflections is well under 1 MB
LABEL_MAX = 100  # code points: the export screen's field takes at most 100 characters
SHOWN_MAX = 60  # code points of a file's text quoted in a message
RECORD_IDS = frozenset({"readiness-check"})  # records the book keeps beside the exercises
INCLUDED, LEFT_OUT = "included", "left-out"  # the file's "reflections"
YES, NO, OLDER = "yes", "no", "older version"  # an objective's cell

# Characters never shown from a file: C0 and C1 controls, bidirectional controls (they can
# reorder what an instructor reads), line and paragraph separators, the byte-order mark, and
# halves of a surrogate pair with no other half.
_FORMAT = "\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff"
HIDDEN = re.compile(f"[\x00-\x1f{_FORMAT}]")
HIDDEN_IN_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f{_FORMAT}]")  # keeps tabs and line feeds
TOKENS = re.compile(r'"(?:[^"\\]|\\[\s\S])*"?|[\[\]{}]')  # strings (to skip) and brackets, in linear time
MAX_DEPTH = 64  # a progress file nests 4 deep; JSON parsers differ on very deep nesting
SPACES = re.compile("[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class RosterExercise:
    id: str
    title: str
    hash: str
    counts: bool
    kind: str
    assesses: tuple[str, ...]  # objective keys "chapter/objective"
    evidence: bool = True  # a right answer shows its objectives met (a scored kind: kinds.py)


@dataclass(frozen=True)
class RosterUnit:
    """A chapter or a card, with its exercises; a chapter with its objectives ``(key, text)``."""

    id: str
    title: str
    short: str  # "1" for chapter 1, "T1" for the first card
    exercises: tuple[RosterExercise, ...]
    objectives: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RosterBook:
    title: str
    units: tuple[RosterUnit, ...]

    @property
    def exercises(self) -> dict[str, RosterExercise]:
        return {e.id: e for unit in self.units for e in unit.exercises}

    @property
    def objectives(self) -> list[tuple[str, str, str]]:
        """Every chapter's objectives in order: (key, unit short name with its number, text)."""
        return [
            (key, f"{unit.short}.{number}", text)
            for unit in self.units
            for number, (key, text) in enumerate(unit.objectives, 1)
        ]


def assesses(spine: Spine, owner: str, objectives: Sequence[str]) -> list[str]:
    """The objective keys ("chapter/objective") an exercise of ``owner`` assesses (see
    :meth:`Spine.objectives_assessed`)."""
    return spine.objectives_assessed(owner, objectives)


def roster_book(spine: Spine, title: str) -> RosterBook:
    """What the roster needs of the book: the same facts the manifest gives the browser."""

    def exercises(owner: str) -> tuple[RosterExercise, ...]:
        return tuple(
            RosterExercise(
                id=e.exercise.id,
                title=e.exercise.title or e.exercise.id,
                hash=e.exercise.fingerprint(),
                counts=e.exercise.completes_chapter,
                kind=e.exercise.kind,
                evidence=e.exercise.scored,
                assesses=tuple(assesses(spine, owner, e.exercise.objectives)),
            )
            for e in spine.exercises_of(owner)
        )

    units = [
        RosterUnit(
            id=c.id,
            title=c.title,
            short=str(number),
            exercises=exercises(c.id),
            objectives=tuple((f"{c.id}/{o.id}", o.text) for o in c.meta.objectives),
        )
        for number, c in enumerate(spine.chapters, 1)
    ]
    units += [
        RosterUnit(id=c.id, title=c.page.source.title or c.id, short=f"T{number}", exercises=exercises(c.id))
        for number, c in enumerate(spine.cards, 1)
    ]
    return RosterBook(title=title, units=tuple(units))


# ------------------------------------------------------------------------------ reading files


@dataclass(frozen=True)
class FileProblem:
    """Why a file was refused (or, with ``refused`` False, a note on a file that was read)."""

    file: str
    message: str
    refused: bool = True

    def format(self) -> str:
        return f"{self.file}: {self.message}"


@dataclass(frozen=True)
class Learner:
    file: str
    label: str  # "" when the learner gave none
    reflections_included: bool
    exercises: dict[str, dict[str, Any]] = field(default_factory=dict)


def clean(text: str) -> str:
    """Text from a file as it may be shown: hidden characters become U+FFFD."""
    return HIDDEN.sub("\ufffd", text)


def clean_text(text: str) -> str:
    """Like :func:`clean`, keeping line breaks and tabs (a reflection's paragraphs)."""
    return HIDDEN_IN_TEXT.sub("\ufffd", text)


def shown(text: str) -> str:
    """Text from a file quoted in a message: cleaned, and cut after SHOWN_MAX characters."""
    text = clean(text)
    return text if len(text) <= SHOWN_MAX else text[:SHOWN_MAX] + "\u2026"


def _is_number_one(value: Any) -> bool:
    return type(value) in (int, float) and value == VERSION


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)  # NaN and Infinity are not JSON (the browser refuses them too)


def _label(value: Any) -> tuple[str | None, str | None]:
    """(label, None) or (None, why it is refused)."""
    if not isinstance(value, str):
        return None, "the learner's name is not text"
    if HIDDEN.search(value):
        return None, "the learner's name has control characters"
    label = SPACES.sub(" ", value).strip(" ")
    if len(label) > LABEL_MAX:
        return None, f"the learner's name is longer than {LABEL_MAX} characters"
    return label, None


def _entry_problem(ident: str, entry: Any) -> str | None:
    if not SLUG.fullmatch(ident):
        return f"\u201c{shown(ident)}\u201d is not an exercise id"
    if not isinstance(entry, dict):
        return f"exercise {ident}: its record is not an object"
    if not isinstance(entry.get("hash"), str):
        return f"exercise {ident}: \u201chash\u201d is not text"
    if type(entry.get("done")) is not bool:
        return f"exercise {ident}: \u201cdone\u201d is not true or false"
    if entry.get("result") is not None and not isinstance(entry["result"], dict):
        return f"exercise {ident}: \u201cresult\u201d is not an object"
    if "updated" in entry and not isinstance(entry["updated"], str):
        return f"exercise {ident}: \u201cupdated\u201d is not text"
    return None


def parse_progress(name: str, data: bytes, book: RosterBook) -> Learner | FileProblem:
    """One exported file's bytes as a learner, or why it is refused (pure; never raises)."""
    if len(data) > MAX_BYTES:
        return FileProblem(name, too_large(len(data)))
    if not data:
        return FileProblem(name, "the file is empty: ask for a file made with \u201cExport my progress\u201d")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return FileProblem(name, "not a progress file: it is not text (UTF-8)")
    if too_deep(text):
        return FileProblem(name, "not a progress file: it is nested too deeply")
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        return FileProblem(name, "not a progress file: it is not JSON")
    if not isinstance(value, dict) or ("version" not in value and "exercises" not in value):
        return FileProblem(
            name, "not a Foundations First progress file: it has no \u201cversion\u201d and \u201cexercises\u201d"
        )
    if not _is_number_one(value.get("version")):
        return FileProblem(
            name, "another version of the progress file, which this book cannot read (it reads version 1)"
        )
    if not isinstance(value.get("exercises"), dict):
        return FileProblem(name, "not a Foundations First progress file: its \u201cexercises\u201d is not an object")
    if "book" in value:
        about = value["book"]
        if not isinstance(about, dict) or not isinstance(about.get("title"), str):
            return FileProblem(name, "\u201cbook\u201d does not name a book")
        if about["title"] != book.title:
            return FileProblem(
                name,
                f"from another book or edition, \u201c{shown(about['title'])}\u201d: "
                f"this roster is for \u201c{book.title}\u201d",
            )
    label = ""
    if "learner" in value:
        found, why = _label(value["learner"])
        if why is not None:
            return FileProblem(name, why)
        label = found or ""
    if "exported" in value and not isinstance(value["exported"], str):
        return FileProblem(name, "\u201cexported\u201d is not a date")
    if "reflections" in value and value["reflections"] not in (INCLUDED, LEFT_OUT):
        return FileProblem(name, "\u201creflections\u201d is neither \u201cincluded\u201d nor \u201cleft-out\u201d")
    exercises: dict[str, dict[str, Any]] = value["exercises"]
    for ident in sorted(exercises):  # by code point, as the browser sorts them
        problem = _entry_problem(ident, exercises[ident])
        if problem:
            return FileProblem(name, problem)
    return Learner(
        file=name, label=label, reflections_included=value.get("reflections") == INCLUDED, exercises=exercises
    )


def too_deep(text: str) -> bool:
    """Whether brackets outside strings nest deeper than MAX_DEPTH (checked before parsing)."""
    depth = 0
    for token in TOKENS.finditer(text):
        bracket = token.group()
        if bracket in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif bracket in "]}":
            depth -= 1
    return False


def too_large(size: int) -> str:
    return f"larger than 5 MB ({size} bytes), so it was not read: a progress file is far smaller"


def _identity(learner: Learner) -> str | None:
    """Who a file is: its label (case and spacing aside), or, with none, its records."""
    if learner.label:
        return "label:" + learner.label.lower()
    if not learner.exercises:
        return None
    records = sorted(
        "\x00".join([ident, entry["hash"], "1" if entry["done"] else "0", str(entry.get("updated", ""))])
        for ident, entry in learner.exercises.items()
    )
    return "records:" + "\x01".join(records)


def unknown_note(learner: Learner, book: RosterBook) -> FileProblem | None:
    """A note on the records this book does not have (a file from a newer or older book)."""
    known = book.exercises
    unknown = sorted(ident for ident in learner.exercises if ident not in known and ident not in RECORD_IDS)
    if not unknown:
        return None
    listed = ", ".join(shown(ident) for ident in unknown[:5])
    more = f", and {len(unknown) - 5} more" if len(unknown) > 5 else ""
    noun = "exercise" if len(unknown) == 1 else "exercises"
    return FileProblem(
        learner.file, f"{len(unknown)} {noun} this book does not have, left out: {listed}{more}", refused=False
    )


def read_all(
    files: Sequence[tuple[str, bytes | FileProblem]], book: RosterBook
) -> tuple[list[Learner], list[FileProblem]]:
    """Every file in the order given: the learners read, and every problem and note, in order.
    A file that repeats a learner of an earlier file is refused, naming that file."""
    learners: list[Learner] = []
    problems: list[FileProblem] = []
    seen: dict[str, str] = {}
    for name, data in files:
        found = data if isinstance(data, FileProblem) else parse_progress(name, data, book)
        if isinstance(found, FileProblem):
            problems.append(found)
            continue
        identity = _identity(found)
        if identity is not None and identity in seen:
            who = f"\u201c{found.label}\u201d" if found.label else "the same records and no name"
            problems.append(
                FileProblem(name, f"the same learner as {seen[identity]} ({who}), so it was not read again")
            )
            continue
        if identity is not None:
            seen[identity] = name
        note = unknown_note(found, book)
        if note:
            problems.append(note)
        learners.append(found)
    return learners, problems


# ------------------------------------------------------------------------------ the table


@dataclass(frozen=True)
class UnitCell:
    done: int
    total: int
    older: int  # counted exercises done only on an older version

    def text(self) -> str:
        base = f"{self.done} of {self.total}"
        return base + (f" (+{self.older} older version)" if self.older else "")


@dataclass(frozen=True)
class Row:
    learner: str
    file: str
    latest: str  # YYYY-MM-DD (UTC), or ""
    units: tuple[UnitCell, ...]
    objectives: tuple[str, ...]  # YES, NO or OLDER
    reflections: tuple[str, ...] = ()  # with include_reflections: each reflection's text, or ""


DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T")


def reflections_of(book: RosterBook) -> list[RosterExercise]:
    return [e for unit in book.units for e in unit.exercises if e.kind == "reflection"]


def row(learner: Learner, book: RosterBook, include_reflections: bool = False) -> Row:
    """One learner's row (pure)."""
    records = learner.exercises

    def record(ident: str) -> dict[str, Any] | None:
        return records.get(ident)

    def current(e: RosterExercise) -> bool:
        r = record(e.id)
        return bool(r and r["done"] and r["hash"] == e.hash)

    def older(e: RosterExercise) -> bool:
        r = record(e.id)
        return bool(r and r["done"] and r["hash"] != e.hash)

    units = []
    for unit in book.units:
        counted = [e for e in unit.exercises if e.counts]
        done = sum(current(e) for e in counted)
        units.append(UnitCell(done, len(counted), sum(older(e) for e in counted)))
    evidence = [e for unit in book.units for e in unit.exercises if e.evidence]
    objectives = []
    for key, _, _ in book.objectives:
        mine = [e for e in evidence if key in e.assesses]
        objectives.append(YES if any(map(current, mine)) else OLDER if any(map(older, mine)) else NO)
    known = set(book.exercises) | RECORD_IDS
    dates = [
        r["updated"]
        for ident, r in records.items()
        if ident in known and isinstance(r.get("updated"), str) and DATE.match(r["updated"])
    ]
    texts: tuple[str, ...] = ()
    if include_reflections:
        texts = tuple(
            _reflection_text(record(e.id)) if learner.reflections_included else "" for e in reflections_of(book)
        )
    return Row(
        learner=learner.label,
        file=learner.file,
        latest=max(dates)[:10] if dates else "",
        units=tuple(units),
        objectives=tuple(objectives),
        reflections=texts,
    )


def _reflection_text(r: dict[str, Any] | None) -> str:
    response = r.get("response") if r else None
    text = response.get("text") if isinstance(response, dict) else None
    return clean_text(text) if isinstance(text, str) else ""


# ------------------------------------------------------------------------------ outputs


def csv_field(value: str, *, untrusted: bool = False) -> str:
    """One CSV cell: a learner's text that a spreadsheet would run as a formula starts with
    an apostrophe; quoted when it holds a comma, a quote or a line break."""
    if untrusted and value.startswith(FORMULA_START):
        value = "'" + value
    if any(ch in value for ch in ',"\r\n'):
        value = '"' + value.replace('"', '""') + '"'
    return value


def as_csv(rows: Sequence[Row], book: RosterBook, include_reflections: bool = False) -> str:
    """The roster as CSV for a gradebook: UTF-8 with a byte-order mark (so spreadsheets read
    accents), CRLF line ends, one header row."""
    header = ["learner", "file", "latest activity (UTC)"]
    header += [f"{unit.id}: exercises done" for unit in book.units]
    header += [key.replace("/", ": ") for key, _, _ in book.objectives]
    if include_reflections:
        header += [f"reflection: {e.id}" for e in reflections_of(book)]
    lines = [",".join(csv_field(cell) for cell in header)]
    for r in rows:
        cells = [csv_field(r.learner, untrusted=True), csv_field(clean(r.file), untrusted=True), r.latest]
        cells += [csv_field(cell.text()) for cell in r.units]
        cells += list(r.objectives)
        cells += [csv_field(text, untrusted=True) for text in r.reflections]
        lines.append(",".join(cells))
    return "\ufeff" + "\r\n".join(lines) + "\r\n"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _table(header: list[str], body: list[list[str]]) -> list[str]:
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    out = ["  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip() for line in [header, *body]]
    out.insert(1, "  ".join("-" * w for w in widths))
    return out


def who(r: Row) -> str:
    return r.learner or f"({clean(r.file)})"


def as_text(rows: Sequence[Row], book: RosterBook, include_reflections: bool = False) -> str:
    """The roster as plain tables for a terminal, with a legend."""
    if not rows:
        return "No learner's file was read.\n"
    names = [_cut(who(r), 32) for r in rows]
    lines = ["Exercises done, of those that count, in each chapter and card:", ""]
    body = [
        [name, r.latest or "-"] + [f"{c.done}/{c.total}" + ("*" if c.older else "") for c in r.units]
        for name, r in zip(names, rows, strict=True)
    ]
    lines += _table(["Learner", "Latest"] + [u.short for u in book.units], body)
    objectives = book.objectives
    if objectives:
        mark = {YES: "yes", NO: "-", OLDER: "old"}
        lines += ["", "Objectives met (an exercise assessing it done correctly):", ""]
        body = [[name] + [mark[o] for o in r.objectives] for name, r in zip(names, rows, strict=True)]
        lines += _table(["Learner"] + [number for _, number, _ in objectives], body)
    lines += ["", "Key:"]
    lines += [f"  {u.short:>3}  {u.title} ({u.id})" for u in book.units]
    lines += [f"  {number:>5}  {text}" for _, number, text in objectives]
    lines += [
        "  *    also done on an older version of an exercise, which counts as not done",
        "  old  met only on an older version of an exercise",
    ]
    if include_reflections:
        lines += ["", "Reflections (only from learners who chose to include their text):"]
        for name, r in zip(names, rows, strict=True):
            for e, text in zip(reflections_of(book), r.reflections, strict=True):
                if text.strip():
                    lines += ["", f"{name}, {e.title}:", *("    " + line for line in text.splitlines())]
    return "\n".join(lines) + "\n"


STYLE = """body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1a1a1a}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}.older{background:#fff4ce}.yes{background:#dff3e3}caption{text-align:left;font-weight:bold}
pre{white-space:pre-wrap;max-width:50rem}"""


def as_html(
    rows: Sequence[Row], problems: Sequence[FileProblem], book: RosterBook, include_reflections: bool = False
) -> str:
    """The roster as one self-contained page: no script, no request, every value escaped."""

    def e(text: str) -> str:
        return html.escape(text, quote=True)

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Class roster: {e(book.title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>Class roster: {e(book.title)}</h1>",
        f"<p>{len(rows)} learner{'s' if len(rows) != 1 else ''}. Made from the progress files learners exported; "
        "a file shows what its learner chose to send, and it is not proof of who did the work.</p>",
    ]
    if problems:
        parts.append("<h2>Files with problems</h2><ul>")
        parts += [f"<li>{e(clean(p.file))}: {e(p.message)}</li>" for p in problems]
        parts.append("</ul>")
    parts.append('<table><caption>Exercises done, of those that count</caption><thead><tr><th scope="col">Learner</th>')
    parts.append('<th scope="col">File</th><th scope="col">Latest activity (UTC)</th>')
    parts += [f'<th scope="col">{e(u.short)}. {e(u.title)}</th>' for u in book.units]
    parts.append("</tr></thead><tbody>")
    for r in rows:
        parts.append(
            f'<tr><th scope="row">{e(r.learner or "(no name)")}</th><td>{e(clean(r.file))}</td><td>{e(r.latest)}</td>'
        )
        parts += [f"<td{' class=older' if c.older else ''}>{e(c.text())}</td>" for c in r.units]
        parts.append("</tr>")
    parts.append("</tbody></table>")
    if book.objectives:
        parts.append('<table><caption>Objectives met</caption><thead><tr><th scope="col">Learner</th>')
        parts += [f'<th scope="col" title="{e(text)}">{e(number)}</th>' for _, number, text in book.objectives]
        parts.append("</tr></thead><tbody>")
        for r in rows:
            parts.append(f'<tr><th scope="row">{e(r.learner or clean(r.file))}</th>')
            parts += [
                f'<td class="{"yes" if o == YES else "older" if o == OLDER else "no"}">{e(o)}</td>'
                for o in r.objectives
            ]
            parts.append("</tr>")
        parts.append("</tbody></table><h2>Objectives</h2><dl>")
        parts += [f"<dt>{e(number)}</dt><dd>{e(text)}</dd>" for _, number, text in book.objectives]
        parts.append("</dl>")
    if include_reflections:
        parts.append("<h2>Reflections</h2><p>Only from learners who chose to include their text.</p>")
        for r in rows:
            for ex, text in zip(reflections_of(book), r.reflections, strict=True):
                if text.strip():
                    parts.append(f"<h3>{e(r.learner or clean(r.file))}: {e(ex.title)}</h3><pre>{e(text)}</pre>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


# ------------------------------------------------------------------------------ the command


def read_file(path: Path) -> bytes | FileProblem:
    """A file's bytes, refusing by its size before reading anything (and never reading more
    than MAX_BYTES + 1, should it grow meanwhile); a problem instead of an exception."""
    name = str(path)
    try:
        info = path.stat()
    except OSError as exc:
        return FileProblem(name, f"cannot be read: {exc.strerror or exc}")
    if not stat.S_ISREG(info.st_mode):
        return FileProblem(name, "not a file: it was not read")
    if info.st_size > MAX_BYTES:
        return FileProblem(name, too_large(info.st_size))
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        return FileProblem(name, f"cannot be read: {exc.strerror or exc}")
    return FileProblem(name, too_large(len(data))) if len(data) > MAX_BYTES else data


OUTPUT_SUFFIXES = (".csv", ".html", ".htm")
WILDCARDS = re.compile(r"[*?\[]")


def expand(paths: Sequence[Path]) -> list[Path]:
    """The files named, with a pattern such as ``progress/*.json`` expanded where the shell
    left it as it was (Windows shells do): its matches in name order; as it is when none."""
    found: list[Path] = []
    for path in paths:
        text = str(path)
        matches = [] if path.exists() or not WILDCARDS.search(text) else sorted(glob.glob(text))
        found += [Path(match) for match in matches] or [path]
    return found


@dataclass(frozen=True)
class Roster:
    """A whole run: the rows, the problems, and the text of the output asked for."""

    rows: list[Row]
    problems: list[FileProblem]
    text: str

    @property
    def refused(self) -> int:
        return sum(p.refused for p in self.problems)


def make_roster(
    spine: Spine, title: str, paths: Sequence[Path], output_format: str = "text", include_reflections: bool = False
) -> Roster:
    """Read every file and render the roster as ``text``, ``csv`` or ``html``."""
    book = roster_book(spine, title)
    learners, problems = read_all([(str(path), read_file(path)) for path in expand(paths)], book)
    rows = [row(learner, book, include_reflections) for learner in learners]
    if output_format == "csv":
        text = as_csv(rows, book, include_reflections)
    elif output_format == "html":
        text = as_html(rows, problems, book, include_reflections)
    else:
        text = as_text(rows, book, include_reflections)
    return Roster(rows, problems, text)
