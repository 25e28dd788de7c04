"""What ``python -m textbook`` does besides checking: build the site, the EPUB and the PDF,
reading lists, custom editions, new content, practice in the terminal, statistics, and the kind
of a change. Each command is a module; the command line (``cli.py``) only parses and prints."""
