// Kuzu spells shortest paths as a recursive relationship with SHORTEST.
MATCH p = (x)-[* SHORTEST 1..6]-(y)
WHERE x.id = $a AND y.id = $b
RETURN length(p) AS hops, list_transform(nodes(p), n -> n.name) AS chain
