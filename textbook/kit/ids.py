"""Ids: chapter, card, objective and exercise ids are slugs (lowercase letters, digits and
single hyphens). The one definition; the browser runtime receives the pattern with the manifest."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import StrictStr, StringConstraints

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SLUG = re.compile(SLUG_PATTERN)
Slug = Annotated[StrictStr, StringConstraints(pattern=SLUG_PATTERN)]
