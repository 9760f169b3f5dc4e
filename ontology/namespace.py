"""The closed ``gw:`` namespace: a typo raises instead of minting a junk IRI.

GENERATED from ontology/schema.yaml by ``gwangye vocab --write``; do not edit by hand.
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class GW(DefinedNamespace):
    """gwangye vocabulary (관계 어휘): https://gwangye.example.org/ns#"""

    _fail = True
    _NS = Namespace("https://gwangye.example.org/ns#")

    Relationship: URIRef  # 관계 / relationship (class)
    Request: URIRef  # 요청 / request (class)
    Affiliation: URIRef  # 소속 / affiliation (class)
    Evidence: URIRef  # 근거 / evidence (class)
    requested: URIRef  # 요청했다 / requested (property)
    agreedWith: URIRef  # 협약했다 / agreed with (property)
    sentence: URIRef  # 근거 문장 / evidence sentence (property)
    OrganizationKinds: URIRef  # 기관 유형 / organization kinds (scheme)
    LocalGovernment: URIRef  # 지방자치단체 / local government (concept)
    Council: URIRef  # 지방의회·위원회 / council (concept)
    CentralGovernment: URIRef  # 중앙행정기관 / central government body (concept)
    PoliticalParty: URIRef  # 정당 / political party (concept)
    PublicInstitution: URIRef  # 공공기관 / public institution (concept)
    Education: URIRef  # 교육기관 / educational body (concept)
    Company: URIRef  # 기업 / company (concept)
    Civic: URIRef  # 시민사회단체 / civic association (concept)
    Unit: URIRef  # 부서 / organizational unit (concept)
