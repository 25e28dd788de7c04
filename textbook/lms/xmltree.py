"""The one ElementTree helper both writers use."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

# Characters XML 1.0 does not allow, even escaped: C0 controls other than tab, line feed and
# carriage return (a vertical tab or form feed comes with text pasted from office software),
# lone surrogates, and U+FFFE and U+FFFF.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` with every character XML cannot carry replaced by a space."""
    return NOT_XML.sub(" ", text)


def sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    """Append ``<tag attributes>text</tag>`` to ``parent`` and return it."""
    element = ET.SubElement(parent, tag, {name: xml_text(value) for name, value in attributes.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def document(root: ET.Element) -> bytes:
    """The finished document: indented, UTF-8, with an XML declaration."""
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
