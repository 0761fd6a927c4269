// Kuzu spells shortest paths as a recursive relationship with SHORTEST, and
// filters the steps inside it: (edge, node | WHERE ...) holds for every edge
// and every node between the ends.
MATCH p = (x)-[* SHORTEST 1..6 (e, n | WHERE e.kind <> "MENTIONS" AND n.label IN ["Country", "Person", "Organization"])]-(y)
WHERE x.id = $a AND y.id = $b
RETURN length(p) AS hops, list_transform(nodes(p), n -> n.name) AS chain, list_transform(rels(p), e -> e.kind) AS via
