"""Hand-written extractions (fictional people, places, programmes) and small helpers."""

from __future__ import annotations

from typing import Any

from ontology.model import Entity, Relation, StoryExtraction


def counts(store: Any) -> tuple[Any, ...]:
    """Everything a re-ingest must leave unchanged: nodes, facts, provenance, aliases."""
    nodes = sorted((n.key, n.name, tuple(n.aliases), n.mentions) for n in store.iter_nodes())
    edges = sorted((e.key, e.type, e.start, e.end, tuple(p.article for p in e.provenance))
                   for e in store.iter_edges())
    articles = sorted(a.key for a in store.iter_articles())
    total = store.query("MATCH (n) RETURN count(n) AS c").rows[0][0]
    rels = store.query("MATCH ()-[r]->() RETURN count(r) AS c").rows[0][0]
    return nodes, edges, articles, total, rels



def story_a() -> StoryExtraction:
    return StoryExtraction(
        source="가상일보_001.txt", story=0, title="한빛시, 청년 정착 지원 확대", date="2024-03-05",
        outlet="가상일보", reporter="오기자", hash="a" * 32,
        entities=[
            Entity("e1", "Person", "박한빛", ["박 시장"], {"title": "한빛시장"}),
            Entity("e2", "Organization", "한빛시", ["한빛"], {"kind": "local_government", "region": "한빛도"}),
            Entity("e3", "Programme", "한빛 청년 둥지 사업", ["둥지 사업"], {"amount_krw": 1500000000}),
            Entity("e4", "Organization", "한빛도", [], {"kind": "local_government", "region": "한빛도"}),
            Entity("e5", "Fund", "한빛 미래 펀드", [], {"amount_krw": 20000000000}),
        ],
        relations=[
            Relation("HOLDS_POSITION", "e1", "e2", "박한빛 한빛시장은 5일 기자회견을 열었다.", {"title": "시장"}),
            Relation("RUNS", "e2", "e3", "한빛시는 한빛 청년 둥지 사업을 추진한다."),
            Relation("REQUESTED", "e1", "e4", "박 시장은 한빛도에 예산 지원을 요청했다.", {"about": ["한빛 청년 둥지 사업"]}),
            Relation("FUNDS", "e5", "e3", "한빛 미래 펀드가 사업에 15억원을 투입한다.", {"amount_krw": 1500000000}),
            Relation("PART_OF", "e2", "e4", "한빛시는 한빛도 소속이다."),
        ],
    )


def story_b() -> StoryExtraction:
    return StoryExtraction(
        source="가상일보_002.txt", story=0, title="한빛도와 새벽대학교 협약", date="2024-04-10",
        outlet="가상일보", hash="b" * 32,
        entities=[
            Entity("e1", "Organization", "한빛도", ["도"], {}),
            Entity("e2", "Organization", "새벽대학교", ["새벽대"], {"kind": "education", "region": "한빛도"}),
            Entity("e3", "Organization", "한빛시", [], {}),
            Entity("e4", "Programme", "한빛 청년 둥지 사업", [], {}),
            Entity("e5", "Person", "최새벽", ["최 총장"], {"title": "새벽대학교 총장"}),
        ],
        relations=[
            Relation("AGREED_WITH", "e2", "e1", "한빛도와 새벽대학교는 10일 업무협약을 맺었다."),
            Relation("RUNS", "e3", "e4", "한빛시가 운영하는 한빛 청년 둥지 사업도 함께한다."),
            Relation("HOLDS_POSITION", "e5", "e2", "최새벽 새벽대학교 총장은 말했다."),
            Relation("REQUESTED", "e3", "e1", "한빛시는 한빛도에 협조를 요청했다."),
        ],
    )


def story_c() -> StoryExtraction:
    """A namesake: another 박한빛, who holds a post elsewhere."""
    return StoryExtraction(
        source="새벽신문_007.txt", story=1, title="달빛군 의회 소식", date="2024-05-20",
        outlet="새벽신문", hash="c" * 32,
        entities=[
            Entity("e1", "Person", "박한빛", [], {"title": "달빛군의회 의원"}),
            Entity("e2", "Organization", "달빛군의회", [], {"kind": "council", "region": "달빛군"}),
            Entity("e3", "Organization", "한빛도", [], {}),
        ],
        relations=[
            Relation("HOLDS_POSITION", "e1", "e2", "박한빛 달빛군의회 의원은 밝혔다."),
            Relation("AGREED_WITH", "e3", "e2", "한빛도와 달빛군의회가 협력하기로 했다."),
        ],
    )


HUB_ARTICLES = 20
HUB_NAME = "은하도청"


def hub_date(a: int) -> str:
    return f"2024-{1 + a // 2:02d}-{1 + 14 * (a % 2):02d}"  # later articles, later dates


def hub_stories() -> list[StoryExtraction]:
    """A hub with a few hundred relationships: 은하도청 asked by 200 fictional villages
    (REQUESTED, in), funding 100 fictional programmes (FUNDS, out), over 20 articles of
    different dates; the last article repeats village 000's request (two provenances).
    """
    articles = []
    for a in range(HUB_ARTICLES):
        entities = [Entity("h", "Organization", HUB_NAME, [], {"region": "은하도"})]
        relations = []
        villages = list(range(10 * a, 10 * a + 10)) + ([0] if a == HUB_ARTICLES - 1 else [])
        for i in villages:
            entities.append(Entity(f"v{i}", "Organization", f"은하{i:03d}마을", [], {}))
            relations.append(Relation("REQUESTED", f"v{i}", "h", f"은하{i:03d}마을이 도청에 요청했다."))
        for j in range(5 * a, 5 * a + 5):
            entities.append(Entity(f"p{j}", "Programme", f"은하 {j:03d} 사업", [], {}))
            relations.append(Relation("FUNDS", "h", f"p{j}", f"도청이 은하 {j:03d} 사업을 지원한다."))
        articles.append(StoryExtraction(
            source=f"은하신문_{a:03d}.txt", story=0, title=f"은하도 소식 {a}", date=hub_date(a),
            outlet="은하신문", hash=f"{a + 1000:032x}", entities=entities, relations=relations))
    return articles
