// Kuzu spells shortest paths as a recursive relationship with SHORTEST, and
// filters the steps inside it: (edge, node | WHERE ...) holds for every edge
// and every node between the ends. The ends name the actor tables, so Kuzu
// seeks them by primary key instead of reading every table, and the steps
// name only the kinds that can join two actors: ATTENDED, SIGNED, ANNOUNCED,
// PART_OF and HELD_IN always touch an event or a policy, which no step may
// pass, and MENTIONS an article. Each table more in the steps costs Kuzu a
// read at every level (5,000 generated articles: 103 -> 45 ms).
MATCH p = (x:Country:Person:Organization)-[:MET_WITH|PLEDGED|VISITED|HOSTED|URGED|PRAISED|CRITICIZED|THREATENED|SANCTIONED|REPRESENTS|MEMBER_OF* SHORTEST 1..6 (e, n | WHERE n.label IN ["Country", "Person", "Organization"])]-(y:Country:Person:Organization)
WHERE x.id = $a AND y.id = $b
RETURN length(p) AS hops, list_transform(nodes(p), n -> n.name) AS chain, list_transform(rels(p), e -> e.kind) AS via
