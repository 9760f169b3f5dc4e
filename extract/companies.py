"""Company and institution names read from their context, not from a known suffix.

Korean news often introduces a firm by its legal form or by its head in brackets:
"농업회사법인 가온팜과", "나래휠(회장 김하늘)의", "ABC 금융그룹에서". These give
Organization mentions of kind ``company`` even when the name itself has no known ending.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from extract.words import Word, particle_after

if TYPE_CHECKING:
    from extract.mentions import Mention

log = logging.getLogger(__name__)

NAME = r"[가-힣A-Za-z0-9&]{2,20}"
# A legal form written before the name (the form is not part of the canonical name).
LEGAL_FORM_RE = re.compile(
    r"(?:농업회사법인|농업법인|어업회사법인|유한회사|합자회사)\s?(" + NAME + ")")
# A head given in brackets right after the name: 나래휠(회장 김하늘), 가온(대표 이하나).
HEAD_IN_BRACKETS_RE = re.compile(
    r"(" + NAME + r")\((?:회장|대표|대표이사|사장|이사장|원장|총장)\s+[가-힣]{2,4}\)")
# A Latin acronym, a space, and a group or finance word: ABC 금융그룹, XY 그룹.
LATIN_GROUP_RE = re.compile(
    r"(?<![A-Za-z0-9])([A-Z]{2,6}\s(?:금융그룹|금융지주|그룹|은행|증권|캐피탈|자산운용|금융))")
NOT_NAMES = frozenset({"기업", "회사", "업체", "법인", "기관", "단체", "대표", "대표이사", "회장", "사장",
                       "이사장", "관계자", "임직원"})
# A name written with middle dots inside (가·나다·라마협력재단): the dots join parts of one
# name, not bodies of a list, when only the last part ends like a body.
DOTTED_RE = re.compile(r"(?<![가-힣A-Za-z0-9·])((?:[가-힣]{1,4}·){1,4}[가-힣]{2,14}"
                       r"(?:재단|협회|연합회|협의회|위원회|공사|공단|진흥원|연구원|센터|조합|진흥회))")
BODY_END_RE = re.compile(r"(재단|회|공사|공단|원|센터|조합|청|부|처|시|군|구|도|사|국|역|소|관|단|실|과|팀)$")


def _strip_particle(name: str) -> tuple[str, str]:
    for stem, particle in Word(0, len(name), name).stems()[1:]:
        if len(stem) >= 2:
            return stem, particle
    return name, ""


def context_companies(text: str) -> list[Mention]:
    """Organization mentions for companies named by legal form, bracketed head or group word."""
    from extract.mentions import Mention  # mentions.py imports this module

    out: list[Mention] = []
    for m in LEGAL_FORM_RE.finditer(text):
        name, particle = _strip_particle(m.group(1))
        if name in NOT_NAMES:
            continue
        out.append(Mention(m.start(1), m.start(1) + len(name), "Organization", name, "company",
                           kind="company", particle=particle or particle_after(text, m.end()),
                           priority=3, props={"name": name, "marked": m.group(0).strip()}))
    for m in HEAD_IN_BRACKETS_RE.finditer(text):
        name = m.group(1)
        if name in NOT_NAMES or re.fullmatch(r"\d+", name):
            continue
        out.append(Mention(m.start(1), m.end(1), "Organization", name, "company", kind="company",
                           particle=particle_after(text, m.end()), priority=3, props={"name": name}))
    for m in DOTTED_RE.finditer(text):
        parts = m.group(1).split("·")
        if any(BODY_END_RE.search(p) or len(p) > 4 for p in parts[:-1]):
            continue  # 가온공사·나래공단: a list of bodies
        name = m.group(1)
        out.append(Mention(m.start(1), m.end(1), "Organization", name, "company",
                           kind="public_institution", particle=particle_after(text, m.end(1)),
                           priority=3, props={"name": name}))
    for m in LATIN_GROUP_RE.finditer(text):
        name = m.group(1)
        out.append(Mention(m.start(1), m.end(1), "Organization", name, "company", kind="company",
                           particle=particle_after(text, m.end(1)), priority=3, props={"name": name}))
    return out
