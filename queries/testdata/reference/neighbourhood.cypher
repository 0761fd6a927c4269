// name: neighbourhood
// description: An actor and what surrounds it: every entity one step away, with the kinds of edges between them.
// params: actor actor
// example: --actor Putin
// columns: neighbour, label, kind, edges
MATCH (a)-[r]-(n)
WHERE a.id = $actor AND n.label <> "Article"
RETURN n.name AS neighbour, n.label AS label, r.kind AS kind, count(*) AS edges
ORDER BY edges DESC, neighbour, kind
