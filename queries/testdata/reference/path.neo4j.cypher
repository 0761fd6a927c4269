// name: path
// description: The shortest chain of relations between two actors (countries, people, organizations), up to six steps, through actors only: articles, events and policies are not links.
// params: a actor, b actor
// distinct: a, b
// example: --a "Li Qiang" --b "Kim Jong Un"
// columns: hops, chain, via
MATCH p = shortestPath((x)-[*..6]-(y))
WHERE x.id = $a AND y.id = $b
  AND all(e IN relationships(p) WHERE e.kind <> "MENTIONS")
  AND all(n IN nodes(p) WHERE n.label IN ["Country", "Person", "Organization"])
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS chain, [e IN relationships(p) | e.kind] AS via
