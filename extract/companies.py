"""Company and institution names read from their context, not from a known suffix.

Korean news often introduces a firm by its legal form or by its head in brackets:
"농업회사법인 가온팜과", "나래휠(회장 김하늘)의", "ABC 금융그룹에서". These give
Organization mentions of kind ``company`` even when the name itself has no known ending.
"""

from __future__ import annotations

import logging
import re

from extract.mention import Mention
from extract.patterns import load_patterns
from extract.words import Word, particle_after

log = logging.getLogger(__name__)


def _strip_particle(name: str) -> tuple[str, str]:
    for stem, particle in Word(0, len(name), name).stems()[1:]:
        if len(stem) >= 2:
            return stem, particle
    return name, ""


def context_companies(text: str) -> list[Mention]:
    """Organization mentions for companies named by legal form, bracketed head or group word."""

    cue = load_patterns().companies
    out: list[Mention] = []
    for m in cue.legal_form.finditer(text):
        name, particle = _strip_particle(m.group(1))
        if name in cue.not_names:
            continue
        out.append(Mention(m.start(1), m.start(1) + len(name), "Organization", name, "company",
                           kind="company", particle=particle or particle_after(text, m.end()),
                           priority=3, props={"name": name, "marked": m.group(0).strip()}))
    for m in cue.head_in_brackets.finditer(text):
        name = m.group(1)
        if name in cue.not_names or re.fullmatch(r"\d+", name):
            continue
        out.append(Mention(m.start(1), m.end(1), "Organization", name, "company", kind="company",
                           particle=particle_after(text, m.end()), priority=3, props={"name": name}))
    for m in cue.dotted.finditer(text):
        parts = m.group(1).split("·")
        if any(cue.body_end.search(p) or len(p) > 4 for p in parts[:-1]):
            continue  # 가온공사·나래공단: a list of bodies
        name = m.group(1)
        out.append(Mention(m.start(1), m.end(1), "Organization", name, "company",
                           kind="public_institution", particle=particle_after(text, m.end(1)),
                           priority=3, props={"name": name}))
    for m in cue.latin_group.finditer(text):
        name = m.group(1)
        out.append(Mention(m.start(1), m.end(1), "Organization", name, "company", kind="company",
                           particle=particle_after(text, m.end(1)), priority=3, props={"name": name}))
    return out
