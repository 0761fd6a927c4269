// name: path
// description: The shortest chain of relations between two actors, up to six steps.
// params: a actor, b actor
// columns: hops, chain
MATCH p = shortestPath((x)-[*..6]-(y))
WHERE x.id = $a AND y.id = $b
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS chain
