"""What the engine reads from one MyST page: front matter, title, glossary terms, words.

This is a line scanner, not a full MyST parser: it knows just enough of the syntax
(front matter, fences, comments, the glossary directive and the ``{term}`` role) to give
every fact a line number without running Sphinx.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from textbook.sources.containment import FileRef
from textbook.sources.yamlsource import YamlDocument, YamlSyntaxError, parse_yaml

FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|:{3,})\s*(?P<info>.*)$")
DIRECTIVE = re.compile(r"^\{(?P<name>[\w:.-]+)\}\s*(?P<argument>.*)$")
TERM_ROLE = re.compile(r"\{term\}`(?P<text>[^`]+)`")
HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.*)$")
WORD = re.compile(r"[A-Za-z\u00C0-\u024F0-9]+(?:['\u2019-][A-Za-z\u00C0-\u024F0-9]+)*")
ROLE = re.compile(r"\{[\w:.-]+\}`([^`]*)`")
HTML_TAG = re.compile(r"<(/?[A-Za-z][\w-]*)(?=[\s/>])[^<>]*>")
EVENT_HANDLER = re.compile(r"\bon[a-z]+\s*=", re.IGNORECASE)
INLINE_CODE = re.compile(r"`[^`]*`")
# Every unbounded run below stops at the character a match starts with, so that scanning a line
# takes time in proportion to its length, whatever the line holds (pages come from anyone).
MD_IMAGE = re.compile(r"!\[(?P<alt>[^\[\]]*)\]\((?P<src><[^<>]*>|[^()\s<]+)(?:\s[^()]*)?\)")
MD_LINK = re.compile(r"(?<!!)\[[^\[\]]*\]\((?P<target><[^<>]*>|[^()\s<]+)(?:\s[^()]*)?\)")
XREF_ROLE = re.compile(r"\{(?P<role>doc|ref|numref)\}`(?P<text>[^`]+)`")
LABEL = re.compile(r"^\((?P<label>[\w.:-]+)\)=\s*$")
IMAGE_DIRECTIVES = {"figure", "image"}
CITE_ROLE = re.compile(r"\{cite(?::\w+)?\}`(?P<keys>[^`]+)`")
LITERAL_DIRECTIVES = {"code", "code-block", "code-cell", "sourcecode", "literalinclude", "raw", "math"}
OPTION = re.compile(r"^:(?P<name>[\w-]+):\s*(?P<value>.*)$")
# Directives whose argument is a file they read or copy (Sphinx's path rules: "/x" from the root).
FILE_ARGUMENT_DIRECTIVES = {"include", "literalinclude", "image", "figure"}
# Options that name a file to read or copy, whatever the directive: docutils' csv-table and raw
# (:file:, from the file system's root), Sphinx's literalinclude (:diff:), sphinx-design's
# cards and article-info (images), myst-nb's code-cell (:load:).
FILE_OPTIONS = {
    "file": False,
    "diff": True,
    "img-top": True,
    "img-bottom": True,
    "img-background": True,
    "avatar": True,
    "load": True,
}
NETWORK_OPTIONS = {"url"}  # docutils' csv-table and raw fetch these at build time
# Directives content may not use at all, and why.
REFUSED_DIRECTIVES = {
    "eval-rst": "reStructuredText inside a page escapes every check of the book",
    "role": "it defines new roles, such as one that writes raw HTML",
    "default-role": "it changes what plain `text` means for the rest of the page",
    "meta": "it writes HTML meta tags, which can redirect the page",
    "eval:figure": "it runs code from a notebook kernel",
}
# Roles content may not use at all, and why (myst-nb's: the book's pages are not notebooks).
REFUSED_ROLES = {
    "eval": "it runs code in a notebook kernel",
    "nb-download": "it copies a file from the build's notebook outputs: use {download} with a file inside book/",
}
ROLE_NAME = re.compile(r"\{(?P<name>[\w:.-]+)\}`")
DOWNLOAD_ROLE = re.compile(r"\{download\}`(?P<text>[^`]+)`")
LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*(?P<target><[^>]*>|\S+)")


def normalize_term(text: str) -> str:
    """Glossary terms match as Sphinx matches them: case-insensitive, spaces collapsed."""
    return " ".join(text.split()).lower()


@dataclass(frozen=True)
class Mention:
    """A name mentioned at a line of a page: a glossary term (defined or used), an embedded
    exercise's id, or a cited reference's key."""

    name: str  # a term normalized as Sphinx matches it; an exercise id; a citation key
    line: int
    label: str = ""  # as written, for display


@dataclass
class PageSource:
    """The facts of one page, each with its 1-based line in the file."""

    front_matter: YamlDocument | None = None
    title: str | None = None
    title_line: int | None = None
    defined_terms: list[Mention] = field(default_factory=list)
    definitions: dict[str, str] = field(default_factory=dict)  # term -> definition (MyST)
    used_terms: list[Mention] = field(default_factory=list)
    embedded: list[Mention] = field(default_factory=list)  # {exercise} directives: id and line
    cited: list[Mention] = field(default_factory=list)  # {cite} keys and their lines
    # the lines of prose as written, and whether each is a whole sentence (a heading, a term):
    # made readable only when asked for (``prose``), by the reading-level rule, not by every read
    prose_lines: list[tuple[str, bool]] = field(default_factory=list)
    images: list[tuple[int, bool]] = field(default_factory=list)  # (line, has alt text)
    raw_html: list[tuple[int, str]] = field(default_factory=list)  # (line, the tag or directive)
    links: list[tuple[int, str, str]] = field(default_factory=list)  # (line, "doc" | "file" | "ref", target)
    labels: list[tuple[int, str]] = field(default_factory=list)  # (line, label) from (label)= and :name:
    files: list[FileRef] = field(default_factory=list)  # every file the page names (read, copied or linked)
    refused: list[tuple[int, str]] = field(default_factory=list)  # (line, why): syntax content may not use
    includes: list[FileRef] = field(default_factory=list)  # {include}d MyST files, scanned like pages
    words: int = 0
    salvaged: bool = False  # front matter was malformed; only its id was recovered

    def line_of(self, loc: tuple[str | int, ...]) -> int:
        """File line of a front-matter key (see :meth:`YamlDocument.line_of`)."""
        return self.front_matter.line_of(loc) if self.front_matter is not None else 1

    @property
    def prose(self) -> list[str]:
        """The readable text, markup removed, for reading level: each line as a reader reads it
        (a heading or a term ends as a sentence), empty lines left out."""
        found = []
        for raw, whole_sentence in self.prose_lines:
            text = readable(raw)
            if text:
                found.append(text + "." if whole_sentence and not text.endswith((".", "?", "!", ":")) else text)
        return found


def split_front_matter(text: str) -> tuple[str | None, int, list[str]]:
    """Return (front matter YAML or None, number of lines it spans, the body lines)."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return None, 0, lines
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "\n".join(lines[1:index]), index + 1, lines[index + 1 :]
    return "\n".join(lines[1:]), len(lines), []


def read_page(text: str) -> PageSource:
    """Scan a MyST page. Raises :class:`~textbook.yamlsource.YamlSyntaxError` (line in file)."""
    yaml_text, consumed, body = split_front_matter(text)
    page = PageSource()
    if yaml_text is not None:
        page.front_matter = parse_yaml(yaml_text, first_line=2)  # line 1 is the opening ---
    _scan_body(page, body, first_line=consumed + 1)
    return page


def salvage_page(text: str) -> PageSource:
    """Read a page whose front matter is malformed: the body as usual, and from the front
    matter only a ``chapter:`` or ``card:`` id, so that the rest of the book still resolves."""
    yaml_text, consumed, body = split_front_matter(text)
    page = PageSource()
    _scan_body(page, body, first_line=consumed + 1)
    found = re.search(r"^(chapter|card):[ \t]*([a-z0-9-]+)[ \t]*$", yaml_text or "", re.MULTILINE)
    if found:
        page.front_matter = YamlDocument(data={found[1]: found[2]}, node=None, first_line=2)
        page.salvaged = True
    return page


@dataclass
class _Header:
    """A directive whose options are being read: ``:key: value`` lines or a ``---`` YAML block."""

    name: str
    argument: str
    line: int
    options: dict[str, tuple[int, str]] = field(default_factory=dict)  # name -> (line, value)
    yaml: list[str] | None = None  # lines of an open YAML block
    yaml_start: int = 0
    first: bool = True  # no line read yet: a YAML block may start here

    def consume(self, page: PageSource, raw: str, number: int) -> bool:
        """Take ``raw`` if it belongs to the options; False when the options have ended."""
        stripped = raw.strip()
        first, self.first = self.first, False
        if self.yaml is not None:
            if stripped != "---":
                self.yaml.append(raw)
                return True
            self._read_yaml(page)
            return True
        if first and stripped == "---":
            self.yaml, self.yaml_start = [], number + 1
            return True
        option = OPTION.match(stripped)
        if option:
            self.options[option["name"]] = (number, option["value"].strip())
            return True
        return False

    def _read_yaml(self, page: PageSource) -> None:
        try:
            document = parse_yaml("\n".join(self.yaml or []), first_line=self.yaml_start)
        except YamlSyntaxError as exc:
            page.refused.append((exc.line, f"the options of {{{self.name}}}: {exc.message}"))
            document = None
        self.yaml = None
        if document is not None and isinstance(document.data, dict):
            for key, value in document.data.items():
                self.options[str(key)] = (document.line_of((key,)), "" if value is None else str(value))

    def finish(self, page: PageSource) -> None:
        """Record what the directive reads, copies, fetches or labels."""
        if self.yaml is not None:  # a YAML block that never closed
            self._read_yaml(page)
        construct = f"{{{self.name}}}"
        if self.name in REFUSED_DIRECTIVES:
            page.refused.append(
                (self.line, f"{construct} is not allowed in the book's sources: {REFUSED_DIRECTIVES[self.name]}")
            )
        if self.name in IMAGE_DIRECTIVES:
            alt = self.options.get("alt", (0, ""))[1]
            page.images.append((self.line, bool(alt)))
            page.links.append((self.line, "file", self.argument))
        if self.name in FILE_ARGUMENT_DIRECTIVES and self.argument:
            page.files.append(FileRef(self.line, construct, self.argument))
            if self.name == "include" and not {"literal", "code"} & self.options.keys():
                page.includes.append(FileRef(self.line, construct, self.argument))
        for option, (line, value) in self.options.items():
            if option in FILE_OPTIONS and value:
                page.files.append(FileRef(line, f"{construct} :{option}:", value, sphinx_paths=FILE_OPTIONS[option]))
            elif option in NETWORK_OPTIONS:
                page.refused.append(
                    (
                        line,
                        f"{construct} :{option}: would fetch '{value}' from the network at build time: put the content in the book",
                    )
                )
            elif option == "parser" and self.name == "include":
                page.refused.append(
                    (line, "{include} :parser: is not allowed: an included file is MyST, checked like a page")
                )
            elif option == "name" and value:
                page.labels.append((line, value))


def _scan_body(page: PageSource, lines: list[str], first_line: int) -> None:
    """Fill title, glossary terms, term uses and word count from the page body."""
    fence: tuple[str, int, str] | None = None  # (char, length, kind) of the open literal/glossary block
    directives: list[tuple[str, int]] = []  # open directive fences whose content is MyST
    glossary_term: str | None = None
    glossary_indent = 0
    words = 0
    header: _Header | None = None  # the directive whose options are being read
    for offset, raw in enumerate(lines):
        number = first_line + offset
        stripped = raw.strip()
        if header is not None:
            if header.consume(page, raw, number):
                continue
            header.finish(page)
            header = None
        match = FENCE.match(raw)
        if fence is not None:
            char, length, kind = fence
            if match and _closes(match, char, length):
                fence = None
                glossary_term = None
                continue
            if kind == "glossary":
                glossary_term = _scan_glossary_line(page, raw, number, glossary_term, glossary_indent)
                _note_prose(page, raw, number, raw[:1].strip() != "")
                words += _count_words(raw)
            continue
        if stripped.startswith("%"):
            continue  # a MyST comment
        if match:
            if directives and _closes(match, *directives[-1]):
                directives.pop()
                continue
            directive = DIRECTIVE.match(match["info"].strip())
            name = directive["name"] if directive else None
            if directive is not None:
                header = _Header(directive["name"], directive["argument"].strip(), number)
            if name == "raw":
                page.raw_html.append((number, "a {raw} directive"))
            if name == "glossary":
                fence = (match["fence"][0], len(match["fence"]), "glossary")
                glossary_indent = len(match["indent"])
            elif directive is None or name in LITERAL_DIRECTIVES:
                fence = (match["fence"][0], len(match["fence"]), "literal")
            else:  # other directives: their content is MyST, scanned as usual
                directives.append((match["fence"][0], len(match["fence"])))
                if name == "exercise":
                    page.embedded.append(Mention(directive["argument"].strip(), number))
                else:
                    words += _count_words(directive["argument"])
            continue
        option = OPTION.match(stripped)
        if option:  # an option line outside a directive's header: not prose
            if option["name"] == "name" and option["value"].strip():
                page.labels.append((number, option["value"].strip()))
            continue
        label = LABEL.match(stripped)
        if label:
            page.labels.append((number, label["label"]))
            continue
        _note_references(page, raw, number)
        heading = HEADING.match(raw)
        if heading and page.title is None and len(heading["hashes"]) == 1:
            page.title, page.title_line = heading["text"].rstrip().rstrip("#").rstrip(), number
        if "{term}" in raw:
            for role in TERM_ROLE.finditer(raw):
                page.used_terms.append(Mention(term_target(role["text"]), number))
        _note_prose(page, raw, number, heading is not None)
        words += _count_words(raw)
    if header is not None:
        header.finish(page)
    page.words = words


def _note_references(page: PageSource, raw: str, number: int) -> None:
    """Record the line's raw HTML, images, links and cross-references.

    Each pattern is tried only on a line holding the characters every match of it holds (a
    role's "`", a tag's "<", a link's "]("): most lines of prose hold none of them."""
    roles = "`" in raw  # every role, and inline code, holds a backquote
    if roles:
        for role in XREF_ROLE.finditer(raw):
            page.links.append((number, "doc" if role["role"] == "doc" else "ref", explicit_target(role["text"])[1]))
    code_free = INLINE_CODE.sub("", ROLE.sub(" ", raw)) if roles else raw  # roles first: their targets are not code
    if "<" in code_free:  # a tag, and an inline event handler reported, hold one
        for tag in HTML_TAG.finditer(code_free):
            if not tag.group(1).startswith("/"):  # an opening tag is enough to report
                page.raw_html.append((number, tag.group(0)[:60]))
        if not HTML_TAG.search(code_free) and EVENT_HANDLER.search(code_free):
            page.raw_html.append((number, "an inline event handler"))
    if "](" in code_free:  # every image and inline link holds one
        for image in MD_IMAGE.finditer(code_free):
            page.images.append((number, bool(image["alt"].strip())))
            page.links.append((number, "file", _unbracket(image["src"])))
            page.files.append(FileRef(number, "an image", _unbracket(image["src"])))
        for link in MD_LINK.finditer(code_free):
            page.links.append((number, "file", _unbracket(link["target"])))
            page.files.append(FileRef(number, "a link", _unbracket(link["target"]), remote_allowed=True))
    definition = LINK_DEFINITION.match(code_free) if "]:" in code_free else None
    if definition:
        page.files.append(FileRef(number, "a link definition", _unbracket(definition["target"]), remote_allowed=True))
    if roles:
        for role in DOWNLOAD_ROLE.finditer(raw):
            page.files.append(FileRef(number, "{download}", explicit_target(role["text"])[1]))
        for role in ROLE_NAME.finditer(raw):
            if role["name"] in REFUSED_ROLES:
                page.refused.append(
                    (number, f"{{{role['name']}}} is not allowed in the book's sources: {REFUSED_ROLES[role['name']]}")
                )
    opening = code_free.find("{{")
    if opening >= 0 and code_free.find("}}", opening + 2) >= 0:
        page.refused.append(
            (number, "substitutions ({{ ... }}) are not allowed: MyST renders them with Jinja, which can run code")
        )


def _unbracket(target: str) -> str:
    """A link target as MyST reads it: ``<a b.pdf>`` is ``a b.pdf``."""
    return target[1:-1] if target.startswith("<") and target.endswith(">") else target


def _closes(match: re.Match[str], char: str, length: int) -> bool:
    """Whether a fence line closes a block opened with ``length`` times ``char``."""
    return match["fence"][0] == char and len(match["fence"]) >= length and not match["info"].strip()


def _scan_glossary_line(page: PageSource, raw: str, number: int, current: str | None, indent: int) -> str | None:
    """Read one line inside a glossary block; return the term whose definition is open."""
    if not raw.strip():
        return current
    if current is None and re.match(r"^\s*:[\w-]+:", raw):
        return None  # an option of the glossary directive, such as :sorted:
    body = raw[indent:] if raw[:indent].strip() == "" else raw
    if body and not body[0].isspace():
        label = " ".join(body.split(" : ")[0].split())
        term = normalize_term(label)
        page.defined_terms.append(Mention(term, number, label))
        page.definitions.setdefault(term, "")
        return term
    if current is not None:
        existing = page.definitions.get(current, "")
        page.definitions[current] = (existing + " " + raw.strip()).strip()
        for role in TERM_ROLE.finditer(raw):
            page.used_terms.append(Mention(term_target(role["text"]), number))
    return current


def term_target(role_text: str) -> str:
    """The term a ``{term}`` role points at: ``text <target>`` or the text itself."""
    return normalize_term(explicit_target(role_text)[1])


def explicit_target(role_text: str) -> tuple[str, str]:
    """``(label, target)`` of a role's text: ``label <target>``, or the text as both."""
    text = role_text.strip()
    opening = text.rfind("<")
    if text.endswith(">") and opening >= 0:
        target = text[opening + 1 : -1]
        if target and ">" not in target:
            return text[:opening].rstrip(), target.strip()
    return text, text


def readable(line: str) -> str:
    """A line as a reader reads it: citations dropped, roles and links by their text, no markup."""
    text = CITE_ROLE.sub("", line)
    text = ROLE.sub(lambda m: explicit_target(m.group(1))[0], text)
    text = re.sub(r"\[([^\[\]]*)\]\([^()]*\)", r"\1", text)
    text = re.sub(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)", "", text)
    text = re.sub(r"[*_`]+", "", text)
    return " ".join(text.split())


def _note_prose(page: PageSource, raw: str, number: int, whole_sentence: bool) -> None:
    """Keep a line of prose (a heading or a term counts as a sentence), and its citations."""
    if "{cite" in raw:
        for role in CITE_ROLE.finditer(raw):
            for key in role["keys"].split(","):
                page.cited.append(Mention(key.strip(), number))
    page.prose_lines.append((raw, whole_sentence))


LINK_TARGET = re.compile(r"\]\([^()]*\)")


def _count_words(line: str) -> int:
    """Words of prose in a line, with role names and link targets left out."""
    text = ROLE.sub(lambda m: explicit_target(m.group(1))[0], line) if "`" in line else line
    if "](" in text:
        text = LINK_TARGET.sub("]", text)
    return len(WORD.findall(text))
