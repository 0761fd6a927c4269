// For Neo4j Browser: the shortest chain through actors, drawn.
MATCH p = shortestPath((x)-[*..6]-(y))
WHERE x.id = $a AND y.id = $b
  AND all(e IN relationships(p) WHERE e.kind <> "MENTIONS")
  AND all(n IN nodes(p) WHERE n.label IN ["Country", "Person", "Organization"])
RETURN p
