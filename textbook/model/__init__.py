"""The model of the book: its sources read with line numbers (the table of contents, each page,
its front matter), bounded and kept inside the book, and the spine built from them. Every
fact carries its file and line; every fault becomes a :class:`~textbook.sources.problems.Problem`."""
