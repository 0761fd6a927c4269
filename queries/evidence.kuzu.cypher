// Kuzu indexes a rel table only by its nodes' adjacency: evidence.cypher
// reads every edge to test its countries. When $a (or else $b) is a person
// or an organization, whose id is never an edge's subject_country or
// object_country, every row is an edge at that actor x: find it by primary
// key and walk its edges both ways (two leaders at 10,000 articles: 44 ->
// 19 ms). The test of evidence.cypher then reads, y being the edge's other
// end: y is the other actor, or the country on y's side is, or (a
// self-loop at x) its subject_country is. An undirected step binds x to the
// near end whichever way the edge runs: x is the subject when it is the
// edge's stored source, struct_extract(r, "_src"). DISTINCT keeps a
// self-loop, walked twice, once. Kuzu 0.11.3 mixes up rows when a CASE reads
// columns a WITH passed on, so it is all one MATCH; and parsing costs more
// with each level of parentheses (4: 97 ms in a new process, 2: 40).
// Between two countries evidence.cypher runs.
// when: $a starts with person: or org:
MATCH (x:Person:Organization)-[r:MET_WITH|PLEDGED|ATTENDED|VISITED|HOSTED|SIGNED|ANNOUNCED|URGED|PRAISED|CRITICIZED|THREATENED|SANCTIONED|REPRESENTS|MEMBER_OF|PART_OF|HELD_IN]-(y)
WHERE x.id = $a AND ($kind = "" OR r.kind = $kind)
  AND (y.id = $b OR struct_extract(r, "_src") = id(x) AND r.object_country = $b
    OR struct_extract(r, "_src") <> id(x) AND r.subject_country = $b OR y.id = $a AND r.subject_country = $b)
RETURN DISTINCT r.kind AS kind, r.date AS date,
       CASE WHEN struct_extract(r, "_src") = id(x) THEN x.name ELSE y.name END AS subject,
       CASE WHEN struct_extract(r, "_src") = id(x) THEN y.name ELSE x.name END AS object,
       r.articles AS articles, r.sentences AS sentences, r.rules AS rules
ORDER BY date, kind, subject, object
// when: $b starts with person: or org:
MATCH (x:Person:Organization)-[r:MET_WITH|PLEDGED|ATTENDED|VISITED|HOSTED|SIGNED|ANNOUNCED|URGED|PRAISED|CRITICIZED|THREATENED|SANCTIONED|REPRESENTS|MEMBER_OF|PART_OF|HELD_IN]-(y)
WHERE x.id = $b AND ($kind = "" OR r.kind = $kind)
  AND (y.id = $a OR struct_extract(r, "_src") = id(x) AND r.object_country = $a
    OR struct_extract(r, "_src") <> id(x) AND r.subject_country = $a OR y.id = $b AND r.subject_country = $a)
RETURN DISTINCT r.kind AS kind, r.date AS date,
       CASE WHEN struct_extract(r, "_src") = id(x) THEN x.name ELSE y.name END AS subject,
       CASE WHEN struct_extract(r, "_src") = id(x) THEN y.name ELSE x.name END AS object,
       r.articles AS articles, r.sentences AS sentences, r.rules AS rules
ORDER BY date, kind, subject, object
