// Kuzu indexes a rel table only by its nodes' adjacency: meetings.cypher
// reads every meeting to test its countries. A person's or an
// organization's id is never a meeting's subject_country or
// object_country, so the meetings of one are the MET_WITH edges at it x:
// find it by primary key and walk them both ways (at 10,000 articles 25 ->
// 14 ms for a leader's 783 meetings; the busiest actor's 4,400 cost as
// much either way, most of it returning them). An undirected step binds x
// to the near end whichever way the edge runs: x is the subject when it is
// the edge's stored source, struct_extract(r, "_src"), picked in the
// projection after the MATCH (Kuzu 0.11.3 mixes up rows when a CASE reads
// columns a WITH passed on). A self-loop is walked twice: DISTINCT on the
// edge's id keeps it once. For a country meetings.cypher runs.
// when: $actor starts with person: or org:
MATCH (x:Person:Organization)-[r:MET_WITH]-(y)
WHERE x.id = $actor AND r.date >= $since AND r.date <= $until
  AND ($other = "" OR x.id = $other OR y.id = $other OR r.subject_country = $other OR r.object_country = $other)
WITH DISTINCT id(r) AS edge, r.date AS date,
     CASE WHEN struct_extract(r, "_src") = id(x) THEN x.name ELSE y.name END AS subject,
     CASE WHEN struct_extract(r, "_src") = id(x) THEN y.name ELSE x.name END AS object,
     r.articles AS articles, r.sentences AS sentences
RETURN date, subject, object, articles, sentences
ORDER BY date, subject, object
