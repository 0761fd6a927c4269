// Kuzu spells shortest paths as a recursive relationship with SHORTEST, and
// filters the steps inside it: (edge, node | WHERE ...) holds for every edge
// and every node between the ends. Naming the kinds (every kind but MENTIONS)
// keeps Kuzu from reading the articles' MENTIONS edges at every step.
MATCH p = (x)-[:MET_WITH|PLEDGED|ATTENDED|VISITED|HOSTED|SIGNED|ANNOUNCED|URGED|PRAISED|CRITICIZED|THREATENED|SANCTIONED|REPRESENTS|MEMBER_OF|PART_OF|HELD_IN* SHORTEST 1..6 (e, n | WHERE n.label IN ["Country", "Person", "Organization"])]-(y)
WHERE x.id = $a AND y.id = $b
RETURN length(p) AS hops, list_transform(nodes(p), n -> n.name) AS chain, list_transform(rels(p), e -> e.kind) AS via
