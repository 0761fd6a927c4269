// For Neo4j Browser: the shortest chain through actors, drawn.
MATCH p = shortestPath((x:Country|Person|Organization)-[:MET_WITH|PLEDGED|ATTENDED|VISITED|HOSTED|SIGNED|ANNOUNCED|URGED|PRAISED|CRITICIZED|THREATENED|SANCTIONED|REPRESENTS|MEMBER_OF|PART_OF|HELD_IN*..6]-(y:Country|Person|Organization))
WHERE x.id = $a AND y.id = $b
  AND all(n IN nodes(p) WHERE n.label IN ["Country", "Person", "Organization"])
RETURN p
