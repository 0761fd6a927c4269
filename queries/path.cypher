// name: path
// description: The shortest chain of relations between two actors (countries, people, organizations), up to six steps, through actors only: articles, events and policies are not links.
// params: a actor, b actor
// distinct: a, b
// example: --a "Li Qiang" --b "Kim Jong Un"
// columns: hops, chain, via
MATCH p = shortestPath((x:Country|Person|Organization)-[:MET_WITH|PLEDGED|ATTENDED|VISITED|HOSTED|SIGNED|ANNOUNCED|URGED|PRAISED|CRITICIZED|THREATENED|SANCTIONED|REPRESENTS|MEMBER_OF|PART_OF|HELD_IN*..6]-(y:Country|Person|Organization))
WHERE x.id = $a AND y.id = $b
  AND all(n IN nodes(p) WHERE n.label IN ["Country", "Person", "Organization"])
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS chain, [e IN relationships(p) | e.kind] AS via
