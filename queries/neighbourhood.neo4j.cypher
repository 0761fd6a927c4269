// Neo4j finds the actor through its label's id constraint only when the
// pattern names the labels an actor has (Kuzu spells a label union a:A:B,
// which Neo4j reads as both labels).
MATCH (a:Country|Person|Organization)-[r]-(n)
WHERE a.id = $actor AND n.label <> "Article"
RETURN n.name AS neighbour, n.label AS label, r.kind AS kind, count(*) AS edges
ORDER BY edges DESC, neighbour, kind
