"""The one ElementTree helper both writers use."""

from __future__ import annotations

from xml.etree import ElementTree as ET


def sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    """Append ``<tag attributes>text</tag>`` to ``parent`` and return it."""
    element = ET.SubElement(parent, tag, attributes)
    if text is not None:
        element.text = text
    return element


def document(root: ET.Element) -> bytes:
    """The finished document: indented, UTF-8, with an XML declaration."""
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
